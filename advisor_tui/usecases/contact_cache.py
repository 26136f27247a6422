"""The whole network, read once and shared by the views: re-read only after someone changed a contact.

Kontakte, Nachricht's recipient picker, the quick log and the duplicate search all show or search every contact.
Each used to read all of them and build its own search index; now they take one `ContactSnapshot` from the app's
`ContactCache`. A commit that changed no contact (a draft autosave, a check-in) costs one small read, not a new
copy. A snapshot is never changed: a view that edits contacts keeps its own mapping and puts `dataclasses.replace`
copies into it.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store

if TYPE_CHECKING:
    from advisor_tui.domain.contacts.search import ContactIndex


@dataclass(frozen=True, slots=True)
class ContactSnapshot:
    """Every contact as read at one data version, by id and indexed for the fuzzy search (read only)."""

    contacts: list[Contact]  # in the store's order: by last name as a German reader sorts
    by_id: Mapping[int, Contact]
    index: ContactIndex
    version: int  # the store's data_version() read before the contacts: a later write always moves past it
    changes: int  # the store's contact change counter, read before the contacts as well


class ContactCache:
    """The app's one copy of the contacts; `snapshot()` may be called from any thread."""

    def __init__(self, store: Store) -> None:
        self._store = store
        # Held while reading: a second view asking meanwhile waits for this read instead of doing its own.
        self._lock = threading.Lock()
        self._snapshot: ContactSnapshot | None = None

    def snapshot(self) -> ContactSnapshot:
        """The contacts as stored now: the kept snapshot if nobody committed since it was read, else a new one."""
        from advisor_tui.domain.contacts.search import ContactIndex  # the search library loads with the first read

        with self._lock:
            version = self._store.data_version()  # before reading: a write during the read moves it again
            kept = self._snapshot
            if kept is not None and kept.version == version:
                return kept
            changes = self._store.contacts.changes()  # a draft saved or a check-in leaves the contacts as they were
            if kept is not None and kept.changes == changes:
                self._snapshot = replace(kept, version=version)
            else:
                contacts = self._store.contacts.list()
                by_id = MappingProxyType({c.id: c for c in contacts if c.id is not None})
                self._snapshot = ContactSnapshot(contacts, by_id, ContactIndex(contacts), version, changes)
            return self._snapshot
