"""Initial schema: master data, standards and policy, field work, decisions, local state.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 09:09:33.771184
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_hlc'), ['hlc'], unique=False)

    op.create_table('auditevent',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('hash')
    )
    op.create_table('bundlelog',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.CheckConstraint("status IN ('applied', 'duplicate', 'held', 'refused')", name='bundle_status_known'),
    sa.PrimaryKeyConstraint('bundle_id')
    )
    with op.batch_alter_table('bundlelog', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundlelog_author_id'), ['author_id'], unique=False)

    op.create_table('district',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('district', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_district_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_district_hlc'), ['hlc'], unique=False)

    op.create_table('firm',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('legal_representative', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('state_owned', sa.Boolean(), nullable=False),
    sa.CheckConstraint('length(credit_code) = 18', name='credit_code_length'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('credit_code')
    )
    with op.batch_alter_table('firm', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_firm_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_firm_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_firm_name'), ['name'], unique=False)

    op.create_table('heldrecord',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('held_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decision_reason', sa.String(length=500), nullable=False),
    sa.CheckConstraint("decision IN ('pending', 'accepted', 'rejected')", name='held_decision_known'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('heldrecord', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_heldrecord_bundle_id'), ['bundle_id'], unique=False)

    op.create_table('installation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('clock', sa.BigInteger(), nullable=False),
    sa.Column('next_bundle_seq', sa.Integer(), nullable=False),
    sa.Column('exported_through', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("role IN ('inspector', 'clerk')", name='installation_role_known'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('policy',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.String(length=6), nullable=False),
    sa.Column('body', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('version')
    )
    with op.batch_alter_table('policy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_hlc'), ['hlc'], unique=False)

    op.create_table('quarterstatus',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('finalised', sa.Boolean(), nullable=False),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finalised_by', sa.String(length=64), nullable=False),
    sa.Column('reopen_reason', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('quarter')
    )
    with op.batch_alter_table('quarterstatus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarterstatus_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quarterstatus_hlc'), ['hlc'], unique=False)

    op.create_table('recordhistory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('superseded', 'conflict')", name='history_kind_known'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('recordhistory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recordhistory_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recordhistory_table_name'), ['table_name'], unique=False)

    op.create_table('standard',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('effective_from', sa.String(length=6), nullable=False),
    sa.Column('total_points', sa.Float(), nullable=False),
    sa.CheckConstraint("kind IN ('service', 'community')", name='standard_kind_known'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'version', name='one_standard_per_kind_version')
    )
    with op.batch_alter_table('standard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standard_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_standard_hlc'), ['hlc'], unique=False)

    op.create_table('trustedkey',
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.String(length=500), nullable=False),
    sa.CheckConstraint("role IN ('inspector', 'clerk')", name='trusted_role_known'),
    sa.PrimaryKeyConstraint('fingerprint')
    )
    with op.batch_alter_table('trustedkey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trustedkey_installation_id'), ['installation_id'], unique=False)

    op.create_table('card',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('color', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('deduction', sa.Float(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('automatic', sa.Boolean(), nullable=False),
    sa.Column('escalated_from', sa.JSON(), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revoke_reason', sa.String(length=500), nullable=False),
    sa.CheckConstraint("color IN ('yellow', 'red')", name='card_color_known'),
    sa.CheckConstraint('deduction >= 0', name='card_deduction_not_negative'),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_quarter'), ['quarter'], unique=False)

    op.create_table('creditentry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=True),
    sa.Column('quarter', sa.String(length=6), nullable=True),
    sa.Column('objection', sa.String(length=1000), nullable=False),
    sa.Column('objection_state', sa.String(length=16), nullable=False),
    sa.Column('repaired_on', sa.Date(), nullable=True),
    sa.Column('repair_note', sa.String(length=1000), nullable=False),
    sa.CheckConstraint("kind IN ('good', 'bad')", name='credit_kind_known'),
    sa.CheckConstraint("objection_state IN ('none', 'raised', 'upheld', 'rejected')", name='credit_objection_known'),
    sa.CheckConstraint("source IN ('card', 'interview', 'evaluation', 'complaint', 'manual')", name='credit_source_known'),
    sa.CheckConstraint('points >= 0', name='credit_points_not_negative'),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('creditentry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_creditentry_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_creditentry_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_creditentry_hlc'), ['hlc'], unique=False)

    op.create_table('interview',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('held_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('minutes', sa.String(length=5000), nullable=False),
    sa.Column('commitments', sa.String(length=2000), nullable=False),
    sa.Column('rectification_due', sa.Date(), nullable=True),
    sa.Column('followup_on', sa.Date(), nullable=True),
    sa.Column('followup_passed', sa.Boolean(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'scheduled', 'held', 'rectifying', 'closed', 'escalated')", name='interview_status_known'),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('firm_id', 'quarter', name='one_interview_per_firm_quarter')
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_quarter'), ['quarter'], unique=False)

    op.create_table('standardpart',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('standard_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('max_points', sa.Float(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['standard_id'], ['standard.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('standard_id', 'code', name='part_code_unique')
    )
    with op.batch_alter_table('standardpart', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standardpart_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_standardpart_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_standardpart_standard_id'), ['standard_id'], unique=False)

    op.create_table('street',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('street', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_street_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_street_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_street_hlc'), ['hlc'], unique=False)

    op.create_table('community',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('street_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('first_election_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['street_id'], ['street.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_street_id'), ['street_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('standard_id', sa.String(length=36), nullable=False),
    sa.Column('part_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('aspect', sa.String(length=64), nullable=False),
    sa.Column('max_points', sa.Float(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('guidance', sa.String(length=500), nullable=False),
    sa.CheckConstraint('max_points > 0', name='indicator_max_positive'),
    sa.ForeignKeyConstraint(['part_id'], ['standardpart.id'], ),
    sa.ForeignKeyConstraint(['standard_id'], ['standard.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('standard_id', 'code', name='indicator_code_unique')
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_standard_id'), ['standard_id'], unique=False)

    op.create_table('communityincident',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=1000), nullable=False),
    sa.Column('serious', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('communityincident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communityincident_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communityincident_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communityincident_hlc'), ['hlc'], unique=False)

    op.create_table('compound',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('grid', sa.String(length=32), nullable=False),
    sa.Column('is_fallback', sa.Boolean(), nullable=False),
    sa.CheckConstraint('households >= 0', name='households_not_negative'),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('compound', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compound_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_compound_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_compound_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_compound_name'), ['name'], unique=False)

    op.create_table('deduction',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.CheckConstraint('points > 0', name='deduction_points_positive'),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deduction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deduction_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deduction_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_deduction_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('gradingsheet',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('standard_id', sa.String(length=36), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.CheckConstraint("source IN ('district', 'third_party', 'street')", name='grading_source_known'),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], ),
    sa.ForeignKeyConstraint(['standard_id'], ['standard.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('community_id', 'year', 'source', name='one_sheet_per_source_year')
    )
    with op.batch_alter_table('gradingsheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gradingsheet_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gradingsheet_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gradingsheet_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_gradingsheet_year'), ['year'], unique=False)

    op.create_table('complaint',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('ticket_no', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('compound_id', sa.String(length=36), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('content', sa.String(length=2000), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('accepted', sa.Boolean(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resident_satisfied', sa.Boolean(), nullable=True),
    sa.Column('redo_count', sa.Integer(), nullable=False),
    sa.CheckConstraint("channel IN ('12345', 'phone', 'visit', 'online', 'inspection')", name='complaint_channel_known'),
    sa.CheckConstraint("state IN ('received', 'dispatched', 'handling', 'replied', 'visited', 'closed')", name='complaint_state_known'),
    sa.CheckConstraint('redo_count >= 0', name='complaint_redo_not_negative'),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], ),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ticket_no')
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_hlc'), ['hlc'], unique=False)

    op.create_table('contract',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('compound_id', sa.String(length=36), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('is_fallback', sa.Boolean(), nullable=False),
    sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name='contract_dates_ordered'),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], ),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('compound_id', 'starts_on', name='one_contract_start_per_compound')
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_hlc'), ['hlc'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('compound_id', sa.String(length=36), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('standard_id', sa.String(length=36), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('inspector_id', sa.String(length=36), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revises_id', sa.String(length=36), nullable=True),
    sa.Column('revision_reason', sa.String(length=500), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.CheckConstraint("method IN ('unannounced', 'third_party', 'routine')", name='inspection_method_known'),
    sa.CheckConstraint("status IN ('draft', 'submitted')", name='inspection_status_known'),
    sa.CheckConstraint('revision >= 1', name='inspection_revision_positive'),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], ),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.ForeignKeyConstraint(['standard_id'], ['standard.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_inspector_id'), ['inspector_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_quarter'), ['quarter'], unique=False)

    op.create_table('survey',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('compound_id', sa.String(length=36), nullable=False),
    sa.Column('firm_id', sa.String(length=36), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('inspector_id', sa.String(length=36), nullable=False),
    sa.Column('surveyed_on', sa.Date(), nullable=False),
    sa.Column('sample_size', sa.Integer(), nullable=False),
    sa.Column('very_satisfied', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Integer(), nullable=False),
    sa.Column('neutral', sa.Integer(), nullable=False),
    sa.Column('dissatisfied', sa.Integer(), nullable=False),
    sa.Column('very_dissatisfied', sa.Integer(), nullable=False),
    sa.CheckConstraint('very_satisfied + satisfied + neutral + dissatisfied + very_dissatisfied <= sample_size', name='survey_answers_within_sample'),
    sa.CheckConstraint('very_satisfied >= 0 AND satisfied >= 0 AND neutral >= 0 AND dissatisfied >= 0 AND very_dissatisfied >= 0', name='survey_answers_not_negative'),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], ),
    sa.ForeignKeyConstraint(['firm_id'], ['firm.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_firm_id'), ['firm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_quarter'), ['quarter'], unique=False)

    op.create_table('teammember',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('compound_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.CheckConstraint("role IN ('service_head', 'street_liaison', 'police_officer', 'legal_adviser', 'property_manager', 'resident_representative')", name='team_role_known'),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('teammember', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teammember_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teammember_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teammember_hlc'), ['hlc'], unique=False)

    op.create_table('complaintevent',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('complaint_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.CheckConstraint("state IN ('received', 'dispatched', 'handling', 'replied', 'visited', 'closed')", name='event_state_known'),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('complaintevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaintevent_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaintevent_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaintevent_hlc'), ['hlc'], unique=False)

    op.create_table('indicatorscore',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('deductions', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.CheckConstraint('score IS NULL OR score >= 0', name='score_not_negative'),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], ),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inspection_id', 'indicator_id', name='one_score_per_indicator')
    )
    with op.batch_alter_table('indicatorscore', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicatorscore_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicatorscore_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicatorscore_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('photo',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_id', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], ),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sha256'), ['sha256'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_sha256'))
        batch_op.drop_index(batch_op.f('ix_photo_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_photo_hlc'))
        batch_op.drop_index(batch_op.f('ix_photo_author_id'))

    op.drop_table('photo')
    with op.batch_alter_table('indicatorscore', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicatorscore_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_indicatorscore_hlc'))
        batch_op.drop_index(batch_op.f('ix_indicatorscore_author_id'))

    op.drop_table('indicatorscore')
    with op.batch_alter_table('complaintevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaintevent_hlc'))
        batch_op.drop_index(batch_op.f('ix_complaintevent_complaint_id'))
        batch_op.drop_index(batch_op.f('ix_complaintevent_author_id'))

    op.drop_table('complaintevent')
    with op.batch_alter_table('teammember', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teammember_hlc'))
        batch_op.drop_index(batch_op.f('ix_teammember_compound_id'))
        batch_op.drop_index(batch_op.f('ix_teammember_author_id'))

    op.drop_table('teammember')
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_quarter'))
        batch_op.drop_index(batch_op.f('ix_survey_hlc'))
        batch_op.drop_index(batch_op.f('ix_survey_firm_id'))
        batch_op.drop_index(batch_op.f('ix_survey_compound_id'))
        batch_op.drop_index(batch_op.f('ix_survey_author_id'))

    op.drop_table('survey')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_quarter'))
        batch_op.drop_index(batch_op.f('ix_inspection_inspector_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_hlc'))
        batch_op.drop_index(batch_op.f('ix_inspection_firm_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_compound_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_author_id'))

    op.drop_table('inspection')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_hlc'))
        batch_op.drop_index(batch_op.f('ix_contract_firm_id'))
        batch_op.drop_index(batch_op.f('ix_contract_compound_id'))
        batch_op.drop_index(batch_op.f('ix_contract_author_id'))

    op.drop_table('contract')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_hlc'))
        batch_op.drop_index(batch_op.f('ix_complaint_firm_id'))
        batch_op.drop_index(batch_op.f('ix_complaint_compound_id'))
        batch_op.drop_index(batch_op.f('ix_complaint_category'))
        batch_op.drop_index(batch_op.f('ix_complaint_author_id'))

    op.drop_table('complaint')
    with op.batch_alter_table('gradingsheet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gradingsheet_year'))
        batch_op.drop_index(batch_op.f('ix_gradingsheet_hlc'))
        batch_op.drop_index(batch_op.f('ix_gradingsheet_community_id'))
        batch_op.drop_index(batch_op.f('ix_gradingsheet_author_id'))

    op.drop_table('gradingsheet')
    with op.batch_alter_table('deduction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deduction_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_deduction_hlc'))
        batch_op.drop_index(batch_op.f('ix_deduction_author_id'))

    op.drop_table('deduction')
    with op.batch_alter_table('compound', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compound_name'))
        batch_op.drop_index(batch_op.f('ix_compound_hlc'))
        batch_op.drop_index(batch_op.f('ix_compound_community_id'))
        batch_op.drop_index(batch_op.f('ix_compound_author_id'))

    op.drop_table('compound')
    with op.batch_alter_table('communityincident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_communityincident_hlc'))
        batch_op.drop_index(batch_op.f('ix_communityincident_community_id'))
        batch_op.drop_index(batch_op.f('ix_communityincident_author_id'))

    op.drop_table('communityincident')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_standard_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_part_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_hlc'))
        batch_op.drop_index(batch_op.f('ix_indicator_author_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_street_id'))
        batch_op.drop_index(batch_op.f('ix_community_hlc'))
        batch_op.drop_index(batch_op.f('ix_community_author_id'))

    op.drop_table('community')
    with op.batch_alter_table('street', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_street_hlc'))
        batch_op.drop_index(batch_op.f('ix_street_district_id'))
        batch_op.drop_index(batch_op.f('ix_street_author_id'))

    op.drop_table('street')
    with op.batch_alter_table('standardpart', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standardpart_standard_id'))
        batch_op.drop_index(batch_op.f('ix_standardpart_hlc'))
        batch_op.drop_index(batch_op.f('ix_standardpart_author_id'))

    op.drop_table('standardpart')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_quarter'))
        batch_op.drop_index(batch_op.f('ix_interview_hlc'))
        batch_op.drop_index(batch_op.f('ix_interview_firm_id'))
        batch_op.drop_index(batch_op.f('ix_interview_author_id'))

    op.drop_table('interview')
    with op.batch_alter_table('creditentry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_creditentry_hlc'))
        batch_op.drop_index(batch_op.f('ix_creditentry_firm_id'))
        batch_op.drop_index(batch_op.f('ix_creditentry_author_id'))

    op.drop_table('creditentry')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_quarter'))
        batch_op.drop_index(batch_op.f('ix_card_hlc'))
        batch_op.drop_index(batch_op.f('ix_card_firm_id'))
        batch_op.drop_index(batch_op.f('ix_card_author_id'))

    op.drop_table('card')
    with op.batch_alter_table('trustedkey', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trustedkey_installation_id'))

    op.drop_table('trustedkey')
    with op.batch_alter_table('standard', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standard_hlc'))
        batch_op.drop_index(batch_op.f('ix_standard_author_id'))

    op.drop_table('standard')
    with op.batch_alter_table('recordhistory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recordhistory_table_name'))
        batch_op.drop_index(batch_op.f('ix_recordhistory_row_id'))

    op.drop_table('recordhistory')
    with op.batch_alter_table('quarterstatus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quarterstatus_hlc'))
        batch_op.drop_index(batch_op.f('ix_quarterstatus_author_id'))

    op.drop_table('quarterstatus')
    with op.batch_alter_table('policy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_hlc'))
        batch_op.drop_index(batch_op.f('ix_policy_author_id'))

    op.drop_table('policy')
    op.drop_table('installation')
    with op.batch_alter_table('heldrecord', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_heldrecord_bundle_id'))

    op.drop_table('heldrecord')
    with op.batch_alter_table('firm', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_firm_name'))
        batch_op.drop_index(batch_op.f('ix_firm_hlc'))
        batch_op.drop_index(batch_op.f('ix_firm_author_id'))

    op.drop_table('firm')
    with op.batch_alter_table('district', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_district_hlc'))
        batch_op.drop_index(batch_op.f('ix_district_author_id'))

    op.drop_table('district')
    with op.batch_alter_table('bundlelog', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundlelog_author_id'))

    op.drop_table('bundlelog')
    op.drop_table('auditevent')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_hlc'))
        batch_op.drop_index(batch_op.f('ix_attachment_author_id'))

    op.drop_table('attachment')

