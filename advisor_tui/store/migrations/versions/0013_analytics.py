"""analytics

LinkedIn's analytics workbooks (`advisor-tui import analytics`): each import with its daily figures, post figures
and demographics tables, merged when read.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0011'
branch_labels = None
depends_on = None


def _workbook_fk() -> sa.Column:
    return sa.Column('workbook_id', sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table('analytics_workbook',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('digest', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('post_kind', sa.String(), nullable=False),
    sa.Column('post_number', sa.String(), nullable=False),
    sa.Column('post_url', sa.String(), nullable=False),
    sa.Column('impressions', sa.Integer(), nullable=True),
    sa.Column('members_reached', sa.Integer(), nullable=True),
    sa.Column('followers_total', sa.Integer(), nullable=True),
    sa.Column('followers_on', sa.Date(), nullable=True),
    sa.Column('ignored', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_analytics_workbook_digest', 'analytics_workbook', ['digest'], unique=True)
    op.create_table('analytics_day',
    sa.Column('id', sa.Integer(), nullable=False),
    _workbook_fk(),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('impressions', sa.Integer(), nullable=True),
    sa.Column('engagements', sa.Integer(), nullable=True),
    sa.Column('new_followers', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['workbook_id'], ['analytics_workbook.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('workbook_id', 'day')
    )
    op.create_index('ix_analytics_day_day', 'analytics_day', ['day'], unique=False)
    op.create_index('ix_analytics_day_workbook_id', 'analytics_day', ['workbook_id'], unique=False)
    op.create_table('analytics_post',
    sa.Column('id', sa.Integer(), nullable=False),
    _workbook_fk(),
    sa.Column('post_key', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    *[sa.Column(name, sa.Integer(), nullable=True) for name in (
        'impressions', 'engagements', 'members_reached', 'reactions', 'comments', 'reposts', 'saves', 'sends',
        'social_engagements', 'profile_viewers', 'followers_gained', 'impressions_rank', 'engagements_rank')],
    sa.ForeignKeyConstraint(['workbook_id'], ['analytics_workbook.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('workbook_id', 'post_key')
    )
    op.create_index('ix_analytics_post_post_key', 'analytics_post', ['post_key'], unique=False)
    op.create_index('ix_analytics_post_workbook_id', 'analytics_post', ['workbook_id'], unique=False)
    op.create_table('analytics_share',
    sa.Column('id', sa.Integer(), nullable=False),
    _workbook_fk(),
    sa.Column('scope', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.Column('share', sa.Float(), nullable=True),
    sa.Column('below_one_percent', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workbook_id'], ['analytics_workbook.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_analytics_share_workbook_id', 'analytics_share', ['workbook_id'], unique=False)


def downgrade() -> None:
    for table in ('analytics_share', 'analytics_post', 'analytics_day'):
        op.drop_table(table)
    op.drop_index('ix_analytics_workbook_digest', table_name='analytics_workbook')
    op.drop_table('analytics_workbook')
