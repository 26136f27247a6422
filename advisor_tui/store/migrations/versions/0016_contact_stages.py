"""contact stages

What came of a contact: every step (Kontakt, Gespräch, Termin, Mandat, kein Bedarf) with its day, an optional volume
and product line for a mandate. Steps go with the contact when it is forgotten (foreign key with cascade).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'contact_stage',
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('on', sa.Date(), nullable=False),
        sa.Column('volume_eur', sa.Integer(), nullable=True),
        sa.Column('product', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_contact_stage_contact_id', 'contact_stage', ['contact_id'], unique=False)
    op.create_index('ix_contact_stage_on', 'contact_stage', ['on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_contact_stage_on', table_name='contact_stage')
    op.drop_index('ix_contact_stage_contact_id', table_name='contact_stage')
    op.drop_table('contact_stage')
