"""Rules across quarters and years: input stamps, list rules, automatic deductions, grading years.

Revision ID: 0005_rules
Revises: 0004_clock_reference
Create Date: 2026-12-01 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0005_rules"
down_revision: str | None = "0004_clock_reference"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("evaluationrun") as batch:
        batch.add_column(sa.Column("inputs_stamp", sa.String(length=64), nullable=True))
    with op.batch_alter_table("firmquarterscore") as batch:
        batch.add_column(
            sa.Column("auto_deductions", sa.Float(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("firmlistentry") as batch:
        batch.add_column(
            sa.Column("rule", sa.String(length=16), nullable=False, server_default="ranked")
        )
        batch.add_column(sa.Column("credit_grade", sa.String(length=8), nullable=True))
    op.execute("UPDATE firmlistentry SET rule = 'red_card' WHERE red_card")
    op.create_table(
        "gradingyearstatus",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("finalised", sa.Boolean(), nullable=False),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finalised_by", sa.String(length=100), nullable=False),
        sa.Column("reopen_reason", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )


def downgrade() -> None:
    op.drop_table("gradingyearstatus")
    with op.batch_alter_table("firmlistentry") as batch:
        batch.drop_column("credit_grade")
        batch.drop_column("rule")
    with op.batch_alter_table("firmquarterscore") as batch:
        batch.drop_column("auto_deductions")
    with op.batch_alter_table("evaluationrun") as batch:
        batch.drop_column("inputs_stamp")
