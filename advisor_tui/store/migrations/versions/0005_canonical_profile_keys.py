"""canonical profile keys

Contacts are re-keyed with the canonical profile URL (percent-encoding, country hosts, slug-less
placeholders, Unicode case). Contacts that the new key makes one person are merged into the oldest:
its values stay, empty ones are filled from the others, a field set by hand on any of them keeps that
value; messages, conversations, requests, drafts, labels and distinct pairs all move to it. The backup
copy is made before any migration (store/database.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections import defaultdict

from alembic import op
from sqlalchemy import Connection

from advisor_tui.domain.contacts.identity import name_key, normalize_profile_url

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_FIELDS = ("first_name", "last_name", "salutation", "title", "company", "position", "email", "sector", "role",
           "connected_on", "notes", "follow_up_on")
_OWNED = ("conversation", "message", "draft")


def upgrade() -> None:
    conn = op.get_bind()
    columns = ("id", "identity", "profile_url", "manual_fields", "blocked", "last_contact_at", *_FIELDS)
    rows = [dict(zip(columns, row, strict=True)) for row in conn.exec_driver_sql(
        f"SELECT {', '.join(columns)} FROM contact ORDER BY id")]
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        url = normalize_profile_url(row["profile_url"])
        key = "url:" + url if url else "name:" + name_key(row["first_name"], row["last_name"], row["company"])
        row["dirty"] = url != row["profile_url"] or key != row["identity"]
        row["profile_url"] = url
        groups[key].append(row)
    for members in groups.values():
        for other in members[1:]:
            _merge(conn, members[0], other)
            members[0]["dirty"] = True
    # Two steps, so that no new key collides with an old key still held by another contact.
    changed = [(key, members[0]) for key, members in groups.items() if key != members[0]["identity"]]
    for _, keep in changed:
        conn.exec_driver_sql("UPDATE contact SET identity = ? WHERE id = ?", (f"rekey:{keep['id']}", keep["id"]))
    for key, keep in changed:
        keep["identity"] = key
    for members in groups.values():
        keep = members[0]
        if not keep["dirty"]:
            continue
        values = [keep[name] for name in ("identity", "profile_url", "manual_fields", "blocked", "last_contact_at",
                                           *_FIELDS)]
        assignments = ", ".join(f"{name} = ?" for name in columns[1:])
        conn.exec_driver_sql(f"UPDATE contact SET {assignments} WHERE id = ?", (*values, keep["id"]))


def _merge(conn: Connection, keep: dict, other: dict) -> None:
    """Fold `other` into `keep` (in memory for its values, in the tables for what it owns) and delete it."""
    manual = set(filter(None, keep["manual_fields"].split(",")))
    other_manual = set(filter(None, other["manual_fields"].split(",")))
    for name in _FIELDS:
        if keep[name] in ("", None) or (name in other_manual and name not in manual):
            keep[name] = other[name] if other[name] not in ("", None) else keep[name]
    keep["manual_fields"] = ",".join(sorted(manual | other_manual))
    keep["blocked"] = max(keep["blocked"], other["blocked"])
    keep["last_contact_at"] = max(filter(None, (keep["last_contact_at"], other["last_contact_at"])), default=None)
    ids = (keep["id"], other["id"])
    for table in _OWNED:
        conn.exec_driver_sql(f"UPDATE {table} SET contact_id = ? WHERE contact_id = ?", ids)
    # The same request or label under both contacts stays once.
    conn.exec_driver_sql("UPDATE OR IGNORE connection_request SET contact_id = ? WHERE contact_id = ?", ids)
    conn.exec_driver_sql("DELETE FROM connection_request WHERE contact_id = ?", (other["id"],))
    conn.exec_driver_sql("UPDATE OR IGNORE contact_label SET contact_id = ? WHERE contact_id = ?", ids)
    conn.exec_driver_sql("DELETE FROM contact_label WHERE contact_id = ?", (other["id"],))
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO distinct_pair (first_id, second_id)"
        " SELECT min(?1, partner), max(?1, partner) FROM ("
        "  SELECT second_id AS partner FROM distinct_pair WHERE first_id = ?2"
        "  UNION SELECT first_id FROM distinct_pair WHERE second_id = ?2) WHERE partner != ?1", ids)
    conn.exec_driver_sql("DELETE FROM distinct_pair WHERE first_id = ?1 OR second_id = ?1", (other["id"],))
    conn.exec_driver_sql("DELETE FROM contact WHERE id = ?", (other["id"],))


def downgrade() -> None:
    # The old keys were ambiguous by design; merged contacts cannot be told apart again.
    pass
