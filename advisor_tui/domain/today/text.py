"""The Heute summary as plain German text, for `advisor-tui today` in a shell start-up file."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import TypeVar

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import role_label
from advisor_tui.domain.text_safety import printable
from advisor_tui.domain.today.dates import age_text, calendar_days, long_day, silence_text
from advisor_tui.domain.today.summary import LosingTouch, OpenRequest, TodaySummary, Waiting

Item = TypeVar("Item")

_NOTE_CHARS = 60
_MIN_WIDTH = 20


def render_today(summary: TodaySummary, *, width: int = 80, limit: int = 10) -> str:
    """All Heute sections as plain text wrapped to `width` characters; at most `limit` entries per list."""
    now = summary.now
    sections = [
        f"Heute – {long_day(now.date())}",
        _section(
            "Warten auf Antwort", summary.waiting, _waiting_line,
            "Niemand wartet auf eine Antwort.", limit,
        ),
        _section(
            "Offene Anfragen", summary.requests, lambda item: _request_line(item, summary),
            "Keine offenen Anfragen.", limit,
        ),
        _section(
            "Nachfassen fällig", summary.follow_ups, lambda item: _follow_up_line(item, summary),
            "Kein Nachfassen fällig.", limit,
        ),
        _section(
            "Lange kein Kontakt", summary.losing_touch, _losing_touch_line,
            f"Kein Zielkontakt länger als {summary.losing_touch_days} Tage ohne Kontakt.", limit,
        ),
        f"Beitrag dieser Woche\n  {printable(summary.week_post.text)}",
        f"Posteingang\n  {summary.checkin.text}",
    ]
    if summary.analytics_notice:
        sections.append(summary.analytics_notice)
    wrapper = textwrap.TextWrapper(max(width, _MIN_WIDTH), subsequent_indent="    ")
    # Wrapped, not cut: the age at the end of a line is what the advisor reads it for.
    lines = "\n\n".join(sections).splitlines()
    return "\n".join("\n".join(wrapper.wrap(line)) if line else "" for line in lines) + "\n"


def _section(
    title: str, items: Sequence[Item], line: Callable[[Item], str], empty: str, limit: int
) -> str:
    """A heading with the count and one indented line per item, or the one-line empty message."""
    if not items:
        return f"{title}\n  {empty}"
    # Each entry on one line: a line break inside a name must not start a line that poses as the app's own.
    rows = [f"  {printable(line(item))}" for item in items[:limit]]
    if len(items) > limit:
        rows.append(f"  … und {len(items) - limit} weitere")
    return "\n".join([f"{title} ({len(items)})", *rows])


def _who(contact: Contact | None, fallback: str = "") -> str:
    """Name with title, then role and company in brackets, as far as they are known."""
    if contact is None:
        return fallback or "Unbekannter Kontakt"
    name = " ".join(part for part in (contact.title, contact.full_name) if part)
    details = ", ".join(part for part in (role_label(contact.role), contact.company) if part)
    return f"{name} ({details})" if details else name


def _waiting_line(item: Waiting) -> str:
    """One waiting conversation."""
    return f"{_who(item.contact, item.conversation.title)} – {age_text(item.age_days)}"


def _request_line(item: OpenRequest, summary: TodaySummary) -> str:
    """One open connection request, with the start of its note."""
    line = f"{_who(item.contact)} – {age_text(item.request.sent_at, summary.now)}"
    note = textwrap.shorten(item.request.note, _NOTE_CHARS, placeholder=" …")
    return f"{line}: „{note}“" if note else line


def _follow_up_line(contact: Contact, summary: TodaySummary) -> str:
    """One contact due for a follow-up (the list holds contacts with a date; one without counts as due today)."""
    due = contact.follow_up_on
    overdue = calendar_days(due, summary.now.date()) if due is not None else 0
    return f"{_who(contact)} – fällig {'heute' if overdue <= 0 else age_text(overdue)}"


def _losing_touch_line(item: LosingTouch) -> str:
    """One target contact losing touch."""
    return f"{_who(item.contact)} – {silence_text(item.silent_days, never_contacted=item.never_contacted)}"
