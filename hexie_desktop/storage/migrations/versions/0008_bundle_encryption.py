"""A trusted key's X25519 encryption key, so bundles can be sealed to it.

Revision ID: 0008_bundle_encryption
Revises: 0007_complaint_received_index
Create Date: 2026-12-01 17:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_bundle_encryption"
down_revision: str | None = "0007_complaint_received_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("trustedkey") as batch:
        batch.add_column(
            sa.Column(
                "encryption_key", sa.String(length=64), nullable=False, server_default=""
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("trustedkey") as batch:
        batch.drop_column("encryption_key")
