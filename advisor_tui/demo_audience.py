"""Demo analytics: what LinkedIn's exports would tell about a German bank advisor's posts and audience.

A few hundred impressions per post, about 3 % engagements; an audience in which colleagues and competitors
(Financial Services, Bankwesen) are the largest group, some owners, and the Mittelstand's sectors. Stored
through the analytics repository, as an import would, so Publikum and the plan's figures have something to show.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import update

from advisor_tui.domain.audience.models import (
    AnalyticsWorkbook,
    Category,
    DailyFigures,
    Demographics,
    DemographicShare,
    Period,
    PostFigures,
    Scope,
    WorkbookKind,
)
from advisor_tui.domain.models import PostStatus
from advisor_tui.domain.plan.post_links import post_ref
from advisor_tui.store.store import Store
from advisor_tui.store.tables import ANALYTICS_WORKBOOK

NAME = "Julia Hoffmann"
WINDOW_DAYS = 91
_ACTIVITY = 7396000000000000000  # LinkedIn activity ids of late 2025/2026 are 19 digits

# (category, value, share or None for "< 1 %"): the legacy English export, followers
OLDER_AUDIENCE = (
    (Category.JOB_TITLE, "Relationship Manager", 0.071), (Category.JOB_TITLE, "Managing Director", 0.046),
    (Category.JOB_TITLE, "Bank Clerk", 0.038), (Category.JOB_TITLE, "Owner", 0.027),
    (Category.JOB_TITLE, "Tax Advisor", 0.019),
    (Category.LOCATION, "Cologne Bonn Region", 0.36), (Category.LOCATION, "Düsseldorf Region", 0.09),
    (Category.INDUSTRY, "Financial Services", 0.29), (Category.INDUSTRY, "Banking", 0.12),
    (Category.INDUSTRY, "Construction", 0.05), (Category.INDUSTRY, "Machinery Manufacturing", 0.04),
    (Category.INDUSTRY, "Hospitality", None),
    (Category.SENIORITY, "Senior", 0.26), (Category.SENIORITY, "Entry", 0.16), (Category.SENIORITY, "Manager", 0.12),
    (Category.SENIORITY, "Owner", 0.06), (Category.SENIORITY, "CXO", 0.02),
    (Category.COMPANY_SIZE, "1001-5000 employees", 0.18), (Category.COMPANY_SIZE, "11-50 employees", 0.14),
    (Category.COMPANY, "Sparkasse KölnBonn", 0.04), (Category.COMPANY, "Bankhaus Lindner & Co.", 0.03),
)
# the 2026 export in the German UI: followers (AUDIENCE) and the viewers of the window's posts (CONTENT)
NEWER_AUDIENCE = (
    (Category.JOB_TITLE, "Firmenkundenberater", 0.066), (Category.JOB_TITLE, "Geschäftsführer", 0.052),
    (Category.JOB_TITLE, "Bankkaufmann", 0.035), (Category.JOB_TITLE, "Inhaber", 0.031),
    (Category.JOB_TITLE, "Steuerberater", 0.02),
    (Category.LOCATION, "Köln/Bonn und Umgebung", 0.37), (Category.LOCATION, "Düsseldorf und Umgebung", 0.1),
    (Category.INDUSTRY, "Finanzdienstleistungen", 0.27), (Category.INDUSTRY, "Bankwesen", 0.09),
    (Category.INDUSTRY, "Maschinenbau", 0.06), (Category.INDUSTRY, "Bauwesen", 0.05),
    (Category.INDUSTRY, "Einzelhandel", 0.03), (Category.INDUSTRY, "Gastgewerbe", None),
    (Category.SENIORITY, "Senior", 0.24), (Category.SENIORITY, "Berufseinsteiger", 0.14),
    (Category.SENIORITY, "Manager", 0.12), (Category.SENIORITY, "Inhaber", 0.08), (Category.SENIORITY, "CXO", 0.03),
    (Category.SENIORITY, "Partner", 0.01),
    (Category.COMPANY_SIZE, "11–50 Beschäftigte", 0.16), (Category.COMPANY, "Sparkasse KölnBonn", 0.04),
)
NEWER_CONTENT = (
    (Category.JOB_TITLE, "Geschäftsführer", 0.08), (Category.JOB_TITLE, "Firmenkundenberater", 0.07),
    (Category.INDUSTRY, "Finanzdienstleistungen", 0.22), (Category.INDUSTRY, "Maschinenbau", 0.08),
    (Category.INDUSTRY, "Bauwesen", 0.07), (Category.INDUSTRY, "Großhandel", 0.03),
    (Category.SENIORITY, "Inhaber", 0.11), (Category.SENIORITY, "CXO", 0.04), (Category.SENIORITY, "Senior", 0.21),
)
# the per-post export of the succession post: more owners than the average post
POST_VIEWERS = (
    (Category.JOB_TITLE, "Geschäftsführer", 0.11), (Category.JOB_TITLE, "Inhaber", 0.06),
    (Category.INDUSTRY, "Bauwesen", 0.09), (Category.INDUSTRY, "Finanzdienstleistungen", 0.18),
    (Category.INDUSTRY, "Maschinenbau", 0.07),
    (Category.SENIORITY, "Inhaber", 0.14), (Category.SENIORITY, "CXO", 0.04), (Category.SENIORITY, "Senior", 0.2),
    (Category.LOCATION, "Köln/Bonn und Umgebung", 0.41),
)
# impressions and engagements of the published demo posts, in the order of their weeks; then posts not in the
# plan: (days ago, impressions, engagements)
POST_FIGURES = ((612, 27), (388, 9), (447, 21))
OLDER_POSTS = ((15, 530, 14), (22, 305, 6), (29, 701, 31), (43, 264, 11), (57, 489, 17), (71, 355, 8))


def _shares(rows: tuple[tuple[Category, str, float | None], ...]) -> tuple[DemographicShare, ...]:
    return tuple(DemographicShare(category, value, share, below_one_percent=share is None)
                 for category, value, share in rows)


def _url(number: int) -> str:
    return f"https://www.linkedin.com/feed/update/urn:li:activity:{_ACTIVITY + number}"


def _days(period: Period, post_days: dict[date, int], rng: random.Random) -> list[DailyFigures]:
    """Daily figures: a quiet baseline, and each post's impressions spread over the three days after it."""
    days = []
    day = period.start
    while day <= period.end:
        impressions = rng.randint(8, 30) if day.weekday() < 5 else rng.randint(2, 10)
        for published, total in post_days.items():
            after = (day - published).days
            if 0 <= after < 3:
                impressions += total * (5, 3, 2)[after] // 10
        engagements = round(impressions * rng.uniform(0.02, 0.045))
        days.append(DailyFigures(day, impressions, engagements, rng.randint(0, 3)))
        day += timedelta(days=1)
    return days


def seed_audience(store: Store, today: date) -> None:
    """Two aggregate exports and one per-post export, as if imported yesterday evening."""
    rng = random.Random(18)
    published = sorted((p for p in store.plan.list() if p.status is PostStatus.PUBLISHED and p.iso_year),
                       key=lambda p: (p.iso_year or 0, p.iso_week or 0))[-len(POST_FIGURES):]  # the latest ones
    end = today - timedelta(days=1)
    newer = Period(end - timedelta(days=WINDOW_DAYS - 1), end)
    older = Period(newer.start - timedelta(days=WINDOW_DAYS), newer.start - timedelta(days=1))
    figures: list[PostFigures] = []
    post_days: dict[date, int] = {}
    with store.transaction() as unit:
        for number, (post, (impressions, engagements)) in enumerate(zip(published, POST_FIGURES, strict=False)):
            day = date.fromisocalendar(post.iso_year or 0, post.iso_week or 1, 2)  # Tuesday, 8 a.m. as advised
            url = post.published_url or _url(number)
            unit.plan.update(dataclasses.replace(post, published_on=post.published_on or day, published_url=url))
            figures.append(PostFigures(url, post_ref(url), day, newer, impressions, engagements))
            post_days[day] = impressions
        for number, (days_ago, impressions, engagements) in enumerate(OLDER_POSTS, start=10):
            day = today - timedelta(days=days_ago)
            figures.append(PostFigures(_url(number), post_ref(_url(number)), day, newer, impressions, engagements))
            post_days[day] = impressions
        by_impressions = sorted(figures, key=lambda f: -(f.impressions or 0))
        by_engagements = sorted(figures, key=lambda f: -(f.engagements or 0))
        ranked = [dataclasses.replace(f, impressions_rank=by_impressions.index(f) + 1,
                                      engagements_rank=by_engagements.index(f) + 1) for f in figures]
        workbooks = [
            AnalyticsWorkbook(
                f"Content_{older.start}_{older.end}_{NAME}.xlsx", WorkbookKind.AGGREGATE, older, "en", older.end,
                days=_days(older, post_days, rng), followers_total=1112, followers_on=older.end,
                demographics=[Demographics(Scope.AUDIENCE, older, _shares(OLDER_AUDIENCE))]),
            AnalyticsWorkbook(
                f"AggregateAnalytics_{NAME}_{newer.start}_{newer.end}.xlsx", WorkbookKind.AGGREGATE, newer, "de",
                newer.end, days=_days(newer, post_days, rng), posts=ranked, followers_total=1187,
                followers_on=newer.end,
                demographics=[Demographics(Scope.AUDIENCE, newer, _shares(NEWER_AUDIENCE)),
                              Demographics(Scope.CONTENT, newer, _shares(NEWER_CONTENT))]),
        ]
        if figures:
            first = figures[0]
            workbooks.append(AnalyticsWorkbook(
                f"SinglePostAnalytics_{NAME}_{first.ref.number if first.ref else ''}.xlsx", WorkbookKind.POST,
                None, "de", end, posts=[dataclasses.replace(first, members_reached=401, reactions=19, comments=5,
                                                             reposts=2, social_engagements=26)],
                demographics=[Demographics(Scope.POST, None, _shares(POST_VIEWERS), first.ref, first.url)],
                post=first.ref, post_url=first.url))
        for number, workbook in enumerate(workbooks):
            saved = unit.analytics.save(workbook, f"demo-{number}")
            # as if imported yesterday evening: the app's "last import" stays put whenever the demo is seeded
            moment = datetime.combine(end, time(18, number), tzinfo=UTC)
            unit.conn.execute(update(ANALYTICS_WORKBOOK).where(ANALYTICS_WORKBOOK.c.id == saved.id)
                              .values(imported_at=moment))
