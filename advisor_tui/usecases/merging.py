"""Merge two contacts into one: the chosen fields, and everything both had, in one transaction."""

from __future__ import annotations

from advisor_tui.domain.models import Contact
from advisor_tui.store.merge import MergeFailed, merge_into
from advisor_tui.store.store import Store

__all__ = ["MergeFailed", "merge_pair"]


def merge_pair(store: Store, keep_id: int, other_id: int, merged: Contact) -> Contact | None:
    """Save `merged` as `keep`, move all of `other` to it and delete `other`; returns the stored result.

    Raises MergeFailed with one German sentence (a contact is gone); nothing is written then.
    """
    with store.transaction() as unit:
        merge_into(unit.conn, keep_id, other_id, merged)
        return unit.contacts.get(keep_id)
