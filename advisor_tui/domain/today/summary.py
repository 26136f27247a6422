"""Heute: who waits for an answer, which requests are open, whom to follow up, and this week's post."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from advisor_tui.domain.audience.performance import stale_notice
from advisor_tui.domain.models import (
    LOSING_TOUCH_DAYS,
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
from advisor_tui.domain.network.vocabulary import TARGET_ROLE_KEYS
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.today.checkin import CheckinStatus, Holidays, checkin_status
from advisor_tui.domain.today.dates import as_local, calendar_days, day_of, short_day

__all__ = [
    "LOSING_TOUCH_DAYS", "LOSING_TOUCH_ROLES", "CheckinStatus", "LosingTouch", "OpenRequest", "TodaySummary",
    "WeekPostState", "WeekPostStatus", "Waiting", "checkin_status", "follow_ups_due", "last_real_message",
    "losing_touch", "open_requests", "in_touch_since", "summarize", "waiting_conversations", "week_post_status",
]


@dataclass(frozen=True, slots=True)
class Waiting:
    """A conversation whose last real message came from the contact and is not answered."""

    contact: Contact | None
    conversation: Conversation
    last_message: Message
    age: timedelta
    age_days: int  # calendar days, so a message from last night is "seit gestern"


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """A connection request received and not yet decided."""

    request: ConnectionRequest
    contact: Contact | None


@dataclass(frozen=True, slots=True)
class LosingTouch:
    """A target contact not contacted for too long."""

    contact: Contact
    last_touch: date
    silent_days: int
    never_contacted: bool  # then `last_touch` is the day of connecting


def last_real_message(conversation: Conversation) -> Message | None:
    """The latest message written by a person (not sponsored, not system); later in the list wins ties."""
    real = [message for message in reversed(conversation.messages) if message.kind is MessageKind.MESSAGE]
    return max(real, key=lambda message: message.sent_at, default=None)


def waiting_conversations(
    conversations: Iterable[Conversation], contacts_by_id: Mapping[int, Contact], now: datetime
) -> list[Waiting]:
    """Conversations waiting for the advisor's answer, oldest first; blocked contacts left out."""
    waiting = []
    for conversation in conversations:
        last = last_real_message(conversation)
        if last is None or last.direction is not Direction.INCOMING or last.answered:
            continue
        contact_id = conversation.contact_id if conversation.contact_id is not None else last.contact_id
        contact = contacts_by_id.get(contact_id) if contact_id is not None else None
        if contact is not None and contact.blocked:
            continue
        age = now - as_local(last.sent_at, now)
        waiting.append(Waiting(contact, conversation, last, age, calendar_days(last.sent_at, now)))
    waiting.sort(key=lambda item: item.age, reverse=True)
    return waiting


def open_requests(
    requests: Iterable[ConnectionRequest], contacts_by_id: Mapping[int, Contact]
) -> list[OpenRequest]:
    """Received requests still open, oldest first (who has waited longest comes first)."""
    found = []
    for request in requests:
        if request.direction is not Direction.INCOMING or request.state is not RequestState.OPEN:
            continue
        contact = contacts_by_id.get(request.contact_id) if request.contact_id is not None else None
        if contact is not None and contact.blocked:
            continue
        found.append(OpenRequest(request, contact))
    found.sort(key=lambda item: item.request.sent_at)
    return found


def _name_key(contact: Contact) -> tuple[str, str]:
    """Sort key by last name, then first name, ignoring case."""
    return contact.last_name.casefold(), contact.first_name.casefold()


# Who can be losing touch: the target roles. The store's query (overview.today_summary) reads these contacts only.
LOSING_TOUCH_ROLES: frozenset[str] = TARGET_ROLE_KEYS


def in_touch_since(today: date, days: int) -> date:
    """The earliest last contact still in touch: a target contact last reached before this day is losing touch."""
    return today - timedelta(days=days)


def _is_follow_up_due(contact: Contact, today: date) -> bool:
    """Whether the contact's follow-up date has come."""
    return not contact.blocked and contact.follow_up_on is not None and contact.follow_up_on <= today


def follow_ups_due(contacts: Iterable[Contact], today: date) -> list[Contact]:
    """Contacts whose follow-up date has come, the longest overdue first."""
    due = [contact for contact in contacts if _is_follow_up_due(contact, today)]
    due.sort(key=lambda contact: (contact.follow_up_on, *_name_key(contact)))
    return due


def losing_touch(contacts: Iterable[Contact], today: date, days: int = LOSING_TOUCH_DAYS) -> list[LosingTouch]:
    """Target contacts silent for more than `days` days, longest silent first; due follow-ups left out.

    Contacts without any date (never contacted, day of connecting unknown) are left out: nothing says
    how long they have been silent.
    """
    found = []
    since = in_touch_since(today, days)
    for contact in contacts:
        if contact.role not in LOSING_TOUCH_ROLES or contact.blocked or _is_follow_up_due(contact, today):
            continue
        last = day_of(contact.last_contact_at) if contact.last_contact_at else contact.connected_on
        if last is None or last >= since:
            continue
        found.append(LosingTouch(contact, last, (today - last).days, contact.last_contact_at is None))
    found.sort(key=lambda item: (-item.silent_days, *_name_key(item.contact)))
    return found


class WeekPostState(StrEnum):
    """Where this week's post stands."""

    PUBLISHED = "veröffentlicht"
    PLANNED = "geplant"
    DRAFT = "entwurf"
    MISSING = "fehlt"


@dataclass(frozen=True, slots=True)
class WeekPostStatus:
    """This ISO week's post: its state, the post it is about (if any) and a German line."""

    state: WeekPostState
    post: Post | None
    text: str
    iso_year: int
    iso_week: int


# Which post speaks for the week: the most advanced one; an idea alone still counts as missing.
_STATE_BY_STATUS: tuple[tuple[PostStatus, WeekPostState], ...] = (
    (PostStatus.PUBLISHED, WeekPostState.PUBLISHED),
    (PostStatus.PLANNED, WeekPostState.PLANNED),
    (PostStatus.DRAFT, WeekPostState.DRAFT),
    (PostStatus.IDEA, WeekPostState.MISSING),
)


def week_post_status(posts: Iterable[Post], today: date) -> WeekPostStatus:
    """Whether the ISO week of `today` has a post published, planned, only drafted, or none."""
    week = IsoWeek.from_date(today)
    this_week = [post for post in posts if post_week(post) == week]
    state, post = WeekPostState.MISSING, None
    for status, candidate_state in _STATE_BY_STATUS:
        post = next((post for post in this_week if post.status is status), None)
        if post is not None:
            state = candidate_state
            break
    return WeekPostStatus(state, post, _week_post_text(state, post, week.week), week.year, week.week)


def _week_post_text(state: WeekPostState, post: Post | None, week: int) -> str:
    """The German line for this week's post."""
    if post is None:
        return f"KW {week}: Noch kein Beitrag geplant."
    title = f"„{post.title}“"
    if state is WeekPostState.PUBLISHED:
        return f"KW {week}: Beitrag veröffentlicht – {title}."
    if state is WeekPostState.PLANNED:
        when = f" am {short_day(post.planned_on)}" if post.planned_on else ""
        return f"KW {week}: Beitrag geplant{when} – {title}."
    if state is WeekPostState.DRAFT:
        return f"KW {week}: Nur ein Entwurf, noch nicht geplant – {title}."
    return f"KW {week}: Noch kein Beitrag geplant (Idee: {title})."


@dataclass(frozen=True, slots=True)
class TodaySummary:
    """Everything the Heute screen and `advisor-tui today` show, in order of urgency."""

    now: datetime
    waiting: list[Waiting]
    requests: list[OpenRequest]
    follow_ups: list[Contact]
    losing_touch: list[LosingTouch]
    week_post: WeekPostStatus
    checkin: CheckinStatus
    losing_touch_days: int = LOSING_TOUCH_DAYS
    analytics_notice: str = ""  # one line when the last LinkedIn analytics import is over 30 days old


def summarize(
    *,
    contacts: Iterable[Contact],
    conversations: Iterable[Conversation],
    requests: Iterable[ConnectionRequest],
    posts: Iterable[Post],
    checkins: Iterable[datetime],
    now: datetime,
    settings: Settings | None = None,
    holidays: Holidays | None = None,
    analytics_imported: datetime | None = None,
) -> TodaySummary:
    """Build every Heute section from plain domain objects at `now`."""
    settings = settings or Settings()
    contacts = list(contacts)
    by_id = {contact.id: contact for contact in contacts if contact.id is not None}
    today = now.date()
    return TodaySummary(
        now=now,
        waiting=waiting_conversations(conversations, by_id, now),
        requests=open_requests(requests, by_id),
        follow_ups=follow_ups_due(contacts, today),
        losing_touch=losing_touch(contacts, today, settings.losing_touch_days),
        week_post=week_post_status(posts, today),
        checkin=checkin_status(checkins, now, holidays=holidays),
        losing_touch_days=settings.losing_touch_days,
        analytics_notice=stale_notice(analytics_imported, now),
    )
