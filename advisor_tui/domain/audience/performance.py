"""What the posts achieved: figures per published post, a 12-week trend and the best posts by engagement rate."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from advisor_tui.domain.audience.models import DailyFigures, PostFigures
from advisor_tui.domain.models import Post
from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.plan.weeks import IsoWeek

TREND_WEEKS = 12
# Below this many impressions a rate says nothing: 3 engagements of 20 impressions are no 15 % post.
MIN_IMPRESSIONS = 100
BEST_POSTS = 5
STALE_AFTER_DAYS = 30


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """Impressions and engagements of one ISO week (None where LinkedIn reported no day of it)."""

    week: IsoWeek
    impressions: int | None
    engagements: int | None


@dataclass(frozen=True, slots=True)
class PostResult:
    """A published post with what it collected."""

    post: Post
    figures: PostFigures

    @property
    def rate(self) -> float | None:
        """Engagements per impression (0–1), None without both figures."""
        return engagement_rate(self.figures)


def engagement_rate(figures: PostFigures) -> float | None:
    """Engagements divided by impressions, None when either is unknown or there were no impressions."""
    if figures.impressions is None or figures.engagements is None or figures.impressions <= 0:
        return None
    return max(figures.engagements, 0) / figures.impressions


def weekly_trend(days: Iterable[DailyFigures], today: date, weeks: int = TREND_WEEKS) -> list[WeekFigures]:
    """The last `weeks` ISO weeks up to this one, oldest first, summed from the daily figures."""
    last = IsoWeek.from_date(today)
    first = last.shift(-(weeks - 1))
    sums: dict[IsoWeek, list[int | None]] = {first.shift(n): [None, None] for n in range(weeks)}
    for day in days:
        week = IsoWeek.from_date(day.day)
        if week not in sums:
            continue
        for index, value in enumerate((day.impressions, day.engagements)):
            if value is not None:
                sums[week][index] = (sums[week][index] or 0) + value
    return [WeekFigures(week, *values) for week, values in sums.items()]


def post_results(posts: Sequence[Post], by_post: Mapping[int, PostFigures]) -> list[PostResult]:
    """The posts that have figures, newest first."""
    results = [PostResult(post, by_post[post.id]) for post in posts if post.id is not None and post.id in by_post]
    return sorted(results, key=lambda r: r.post.published_on or r.post.planned_on or date.min, reverse=True)


def best_posts(results: Iterable[PostResult], *, min_impressions: int = MIN_IMPRESSIONS,
               limit: int = BEST_POSTS) -> list[PostResult]:
    """The posts with the highest engagement rate among those with enough impressions."""
    rated = [r for r in results if r.rate is not None and (r.figures.impressions or 0) >= min_impressions]
    return sorted(rated, key=lambda r: (-(r.rate or 0.0), -(r.figures.impressions or 0)))[:limit]


def figures_text(figures: PostFigures) -> str:
    """ "1.234 Impr. · 56 Interakt." for a table cell; "–" for an unknown figure."""
    def number(value: int | None) -> str:
        return "–" if value is None else german_number(value)

    return f"{number(figures.impressions)} Impr. · {number(figures.engagements)} Interakt."


def rate_text(rate: float | None) -> str:
    """ "4,5 %" (one decimal, German comma), or "–"."""
    return "–" if rate is None else f"{rate * 100:.1f} %".replace(".", ",")


def days_since(moment: datetime | None, now: datetime) -> int | None:
    """Whole calendar days from `moment` to `now` (both taken as local days), None without a moment."""
    if moment is None:
        return None
    if moment.tzinfo is not None:  # stored in UTC; the app's clock is local and may be naive
        moment = moment.astimezone(now.tzinfo) if now.tzinfo else moment.astimezone().replace(tzinfo=None)
    return (now.date() - moment.date()).days


def stale_notice(last_import: datetime | None, now: datetime, *, after: int = STALE_AFTER_DAYS) -> str:
    """One German line when the last analytics import is older than `after` days; "" when fresh or never."""
    age = days_since(last_import, now)
    if age is None or age <= after:
        return ""
    return f"LinkedIn-Statistik zuletzt vor {age} Tagen eingelesen – neue Auswertung exportieren und einlesen."


def trend_totals(trend: Sequence[WeekFigures]) -> tuple[int, int]:
    """Impressions and engagements over the whole trend."""
    return (sum(w.impressions or 0 for w in trend), sum(w.engagements or 0 for w in trend))
