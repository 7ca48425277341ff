"""Storage: SQLModel tables, the engine, migrations and backups. No Qt here."""
