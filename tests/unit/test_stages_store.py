"""Stages kept in the store, set from the command line, read back per quarter, and gone with a forgotten person."""

from datetime import date, datetime
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.models import Contact, Conversation, Direction, Message, Post, PostStatus
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.stages import ProductLine, Stage, StageChange
from advisor_tui.store.store import Store
from advisor_tui.usecases.people import PersonNotFound, find_person
from advisor_tui.usecases.results import ContactGone, record_stage, results_of, stage_history

TODAY = date(2026, 12, 1)


def test_a_change_is_kept_with_its_day_and_goes_with_the_forgotten_person(demo_store: Store) -> None:
    anna = find_person(demo_store, "Prof. Dr. Martin Keller")
    assert anna.id is not None
    record_stage(demo_store, StageChange(anna.id, Stage.CONVERSATION, date(2026, 10, 2)), today=TODAY)
    kept = record_stage(demo_store, StageChange(anna.id, Stage.MANDATE, date(2026, 11, 3), volume_eur=250_000,
                                                product=ProductLine.FINANCING, note="Hallenneubau"), today=TODAY)
    assert kept.recorded_at is not None and kept.id is not None
    assert [c.stage for c in stage_history(demo_store, anna.id)] == [Stage.CONVERSATION, Stage.MANDATE]
    others = len(demo_store.results.changes()) - 2  # the demo's history of other people
    demo_store.contacts.forget(anna.id)
    assert stage_history(demo_store, anna.id) == [] and len(demo_store.results.changes()) == others


def test_a_change_for_a_contact_deleted_meanwhile_writes_nothing(store: Store) -> None:
    with pytest.raises(ContactGone):
        record_stage(store, StageChange(999, Stage.CONVERSATION, TODAY), today=TODAY)
    assert store.results.changes() == []


def test_people_are_found_by_number_mail_or_name_and_ambiguity_is_explained(demo_store: Store) -> None:
    assert find_person(demo_store, "anna mueller").last_name == "Müller"
    assert find_person(demo_store, "Schröder, Lena").first_name == "Lena"
    with pytest.raises(PersonNotFound, match=r"„Müller“ passt auf 3 Kontakte: #\d+ Anna Müller"):
        find_person(demo_store, "Müller")
    with pytest.raises(PersonNotFound, match="Keinen Kontakt mit der Nummer 99999"):
        find_person(demo_store, "#99999")


def test_results_of_a_quarter_read_stages_effort_and_first_exchanges(store: Store) -> None:
    owner = store.contacts.add(Contact("Uwe", "Koch", role="unternehmer", source="xing"))
    store.contacts.add(Contact("Eva", "Ziel", role="nachfolger", source="linkedin"))
    advisor = store.contacts.add(Contact("Stefan", "Berater", role="umfeld"))
    conversation = store.activity.add_conversation(Conversation(owner, "Koch"))
    store.activity.log_message(Message(owner, Direction.OUTGOING, datetime(2026, 9, 1, 10), "Guten Tag",
                                       conversation_id=conversation))
    store.plan.add(Post("Nachfolge", 2026, 42, status=PostStatus.PUBLISHED, published_on=date(2026, 10, 14)))
    store.plan.add(Post("Idee", 2026, 43))
    store.activity.log_checkin(datetime(2026, 11, 2, 8))
    for contact_id, stage, day in ((owner, Stage.APPOINTMENT, date(2026, 10, 1)),
                                   (advisor, Stage.CONVERSATION, date(2026, 11, 1))):
        record_stage(store, StageChange(contact_id, stage, day), today=TODAY)
    results = results_of(store, Quarter(2026, 4))
    assert results.target_contacts == 2
    assert results.figures(Stage.APPOINTMENT).by_origin == {"XING": 1}
    assert results.figures(Stage.CONVERSATION).count == 2  # the Umfeld contact's conversation counts too
    assert results.days_to_appointment == (30,)  # first message 1 Sep → Termin 1 Oct
    assert (results.effort.posts_published, results.effort.messages_sent, results.effort.checkins) == (1, 0, 1)


def run(db: Path, *args: str) -> int:
    return main(["stage", *args, "--db", str(db)])


def test_the_command_line_records_shows_and_refuses_in_german(demo_store: Store, capsys) -> None:
    db = demo_store.path
    before = len(demo_store.results.changes())
    demo_store.close()
    assert run(db, "Stefan Hoffmann", "Gespräch", "--date", "02.11.2026") == 0
    assert run(db, "Stefan Hoffmann", "mandat", "--volume", "1,2 Mio.", "--product", "Anlage") == 0
    out = capsys.readouterr().out
    assert "Stefan Hoffmann: jetzt Gespräch (vorher Kontakt)." in out and "1,2\u00a0Mio.\u00a0€ · Anlage" in out
    for args, message in [
        (("Stefan Hoffmann", "Abschluss"), "ist keine Stufe"),
        (("Stefan Hoffmann", "termin", "--volume", "5"), "gehören zu einem Mandat"),
        (("Stefan Hoffmann", "termin", "--date", "31.02.2026"), "ist kein Datum"),
        (("Stefan Hoffmann", "--note", "x"), "gehören zu einer neuen STUFE"),
        (("Niemand Bekanntes",), "Kein Kontakt"),
    ]:
        assert run(db, *args) == 2
        err = capsys.readouterr().err
        assert err.startswith("advisor-tui: Fehler: ") and message in err and err.count("\n") == 1
    assert run(db, "Stefan Hoffmann", "--json") == 0
    assert '"stage": "mandat"' in capsys.readouterr().out
    reopened = Store.open(db)
    try:
        assert len(reopened.results.changes()) == before + 2  # the refused ones wrote nothing
    finally:
        reopened.close()


def test_a_missing_store_is_not_created(tmp_path: Path, capsys) -> None:
    assert run(tmp_path / "none.db", "Anna") == 2
    assert not (tmp_path / "none.db").exists() and "Keine Datenbank" in capsys.readouterr().err
