"""An index on the time a complaint ticket was received.

A quarter's tickets are those received in it. Five years into a city, the evaluation's ticket
counts and its input stamp scanned every year's tickets for one quarter's (2.0 s of a 5.3 s
evaluation, `bench/bench_evaluate.py --scale both`); with the index they read the quarter's alone.
Only an index: the records bundles carry are unchanged.

Revision ID: 0007_complaint_received_index
Revises: 0006_audit_data
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_complaint_received_index"
down_revision: str | None = "0006_audit_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_complaint_received_at", "complaint", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_complaint_received_at", table_name="complaint")
