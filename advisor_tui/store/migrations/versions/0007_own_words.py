"""own words

The advisor's own dictionary for the spelling check ("Zum Wörterbuch hinzufügen", `advisor-tui words`).

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('own_word',
    sa.Column('word', sa.String(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('word')
    )


def downgrade() -> None:
    op.drop_table('own_word')
