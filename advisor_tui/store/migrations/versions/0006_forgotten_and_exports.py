"""forgotten identities and export records

Keyed hashes of forgotten people's identities (profile key, e-mail), so that an import of an old export
does not bring them back silently; and a record of every contact file the app wrote, so that forgetting
can name the files that may still hold the person. The key (salt) is a setting, random per store.

Revision ID: 0006
Revises: 0004 (the lead re-chains this to 0005 when merging)
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('export_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('written_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('forgotten',
    sa.Column('digest', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('forgotten_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('digest')
    )


def downgrade() -> None:
    op.drop_table('forgotten')
    op.drop_table('export_record')
