"""Plan export: iCalendar events parsed back with icalendar, and the CSV layout."""

import csv
import io
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.io.plan_export import PLAN_CSV_HEADER, export_ics, export_plan_csv, post_uid

NOW = datetime(2026, 11, 21, 8, 30, tzinfo=UTC)

PLAN = [
    Post(
        "Nachfolge im Mittelstand",
        2026,
        48,
        body="Wer übernimmt, wenn der Senior geht?",
        status=PostStatus.PLANNED,
        target_segment="Unternehmer Baugewerbe",
        source="KfW-Nachfolgemonitor",
        id=7,
    ),
    Post("Zinsausblick", planned_on=date(2026, 12, 2), status=PostStatus.DRAFT, own_content=False, id=8),
    Post(
        "Rückblick",
        2026,
        53,
        channel="xing",
        status=PostStatus.PUBLISHED,
        published_url="https://www.xing.com/x",
        id=9,
    ),
    Post("Nur eine Idee", id=10),
]


def events_of(data: bytes) -> dict[str, object]:
    return {str(event.uid): event for event in Calendar.from_ical(data).events}


def test_one_event_per_post_with_a_week():
    events = events_of(export_ics(PLAN, now=NOW))
    assert set(events) == {"post-7@advisor-tui.local", "post-8@advisor-tui.local", "post-9@advisor-tui.local"}


@pytest.mark.parametrize(
    ("uid", "start", "end"),
    [
        ("post-7@advisor-tui.local", date(2026, 11, 23), date(2026, 11, 24)),  # Monday of KW 48
        ("post-8@advisor-tui.local", date(2026, 12, 2), date(2026, 12, 3)),  # the planned day
        ("post-9@advisor-tui.local", date(2026, 12, 28), date(2026, 12, 29)),  # KW 53 2026
    ],
)
def test_events_are_all_day_on_the_right_day(uid, start, end):
    event = events_of(export_ics(PLAN, now=NOW))[uid]
    assert (event.start, event.end) == (start, end)
    assert not isinstance(event.start, datetime)


@pytest.mark.parametrize(
    ("uid", "status", "kind"),
    [
        ("post-7@advisor-tui.local", "CONFIRMED", "Eigener Inhalt"),
        ("post-8@advisor-tui.local", "TENTATIVE", "Geteilter Inhalt"),
        ("post-9@advisor-tui.local", "CONFIRMED", "Eigener Inhalt"),
    ],
)
def test_status_and_categories(uid, status, kind):
    event = events_of(export_ics(PLAN, now=NOW))[uid]
    assert event["STATUS"] == status
    assert kind in event.categories and "Redaktionsplan" in event.categories


def test_summary_description_stamp_and_url():
    events = events_of(export_ics(PLAN, now=NOW))
    first = events["post-7@advisor-tui.local"]
    assert str(first["SUMMARY"]) == "Nachfolge im Mittelstand"
    description = str(first["DESCRIPTION"])
    assert description.startswith("Wer übernimmt, wenn der Senior geht?")
    for part in ("Kanal: LinkedIn", "Status: Geplant", "Zielgruppe: Unternehmer Baugewerbe", "Quelle: KfW"):
        assert part in description
    assert first.DTSTAMP == NOW
    assert str(events["post-9@advisor-tui.local"]["URL"]) == "https://www.xing.com/x"
    assert "Kanal: XING" in str(events["post-9@advisor-tui.local"]["DESCRIPTION"])


def test_export_is_stable_so_calendars_update_instead_of_duplicating():
    assert export_ics(PLAN, now=NOW) == export_ics(list(reversed(PLAN)), now=NOW)
    moved = [Post("Nachfolge im Mittelstand", 2026, 50, status=PostStatus.PLANNED, id=7)]
    event = events_of(export_ics(moved, now=NOW))["post-7@advisor-tui.local"]
    assert event.start == date(2026, 12, 7)


def test_uid_of_an_unsaved_post_is_stable():
    assert post_uid(Post("a")) == post_uid(Post("a")) != post_uid(Post("b"))
    assert post_uid(Post("a")).endswith("@advisor-tui.local")


def test_planned_day_outside_the_week_falls_back_to_monday():
    stale = Post("a", 2026, 48, planned_on=date(2026, 1, 1), status=PostStatus.PLANNED, id=1)
    assert events_of(export_ics([stale], now=NOW))["post-1@advisor-tui.local"].start == date(2026, 11, 23)


def test_empty_plan_is_a_valid_calendar():
    assert Calendar.from_ical(export_ics([], now=NOW)).events == []


def test_csv_header_and_rows():
    rows = list(csv.reader(io.StringIO(export_plan_csv(PLAN))))
    assert tuple(rows[0]) == PLAN_CSV_HEADER
    assert rows[1] == [
        "2026-W48", "", "Nachfolge im Mittelstand", "linkedin", "geplant", "eigen",
        "Unternehmer Baugewerbe", "KfW-Nachfolgemonitor", "Wer übernimmt, wenn der Senior geht?",
    ]
    assert rows[2][:6] == ["2026-W49", "2026-12-02", "Zinsausblick", "linkedin", "entwurf", "geteilt"]
    assert rows[3][:5] == ["2026-W53", "", "Rückblick", "xing", "veroeffentlicht"]
    assert rows[4][:3] == ["", "", "Nur eine Idee"]  # ideas come last


def test_csv_quotes_multiline_bodies():
    text = export_plan_csv([Post("a", 2026, 48, body='Zeile 1, "zitiert"\nZeile 2')])
    assert list(csv.reader(io.StringIO(text)))[1][-1] == 'Zeile 1, "zitiert"\nZeile 2'
