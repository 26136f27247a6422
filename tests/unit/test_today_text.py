"""`render_today`: the Heute summary as plain German text."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Message,
    Post,
    PostStatus,
    Salutation,
)
from advisor_tui.domain.today.summary import summarize
from advisor_tui.domain.today.text import render_today

NOW = datetime(2026, 11, 23, 8, 30)  # Monday, ISO week 48

MUELLER = Contact("Anna", "Müller", Salutation.FRAU, title="Dr.", company="Müller Maschinenbau GmbH",
                  role="unternehmer", id=1)
SCHULZ = Contact("Jan", "Schulz", Salutation.HERR, company="Schulz Logistik", id=2)
BRAUN = Contact("Eva", "Braun", role="kaufm-leitung", follow_up_on=date(2026, 11, 20), id=3)
KRAUSE = Contact("Olaf", "Krause", role="nachfolger", connected_on=date(2026, 6, 1), id=4)
VOGEL = Contact("Ute", "Vogel", role="unternehmer", last_contact_at=datetime(2026, 7, 1, 10), id=5)
NOTE = "Guten Tag Herr Berater, wir haben uns beim Unternehmerabend in Ulm kennengelernt und ich würde gern"


def full_summary():
    """A summary with something in every section."""
    return summarize(
        contacts=[MUELLER, SCHULZ, BRAUN, KRAUSE, VOGEL],
        conversations=[Conversation(1, messages=[Message(1, Direction.INCOMING, datetime(2026, 11, 20, 17), "?")])],
        requests=[ConnectionRequest(2, Direction.INCOMING, datetime(2026, 11, 22, 12), note=NOTE)],
        posts=[Post("Nachfolge planen", 2026, 48, status=PostStatus.PLANNED, planned_on=date(2026, 11, 26))],
        checkins=[datetime(2026, 11, 20, 8, 5)],
        now=NOW,
    )


def empty_summary():
    """A summary of an empty store."""
    return summarize(contacts=[], conversations=[], requests=[], posts=[], checkins=[], now=NOW)


def test_render_full_summary():
    text = render_today(full_summary(), width=200)
    assert text == (
        "Heute – Montag, 23. November 2026\n"
        "\n"
        "Warten auf Antwort (1)\n"
        "  Dr. Anna Müller (Unternehmer/in, Müller Maschinenbau GmbH) – seit 3 Tagen\n"
        "\n"
        "Offene Anfragen (1)\n"
        "  Jan Schulz (Schulz Logistik) – seit gestern: „Guten Tag Herr Berater, wir haben uns beim …“\n"
        "\n"
        "Nachfassen fällig (1)\n"
        "  Eva Braun (Kaufmännische Leitung) – fällig seit 3 Tagen\n"
        "\n"
        "Lange kein Kontakt (2)\n"
        "  Olaf Krause (Nachfolger/in) – vernetzt seit 5 Monaten, nie kontaktiert\n"
        "  Ute Vogel (Unternehmer/in) – kein Kontakt seit 4 Monaten\n"
        "\n"
        "Beitrag dieser Woche\n"
        "  KW 48: Beitrag geplant am Donnerstag, 26.11. – „Nachfolge planen“.\n"
        "\n"
        "Posteingang\n"
        "  Posteingang zuletzt geprüft: Freitag, 20.11., 08:05 Uhr. Serie: 1 Arbeitstag in Folge.\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "  Niemand wartet auf eine Antwort.",
        "  Keine offenen Anfragen.",
        "  Kein Nachfassen fällig.",
        "  Kein Zielkontakt länger als 90 Tage ohne Kontakt.",
        "  KW 48: Noch kein Beitrag geplant.",
        "  Posteingang noch nie geprüft.",
    ],
)
def test_render_empty_sections_say_so_in_one_line(line):
    assert line in render_today(empty_summary()).splitlines()


@pytest.mark.parametrize("width", [20, 40, 80])
def test_render_wraps_to_the_width_without_colours_or_losing_words(width):
    text = render_today(full_summary(), width=width)
    assert all(len(line) <= width for line in text.splitlines())
    assert "\x1b" not in text
    assert " ".join(text.split()) == " ".join(render_today(full_summary(), width=500).split())


def test_render_limits_long_lists():
    contacts = [Contact(f"Vorname{i}", f"Nachname{i}", follow_up_on=date(2026, 11, 23), id=i) for i in range(1, 15)]
    summary = summarize(contacts=contacts, conversations=[], requests=[], posts=[], checkins=[], now=NOW)
    lines = render_today(summary, limit=3).splitlines()
    start = lines.index("Nachfassen fällig (14)")
    assert lines[start + 1 : start + 5] == [
        "  Vorname1 Nachname1 – fällig heute",
        "  Vorname10 Nachname10 – fällig heute",
        "  Vorname11 Nachname11 – fällig heute",
        "  … und 11 weitere",
    ]


def test_render_conversation_without_known_contact_uses_its_title():
    summary = summarize(
        contacts=[],
        conversations=[Conversation(None, title="Kim Mayer",
                                    messages=[Message(None, Direction.INCOMING, NOW - timedelta(hours=1), "Hallo")])],
        requests=[], posts=[], checkins=[], now=NOW,
    )
    assert "  Kim Mayer – seit heute" in render_today(summary).splitlines()
