"""merge_into: one contact stays with the chosen fields and everything both had; the other is gone."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, insert, select

from advisor_tui.domain.contacts.duplicates import merge_contacts
from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Message,
    RequestState,
    Salutation,
)
from advisor_tui.store.merge import DRAFT, MergeFailed, merge_into
from advisor_tui.store.timeconv import utc_now

AT = datetime(2026, 10, 1, 10, 0)


def _pair(store) -> tuple[Contact, Contact]:
    """Anna Müller from LinkedIn (profile) and from a vCard (e-mail), each with history."""
    keep_id = store.contacts.add(Contact("Anna", "Müller", company="Müller Bau GmbH", labels=("Messe",),
                                         profile_url="https://www.linkedin.com/in/anna-mueller", source="linkedin"))
    other_id = store.contacts.add(Contact("Anna", "Mueller", Salutation.FRAU, title="Dr.", company="Müller Bau",
                                          email="anna@mueller-bau.de", labels=("Unternehmerabend 2026",),
                                          notes="Kennt den Steuerberater", source="vcard"))
    for contact_id, hour in ((keep_id, 9), (other_id, 11)):
        store.activity.add_conversation(Conversation(contact_id, messages=[
            Message(contact_id, Direction.INCOMING, AT.replace(hour=hour), f"Nachricht {hour}")]))
        store.activity.add_request(ConnectionRequest(contact_id, Direction.INCOMING, AT.replace(hour=hour)))
    with store.engine.begin() as conn:
        conn.execute(insert(DRAFT).values(contact_id=other_id, text="Entwurf", updated_at=utc_now()))
    return store.contacts.get(keep_id), store.contacts.get(other_id)


def _owned(store, contact_id: int) -> dict[str, int]:
    """How many rows of each kind belong to a contact."""
    from advisor_tui.store.activity import CONVERSATION, MESSAGE, REQUEST

    with store.engine.connect() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table).where(table.c.contact_id == contact_id))
            .scalar_one()
            for table in (CONVERSATION, MESSAGE, REQUEST, DRAFT)
        }


def test_merge_keeps_everything_of_both(store) -> None:
    keep, other = _pair(store)
    merged = merge_contacts(keep, other, {"last_name": "keep"})
    merge_into(store.engine, keep.id, other.id, merged)
    assert store.contacts.get(other.id) is None
    result = store.contacts.get(keep.id)
    assert (result.last_name, result.title, result.salutation, result.email) == ("Müller", "Dr.", "Frau",
                                                                               "anna@mueller-bau.de")
    assert result.profile_url == "https://linkedin.com/in/anna-mueller"
    assert result.notes == "Kennt den Steuerberater"
    assert result.labels == ("Messe", "Unternehmerabend 2026")
    assert _owned(store, keep.id) == {"conversation": 2, "message": 2, "connection_request": 2, "draft": 1}
    assert _owned(store, other.id) == {"conversation": 0, "message": 0, "connection_request": 0, "draft": 0}
    assert result.last_contact_at == AT.replace(hour=11)
    assert store.contacts.count() == 1


def test_merge_takes_the_chosen_side(store) -> None:
    keep, other = _pair(store)
    merge_into(store.engine, keep.id, other.id, merge_contacts(keep, other, {"company": "other", "title": "keep"}))
    result = store.contacts.get(keep.id)
    assert (result.company, result.title) == ("Müller Bau", "")


def test_the_same_request_under_both_stays_once(store) -> None:
    keep, other = _pair(store)
    store.activity.add_request(ConnectionRequest(other.id, Direction.INCOMING, AT.replace(hour=9)))
    merge_into(store.engine, keep.id, other.id, merge_contacts(keep, other))
    assert _owned(store, keep.id)["connection_request"] == 2


def test_labels_of_the_other_survive_even_if_the_merged_contact_forgot_them(store) -> None:
    keep, other = _pair(store)
    merged = merge_contacts(keep, other)
    merged.labels = ()
    merge_into(store.engine, keep.id, other.id, merged)
    assert store.contacts.get(keep.id).labels == ("Messe", "Unternehmerabend 2026")


def test_hand_set_fields_of_both_stay_protected_from_imports(store) -> None:
    keep, other = _pair(store)
    store.contacts.update(other, edited=("title",))
    merge_into(store.engine, keep.id, other.id, merge_contacts(keep, other))
    from advisor_tui.store.contacts import CONTACT

    with store.engine.connect() as conn:
        manual = conn.execute(select(CONTACT.c.manual_fields).where(CONTACT.c.id == keep.id)).scalar_one()
    assert "title" in manual.split(",")


def test_identity_of_a_third_contact_is_not_taken(store) -> None:
    keep, other = _pair(store)
    third = store.contacts.add(Contact("Anna", "Müller", company="Müller Bau GmbH"))
    merged = merge_contacts(keep, other, {"profile_url": "other"})  # no URL: identity from name + company
    merged.profile_url = ""
    merge_into(store.engine, keep.id, other.id, merged)
    assert store.contacts.get(third) is not None and store.contacts.count() == 2


def test_merge_is_all_or_nothing(store) -> None:
    keep, other = _pair(store)
    with pytest.raises(MergeFailed):
        merge_into(store.engine, keep.id, 9999, merge_contacts(keep, other))
    with pytest.raises(MergeFailed):
        merge_into(store.engine, keep.id, keep.id, keep)
    assert store.contacts.count() == 2
    assert _owned(store, other.id)["message"] == 1


def test_a_pair_declared_distinct_is_kept_until_one_of_them_is_forgotten(store) -> None:
    keep, other = _pair(store)
    third = store.contacts.add(Contact("Karl", "Schulz"))
    store.contacts.mark_distinct(other.id, keep.id)
    store.contacts.mark_distinct(keep.id, other.id)  # once is enough, either way round
    store.contacts.mark_distinct(third, keep.id)
    assert store.contacts.distinct_pairs() == {tuple(sorted((keep.id, other.id))), tuple(sorted((third, keep.id)))}
    store.contacts.forget(other.id)
    assert store.contacts.distinct_pairs() == {tuple(sorted((third, keep.id)))}


def test_the_merged_contact_inherits_who_the_other_was_declared_different_from(store) -> None:
    keep, other = _pair(store)
    third = store.contacts.add(Contact("Karl", "Schulz"))
    store.contacts.mark_distinct(other.id, third)
    store.contacts.mark_distinct(other.id, keep.id)
    merge_into(store.engine, keep.id, other.id, merge_contacts(keep, other))
    assert store.contacts.distinct_pairs() == {tuple(sorted((keep.id, third)))}


def test_a_request_merged_onto_a_connection_is_accepted(store) -> None:
    """Anna Müller, connected since 2019, and her name-only copy from Invitations.csv with its open request."""
    keep_id = store.contacts.add(Contact("Anna", "Müller", profile_url="https://www.linkedin.com/in/anna-mueller",
                                         connected_on=date(2019, 5, 6), source="linkedin"))
    other_id = store.contacts.add(Contact("Anna", "Müller", source="linkedin"))
    store.activity.add_request(ConnectionRequest(other_id, Direction.INCOMING, datetime(2019, 5, 1, 9, 0)))
    keep, other = store.contacts.get(keep_id), store.contacts.get(other_id)
    merge_into(store.engine, keep_id, other_id, merge_contacts(keep, other))
    assert [r.state for r in store.activity.requests(keep_id)] == [RequestState.ACCEPTED]
