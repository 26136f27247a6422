"""The contact table, the reader, the bulk writer and the migrated schema agree on one set of columns."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Column, MetaData, String

from advisor_tui.domain.models import Contact, Conversation, Direction, Message, Salutation
from advisor_tui.store import contact_columns
from advisor_tui.store.activity import conversation_values, message_values
from advisor_tui.store.contact_columns import CONTACT, mapping_gaps, new_row_defaults
from advisor_tui.store.importer import _NEW_COLUMNS, CONVERSATION_COLUMNS, MESSAGE_COLUMNS
from advisor_tui.store.store import Store


def test_every_contact_column_is_mapped_and_every_field_has_a_column() -> None:
    assert mapping_gaps() == set()


def test_a_column_added_to_the_table_only_is_a_gap() -> None:
    wider = CONTACT.to_metadata(MetaData())
    wider.append_column(Column("nickname", String, nullable=False, default=""))
    assert mapping_gaps(wider) == {"nickname"}


def test_a_field_added_to_the_contact_only_is_a_gap() -> None:
    narrower = CONTACT.to_metadata(MetaData())
    narrower._columns.remove(narrower.c.notes)
    assert mapping_gaps(narrower) == {"notes"}


def test_the_bulk_writer_fills_every_column_of_a_new_contact() -> None:
    written = {*_NEW_COLUMNS, *new_row_defaults(_NEW_COLUMNS)}
    assert written == set(CONTACT.c.keys()) - {"id"}


def test_message_and_conversation_values_cover_their_tables_exactly() -> None:
    message = Message(1, Direction.INCOMING, datetime(2026, 1, 2, 3, 4), "Hallo")
    assert set(message_values(message, 7)) == set(MESSAGE_COLUMNS)
    assert set(conversation_values(Conversation(1), 1)) == set(CONVERSATION_COLUMNS)


def test_a_contact_survives_the_store_field_by_field(tmp_path: Path) -> None:
    contact = Contact(
        "Jörg", "Groß", Salutation.HERR, "Dr.", "Groß GmbH", "Inhaber", "j@gross.de",
        "https://linkedin.com/in/joerg-gross", "C", "unternehmer", "vcard", date(2020, 3, 4), "Messe",
        date(2026, 12, 24), True, ("A", "B"), datetime(2026, 11, 30, 8, 15),
    )
    store = Store.open(tmp_path / "s.db")
    try:
        contact.id = store.contacts.add(contact)
        assert store.contacts.get(contact.id) == contact
        assert store.contacts.list() == [contact]
    finally:
        store.close()
    assert [f.name for f in fields(Contact)] == [*contact_columns.READ_FIELDS[:contact_columns.LABELS_AT], "labels",
                                                 *contact_columns.READ_FIELDS[contact_columns.LABELS_AT:]]



def test_an_earlier_export_naming_the_person_is_found_with_its_count(tmp_path: Path) -> None:
    from advisor_tui.store.forgetting import exports_holding, record_export

    contact = Contact("Jörg", "Groß", email="j@gross.de")
    exported = tmp_path / "kontakte.csv"
    exported.write_text("first_name,last_name,email\nJörg,Groß,j@gross.de\n", encoding="utf-8")
    store = Store.open(tmp_path / "s.db")
    try:
        record_export(store.engine, exported, 12)
        [record] = exports_holding(store.engine, contact)
    finally:
        store.close()
    assert record.count == 12 and record.path == exported.resolve()


def test_every_post_field_has_a_column_and_every_column_but_the_timestamps_a_field() -> None:
    from advisor_tui.domain.models import Post
    from advisor_tui.store.plan import POST

    assert {f.name for f in fields(Post)} == set(POST.c.keys()) - {"created_at", "updated_at"}


def test_contacts_read_together_share_their_repeated_values(tmp_path: Path) -> None:
    """Memory at 30,000 contacts: one string per company, position or first name, one object per date."""
    store = Store.open(tmp_path / "store.db")
    for number in range(3):
        store.contacts.add(Contact(first_name="Anna", last_name=f"Weber{number}", company="Qwertzbank AG",
                                   position="Prokuristin", connected_on=date(2020, 5, 4)))
    first, *others = store.contacts.list()
    for other in others:
        assert other.company is first.company and other.position is first.position
        assert other.first_name is first.first_name and other.source is first.source
        assert other.connected_on is first.connected_on
    store.close()
