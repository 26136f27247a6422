"""contact version

A counter that every change to the contacts or their labels moves, kept by triggers, so that the app's shared copy
of the network (usecases/contact_cache.py) is read again only when a contact changed, not after every draft
autosave or check-in (SQLite's data_version moves for any commit). Triggers catch every write path: the
repositories, the importer's raw SQL, the merge and foreign-key cascades alike.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# (trigger name, event, table): contacts added, edited or removed; labels given, taken or renamed.
TRIGGERS = (
    ("contact_version_contact_insert", "INSERT", "contact"),
    ("contact_version_contact_update", "UPDATE", "contact"),
    ("contact_version_contact_delete", "DELETE", "contact"),
    ("contact_version_link_insert", "INSERT", "contact_label"),
    ("contact_version_link_delete", "DELETE", "contact_label"),
    ("contact_version_label_update", "UPDATE", "label"),
)


def upgrade() -> None:
    op.create_table('contact_version', sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('changes', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))
    op.execute("INSERT INTO contact_version (id, changes) VALUES (1, 0)")
    for name, event, table in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                   "BEGIN UPDATE contact_version SET changes = changes + 1 WHERE id = 1; END")


def downgrade() -> None:
    for name, _, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('contact_version')
