"""A post's body and form: length against the channel, the "mehr anzeigen" fold, checks, validation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from advisor_tui.domain.channels import CHANNEL_BY_KEY, LINKEDIN_POST_FOLD, PLATFORMS
from advisor_tui.domain.days import format_day
from advisor_tui.domain.models import POST_STATUS_LABELS, Post, PostStatus
from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.plan.cadence import week_fields
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.today.checkin import german_holiday_names

if TYPE_CHECKING:  # the checker loads its dictionaries when first used, not with the plan
    from advisor_tui.domain.courtesy import Finding
    from advisor_tui.domain.courtesy.live import LiveCheck

STATUS_ORDER: tuple[PostStatus, ...] = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.PLANNED, PostStatus.PUBLISHED)
# Statuses that promise the post a week: without one it would vanish from both the week view and the backlog.
_NEEDS_WEEK = frozenset({PostStatus.PLANNED, PostStatus.PUBLISHED})
# A post has no greeting or closing and is no reply: only these checks of the courtesy checker apply.
POST_FINDING_CODES = frozenset({"length-limit", "sensitive-topic", "spelling", "spelling-unknown",
                                "spelling-unavailable", "du-form", "sie-lowercase", "confusion"})


def post_channel(platform: str) -> str:
    """The specific channel a post on a platform is checked against (`linkedin` → `linkedin-post`)."""
    key = f"{platform}-post"
    return key if key in CHANNEL_BY_KEY else "linkedin-post"


@dataclass(frozen=True, slots=True)
class BodyFigures:
    """How long a body is, what its channel allows, and where the feed cuts it off."""

    length: int
    limit: int | None
    fold_at: int | None

    @property
    def over_by(self) -> int:
        """Characters beyond the channel's limit (0 when it fits)."""
        return max(self.length - self.limit, 0) if self.limit is not None else 0

    @property
    def counted(self) -> str:
        """`412 / 3.000 Zeichen`, or just the length where the channel has no limit."""
        if self.limit is None:
            return f"{german_number(self.length)} Zeichen"
        return f"{german_number(self.length)} / {german_number(self.limit)} Zeichen"



def body_figures(text: str, platform: str) -> BodyFigures:
    """Length, limit and fold of a post body; trailing whitespace is not posted and not counted."""
    length = len(text.rstrip())
    limit = CHANNEL_BY_KEY[post_channel(platform)].limit
    return BodyFigures(length, limit, LINKEDIN_POST_FOLD if length > LINKEDIN_POST_FOLD else None)


def row_col(text: str, index: int) -> tuple[int, int]:
    """The line and column (both from 0) of a character offset."""
    before = text[:index]
    row = before.count("\n")
    return row, index - (before.rfind("\n") + 1)


def fold_text(figures: BodyFigures, text: str) -> str:
    """Where "… mehr anzeigen" falls, for the line under the editor."""
    if figures.fold_at is None:
        return f"ganz sichtbar (Falz „mehr anzeigen“ erst nach {LINKEDIN_POST_FOLD} Zeichen)"
    row, col = row_col(text, figures.fold_at)
    return f"Falz „mehr anzeigen“ nach Zeichen {figures.fold_at}: Zeile {row + 1}, Spalte {col + 1}"


def body_findings(text: str, platform: str, *, spelling: bool = True,
                  known_words: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(severity label, message) pairs from the courtesy checker; just the length when it is unavailable."""
    try:
        from advisor_tui.domain.courtesy import SEVERITY_LABELS
    except ImportError:
        return _length_only(text, platform)
    findings = post_findings(text, platform, spelling=spelling, known_words=known_words)
    return [(SEVERITY_LABELS[f.severity], f.message) for f in findings]


def post_findings(text: str, platform: str, *, spelling: bool = True,
                  known_words: frozenset[str] = frozenset(), live: LiveCheck | None = None) -> list[Finding]:
    """The courtesy checker's findings that apply to a post (no greeting, closing or canned reply); `live`:
    a check while typing (see LiveCheck)."""
    from advisor_tui.domain.courtesy import check

    findings = check(text, channel=post_channel(platform), spelling=spelling, known_words=known_words, live=live)
    return [f for f in findings if f.code in POST_FINDING_CODES]


def _length_only(text: str, platform: str) -> list[tuple[str, str]]:
    figures = body_figures(text, platform)
    if not figures.over_by:
        return []
    label = CHANNEL_BY_KEY[post_channel(platform)].label
    message = (f"Der Text hat {figures.length} Zeichen; {label} erlaubt höchstens {figures.limit}. "
               f"Kürzen Sie um {figures.over_by}.")
    return [("Fehler", message)]


# Not public holidays, but days on which hardly anyone reads a business network.
_QUIET_DAYS = {(12, 24): "Heiligabend", (12, 31): "Silvester"}


def day_notice(day: date | None) -> str:
    """A notice for a planned day few will read (a public holiday, Heiligabend, Silvester), else ''."""
    if day is None:
        return ""
    if holiday := german_holiday_names(day.year).get(day):
        return f"Der {format_day(day)} ist ein Feiertag ({holiday}) – da lesen wenige."
    if quiet := _QUIET_DAYS.get((day.month, day.day)):
        return f"Der {format_day(day)} ist {quiet} – da lesen wenige."
    return ""


def with_day(post: Post, day: date | None) -> Post:
    """A copy with the planned day set; a day moves the post into that day's week, no day keeps the week."""
    if day is None:
        return dataclasses.replace(post, planned_on=None)
    return dataclasses.replace(post, planned_on=day, **week_fields(IsoWeek.from_date(day)))


def post_problems(post: Post) -> list[str]:
    """Why a post cannot be saved as it is, in German (empty when it can)."""
    problems = []
    if not post.title.strip():
        problems.append("Der Titel fehlt.")
    if post.status in _NEEDS_WEEK and post.iso_week is None and post.planned_on is None:
        problems.append(f"„{POST_STATUS_LABELS[post.status]}“ braucht eine Woche: bitte einen Tag angeben.")
    link = post.published_url.strip()
    if link and not link.startswith(("https://", "http://")):
        problems.append("Der Link muss mit https:// beginnen.")
    if post.channel not in PLATFORMS:
        problems.append(f"Unbekannter Kanal „{post.channel}“.")
    return problems


def next_status(status: PostStatus) -> PostStatus:
    """The following step of Idee → Entwurf → Geplant → Veröffentlicht (the last one stays)."""
    index = STATUS_ORDER.index(status)
    return STATUS_ORDER[min(index + 1, len(STATUS_ORDER) - 1)]
