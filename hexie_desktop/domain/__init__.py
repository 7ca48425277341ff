"""Pure domain rules: no Qt, no database, no files. Everything here is testable with plain values."""
