"""Read models that combine the store with domain logic, shared by the screens and the command line."""

from __future__ import annotations

from datetime import datetime

from advisor_tui.domain.today.summary import TodaySummary, summarize
from advisor_tui.store.store import Store


def today_summary(store: Store, now: datetime) -> TodaySummary:
    """Every Heute section from the store's current data."""
    return summarize(
        contacts=store.contacts.list(),
        conversations=store.activity.conversations(),
        requests=store.activity.requests(),
        posts=store.plan.list(),
        checkins=store.activity.checkins(),
        now=now,
        settings=store.settings.load(),
    )
