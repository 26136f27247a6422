"""heute indexes

Heute reads only the contacts it may show: due follow-ups and silent target contacts. Two partial indexes find
them without scanning the network; they hold only contacts with a follow-up date or a role, so an import of
untagged contacts never touches them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_contact_follow_up_on', 'contact', ['follow_up_on'], unique=False,
                    sqlite_where=sa.text('follow_up_on IS NOT NULL'))
    op.create_index('ix_contact_role_set', 'contact', ['role'], unique=False, sqlite_where=sa.text('role IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_contact_role_set', table_name='contact')
    op.drop_index('ix_contact_follow_up_on', table_name='contact')
