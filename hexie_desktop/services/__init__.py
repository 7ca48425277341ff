"""Use cases: what the CLI and the GUI both call. Each runs in one transaction. No Qt here."""
