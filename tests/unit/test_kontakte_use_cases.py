"""The Kontakte use cases: tag many contacts at once, merge, forget, export a segment; one transaction each."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_tui.domain.contacts.duplicates import merge_contacts
from advisor_tui.domain.models import Contact, Segment
from advisor_tui.store.forgetting import exports_holding
from advisor_tui.usecases.exporting import export_contacts, segment_contacts
from advisor_tui.usecases.forgetting import find_to_forget, forget_contact
from advisor_tui.usecases.merging import MergeFailed, merge_pair
from advisor_tui.usecases.tagging import tag_contacts


def _add(store, first: str, last: str, **kw) -> Contact:
    contact_id = store.contacts.add(Contact(first, last, **kw))
    return store.contacts.get(contact_id)


def test_tag_contacts_writes_all_in_one_go_as_set_by_hand(store) -> None:
    ids = [_add(store, "Anna", f"Muster{i}").id for i in range(1200)]
    result = tag_contacts(store, {i: {"role": "unternehmer", "sector": "F"} for i in ids} | {999_999: {"role": "x"}})
    assert (result.saved, result.missing) == (1200, 1)
    assert {(c.role, c.sector) for c in store.contacts.list()} == {("unternehmer", "F")}


def test_tag_contacts_sets_labels_and_keeps_other_fields(store) -> None:
    anna = _add(store, "Anna", "Muster", company="Muster GmbH", role="privat")
    tag_contacts(store, {anna.id: {"labels": ["Webinar", "Bestand"]}, _add(store, "Bo", "B").id: {"sector": "C"}})
    stored = store.contacts.get(anna.id)
    assert stored.labels == ("Bestand", "Webinar") and stored.role == "privat" and stored.company == "Muster GmbH"


def test_tag_contacts_refuses_other_fields_and_writes_nothing(store) -> None:
    anna = _add(store, "Anna", "Muster")
    with pytest.raises(ValueError):
        tag_contacts(store, {anna.id: {"role": "privat"}, anna.id + 1: {"company": "X"}})
    assert store.contacts.get(anna.id).role is None


def test_merge_pair_returns_the_stored_result_and_fails_whole(store) -> None:
    keep, other = _add(store, "Anna", "Muster", company="A"), _add(store, "Anna", "Muster", email="a@b.de")
    stored = merge_pair(store, keep.id, other.id, merge_contacts(keep, other))
    assert stored is not None and stored.email == "a@b.de" and store.contacts.get(other.id) is None
    with pytest.raises(MergeFailed):
        merge_pair(store, keep.id, other.id, stored)
    assert store.contacts.get(keep.id) == stored


def test_forget_finds_by_address_and_removes(store) -> None:
    anna = _add(store, "Anna", "Muster", email="anna@muster.de")
    found = find_to_forget(store, " ANNA@muster.de ")
    assert found is not None and found.contact_id == anna.id and found.summary.name == "Anna Muster"
    assert forget_contact(store, anna.id) is not None
    assert store.contacts.get(anna.id) is None and find_to_forget(store, "anna@muster.de") is None


def test_export_writes_records_and_leaves_blocked_out(store, tmp_path: Path) -> None:
    anna = _add(store, "Anna", "Müller", email="anna@muster.de")
    _add(store, "Bert", "Müller", blocked=True)
    contacts = segment_contacts(store, Segment(text="Müler"))  # the table's fuzzy search: a typo still finds them
    assert {c.first_name for c in contacts} == {"Anna", "Bert"}
    result = export_contacts(store, contacts, "csv", tmp_path / "out.csv")
    assert result.count == 1 and b"anna@muster.de" in (tmp_path / "out.csv").read_bytes()
    assert [r.count for r in exports_holding(store.engine, anna)] == [1]


def test_save_contact_marks_the_edited_fields_and_says_when_the_contact_is_gone(store) -> None:
    from dataclasses import replace

    from advisor_tui.usecases.editing import save_contact

    anna = _add(store, "Anna", "Muster", company="Alt GmbH")
    assert save_contact(store, replace(anna, company="Neu GmbH", position="ignored"), {"company"})
    stored = store.contacts.get(anna.id)
    assert (stored.company, stored.position) == ("Neu GmbH", "")
    forget_contact(store, anna.id)
    assert not save_contact(store, stored, {"company"})
