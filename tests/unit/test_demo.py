"""The demo store obeys the rules an import obeys."""

from __future__ import annotations

from advisor_tui.domain.models import RequestState
from advisor_tui.store.store import Store


def test_no_connection_in_the_demo_has_an_open_request(demo_store: Store) -> None:
    contacts = {c.id: c for c in demo_store.contacts.list()}
    requests = demo_store.activity.requests()
    open_ones = [r for r in requests if r.state is RequestState.OPEN]
    assert open_ones  # Heute still has requests to decide
    assert [contacts[r.contact_id].full_name for r in open_ones if contacts[r.contact_id].connected_on] == []
