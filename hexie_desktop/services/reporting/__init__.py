"""The bureau's printed reports, filled from the database."""
