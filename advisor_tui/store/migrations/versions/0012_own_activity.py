"""own activity

The advisor's own LinkedIn activity from the data export: each published post of the export is linked to its
plan post by the export's key (so a re-import finds it again), with its visibility; comments and reactions get
tables of their own.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "post_export",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("import_key", sa.String(), nullable=False),
        sa.Column("visibility", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
        sa.UniqueConstraint("import_key"),
    )
    op.create_table(
        "own_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("link", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("at", "link"),
    )
    op.create_index("ix_own_comment_at", "own_comment", ["at"], unique=False)
    op.create_table(
        "own_reaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("link", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("at", "link"),
    )
    op.create_index("ix_own_reaction_at", "own_reaction", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_own_reaction_at", table_name="own_reaction")
    op.drop_table("own_reaction")
    op.drop_index("ix_own_comment_at", table_name="own_comment")
    op.drop_table("own_comment")
    op.drop_table("post_export")
