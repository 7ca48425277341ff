"""Alembic environment: runs on the connection the application hands it, in one transaction."""

from alembic import context
from sqlmodel import SQLModel

import hexie_desktop.storage.tables  # noqa: F401  (registers every table on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
