"""Heute domain logic: waiting conversations, requests, follow-ups, losing touch, check-ins, the week's post."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Message,
    MessageKind,
    Post,
    PostStatus,
    RequestState,
    Settings,
)
from advisor_tui.domain.today.checkin import checkin_status, german_holidays
from advisor_tui.domain.today.dates import age_text, calendar_days, long_day, moment_text, silence_text
from advisor_tui.domain.today.summary import (
    WeekPostState,
    follow_ups_due,
    losing_touch,
    open_requests,
    summarize,
    waiting_conversations,
    week_post_status,
)

# Monday 23 November 2026, 08:30: the Friday before is the 20th, the Thursday the 19th.
NOW = datetime(2026, 11, 23, 8, 30)
TODAY = NOW.date()
IN, OUT = Direction.INCOMING, Direction.OUTGOING


def at(day: int, hour: int = 9, month: int = 11) -> datetime:
    """A fixed moment in 2026."""
    return datetime(2026, month, day, hour)


def msg(direction: Direction, day: int, kind: MessageKind = MessageKind.MESSAGE, answered: bool = False) -> Message:
    """A message from or to contact 1."""
    return Message(1, direction, at(day), "Text", kind=kind, answered=answered)


def contact(cid: int = 1, **fields) -> Contact:
    """A contact with an id and a name derived from it."""
    fields.setdefault("last_name", f"Nachname{cid}")
    return Contact(first_name=f"Vorname{cid}", id=cid, **fields)


@pytest.mark.parametrize(
    ("messages", "waits"),
    [
        ([msg(OUT, 18), msg(IN, 19)], True),
        ([msg(IN, 18), msg(OUT, 19)], False),
        ([msg(IN, 18), msg(IN, 20, MessageKind.SPONSORED)], True),
        ([msg(OUT, 18), msg(IN, 20, MessageKind.SPONSORED)], False),
        ([msg(OUT, 18), msg(IN, 20, MessageKind.SYSTEM)], False),
        ([msg(IN, 20, MessageKind.SPONSORED)], False),
        ([msg(IN, 19, answered=True)], False),
        ([msg(OUT, 20), msg(IN, 19)], False),  # list order does not matter, the time does
        ([], False),
    ],
    ids=["incoming-last", "outgoing-last", "sponsored-after-incoming", "sponsored-after-outgoing",
         "system-after-outgoing", "sponsored-only", "answered", "unsorted", "empty"],
)
def test_waiting_depends_on_last_real_message(messages, waits):
    conversations = [Conversation(1, messages=messages)]
    assert bool(waiting_conversations(conversations, {1: contact()}, NOW)) is waits


def test_waiting_is_oldest_first_with_calendar_age():
    contacts = {cid: contact(cid) for cid in (1, 2, 3)}
    conversations = [
        Conversation(1, messages=[Message(1, IN, datetime(2026, 11, 22, 23, 0), "spät")]),
        Conversation(2, messages=[Message(2, IN, at(16), "früh")]),
        Conversation(None, messages=[Message(3, IN, at(20), "ohne Gesprächskontakt")]),
    ]
    waiting = waiting_conversations(conversations, contacts, NOW)
    assert [item.contact.id for item in waiting] == [2, 3, 1]
    assert [item.age_days for item in waiting] == [7, 3, 1]
    assert waiting[-1].age == timedelta(hours=9, minutes=30)


def test_waiting_leaves_out_blocked_and_keeps_unknown_contacts():
    conversations = [
        Conversation(1, messages=[msg(IN, 19)]),
        Conversation(None, title="Unbekannt", messages=[Message(None, IN, at(18), "Hallo")]),
    ]
    waiting = waiting_conversations(conversations, {1: contact(blocked=True)}, NOW)
    assert [(item.contact, item.conversation.title) for item in waiting] == [(None, "Unbekannt")]


def test_open_requests_are_incoming_open_oldest_first_without_blocked():
    contacts = {1: contact(1), 2: contact(2), 3: contact(3, blocked=True)}
    requests = [
        ConnectionRequest(1, IN, at(20)),
        ConnectionRequest(2, IN, at(10)),
        ConnectionRequest(3, IN, at(5)),
        ConnectionRequest(1, OUT, at(1)),
        ConnectionRequest(2, IN, at(2), state=RequestState.ACCEPTED),
    ]
    found = open_requests(requests, contacts)
    assert [(item.contact.id, item.request.sent_at) for item in found] == [(2, at(10)), (1, at(20))]


def test_follow_ups_due_on_or_before_today_longest_overdue_first():
    contacts = [
        contact(1, follow_up_on=TODAY),
        contact(2, follow_up_on=TODAY - timedelta(days=5)),
        contact(3, follow_up_on=TODAY + timedelta(days=1)),
        contact(4, follow_up_on=TODAY - timedelta(days=9), blocked=True),
        contact(5),
    ]
    assert [c.id for c in follow_ups_due(contacts, TODAY)] == [2, 1]


DAYS_AGO = TODAY - timedelta(days=91)


@pytest.mark.parametrize(
    ("fields", "listed"),
    [
        ({"role": "unternehmer", "last_contact_at": NOW - timedelta(days=91)}, True),
        ({"role": "unternehmer", "last_contact_at": NOW - timedelta(days=90)}, False),
        ({"role": "nachfolger", "connected_on": DAYS_AGO}, True),
        ({"role": "kaufm-leitung", "connected_on": DAYS_AGO, "last_contact_at": NOW - timedelta(days=3)}, False),
        ({"role": "kollege", "connected_on": DAYS_AGO}, False),
        ({"role": None, "connected_on": DAYS_AGO}, False),
        ({"role": "unternehmer"}, False),
        ({"role": "unternehmer", "connected_on": DAYS_AGO, "blocked": True}, False),
        ({"role": "unternehmer", "connected_on": DAYS_AGO, "follow_up_on": TODAY}, False),
        ({"role": "unternehmer", "connected_on": DAYS_AGO, "follow_up_on": TODAY + timedelta(days=2)}, True),
    ],
    ids=["silent-91", "silent-90", "never-contacted", "recently-contacted", "not-target", "untagged",
         "no-dates", "blocked", "follow-up-due", "follow-up-later"],
)
def test_losing_touch_rules(fields, listed):
    assert bool(losing_touch([contact(**fields)], TODAY)) is listed


def test_losing_touch_longest_silent_first_and_setting_days():
    contacts = [
        contact(1, role="unternehmer", last_contact_at=NOW - timedelta(days=40)),
        contact(2, role="unternehmer", connected_on=TODAY - timedelta(days=400)),
        contact(3, role="nachfolger", last_contact_at=NOW - timedelta(days=100)),
    ]
    assert [item.contact.id for item in losing_touch(contacts, TODAY)] == [2, 3]
    found = losing_touch(contacts, TODAY, days=30)
    assert [(item.contact.id, item.silent_days, item.never_contacted) for item in found] == [
        (2, 400, True), (3, 100, False), (1, 40, False),
    ]


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (0, "seit heute"), (-2, "seit heute"), (1, "seit gestern"), (3, "seit 3 Tagen"), (6, "seit 6 Tagen"),
        (7, "seit einer Woche"), (14, "seit 2 Wochen"), (59, "seit 8 Wochen"), (90, "seit 3 Monaten"),
        (364, "seit 12 Monaten"), (365, "seit einem Jahr"), (400, "seit über einem Jahr"),
        (729, "seit über einem Jahr"), (800, "seit 2 Jahren"), (3856, "seit 10 Jahren"),
        (timedelta(days=3, hours=5), "seit 3 Tagen"),
        (datetime(2026, 11, 22, 23, 0), "seit gestern"),
        (date(2026, 11, 9), "seit 2 Wochen"),
    ],
)
def test_age_text(age, text):
    assert age_text(age, NOW) == text


@pytest.mark.parametrize(
    ("days", "never", "text"),
    [
        (3856, False, "kein Kontakt seit 10 Jahren"),
        (95, False, "kein Kontakt seit 3 Monaten"),
        (400, True, "vernetzt seit über einem Jahr, nie kontaktiert"),
    ],
)
def test_silence_text_says_how_long_in_words_not_a_count_of_days(days, never, text):
    assert silence_text(days, never_contacted=never) == text


def test_age_text_needs_now_for_dates():
    with pytest.raises(TypeError):
        age_text(date(2026, 11, 9))


def test_calendar_days_use_the_time_zone_of_now():
    berlin = timezone(timedelta(hours=1))
    sent = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # 00:30 on the 23rd in Berlin
    assert calendar_days(sent, datetime(2026, 11, 23, 8, 0, tzinfo=berlin)) == 0
    assert calendar_days(sent, datetime(2026, 11, 23, 8, 0, tzinfo=UTC)) == 1


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2026, 11, 23, 7, 5), "heute, 07:05 Uhr"),
        (datetime(2026, 11, 22, 23, 59), "gestern, 23:59 Uhr"),
        (datetime(2026, 11, 19, 9, 0), "Donnerstag, 19.11., 09:00 Uhr"),
        (datetime(2026, 11, 16, 9, 0), "16.11.2026, 09:00 Uhr"),
    ],
)
def test_moment_text(moment, text):
    assert moment_text(moment, NOW) == text


def test_long_day():
    assert long_day(date(2026, 3, 1)) == "Sonntag, 1. März 2026"


THU, FRI, SAT, MON = at(19), at(20), at(21), at(23, 8)


@pytest.mark.parametrize(
    ("checkins", "now", "streak", "overdue"),
    [
        ([FRI, MON], NOW, 2, False),
        ([THU, MON], NOW, 1, False),  # Friday missed: the streak is broken
        ([THU, FRI, SAT, MON], NOW, 3, False),  # a Saturday check neither counts nor breaks
        ([FRI], NOW, 1, False),  # Monday morning, not yet checked: Friday's streak still stands
        ([THU], NOW, 0, True),  # Friday passed without a check
        ([THU], datetime(2026, 11, 20, 7, 0), 1, False),
        ([THU], datetime(2026, 11, 21, 7, 0), 0, True),
        ([MON, MON + timedelta(hours=1), MON + timedelta(hours=2)], NOW + timedelta(hours=3), 1, False),
        ([], NOW, 0, True),
        ([at(24)], NOW, 0, True),  # a check-in in the future is ignored
        # Good Friday 3 April and Easter Monday 6 April 2026 are holidays.
        ([at(2, month=4), at(7, month=4)], datetime(2026, 4, 7, 12, 0), 2, False),
        ([at(2, month=4)], datetime(2026, 4, 7, 8, 0), 1, False),
    ],
    ids=["fri-mon", "thu-mon", "weekend-check", "fri-monday-morning", "thu-monday", "thu-friday-morning",
         "thu-saturday", "same-day", "never", "future", "easter", "easter-morning"],
)
def test_checkin_streak_and_overdue(checkins, now, streak, overdue):
    status = checkin_status(checkins, now)
    assert (status.streak_working_days, status.overdue) == (streak, overdue)


def test_checkin_custom_holidays_and_texts():
    status = checkin_status([THU, MON], NOW, holidays={date(2026, 11, 20)})
    assert status.streak_working_days == 2
    assert status.checked_today
    assert status.text == "Posteingang zuletzt geprüft: heute, 08:00 Uhr. Serie: 2 Arbeitstage in Folge."
    overdue = checkin_status([at(18)], NOW)
    assert overdue.last == at(18)
    assert overdue.text == (
        "Posteingang zuletzt geprüft: Mittwoch, 18.11., 09:00 Uhr. Überfällig: 2 Arbeitstage ohne Prüfung."
    )
    assert checkin_status([], NOW).text == "Posteingang noch nie geprüft."


def test_checkin_aware_datetimes():
    berlin = timezone(timedelta(hours=1))
    thursday_night_utc = datetime(2026, 11, 19, 23, 30, tzinfo=UTC)  # Friday 00:30 in Berlin
    in_berlin = checkin_status([thursday_night_utc], datetime(2026, 11, 23, 8, 0, tzinfo=berlin))
    in_utc = checkin_status([thursday_night_utc], datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    assert (in_berlin.streak_working_days, in_berlin.overdue) == (1, False)
    assert (in_utc.streak_working_days, in_utc.overdue) == (0, True)


def test_german_holidays_2026():
    assert sorted(german_holidays(2026)) == [
        date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 14),
        date(2026, 5, 25), date(2026, 10, 3), date(2026, 12, 25), date(2026, 12, 26),
    ]


# 23 November 2026 lies in ISO week 48.
@pytest.mark.parametrize(
    ("posts", "state", "title", "text"),
    [
        ([], WeekPostState.MISSING, None, "KW 48: Noch kein Beitrag geplant."),
        ([Post("Idee", 2026, 48)], WeekPostState.MISSING, "Idee", "KW 48: Noch kein Beitrag geplant (Idee: „Idee“)."),
        ([Post("A", 2026, 48, status=PostStatus.DRAFT)], WeekPostState.DRAFT, "A",
         "KW 48: Nur ein Entwurf, noch nicht geplant – „A“."),
        ([Post("A", 2026, 48, status=PostStatus.DRAFT), Post("B", planned_on=date(2026, 11, 26),
                                                              status=PostStatus.PLANNED)],
         WeekPostState.PLANNED, "B", "KW 48: Beitrag geplant am Donnerstag, 26.11. – „B“."),
        ([Post("B", 2026, 48, status=PostStatus.PLANNED), Post("C", 2026, 48, status=PostStatus.PUBLISHED)],
         WeekPostState.PUBLISHED, "C", "KW 48: Beitrag veröffentlicht – „C“."),
        ([Post("Letzte Woche", 2026, 47, status=PostStatus.PUBLISHED),
          Post("Anderes Jahr", 2025, 48, status=PostStatus.PUBLISHED)], WeekPostState.MISSING, None,
         "KW 48: Noch kein Beitrag geplant."),
    ],
    ids=["none", "idea", "draft", "planned-by-date", "published", "other-weeks"],
)
def test_week_post_status(posts, state, title, text):
    status = week_post_status(posts, TODAY)
    assert (status.state, status.post.title if status.post else None, status.text) == (state, title, text)
    assert (status.iso_year, status.iso_week) == (2026, 48)
    assert status.state == state.value


def test_week_post_status_across_the_year_boundary():
    status = week_post_status([Post("Neujahr", 2026, 53, status=PostStatus.PLANNED)], date(2027, 1, 1))
    assert (status.state, status.iso_year, status.iso_week) == (WeekPostState.PLANNED, 2026, 53)


def test_summarize_bundles_every_section():
    contacts = [
        contact(1),
        contact(2, role="unternehmer", last_contact_at=NOW - timedelta(days=50)),
        contact(3, follow_up_on=TODAY),
    ]
    summary = summarize(
        contacts=contacts,
        conversations=[Conversation(1, messages=[msg(IN, 20)])],
        requests=[ConnectionRequest(2, IN, at(22))],
        posts=[],
        checkins=[FRI],
        now=NOW,
        settings=Settings(losing_touch_days=30),
    )
    assert [item.contact.id for item in summary.waiting] == [1]
    assert [item.contact.id for item in summary.requests] == [2]
    assert [c.id for c in summary.follow_ups] == [3]
    assert [item.contact.id for item in summary.losing_touch] == [2]
    assert summary.losing_touch_days == 30
    assert summary.week_post.state is WeekPostState.MISSING
    assert summary.checkin.streak_working_days == 1
