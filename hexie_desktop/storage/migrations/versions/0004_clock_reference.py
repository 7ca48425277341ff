"""The latest bureau time an installation has seen, against which its wall clock is judged.

Revision ID: 0004_clock_reference
Revises: 0003
Create Date: 2026-12-01 14:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_clock_reference"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.add_column(
            sa.Column("bureau_ms", sa.BigInteger(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.drop_column("bureau_ms")
