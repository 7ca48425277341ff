"""The audit chain covers the data: running table digests, sealed rows and signed checkpoints.

The rows a database already holds are sealed once, as they stand, by a `data.baseline` event:
from there on every change of a synced row is sealed as it commits.

Revision ID: 0006_audit_data
Revises: 0005_rules
Create Date: 2026-12-01 14:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel import Session, select

from hexie_desktop.storage.audit_data import BASELINE_ACTION, baseline, record_seals
from hexie_desktop.storage.tables import Installation

revision: str = "0006_audit_data"
down_revision: str | None = "0005_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "auditdigest",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name"),
    )
    op.create_table(
        "auditseal",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("rows", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("seq", "table_name"),
    )
    op.create_table(
        "auditcheckpoint",
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.String(length=40), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("bundle_seq", sa.Integer(), nullable=False),
        sa.Column("carried", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("installation_id", "position"),
    )
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    with Session(bind=conn) as session:
        own = session.exec(select(Installation.id)).first()
        record_seals(session, own or "", baseline(conn), BASELINE_ACTION)
        # Joins the migration's transaction: Alembic commits it, or rolls it back whole.
        session.commit()


def downgrade() -> None:
    op.drop_table("auditcheckpoint")
    op.drop_table("auditseal")
    op.drop_table("auditdigest")
