"""Export the content plan as iCalendar (one all-day event per post with a week) and as CSV."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from advisor_tui.domain.channels import channel_label
from advisor_tui.domain.models import POST_STATUS_LABELS, Post, PostStatus
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.text_safety import export_text, spreadsheet_row

if TYPE_CHECKING:
    from icalendar import Event

PLAN_CSV_HEADER: tuple[str, ...] = (
    "week",
    "planned_on",
    "title",
    "channel",
    "status",
    "kind",
    "target_segment",
    "source",
    "body",
)
KIND_OWN = "eigen"
KIND_SHARED = "geteilt"
KIND_LABELS = {KIND_OWN: "Eigener Inhalt", KIND_SHARED: "Geteilter Inhalt"}
UID_DOMAIN = "advisor-tui.local"
CALENDAR_NAME = "Redaktionsplan"
PRODID = "-//advisor-tui//Redaktionsplan//DE"
# Calendar programs treat a committed slot as confirmed; ideas and drafts may still move or vanish.
_CONFIRMED = frozenset({PostStatus.PLANNED, PostStatus.PUBLISHED})


def post_kind(post: Post) -> str:
    """`eigen` for own content, `geteilt` for the institute's content that is shared."""
    return KIND_OWN if post.own_content else KIND_SHARED


def post_uid(post: Post) -> str:
    """A UID that stays the same across exports, so calendars update events instead of duplicating them."""
    if post.id is not None:
        return f"post-{post.id}@{UID_DOMAIN}"
    # Unsaved posts have no id yet; the title keeps their UID stable between two exports at least.
    digest = hashlib.sha1(post.title.encode("utf-8")).hexdigest()[:16]
    return f"post-{digest}@{UID_DOMAIN}"


def _event_day(post: Post) -> date | None:
    week = post_week(post)
    if week is None:
        return None
    # A planned day outside the post's week is stale; the week is what the plan shows.
    return post.planned_on if post.planned_on and week.contains(post.planned_on) else week.monday


def _description(post: Post) -> str:
    details = [
        f"Kanal: {channel_label(post.channel)}",
        f"Status: {POST_STATUS_LABELS[post.status]}",
        f"Art: {KIND_LABELS[post_kind(post)]}",
    ]
    if post.target_segment:
        details.append(f"Zielgruppe: {export_text(post.target_segment)}")
    if post.source:
        details.append(f"Quelle: {export_text(post.source)}")
    body = export_text(post.body).strip()
    return "\n\n".join(part for part in (body, "\n".join(details)) if part)


def _event(post: Post, day: date, stamp: datetime) -> Event:
    from icalendar import STATUS, TRANSP, Event  # loaded on export only: it costs start-up time

    return Event.new(
        uid=post_uid(post),
        stamp=stamp,
        start=day,
        end=day + timedelta(days=1),
        summary=export_text(post.title),
        description=_description(post),
        status=STATUS.CONFIRMED if post.status in _CONFIRMED else STATUS.TENTATIVE,
        categories=[CALENDAR_NAME, KIND_LABELS[post_kind(post)], channel_label(post.channel)],
        url=export_text(post.published_url) or None,
        # An all-day reminder to post should not block the advisor's calendar.
        transparency=TRANSP.TRANSPARENT,
    )


def _plan_order(post: Post) -> tuple[bool, str, str, str]:
    week = post_week(post)
    # Ideas (no week) go last, planned weeks in calendar order.
    return (week is None, week.key if week else "", post.planned_on.isoformat() if post.planned_on else "", post.title)


def export_ics(posts: Iterable[Post], *, now: datetime) -> bytes:
    """The plan as an iCalendar file: one all-day event per post that has a week; ideas are left out."""
    from icalendar import Calendar

    events = []
    for post in sorted(posts, key=_plan_order):
        day = _event_day(post)
        if day is not None:
            events.append(_event(post, day, now))
    calendar = Calendar.new(
        prodid=PRODID,
        name=CALENDAR_NAME,
        # A fixed calendar UID keeps the file byte-identical for an unchanged plan.
        uid=f"redaktionsplan@{UID_DOMAIN}",
        subcomponents=events,
    )
    return calendar.to_ical()


def _csv_row(post: Post) -> list[str]:
    week = post_week(post)
    return spreadsheet_row((
        week.key if week else "",
        post.planned_on.isoformat() if post.planned_on else "",
        post.title,
        post.channel,
        post.status.value,
        post_kind(post),
        post.target_segment,
        post.source,
        post.body,
    ))


def export_plan_csv(posts: Iterable[Post]) -> str:
    """The whole plan, ideas included, as UTF-8 CSV text with the header `PLAN_CSV_HEADER`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(PLAN_CSV_HEADER)
    writer.writerows(_csv_row(post) for post in sorted(posts, key=_plan_order))
    return buffer.getvalue()
