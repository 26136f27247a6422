"""What LinkedIn's analytics workbooks tell: plain values, shared by the importer, the store and the views.

A value LinkedIn did not report is None, never 0: a post missing from a top list is unknown, not unread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from advisor_tui.domain.plan.post_links import PostRef


class Category(StrEnum):
    """A demographic dimension of the audience, whatever the workbook's language called it."""

    JOB_TITLE = "job_title"
    LOCATION = "location"
    INDUSTRY = "industry"
    SENIORITY = "seniority"
    COMPANY_SIZE = "company_size"
    COMPANY = "company"


CATEGORY_LABELS: dict[Category, str] = {
    Category.JOB_TITLE: "Berufsbezeichnung",
    Category.LOCATION: "Ort",
    Category.INDUSTRY: "Branche",
    Category.SENIORITY: "Karrierestufe",
    Category.COMPANY_SIZE: "Unternehmensgröße",
    Category.COMPANY: "Unternehmen",
}


class Scope(StrEnum):
    """Whose demographics: the followers, the viewers of the content in a window, or the viewers of one post."""

    AUDIENCE = "audience"  # legacy DEMOGRAPHICS and 2026 AUDIENCE DEMOGRAPHICS
    CONTENT = "content"  # 2026 CONTENT DEMOGRAPHICS
    POST = "post"  # a per-post export's demographics


class WorkbookKind(StrEnum):
    """The two export families."""

    AGGREGATE = "aggregate"
    POST = "post"


@dataclass(frozen=True, slots=True)
class Period:
    """The window an export covers, both days included."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class DailyFigures:
    """One calendar day of the aggregate export (ENGAGEMENT and FOLLOWERS sheets)."""

    day: date
    impressions: int | None = None
    engagements: int | None = None  # may be negative: LinkedIn revises
    new_followers: int | None = None


@dataclass(frozen=True, slots=True)
class PostFigures:
    """What one post collected inside an export's window: a TOP POSTS row or a per-post export."""

    url: str
    ref: PostRef | None
    published_on: date | None
    period: Period | None = None
    impressions: int | None = None
    engagements: int | None = None  # TOP POSTS "Engagements" (with clicks); not the per-post "Social engagements"
    members_reached: int | None = None
    reactions: int | None = None
    comments: int | None = None
    reposts: int | None = None
    saves: int | None = None
    sends: int | None = None
    social_engagements: int | None = None  # per-post exports only
    profile_viewers: int | None = None
    followers_gained: int | None = None
    impressions_rank: int | None = None  # place in the top list by impressions, None when not in it
    engagements_rank: int | None = None


@dataclass(frozen=True, slots=True)
class DemographicShare:
    """One row of a demographics table: e.g. Seniority · Owner · 4 %; "< 1 %" is below_one_percent, share None."""

    category: Category
    value: str
    share: float | None
    below_one_percent: bool = False


@dataclass(frozen=True, slots=True)
class Demographics:
    """One demographics table: its scope, its window and, for a per-post export, the post."""

    scope: Scope
    period: Period | None
    shares: tuple[DemographicShare, ...]
    post: PostRef | None = None
    post_url: str = ""


@dataclass(slots=True)
class AnalyticsWorkbook:
    """Everything one analytics .xlsx held, read and checked, before anything is written.

    `ignored` counts what was passed over on purpose (an unknown sheet, an unknown row), by German reason.
    """

    file_name: str
    kind: WorkbookKind
    period: Period | None = None
    language: str = "en"  # "en", "de" or "pt": from the sheet names
    # The day the figures stand on: the period's end, else (per-post exports) the day the workbook was made.
    as_of: date | None = None
    impressions: int | None = None  # DISCOVERY: over the whole window
    members_reached: int | None = None
    followers_total: int | None = None
    followers_on: date | None = None
    days: list[DailyFigures] = field(default_factory=list)
    posts: list[PostFigures] = field(default_factory=list)
    demographics: list[Demographics] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)
    post: PostRef | None = None  # a per-post export's post (from its URL, else from the file name's id)
    post_url: str = ""


@dataclass(frozen=True, slots=True)
class ImportedWorkbook:
    """An analytics workbook as the store remembers it; `imported_at` is aware UTC."""

    file_name: str
    kind: WorkbookKind
    period: Period | None
    imported_at: datetime
    as_of: date | None = None
    language: str = "en"
    post: PostRef | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AnalyticsTotals:
    """The audience's figures over a period, from the merged days (None where nothing covers it)."""

    period: Period
    impressions: int | None = None
    engagements: int | None = None
    new_followers: int | None = None
    members_reached: int | None = None  # only from an export with exactly this window: not additive
    followers: int | None = None  # total followers at the period's end, walked back from an export's total
    days: int = 0  # how many days of the period the imports cover
