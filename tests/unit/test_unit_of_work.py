"""The store's unit of work (all or nothing) and its data version (how views learn that data changed)."""

from __future__ import annotations

import sqlite3

import pytest

from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "store.db")
    yield opened
    opened.close()


def test_a_unit_of_work_commits_all_its_writes_together(store):
    with store.transaction() as unit:
        first = unit.contacts.add(Contact(first_name="Anna", last_name="Schneider"))
        unit.contacts.add(Contact(first_name="Jonas", last_name="Weber"))
    assert {c.id for c in store.contacts.list()} >= {first}
    assert store.contacts.count() == 2


def test_a_failing_unit_of_work_leaves_the_store_as_it_was(store):
    with pytest.raises(RuntimeError), store.transaction() as unit:
        unit.contacts.add(Contact(first_name="Anna", last_name="Schneider"))
        raise RuntimeError("halfway")
    assert store.contacts.count() == 0


def test_the_data_version_moves_with_every_commit_and_only_then(store):
    before = store.data_version()
    store.contacts.list()
    assert store.data_version() == before  # reading changes nothing
    store.contacts.add(Contact(first_name="Anna", last_name="Schneider"))
    after_own = store.data_version()
    assert after_own != before


def test_the_data_version_sees_another_windows_commit(store):
    before = store.data_version()
    other = sqlite3.connect(store.path)
    with other:
        other.execute("INSERT INTO setting (key, value) VALUES ('x-other-window', '1')")
    other.close()
    assert store.data_version() != before


def test_one_contacts_history_is_selected_in_the_store(store):
    from advisor_tui.demo import seed_demo
    from tests.conftest import FIXED_NOW

    seed_demo(store, today=FIXED_NOW.date())
    demo_store = store
    anna = next(c for c in demo_store.contacts.list() if (c.first_name, c.last_name) == ("Anna", "Müller"))
    everything = demo_store.activity.conversations()
    assert demo_store.activity.conversations(anna.id) == [c for c in everything if c.contact_id == anna.id]
    assert demo_store.activity.conversations(anna.id)
    requests = demo_store.activity.requests()
    assert demo_store.activity.requests(anna.id) == [r for r in requests if r.contact_id == anna.id]
