"""feedback log and triage decisions

The qualitative feedback log (kind, key factors, source, note, whether it needs an answer), the advisor's own key
factors, and the shitstorm triage's decisions with the contacts named among the critics. Entries linked to a
contact or conversation go with them (DSGVO); an entry about a post keeps the post's title when the post goes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('feedback_factor',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('triage_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('post_title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('channels', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reach', sa.Integer(), nullable=True),
    sa.Column('reach_source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('known', sa.Integer(), nullable=False),
    sa.Column('clients', sa.Integer(), nullable=False),
    sa.Column('trolls', sa.Integer(), nullable=False),
    sa.Column('advised', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('chosen', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('statement', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_triage_decision_decided_at'), 'triage_decision', ['decided_at'], unique=False)
    op.create_index(op.f('ix_triage_decision_post_id'), 'triage_decision', ['post_id'], unique=False)
    op.create_table('triage_critic',
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decision_id'], ['triage_decision.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('decision_id', 'contact_id')
    )
    op.create_index(op.f('ix_triage_critic_contact_id'), 'triage_critic', ['contact_id'], unique=False)
    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('factors', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('source_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('needs_answer', sa.Boolean(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_feedback_contact_id'), 'feedback', ['contact_id'], unique=False)
    op.create_index(op.f('ix_feedback_conversation_id'), 'feedback', ['conversation_id'], unique=False)
    op.create_index(op.f('ix_feedback_post_id'), 'feedback', ['post_id'], unique=False)
    op.create_index(op.f('ix_feedback_received_on'), 'feedback', ['received_on'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_feedback_received_on'), table_name='feedback')
    op.drop_index(op.f('ix_feedback_post_id'), table_name='feedback')
    op.drop_index(op.f('ix_feedback_conversation_id'), table_name='feedback')
    op.drop_index(op.f('ix_feedback_contact_id'), table_name='feedback')
    op.drop_table('feedback')
    op.drop_index(op.f('ix_triage_critic_contact_id'), table_name='triage_critic')
    op.drop_table('triage_critic')
    op.drop_index(op.f('ix_triage_decision_post_id'), table_name='triage_decision')
    op.drop_index(op.f('ix_triage_decision_decided_at'), table_name='triage_decision')
    op.drop_table('triage_decision')
    op.drop_table('feedback_factor')
