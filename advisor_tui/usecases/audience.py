"""Read what LinkedIn's analytics say about the audience and the posts, for Publikum and the Redaktionsplan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from advisor_tui.domain.audience.joining import figures_by_post
from advisor_tui.domain.audience.models import DailyFigures, Demographics, ImportedWorkbook, PostFigures, Scope
from advisor_tui.domain.audience.performance import PostResult, WeekFigures, best_posts, post_results, weekly_trend
from advisor_tui.domain.audience.target import AudienceReport, read_demographics
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.network.relevance import compose_counts
from advisor_tui.domain.plan.post_links import post_ref
from advisor_tui.domain.text_safety import printable
from advisor_tui.store.store import Store

# The whole aggregate window of the trend: twelve weeks and the days of the current one.
TREND_DAYS = 12 * 7 + 7


@dataclass(frozen=True, slots=True)
class PostAudience:
    """The viewers of one post (a per-post export), with the plan's title when the post is in the plan."""

    title: str
    published_on: date | None
    report: AudienceReport


@dataclass(frozen=True, slots=True)
class AudienceView:
    """Everything Publikum shows: the reports per period (newest first), per post, the network and the imports."""

    reports: list[AudienceReport]
    posts: list[PostAudience]
    network_share: float | None  # the network's own target share in percent; None without contacts
    imports: list[ImportedWorkbook]
    last_import: datetime | None

    @property
    def empty(self) -> bool:
        """Nothing imported yet."""
        return not self.imports


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """What the Redaktionsplan shows beside the weeks: figures per post, the 12-week trend, the best posts."""

    by_post: dict[int, PostFigures]
    results: list[PostResult]
    trend: list[WeekFigures]
    best: list[PostResult]
    last_import: datetime | None

    @property
    def has_data(self) -> bool:
        """Whether any analytics were imported that reach the plan (days or post figures)."""
        return bool(self.by_post) or any(w.impressions is not None for w in self.trend)


def read_audience(store: Store) -> AudienceView:
    """The audience of every imported period and post, beside the network's own target share."""
    analytics = store.analytics
    counts = store.contacts.tag_counts()
    return audience_view(analytics.demographics(), analytics.imports(), analytics.last_import(),
                         store.plan.list(), analytics.post_figures(), counts)


def audience_view(demographics: Sequence[Demographics], imports: Sequence[ImportedWorkbook],
                  last_import: datetime | None, posts: Sequence[Post], figures: Sequence[PostFigures],
                  counts: Mapping[tuple[str | None, str | None], int]) -> AudienceView:
    """The view from plain values (what `read_audience` reads)."""
    network = compose_counts(counts)
    network_share = network.target_share if network.total else None
    reports = [read_demographics(table, network_share=network_share)
               for table in demographics if table.scope is not Scope.POST]
    reports.sort(key=lambda r: (r.period.end if r.period else date.min, r.scope is Scope.CONTENT), reverse=True)
    titles = _post_titles(posts, figures)
    per_post = [PostAudience(*titles.get(_key(table), (_fallback_title(table), None)),
                             read_demographics(table, network_share=network_share))
                for table in demographics if table.scope is Scope.POST]
    per_post.sort(key=lambda p: p.published_on or date.min, reverse=True)
    newest = sorted(imports, key=lambda i: i.imported_at, reverse=True)
    return AudienceView(reports, per_post, network_share, newest, last_import)


def _key(table: Demographics) -> str:
    return str(table.post) if table.post is not None else table.post_url


def _post_titles(posts: Sequence[Post], figures: Sequence[PostFigures]) -> dict[str, tuple[str, date | None]]:
    """Post reference (or URL) → the plan post's title and day, through the same join as the plan's figures."""
    by_id = {post.id: post for post in posts if post.id is not None}
    titles: dict[str, tuple[str, date | None]] = {}
    for post in posts:
        ref = post_ref(post.published_url) if post.published_url else None
        if ref is not None:
            titles[str(ref)] = (post.title, post.published_on or post.planned_on)
    for post_id, item in figures_by_post(list(posts), figures).items():
        post = by_id[post_id]
        for key in (str(item.ref) if item.ref else "", item.url):
            if key:
                titles[key] = (post.title, post.published_on or post.planned_on)
    return titles


def _fallback_title(table: Demographics) -> str:
    """A post not in the plan: named by its link, as data."""
    return printable(table.post_url) if table.post_url else "Beitrag ohne Link"


def read_plan_figures(store: Store, today: date) -> PlanFigures:
    """Figures per published post, the trend of the last twelve weeks and the best posts."""
    analytics = store.analytics
    posts = [post for post in store.plan.list() if post.status is PostStatus.PUBLISHED]
    start = date.fromordinal(today.toordinal() - TREND_DAYS)
    return plan_figures(posts, analytics.post_figures(), analytics.days(start, today), today, analytics.last_import())


def plan_figures(posts: Sequence[Post], figures: Sequence[PostFigures], days: Sequence[DailyFigures], today: date,
                 last_import: datetime | None) -> PlanFigures:
    """The plan's figures from plain values."""
    by_post = figures_by_post(list(posts), figures)
    results = post_results(posts, by_post)
    return PlanFigures(by_post, results, weekly_trend(days, today), best_posts(results), last_import)
