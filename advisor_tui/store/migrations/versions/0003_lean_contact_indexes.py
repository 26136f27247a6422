"""lean contact indexes

Only the identity index of `contact` serves a lookup; e-mail is compared case-folded and role and
sector are counted over the whole table, so their indexes only slowed every import down.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_email'))
        batch_op.drop_index(batch_op.f('ix_contact_role'))
        batch_op.drop_index(batch_op.f('ix_contact_sector'))


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_sector'), ['sector'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_role'), ['role'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_email'), ['email'], unique=False)
