"""The shared contacts: read once, re-read only after a commit (ours or another window's), never changed."""

from __future__ import annotations

import copy
import threading
from dataclasses import FrozenInstanceError

import pytest

from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store
from advisor_tui.usecases.contact_cache import ContactCache, ContactSnapshot


def _counting(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    original = store.contacts.list
    monkeypatch.setattr(store.contacts, "list", lambda: (reads.append(1), original())[1])
    return reads


def test_several_snapshots_read_the_contacts_once(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _counting(demo_store, monkeypatch)
    cache = ContactCache(demo_store)
    first = cache.snapshot()
    assert cache.snapshot() is first and cache.snapshot() is first
    assert len(reads) == 1


def test_two_threads_asking_at_once_read_once(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _counting(demo_store, monkeypatch)
    cache = ContactCache(demo_store)
    got = []
    threads = [threading.Thread(target=lambda: got.append(cache.snapshot())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1 and all(snapshot is got[0] for snapshot in got)


def test_a_write_by_this_store_is_read_again(demo_store: Store) -> None:
    cache = ContactCache(demo_store)
    before = cache.snapshot()
    added = demo_store.contacts.add(Contact("Neu", "Zugang", company="Zugang GmbH"))
    after = cache.snapshot()
    assert after is not before and after.version != before.version
    assert added in after.by_id and added not in before.by_id
    assert after.index.search("Zugang")[0] == added


def test_a_write_by_another_window_is_read_again(demo_store: Store) -> None:
    cache = ContactCache(demo_store)
    before = cache.snapshot()
    other = Store.open(demo_store.path)  # a second window on the same file
    try:
        contact_id = before.contacts[0].id
        assert contact_id is not None
        other.contacts.update_fields(contact_id, notes="aus dem anderen Fenster")
    finally:
        other.close()
    assert cache.snapshot().by_id[contact_id].notes == "aus dem anderen Fenster"


def test_the_snapshot_is_consistent_and_in_the_stores_order(demo_store: Store) -> None:
    snapshot = ContactCache(demo_store).snapshot()
    assert snapshot.version == demo_store.data_version()
    assert snapshot.contacts == demo_store.contacts.list()
    assert list(snapshot.by_id) == [c.id for c in snapshot.contacts]
    assert all(snapshot.by_id[c.id] is c for c in snapshot.contacts if c.id is not None)


def test_a_write_during_the_read_is_never_missed(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The version is read before the contacts: a commit in between leaves the snapshot behind, not ahead."""
    original = demo_store.contacts.list
    written: list[int] = []

    def read_while_someone_writes() -> list[Contact]:
        if not written:
            written.append(demo_store.contacts.add(Contact("Mitten", "Drin")))
        return original()

    monkeypatch.setattr(demo_store.contacts, "list", read_while_someone_writes)
    cache = ContactCache(demo_store)
    first = cache.snapshot()
    assert first.version != demo_store.data_version()  # read at the older version: the next call reads again
    assert cache.snapshot() is not first


def test_the_snapshot_cannot_be_changed_through_its_mapping(demo_store: Store) -> None:
    snapshot = ContactCache(demo_store).snapshot()
    with pytest.raises(TypeError):
        snapshot.by_id[1] = Contact("Fremd", "Eintrag")  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        snapshot.version = 0  # type: ignore[misc]


def test_the_views_leave_the_snapshots_contacts_as_read(demo_store: Store) -> None:
    """The tagging queue (Kontakte) takes the snapshot and tags: the shared contacts stay as they were."""
    from advisor_tui.usecases.tagging_queue import TaggingQueue

    snapshot = ContactCache(demo_store).snapshot()
    kept = copy.deepcopy(snapshot.contacts)
    queue = TaggingQueue()
    queue.load(snapshot.contacts)
    untagged = [c.id for c in snapshot.contacts if not c.is_tagged and c.id is not None]
    queue.tag(untagged[:3], role="unternehmer", sector="C")
    queue.undo()
    queue.tag(untagged[:2], role="umfeld")
    assert snapshot.contacts == kept and dict(snapshot.by_id) == {c.id: c for c in kept}


def test_a_commit_that_changes_no_contact_keeps_the_copy(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft autosave or a check-in moves SQLite's data version, but the 30,000 contacts need no new read."""
    from datetime import UTC, datetime

    from advisor_tui.domain.messaging.drafting import Draft

    reads = _counting(demo_store, monkeypatch)
    cache = ContactCache(demo_store)
    first = cache.snapshot()
    demo_store.drafts.save(Draft(first.contacts[0].id, "Sehr geehrte Frau …"))
    demo_store.activity.log_checkin(datetime(2026, 12, 1, 9, tzinfo=UTC))
    again = cache.snapshot()
    assert len(reads) == 1 and again.contacts is first.contacts and again.version == demo_store.data_version()


def _first_id(snapshot: ContactSnapshot) -> int:
    contact_id = snapshot.contacts[0].id
    assert contact_id is not None
    return contact_id


@pytest.mark.parametrize("change", ["label", "message", "tag", "forget"])
def test_every_kind_of_contact_change_is_read_again(demo_store: Store, change: str) -> None:
    """The change counter is kept by triggers: labels, last contact from a logged message, tags, deletions."""
    from datetime import UTC, datetime

    from advisor_tui.domain.models import Direction, Message

    cache = ContactCache(demo_store)
    first = cache.snapshot()
    contact_id = _first_id(first)
    if change == "label":
        demo_store.contacts.update_fields(contact_id, labels=("Unternehmerabend 2026",))
    elif change == "message":
        demo_store.activity.log_message(Message(contact_id, Direction.OUTGOING, datetime(2026, 12, 1, 9, tzinfo=UTC),
                                                "Guten Tag"))
    elif change == "tag":
        demo_store.contacts.tag_many({contact_id: {"role": "umfeld"}})
    else:
        demo_store.contacts.forget(contact_id)
    after = cache.snapshot()
    assert after.changes != first.changes and after.contacts is not first.contacts
    assert after.by_id.get(contact_id) != first.by_id[contact_id]
