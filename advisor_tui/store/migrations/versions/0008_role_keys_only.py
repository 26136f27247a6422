"""role keys only

The role labels, groups, descriptions and order are the domain's (advisor_tui.domain.network.vocabulary.ROLES), the one
source of the vocabulary; the table keeps only the keys contacts may carry. Columns are dropped in place
(SQLite >= 3.35): copying the table, as batch mode does, would delete the rows contacts refer to.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_DROPPED = ("label", "group", "description", "position", "builtin")


def upgrade() -> None:
    for column in _DROPPED:
        op.drop_column('role', column)


def downgrade() -> None:
    # The labels are not kept anywhere in the file any more: an older version shows the key until re-seeded.
    op.add_column('role', sa.Column('label', sa.String(), nullable=False, server_default=''))
    op.add_column('role', sa.Column('group', sa.String(), nullable=False, server_default='other'))
    op.add_column('role', sa.Column('description', sa.String(), nullable=False, server_default=''))
    op.add_column('role', sa.Column('position', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('role', sa.Column('builtin', sa.Boolean(), nullable=False, server_default='1'))
    op.execute("UPDATE role SET label = key")
