"""Merging two contacts into one: everything of both survives, in one transaction."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select, text, update

from advisor_tui.domain.models import Contact
from advisor_tui.store.activity import CONVERSATION, MESSAGE, accept_requests_of_connections, refresh_derived
from advisor_tui.store.contacts import (
    CONTACT,
    CONTACT_LABEL,
    LABEL,
    ContactRepository,
    contact_values,
)
from advisor_tui.store.tables import DRAFT
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, writing

# Tables whose rows belong to a contact; the merge hands them all to the contact that stays.
_OWNED = (CONVERSATION, MESSAGE, DRAFT)


class MergeFailed(Exception):
    """The merge could not be done (a contact is gone); carries one German sentence."""


def merge_into(bind: Bind, keep_id: int, other_id: int, merged: Contact) -> None:
    """Save `merged` as `keep`, move every message, conversation, request, draft and label of `other`, delete it."""
    if keep_id == other_id:
        raise MergeFailed("Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.")
    with writing(bind) as conn:
        manual = _manual_fields(conn, keep_id, other_id)
        labels = {*merged.labels, *_label_names(conn, keep_id), *_label_names(conn, other_id)}
        for table in _OWNED:
            conn.execute(update(table).where(table.c.contact_id == other_id).values(contact_id=keep_id))
        # The same request known under both contacts stays once; the cascade drops the copy.
        conn.execute(text("UPDATE OR IGNORE connection_request SET contact_id = :keep WHERE contact_id = :other"),
                     {"keep": keep_id, "other": other_id})
        # Whoever `other` was declared different from, the merged contact is different from too.
        conn.execute(text(
            "INSERT OR IGNORE INTO distinct_pair (first_id, second_id)"
            " SELECT min(:keep, partner), max(:keep, partner) FROM ("
            "  SELECT second_id AS partner FROM distinct_pair WHERE first_id = :other"
            "  UNION SELECT first_id FROM distinct_pair WHERE second_id = :other)"
            " WHERE partner != :keep"
        ), {"keep": keep_id, "other": other_id})
        conn.execute(delete(CONTACT).where(CONTACT.c.id == other_id))
        values = contact_values(merged)
        if _identity_taken(conn, values["identity"], keep_id):
            del values["identity"]  # a third contact has it: keep's own identity stays
        conn.execute(update(CONTACT).where(CONTACT.c.id == keep_id).values(
            **values, manual_fields=",".join(sorted(manual)), updated_at=utc_now()))
        _set_labels(conn, keep_id, labels)
        accept_requests_of_connections(conn)  # a name-only copy's open request, now on a connection
        refresh_derived(conn)


def _manual_fields(conn: Connection, keep_id: int, other_id: int) -> set[str]:
    """Fields either contact had set by hand (imports must keep leaving them alone)."""
    query = select(CONTACT.c.id, CONTACT.c.manual_fields).where(CONTACT.c.id.in_((keep_id, other_id)))
    rows = dict(conn.execute(query).all())
    if len(rows) != 2:
        raise MergeFailed("Einer der beiden Kontakte existiert nicht mehr.")
    return {name for value in rows.values() for name in value.split(",") if name}


def _identity_taken(conn: Connection, identity: str, keep_id: int) -> bool:
    """Whether another contact than `keep` already has this identity."""
    query = select(CONTACT.c.id).where(CONTACT.c.identity == identity, CONTACT.c.id != keep_id)
    return conn.execute(query.limit(1)).first() is not None


def _label_names(conn: Connection, contact_id: int) -> list[str]:
    """The labels a contact carries."""
    query = select(LABEL.c.name).join(CONTACT_LABEL).where(CONTACT_LABEL.c.contact_id == contact_id)
    return list(conn.execute(query).scalars())


def _set_labels(conn: Connection, contact_id: int, labels: set[str]) -> None:
    """Give the contact exactly these labels."""
    conn.execute(delete(CONTACT_LABEL).where(CONTACT_LABEL.c.contact_id == contact_id))
    ContactRepository._link_labels(conn, contact_id, labels)
