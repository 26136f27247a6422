"""The feedback log: vocabulary, quarter figures (honest with small numbers), store, use cases, CLI, forgetting."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.feedback.models import (
    FACTORS,
    FeedbackEntry,
    FeedbackKind,
    SourceKind,
    factor_key,
    find_factor,
    parse_kind,
)
from advisor_tui.domain.feedback.quarters import Balance, quarter_figures, trend_word
from advisor_tui.domain.feedback.triage import Advice, Headwind, TriageDecision
from advisor_tui.domain.models import Contact, Conversation, Direction, Message, Post
from advisor_tui.domain.quarters import Quarter
from advisor_tui.store.store import Store
from advisor_tui.usecases import feedback

K, L, F, B = FeedbackKind.CRITICISM, FeedbackKind.PRAISE, FeedbackKind.QUESTION, FeedbackKind.COMPLAINT


def entry(
    kind: FeedbackKind,
    day: date,
    *factors: str,
    needs_answer: bool = False,
    answered: date | None = None,
    entry_id: int = 0,
) -> FeedbackEntry:
    return FeedbackEntry(
        kind,
        day,
        "Notiz",
        factors,
        source_text="Telefonat",
        needs_answer=needs_answer,
        answered_on=answered,
        id=entry_id,
    )


def test_vocabulary_parses_keys_and_labels_and_refuses_in_german() -> None:
    assert parse_kind("Positives Feedback") is L and parse_kind(" KRITIK ") is K and parse_kind("Frage") is F
    with pytest.raises(ValueError, match="Unbekannte Art „Meinung“; möglich: kritik, lob, frage, beschwerde"):
        parse_kind("Meinung")
    assert find_factor(FACTORS, "servicequalität").key == "service"
    assert factor_key(" Erreichbarkeit & Öffnungszeiten ") == "erreichbarkeit-oeffnungszeiten"
    with pytest.raises(ValueError):
        factor_key("!!")


def test_quarter_parsing_and_bounds() -> None:
    assert Quarter.parse("2026Q4") == Quarter.parse("Q4 2026") == Quarter.parse("2026-q4") == Quarter(2026, 4)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4) and Quarter(2026, 4).next() == Quarter(2027, 1)
    assert (Quarter(2026, 4).start, Quarter(2026, 4).end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert date(2026, 3, 31) in Quarter(2026, 1) and date(2026, 4, 1) not in Quarter(2026, 1)
    with pytest.raises(ValueError, match="2026Q4"):
        Quarter.parse("2026Q5")


def test_balance_shows_counts_and_a_share_only_from_five_judged_entries() -> None:
    few = Balance(praise=3, criticism=1)
    assert few.praise_share is None and few.text == "3 Lob · 1 Kritik · zu wenige für einen Anteil"
    enough = Balance(praise=4, criticism=1)
    assert enough.praise_share == 80 and enough.text.endswith("80 % Lob")
    assert Balance(praise=2, criticism=4, complaints=1, questions=2).text == (
        "2 Lob · 4 Kritik (davon 1 Beschwerde) · 2 Fragen · 33 % Lob"
    )
    assert Balance().text == "keine Rückmeldungen"
    # a trend needs ten judged entries in both quarters and a move of ten points
    assert trend_word(Balance(praise=3, criticism=3), Balance(praise=3, criticism=2)) == "–"  # 50 % against 60 %
    assert trend_word(Balance(praise=8, criticism=2), Balance(praise=6, criticism=3)) == "–"  # nine before
    assert trend_word(Balance(praise=8, criticism=2), Balance(praise=7, criticism=3)) == "besser"
    assert trend_word(Balance(praise=7, criticism=3), Balance(praise=8, criticism=2)) == "schlechter"
    assert trend_word(Balance(praise=8, criticism=2), Balance(praise=15, criticism=5)) == "gleich"


def test_quarter_figures_per_factor_trend_and_open_items_of_any_quarter() -> None:
    entries = [
        entry(L, date(2026, 10, 5), "kosten", entry_id=1),
        entry(K, date(2026, 11, 2), "kosten", "transparenz", entry_id=2),
        entry(B, date(2026, 11, 3), "service", needs_answer=True, entry_id=3),
        entry(F, date(2026, 6, 1), needs_answer=True, entry_id=4),  # old, still open
        entry(F, date(2026, 6, 2), needs_answer=True, answered=date(2026, 6, 3), entry_id=5),
        entry(L, date(2026, 8, 1), "interaktion", entry_id=6),
    ]
    figures = quarter_figures(entries, Quarter(2026, 4), FACTORS)
    assert (figures.balance.praise, figures.balance.criticism, figures.balance.complaints) == (1, 2, 1)
    lines = {line.factor.key: line for line in figures.factors}
    assert set(lines) == {"kosten", "transparenz", "service", "interaktion"}  # touched now or the quarter before
    assert (lines["kosten"].balance.praise, lines["kosten"].balance.criticism) == (1, 1)
    assert lines["interaktion"].balance.judged == 0 and lines["interaktion"].before.praise == 1
    assert [q.key for q, _ in figures.trend] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert [e.id for e in figures.open_items] == [4, 3]  # oldest first, across quarters
    assert [e.id for e in figures.entries] == [3, 2, 1]  # newest first
    assert figures.trend_text == "–"


@pytest.fixture
def filled(store: Store) -> tuple[Store, int, int, int]:
    anna = store.contacts.add(Contact("Anna", "Müller", company="Müller Bau GmbH", role="unternehmer"))
    conversation = store.activity.add_conversation(
        Conversation(
            anna,
            title="Anna",
            messages=[Message(anna, Direction.INCOMING, datetime(2026, 11, 1, 10), "Ihre Gebühren sind zu hoch")],
        )
    )
    post = store.plan.add(Post("Nachfolge planen", 2026, 45))
    return store, anna, conversation, post


def test_use_cases_store_check_and_label_sources(filled: tuple[Store, int, int, int]) -> None:
    store, anna, conversation, post = filled
    about_post = feedback.record_feedback(
        store,
        FeedbackEntry(
            L,
            date(2026, 11, 10),
            "  Gut erklärt\x1b[31m  ",
            ("Transparenz", "transparenz"),
            SourceKind.POST,
            post_id=post,
        ),
    )
    assert about_post.source_display == "Beitrag: Nachfolge planen" and about_post.factors == ("transparenz",)
    assert "\x1b" not in about_post.note
    about_anna = feedback.record_feedback(
        store,
        FeedbackEntry(
            B,
            date(2026, 11, 11),
            "Gebühren zu hoch",
            ("kosten",),
            SourceKind.CONVERSATION,
            contact_id=anna,
            conversation_id=conversation,
            needs_answer=True,
        ),
    )
    assert about_anna.source_display == "Unterhaltung: Anna Müller" and about_anna.is_open
    answered = feedback.mark_answered(store, about_anna.id or 0, date(2026, 11, 12))
    assert not answered.is_open
    for bad, message in (
        (FeedbackEntry(L, date(2026, 11, 1), "x", source_kind=SourceKind.POST, post_id=999), "Beitrag"),
        (FeedbackEntry(L, date(2026, 11, 1), "x", source_kind=SourceKind.CONTACT, contact_id=999), "Kontakt"),
        (FeedbackEntry(L, date(2026, 11, 1), "x"), "woher"),
        (FeedbackEntry(L, date(2026, 11, 1), "  ", source_text="a"), "Notiz"),
        (FeedbackEntry(L, date(2026, 11, 1), "x", ("nix",), source_text="a"), "Unbekannter Faktor"),
    ):
        with pytest.raises(ValueError, match=message):
            feedback.record_feedback(store, bad)
    assert len(store.feedback.list()) == 2  # nothing half-written
    own = feedback.add_factor(store, "Erreichbarkeit")
    assert own.key == "erreichbarkeit" and store.feedback.factors()[-1] == own
    with pytest.raises(ValueError, match="gibt es schon"):
        feedback.add_factor(store, "ERREICHBARKEIT")
    store.plan.delete(post)  # the entry stays, with the post's title
    orphan = store.feedback.get(about_post.id or 0)
    assert orphan is not None and orphan.post_id is None and orphan.source_display == "Beitrag: Nachfolge planen"
    assert feedback.edit_feedback(store, replace(orphan, note="Sehr gut erklärt")).note == "Sehr gut erklärt"
    feedback.delete_feedback(store, about_post.id or 0)
    with pytest.raises(LookupError):
        feedback.delete_feedback(store, about_post.id or 0)


def test_forgetting_a_contact_removes_every_entry_about_them(filled: tuple[Store, int, int, int]) -> None:
    store, anna, conversation, _post = filled
    bernd = store.contacts.add(Contact("Bernd", "Adam"))
    for source in (
        dict(source_kind=SourceKind.CONTACT, contact_id=anna),
        dict(source_kind=SourceKind.CONVERSATION, contact_id=anna, conversation_id=conversation),
    ):
        feedback.record_feedback(store, FeedbackEntry(K, date(2026, 11, 2), "Konditionen", **source))  # type: ignore[arg-type]
    feedback.record_feedback(
        store, FeedbackEntry(B, date(2026, 11, 2), "Anruf: anna müller beschwert sich", source_text="Filiale")
    )
    feedback.record_feedback(
        store, FeedbackEntry(L, date(2026, 11, 2), "Lob von Bernd", source_kind=SourceKind.CONTACT, contact_id=bernd)
    )
    feedback.record_feedback(store, FeedbackEntry(L, date(2026, 11, 2), "Anna war da", source_text="Messe"))
    store.feedback.add_decision(
        TriageDecision(
            datetime(2026, 11, 3, 9),
            Headwind({"LinkedIn": 3}),
            Advice.NONE,
            Advice.PERSONAL,
            "Guten Tag Frau Anna  Müller, …",
        )
    )
    with sqlite3.connect(store.path) as db:  # a backup as a migration leaves it, holding everything above
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = store.path.with_name(f"{store.path.name}.0011.20261101T0000.bak")
    backup.write_bytes(store.path.read_bytes())
    store.contacts.forget(anna)
    left = store.feedback.list()
    assert [e.note for e in left] == ["Lob von Bernd", "Anna war da"]  # a bare first name names no one for sure
    assert store.feedback.decisions()[0].statement.startswith("(Text entfernt")
    for path in (store.path, backup):
        with sqlite3.connect(path) as db:
            tables = ("feedback", "triage_decision", "triage_critic")
            rows = [repr(r) for t in tables for r in db.execute(f"SELECT * FROM {t}")]
        assert len(rows) == 3 and not any("müller" in row.casefold() for row in rows), path


def test_cli_add_list_json_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "advisor.db")
    assert main(["feedback", "list", "--db", db]) == 2 and not Path(db).exists()  # reading never creates a store
    assert (
        main(
            [
                "feedback",
                "add",
                "--db",
                db,
                "--kind",
                "frage",
                "--text",
                "Messe",
                "--needs-answer",
                "--date",
                "2026-11-20",
                "--factor",
                "konditionen",
                "Zinsbindung für Investitionskredit?",
            ]
        )
        == 0
    )
    assert "Rückmeldung Nr. 1 erfasst" in capsys.readouterr().out
    for bad in (
        ["--kind", "meinung", "--text", "x", "n"],
        ["--kind", "lob", "--contact", "Niemand", "n"],
        ["--kind", "lob", "--text", "x", "--date", "20.11.", "n"],
    ):
        assert main(["feedback", "add", "--db", db, *bad]) == 2
        assert capsys.readouterr().err.count("\n") == 1
    assert main(["feedback", "list", "--db", db, "--quarter", "2026Q4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["balance"]["questions"] == 1 and data["open"][0]["note"] == "Zinsbindung für Investitionskredit?"
    assert main(["feedback", "answered", "1", "--db", db]) == 0
    assert main(["feedback", "list", "--db", db, "--open"]) == 0
    assert "Nichts offen." in capsys.readouterr().out
    assert main(["feedback", "list", "--db", db, "--quarter", "Herbst"]) == 2


def test_cli_takes_german_dates_and_finds_people_as_stage_does(demo_store: Store, capsys) -> None:
    """One day parser and one person finder for every command: „30.11.2026“ and „Müller, Anna“ work here too."""
    db = str(demo_store.path)
    demo_store.close()
    args = ["feedback", "add", "--db", db, "--kind", "lob", "--contact", "Mueller, Anna", "--date", "30.11.2026"]
    assert main([*args, "Danke für den Termin"]) == 0
    assert "30.11.2026 · positives Feedback · Kontakt: Anna Müller" in capsys.readouterr().out
    assert main(["feedback", "add", "--db", db, "--kind", "lob", "--contact", "Müller", "x"]) == 2
    assert "passt auf 3 Kontakte" in capsys.readouterr().err


def test_browse_state_steps_quarters_and_knows_the_entry_under_the_cursor() -> None:
    from advisor_tui.usecases.feedback import FeedbackView
    from advisor_tui.usecases.feedback_state import FeedbackBrowse

    state = FeedbackBrowse(date(2026, 11, 23))
    assert state.current() is None and state.allows("edit") is None and state.allows("later") is None
    assert state.step(-2) == Quarter(2026, 2) and state.allows("later") is True
    assert state.step(5) == Quarter(2026, 4)  # never past the current quarter
    entries = [entry(F, date(2026, 11, 2), needs_answer=True, entry_id=1), entry(L, date(2026, 11, 3), entry_id=2)]
    state.show(FeedbackView(quarter_figures(entries, Quarter(2026, 4), FACTORS), FACTORS))
    assert state.current() is not None and state.current().id == 1  # type: ignore[union-attr]
    state.in_open, state.entry_row = False, 0
    assert state.current().id == 2 and state.allows("delete") is True  # type: ignore[union-attr]
    state.follow = 1
    assert state.take_follow() == (0, 1) and state.take_follow() == (None, None)


def test_the_entry_dialog_reads_german_dates() -> None:
    from advisor_tui.ui.dialogs.feedback_entry import parse_day

    assert parse_day("30.11.2026") == parse_day("2026-11-30") == parse_day(" 30.11.26 ") == date(2026, 11, 30)
    assert parse_day("1.2.").month == 2
    for bad in ("31.02.2026", "gestern", "", "30.11.2026.5"):
        with pytest.raises(ValueError, match="Unbekanntes Datum"):
            parse_day(bad)


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import sys

    class GoneReader:
        """Standard output whose reader left (`feedback list | head -1`)."""

        def __init__(self) -> None:
            self.fd = os.open(os.devnull, os.O_WRONLY)

        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            pass

        def fileno(self) -> int:
            return self.fd

    db = str(tmp_path / "advisor.db")
    assert main(["feedback", "add", "--db", db, "--kind", "lob", "--text", "Messe", "Gut"]) == 0
    gone = GoneReader()
    monkeypatch.setattr(sys, "stdout", gone)
    try:
        assert main(["feedback", "list", "--db", db]) == 0  # quietly, not a BrokenPipeError
    finally:
        os.close(gone.fd)
