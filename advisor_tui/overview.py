"""Read models that combine the store with domain logic, shared by the screens and the command line."""

from __future__ import annotations

from datetime import datetime

from advisor_tui.domain.models import Contact
from advisor_tui.domain.today.summary import LOSING_TOUCH_ROLES, TodaySummary, in_touch_since, summarize
from advisor_tui.store.contacts import in_store_order
from advisor_tui.store.store import Store


def today_summary(store: Store, now: datetime) -> TodaySummary:
    """Every Heute section from the store's current data, reading only the contacts, conversations and requests
    that may be shown: the domain's `summarize` decides over them exactly as over the whole network."""
    settings = store.settings.load()
    today = now.date()
    conversations = store.activity.unanswered_conversations()
    requests = store.activity.open_requests()
    linked = {request.contact_id for request in requests}
    linked.update(conversation.contact_id for conversation in conversations)
    linked.update(message.contact_id for conversation in conversations for message in conversation.messages)
    contacts: dict[int | None, Contact] = {c.id: c for c in store.contacts.follow_ups_due(today)}
    silent = store.contacts.silent(LOSING_TOUCH_ROLES, in_touch_since(today, settings.losing_touch_days))
    contacts.update((c.id, c) for c in silent)
    contacts.update((c.id, c) for c in store.contacts.of(i for i in linked if i is not None and i not in contacts))
    return summarize(
        contacts=in_store_order(list(contacts.values())),  # ties in the sections as in the whole list
        conversations=conversations,
        requests=requests,
        posts=store.plan.list(),
        checkins=store.activity.checkins(),
        now=now,
        settings=settings,
        analytics_imported=store.analytics.last_import(),
    )
