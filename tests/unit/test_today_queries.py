"""Heute by queries: the store reads only what may be shown, and the summary is the one over the whole network."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest

from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Message,
    MessageKind,
    RequestState,
    Settings,
)
from advisor_tui.domain.network.vocabulary import ROLES, TARGET_ROLE_KEYS
from advisor_tui.domain.today.summary import TodaySummary, summarize
from advisor_tui.overview import today_summary
from advisor_tui.store.store import Store
from tests.conftest import FIXED_NOW

NOW = FIXED_NOW
TODAY = NOW.date()
IN, OUT = Direction.INCOMING, Direction.OUTGOING


def whole_network_summary(store: Store, now: datetime) -> TodaySummary:
    """The summary as Heute computed it before: the pure domain function over every contact and conversation."""
    return summarize(
        contacts=store.contacts.list(),
        conversations=store.activity.conversations(),
        requests=store.activity.requests(),
        posts=store.plan.list(),
        checkins=store.activity.checkins(),
        now=now,
        settings=store.settings.load(),
        analytics_imported=store.analytics.last_import(),
    )


def _day(rng: random.Random) -> date | None:
    """None, or a day around the losing-touch and follow-up edges (today, 30/60/90 days back, a year back …)."""
    return rng.choice(
        [
            None,
            TODAY,
            TODAY + timedelta(days=rng.choice([1, 9])),
            TODAY - timedelta(days=rng.choice([1, 29, 30, 31, 59, 60, 61, 89, 90, 91, 92, 365])),
        ]
    )


def _moment(rng: random.Random) -> datetime | None:
    """None, or a moment on such a day, near midnight too (the store keeps UTC: the local day may differ)."""
    day = _day(rng)
    if day is None or day > TODAY:
        return None
    return datetime.combine(day, rng.choice([time(0, 20), time(9, 0), time(23, 40)]))


def varied_store(store: Store, seed: int = 5, contacts: int = 160) -> Store:
    """Contacts of every kind: blocked, tagged or not, target and other roles, follow-ups past, due, future and
    none, silent or recent, twins with the same name; conversations waiting, answered, sponsored, without contact;
    requests open, decided, sent, from blocked people."""
    rng = random.Random(seed)
    roles = [None, *(role.key for role in ROLES), *sorted(TARGET_ROLE_KEYS) * 3]  # targets half the time
    ids = []
    for number in range(contacts):
        name = ("Anna", "Müller") if number % 17 == 0 else (f"Vor{number % 7}", f"Name{number % 23}")
        ids.append(
            store.contacts.add(
                Contact(
                    *name,
                    company=f"Firma {number % 11}",
                    role=rng.choice(roles),
                    sector=rng.choice([None, "C", "F"]),
                    blocked=rng.random() < 0.15,
                    follow_up_on=_day(rng),
                    connected_on=_day(rng),
                    labels=tuple(rng.sample(["Abend 2026", "Messe"], rng.randint(0, 2))),
                )
            )
        )
    for number in range(contacts // 2):
        who = rng.choice(ids)
        messages = []
        for line in range(rng.randint(0, 4)):
            moment = _moment(rng) or datetime.combine(TODAY, time(7, 0))
            kind = rng.choice([MessageKind.MESSAGE] * 4 + [MessageKind.SPONSORED, MessageKind.SYSTEM])
            messages.append(
                Message(
                    who if rng.random() < 0.9 else rng.choice(ids),
                    rng.choice([IN, OUT]),
                    moment,
                    f"Text {number}/{line}",
                    kind=kind,
                )
            )
        store.activity.add_conversation(
            Conversation(
                None if rng.random() < 0.1 else who,
                title=f"Gespräch {number}",
                external_id=f"c{number}",
                messages=messages,
            )
        )
    for number in range(contacts // 4):
        moment = datetime.combine(TODAY - timedelta(days=rng.randint(0, 20)), time(rng.choice([8, 9]), 0))
        store.activity.add_request(
            ConnectionRequest(
                None if rng.random() < 0.1 else rng.choice(ids),
                rng.choice([IN, IN, OUT]),
                moment,
                note=f"Anfrage {number}",
                state=rng.choice([RequestState.OPEN, RequestState.OPEN, RequestState.ACCEPTED, RequestState.DECLINED]),
            )
        )
    return store


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("days", [30, 90])
def test_the_query_summary_equals_the_whole_network_summary(store: Store, seed: int, days: int) -> None:
    varied_store(store, seed)
    store.settings.save(Settings(losing_touch_days=days))
    expected = whole_network_summary(store, NOW)
    assert expected.waiting and expected.requests and expected.follow_ups and expected.losing_touch
    assert today_summary(store, NOW) == expected


def test_the_query_summary_equals_it_on_the_demo_network(demo_store: Store) -> None:
    for now in (NOW, NOW + timedelta(days=40), NOW + timedelta(days=200)):
        assert today_summary(demo_store, now) == whole_network_summary(demo_store, now)


def test_heute_reads_neither_the_whole_network_nor_every_conversation(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    varied_store(store)
    expected = whole_network_summary(store, NOW)
    for read_everything in ("list", "count"):
        monkeypatch.setattr(store.contacts, read_everything, lambda *args: pytest.fail("read every contact"))
    monkeypatch.setattr(store.activity, "conversations", lambda *args: pytest.fail("read every conversation"))
    monkeypatch.setattr(store.activity, "requests", lambda *args: pytest.fail("read every request"))
    assert today_summary(store, NOW) == expected


def test_silent_targets_keep_the_edge_days_of_the_rule(store: Store) -> None:
    """A day's slack for the UTC timestamps: the query keeps 91 and 90 days silent at any hour; the rule decides."""
    since = TODAY - timedelta(days=90)
    kept = []
    for days_back, hour in [(91, time(0, 5)), (91, time(23, 55)), (90, time(0, 5)), (90, time(23, 55)), (89, time(12))]:
        contact = Contact(
            "Stille",
            f"Tage{days_back}{hour.hour}",
            role="unternehmer",
            last_contact_at=datetime.combine(TODAY - timedelta(days=days_back), hour),
        )
        kept.append((days_back, store.contacts.add(contact)))
    found = {c.id for c in store.contacts.silent({"unternehmer"}, since)}
    assert {i for days_back, i in kept if days_back == 91} <= found
    assert not {i for days_back, i in kept if days_back == 89} & found
    assert [item.contact.last_name for item in today_summary(store, NOW).losing_touch] == ["Tage910", "Tage9123"]


def test_namesakes_keep_the_order_of_the_whole_network(store: Store) -> None:
    """Namesakes silent equally long: in the order they were added, whichever index the query went through."""
    old = TODAY - timedelta(days=400)
    first = store.contacts.add(Contact("Anna", "Müller", company="A", role="unternehmer", connected_on=old))
    second = store.contacts.add(Contact("Anna", "Müller", company="B", role="kaufm-leitung", connected_on=old))
    summary = today_summary(store, NOW)
    assert [item.contact.id for item in summary.losing_touch] == [first, second]
    assert summary == whole_network_summary(store, NOW)
