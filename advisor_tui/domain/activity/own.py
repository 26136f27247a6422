"""The advisor's own posts, comments and reactions as plain values.

Moments (`at`) are aware UTC datetimes, as LinkedIn writes them; a post's publish day is the day in Berlin,
where the advisor and the readers live, so a post at 23:30 UTC on a Sunday belongs to Monday's week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

ADVISOR_ZONE = ZoneInfo("Europe/Berlin")
# Where an imported post came from (Post.source), so the plan can tell it from the advisor's own entries.
EXPORT_SOURCE = "LinkedIn-Export"
TITLE_LENGTH = 60


@dataclass(frozen=True, slots=True)
class OwnComment:
    """A comment the advisor wrote under a post (Comments.csv)."""

    at: datetime
    link: str
    text: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class OwnReaction:
    """A reaction (LIKE, PRAISE, EMPATHY …) the advisor gave to a post (Reactions.csv)."""

    at: datetime
    kind: str
    link: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PublishedPost:
    """One post as the export knows it: a share (Shares.csv) or an article (Articles/*.html).

    `key` identifies it across exports (the post's reference from its link, or the article's file name);
    a repost has no text of its own and is shared content, not own content.
    """

    key: str
    at: datetime
    text: str
    link: str = ""
    title: str = ""
    shared_url: str = ""
    visibility: str = ""
    article: bool = False

    @property
    def own_content(self) -> bool:
        """Whether the advisor wrote it (an article or a share with commentary), not only passed it on."""
        return self.article or bool(self.text.strip())

    @property
    def published_on(self) -> date:
        """The day it went online, in Berlin."""
        return local_day(self.at)


def local_day(moment: datetime) -> date:
    """The advisor's calendar day of an aware moment (a naive one is taken as UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(ADVISOR_ZONE).date()


def day_start(day: date) -> datetime:
    """The first moment of the advisor's calendar day, as aware UTC."""
    return datetime.combine(day, time(), ADVISOR_ZONE).astimezone(UTC)
