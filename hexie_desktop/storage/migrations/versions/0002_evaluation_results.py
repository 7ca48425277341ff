"""Evaluation results: firm quarterly scores, red/black lists, complaint metrics, warnings, grades.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 09:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('communitygraderecord',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('disqualified', sa.Boolean(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('grade', sa.String(length=8), nullable=True),
    sa.Column('criticised', sa.Boolean(), nullable=False),
    sa.Column('recommended', sa.Boolean(), nullable=False),
    sa.Column('change', sa.String(length=8), nullable=True),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.Column('standard_version', sa.Integer(), nullable=False),
    sa.Column('graded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('year', 'community_id')
    )
    op.create_table('complaintquartermetric',
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('accepted', sa.Integer(), nullable=False),
    sa.Column('resolved', sa.Integer(), nullable=False),
    sa.Column('on_time', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Integer(), nullable=False),
    sa.Column('redone', sa.Integer(), nullable=False),
    sa.Column('escalated', sa.Integer(), nullable=False),
    sa.Column('acceptance_rate', sa.Float(), nullable=True),
    sa.Column('resolution_rate', sa.Float(), nullable=True),
    sa.Column('on_time_rate', sa.Float(), nullable=True),
    sa.Column('satisfaction_rate', sa.Float(), nullable=True),
    sa.Column('redo_rate', sa.Float(), nullable=True),
    sa.Column('part_score', sa.Float(), nullable=False),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('quarter', 'firm_id')
    )
    op.create_table('earlywarningrecord',
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('previous', sa.Float(), nullable=False),
    sa.Column('projected', sa.Float(), nullable=False),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('quarter', 'firm_id', 'kind')
    )
    op.create_table('evaluationrun',
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('evaluated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('evaluated_by', sa.String(length=36), nullable=False),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.Column('standard_versions', sa.String(length=64), nullable=False),
    sa.Column('firms', sa.Integer(), nullable=False),
    sa.Column('sheets_counted', sa.Integer(), nullable=False),
    sa.Column('sheets_excluded', sa.Integer(), nullable=False),
    sa.Column('red', sa.Integer(), nullable=False),
    sa.Column('black', sa.Integer(), nullable=False),
    sa.Column('cards_issued', sa.Integer(), nullable=False),
    sa.Column('cards_withdrawn', sa.Integer(), nullable=False),
    sa.Column('interviews', sa.Integer(), nullable=False),
    sa.Column('warnings', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('quarter')
    )
    op.create_table('firmlistentry',
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('list_kind', sa.String(length=8), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('metric', sa.Float(), nullable=True),
    sa.Column('red_card', sa.Boolean(), nullable=False),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('quarter', 'list_kind', 'firm_id')
    )
    op.create_table('firmquarterscore',
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('raw_score', sa.Float(), nullable=False),
    sa.Column('deductions', sa.Float(), nullable=False),
    sa.Column('parts', sa.JSON(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('compounds_inspected', sa.Integer(), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('satisfaction', sa.Float(), nullable=True),
    sa.Column('complaint_part_from_tickets', sa.Boolean(), nullable=False),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.Column('standard_versions', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('quarter', 'firm_id')
    )


def downgrade() -> None:
    op.drop_table('firmquarterscore')
    op.drop_table('firmlistentry')
    op.drop_table('evaluationrun')
    op.drop_table('earlywarningrecord')
    op.drop_table('complaintquartermetric')
    op.drop_table('communitygraderecord')
