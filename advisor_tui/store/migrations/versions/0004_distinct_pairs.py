"""distinct pairs

Pairs of contacts the advisor declared different people ("Keine Dublette"), so the duplicate search
does not offer them again. Both rows go when either contact is forgotten or merged away.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('distinct_pair',
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['first_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('first_id', 'second_id')
    )
    with op.batch_alter_table('distinct_pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_distinct_pair_second_id'), ['second_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('distinct_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_distinct_pair_second_id'))
    op.drop_table('distinct_pair')
