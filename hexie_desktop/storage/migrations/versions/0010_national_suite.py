"""The 国密 suite: this installation's SM2 key, and a trusted key's suite.

Both tables are local (never synced). A trusted key's public and encryption keys widen to hold
an SM2 point (65 bytes, 130 hex).

Revision ID: 0010_national_suite
Revises: 0009_complaint_callers
Create Date: 2026-12-01 20:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_national_suite"
down_revision: str | None = "0009_complaint_callers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.add_column(
            sa.Column("sm2_public_key", sa.String(length=130), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("sm2_fingerprint", sa.String(length=64), nullable=False, server_default="")
        )
    with op.batch_alter_table("trustedkey") as batch:
        batch.add_column(
            sa.Column(
                "suite",
                sa.String(length=40),
                nullable=False,
                server_default="ed25519-x25519-chacha20poly1305",
            )
        )
        batch.alter_column(
            "public_key", type_=sa.String(length=130), existing_type=sa.String(length=64)
        )
        batch.alter_column(
            "encryption_key", type_=sa.String(length=130), existing_type=sa.String(length=64)
        )


def downgrade() -> None:
    with op.batch_alter_table("trustedkey") as batch:
        batch.alter_column(
            "encryption_key", type_=sa.String(length=64), existing_type=sa.String(length=130)
        )
        batch.alter_column(
            "public_key", type_=sa.String(length=64), existing_type=sa.String(length=130)
        )
        batch.drop_column("suite")
    with op.batch_alter_table("installation") as batch:
        batch.drop_column("sm2_fingerprint")
        batch.drop_column("sm2_public_key")
