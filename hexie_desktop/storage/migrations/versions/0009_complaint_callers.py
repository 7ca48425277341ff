"""Who called about a ticket (name, phone), local to the installation that registered it.

A new local table: the records bundles carry are unchanged, so bundles of every version still
merge both ways.

Revision ID: 0009_complaint_callers
Revises: 0008_bundle_encryption
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_complaint_callers"
down_revision: str | None = "0008_bundle_encryption"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "complaintcaller",
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"]),
        sa.PrimaryKeyConstraint("complaint_id"),
    )


def downgrade() -> None:
    op.drop_table("complaintcaller")
