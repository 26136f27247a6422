"""Analytics workbooks in the store: kept per import, read back merged by the rules of domain/audience/merging."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

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
from advisor_tui.domain.plan.post_links import PostRef, post_ref
from advisor_tui.store.store import Store

URL_A = "https://www.linkedin.com/feed/update/urn:li:activity:7406535690785632256"
URL_B = "https://www.linkedin.com/feed/update/urn:li:activity:7406100249858990080"


def _aggregate(name: str, start: date, end: date, *, base: int = 10, followers: int | None = None) -> AnalyticsWorkbook:
    days = []
    day = start
    while day <= end:
        days.append(DailyFigures(day, impressions=base + day.day, engagements=day.day % 3 - 1, new_followers=1))
        day += timedelta(days=1)
    period = Period(start, end)
    return AnalyticsWorkbook(
        file_name=name,
        kind=WorkbookKind.AGGREGATE,
        period=period,
        as_of=end,
        impressions=999,
        members_reached=500,
        followers_total=followers,
        followers_on=end if followers is not None else None,
        days=days,
        posts=[
            PostFigures(
                URL_A,
                post_ref(URL_A),
                date(2025, 12, 16),
                period,
                impressions=base,
                engagements=3,
                impressions_rank=2,
                engagements_rank=1,
            ),
            PostFigures(URL_B, post_ref(URL_B), date(2025, 12, 14), period, impressions=base * 2, impressions_rank=1),
        ],
        demographics=[
            Demographics(
                Scope.AUDIENCE,
                period,
                (
                    DemographicShare(Category.SENIORITY, "Owner", 0.04),
                    DemographicShare(Category.COMPANY, "Müller GmbH", None, below_one_percent=True),
                ),
            )
        ],
        ignored=Counter({"unbekanntes Blatt": 1}),
    )


def test_nothing_imported_reads_empty(store: Store) -> None:
    assert store.analytics.last_import() is None
    assert store.analytics.imports() == []
    assert store.analytics.days() == []
    assert store.analytics.post_figures() == []
    assert store.analytics.demographics() == []
    totals = store.analytics.totals(Period(date(2025, 12, 1), date(2025, 12, 31)))
    assert totals.impressions is None and totals.followers is None and totals.days == 0


def test_a_saved_workbook_reads_back(store: Store) -> None:
    before = datetime.now(UTC)
    workbook = _aggregate(
        "Content_2025-12-01_2025-12-20_Anna.xlsx", date(2025, 12, 1), date(2025, 12, 20), followers=300
    )
    store.analytics.save(workbook, "digest-1")
    assert store.analytics.has_file("digest-1") and not store.analytics.has_file("digest-2")
    last = store.analytics.last_import()
    assert last is not None and last.tzinfo is not None and last >= before - timedelta(seconds=1)
    [imported] = store.analytics.imports()
    assert imported.file_name == workbook.file_name and imported.kind is WorkbookKind.AGGREGATE
    assert imported.period == Period(date(2025, 12, 1), date(2025, 12, 20)) and imported.imported_at == last
    assert [d.day for d in store.analytics.days(date(2025, 12, 5), date(2025, 12, 7))] == [
        date(2025, 12, 5),
        date(2025, 12, 6),
        date(2025, 12, 7),
    ]
    assert store.analytics.days()[0] == DailyFigures(date(2025, 12, 1), 11, 0, 1)
    posts = {f.ref: f for f in store.analytics.post_figures()}
    assert posts[PostRef("activity", "7406535690785632256")].engagements == 3
    assert posts[PostRef("activity", "7406100249858990080")].engagements is None  # absent, not 0
    assert posts[PostRef("activity", "7406100249858990080")].period == workbook.period
    [table] = store.analytics.demographics(Scope.AUDIENCE)
    assert table.period == workbook.period and table.shares == workbook.demographics[0].shares
    assert store.analytics.demographics(Scope.CONTENT) == []
    totals = store.analytics.totals(Period(date(2025, 12, 1), date(2025, 12, 20)))
    assert totals.impressions == sum(10 + d for d in range(1, 21)) and totals.members_reached == 500
    assert totals.followers == 300 and totals.days == 20 and totals.new_followers == 20
    earlier = store.analytics.totals(Period(date(2025, 12, 1), date(2025, 12, 10)))
    assert earlier.followers == 290 and earlier.members_reached is None  # walked back; reach is not additive


def test_a_later_export_revises_the_days_it_shares(store: Store) -> None:
    store.analytics.save(_aggregate("a.xlsx", date(2025, 12, 1), date(2025, 12, 20), base=10), "a")
    store.analytics.save(_aggregate("b.xlsx", date(2025, 12, 15), date(2025, 12, 31), base=100), "b")
    # and an old export imported last does not overwrite the newer one's days
    store.analytics.save(_aggregate("c.xlsx", date(2025, 11, 20), date(2025, 12, 16), base=1000), "c")
    days = {d.day: d.impressions for d in store.analytics.days()}
    assert days[date(2025, 11, 20)] == 1020
    assert days[date(2025, 12, 10)] == 20
    assert days[date(2025, 12, 15)] == 115 and days[date(2025, 12, 31)] == 131
    assert len(days) == 42


def test_post_figures_come_from_the_latest_window_that_covers_the_post(store: Store) -> None:
    store.analytics.save(_aggregate("year.xlsx", date(2025, 1, 1), date(2025, 12, 20), base=10), "y")
    # a one-day export after the post's day: its figures are that day's only, they do not replace the year's
    store.analytics.save(_aggregate("day.xlsx", date(2025, 12, 21), date(2025, 12, 21), base=1), "d")
    posts = {f.url: f for f in store.analytics.post_figures()}
    assert posts[URL_B].impressions == 20
    store.analytics.save(_aggregate("later.xlsx", date(2025, 6, 1), date(2025, 12, 31), base=50), "l")
    posts = {f.url: f for f in store.analytics.post_figures()}
    assert posts[URL_B].impressions == 100 and posts[URL_B].period == Period(date(2025, 6, 1), date(2025, 12, 31))


def test_a_new_download_of_the_same_window_replaces_the_old(store: Store) -> None:
    first = store.analytics.save(_aggregate("a.xlsx", date(2025, 12, 1), date(2025, 12, 20)), "a")
    second = store.analytics.save(_aggregate("a (1).xlsx", date(2025, 12, 1), date(2025, 12, 20), base=7), "a1")
    assert second.replaced == first.id
    assert [w.file_name for w in store.analytics.imports()] == ["a (1).xlsx"]
    assert len(store.analytics.demographics()) == 1
    assert store.analytics.days()[0].impressions == 8


def test_the_unit_of_work_sees_the_analytics(store: Store) -> None:
    with store.transaction() as unit:
        unit.analytics.save(_aggregate("a.xlsx", date(2025, 12, 1), date(2025, 12, 2)), "a")
        assert len(unit.analytics.days()) == 2
    assert len(store.analytics.days()) == 2
