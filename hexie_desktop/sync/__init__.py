"""Offline sync by bundle: writing, verifying and merging signed bundle files. No Qt here."""
