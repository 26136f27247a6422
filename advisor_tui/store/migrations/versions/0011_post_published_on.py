"""post published on

The day a post went online: the posting history from LinkedIn's export and the analytics workbook both know posts
by their publish date, and the cadence counts what was really published, not the week it was planned for.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('post') as batch:
        batch.add_column(sa.Column('published_on', sa.Date(), nullable=True))
    op.create_index('ix_post_published_on', 'post', ['published_on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_post_published_on', table_name='post')
    with op.batch_alter_table('post') as batch:
        batch.drop_column('published_on')
