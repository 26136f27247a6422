"""Tag contacts: set role, sector and/or labels of one or many contacts, as set by hand, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from advisor_tui.store.store import Store


@dataclass(frozen=True, slots=True)
class TagResult:
    """How many of the contacts were saved, and how many were gone (deleted in another window)."""

    saved: int
    missing: int


def tag_contacts(store: Store, changes: Mapping[int, Mapping[str, object]]) -> TagResult:
    """Write `{contact id: {"role"|"sector"|"labels": value}}` all at once; imports leave these fields alone later."""
    if not changes:
        return TagResult(0, 0)
    with store.transaction() as unit:
        saved = unit.contacts.tag_many(changes)
    return TagResult(saved, len(changes) - saved)
