"""The bulk writer behind every contact import: one row per person, stored exactly as the ORM would."""

from __future__ import annotations

from datetime import UTC, date, datetime

from advisor_tui.domain.contacts.batch import ImportBatch, ImportedRequest
from advisor_tui.domain.models import ConnectionRequest, Contact, Direction, RequestState, Salutation
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store

URL = "https://linkedin.com/in/anna-mueller-8a1b2c3d"


def connection(**changes) -> Contact:
    values = dict(first_name="Anna", last_name="Müller", company="Müller Präzisionstechnik GmbH",
                  position="Geschäftsführerin", profile_url=URL, source="linkedin", connected_on=date(2023, 8, 24))
    values.update(changes)
    return Contact(**values)


def apply(store: Store, *contacts: Contact, requests: tuple[ImportedRequest, ...] = ()):
    batch = ImportBatch(source="test", contacts=list(contacts), requests=list(requests))
    return BatchWriter(store.engine).apply(batch)


def test_new_contacts_read_back_with_every_imported_field(store: Store) -> None:
    result = apply(store, connection(salutation=Salutation.FRAU, title="Dr.", email="anna@mueller.de"),
                   connection(first_name="Jürgen", last_name="Bauer", profile_url="", company="Bauer Bau",
                              connected_on=None, notes="von der Messe"))
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    anna, juergen = sorted(store.contacts.list(), key=lambda c: c.first_name)
    assert (anna.salutation, anna.title, anna.email, anna.profile_url) == (
        Salutation.FRAU, "Dr.", "anna@mueller.de", URL)
    assert anna.connected_on == date(2023, 8, 24) and anna.source == "linkedin"
    assert (anna.role, anna.sector, anna.blocked) == (None, None, False)
    assert (anna.last_contact_at, anna.follow_up_on) == (None, None)
    assert (juergen.profile_url, juergen.connected_on, juergen.notes) == ("", None, "von der Messe")


def test_a_value_shared_by_every_row_is_stored_verbatim_even_with_quotes(store: Store) -> None:
    company = "O'Neill & Söhne'); DROP TABLE contact; --"
    apply(store, connection(company=company), connection(profile_url=URL + "-2", company=company))
    assert [c.company for c in store.contacts.list()] == [company, company]


def test_the_same_person_twice_in_one_batch_becomes_one_contact_with_both_fields(store: Store) -> None:
    sent = datetime(2026, 7, 8, 15, 43, tzinfo=UTC)
    counterpart = Contact(first_name="Anna", last_name="Müller", title="Dr.", profile_url=URL, source="linkedin")
    request = ConnectionRequest(None, Direction.INCOMING, sent, note="Guten Tag", state=RequestState.OPEN)
    result = apply(store, connection(), requests=(ImportedRequest(counterpart, request),))
    (anna,) = store.contacts.list()
    assert (anna.title, anna.company) == ("Dr.", "Müller Präzisionstechnik GmbH")
    assert result.added == 2  # the contact and the request
    assert [r.contact_id for r in store.activity.requests()] == [anna.id]


def test_labels_of_a_card_are_linked(store: Store) -> None:
    apply(store, connection(labels=("XING", "Unternehmerabend 2026")))
    (anna,) = store.contacts.list()
    assert anna.labels == ("Unternehmerabend 2026", "XING")


def test_reimport_changes_nothing_and_newer_data_spares_hand_set_fields(store: Store) -> None:
    apply(store, connection())
    assert (apply(store, connection()).unchanged, apply(store, connection()).added) == (1, 0)
    (anna,) = store.contacts.list()
    anna.company = "Müller Holding"
    store.contacts.update(anna, edited=("company",))
    result = apply(store, connection(company="Neue Firma GmbH", position="Beirätin"))
    assert (result.updated, result.unchanged) == (1, 0)
    (anna,) = store.contacts.list()
    assert (anna.company, anna.position) == ("Müller Holding", "Beirätin")
