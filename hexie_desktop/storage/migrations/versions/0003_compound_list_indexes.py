"""Covering indexes for the compound lists, sorted by name or households.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_compound_name", table_name="compound")
    op.create_index("ix_compound_by_name", "compound", ["name", "id", "deleted"])
    op.create_index("ix_compound_by_households", "compound", ["households", "id", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_compound_by_households", table_name="compound")
    op.drop_index("ix_compound_by_name", table_name="compound")
    op.create_index("ix_compound_name", "compound", ["name"])
