"""Publikum's and the plan's figures from the store, the stale-import line in `today`, the demo analytics."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from advisor_tui.cli import main
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
from advisor_tui.domain.audience.performance import (
    best_posts,
    days_since,
    engagement_rate,
    post_results,
    rate_text,
    stale_notice,
    weekly_trend,
)
from advisor_tui.domain.models import Contact, Post, PostStatus
from advisor_tui.domain.plan.post_links import post_ref
from advisor_tui.domain.today.text import render_today
from advisor_tui.store.store import Store
from advisor_tui.store.tables import ANALYTICS_WORKBOOK
from advisor_tui.usecases.audience import read_audience, read_plan_figures
from advisor_tui.usecases.today import summary

NOW = datetime(2026, 11, 23, 9, 0)
URL = "https://www.linkedin.com/feed/update/urn:li:activity:7396000000000000042"


def test_stale_notice_after_thirty_days_only() -> None:
    assert stale_notice(None, NOW) == ""  # never imported: today says nothing, Publikum explains
    assert stale_notice(datetime(2026, 10, 24, 20, tzinfo=UTC), NOW) == ""  # 30 days
    assert stale_notice(datetime(2026, 10, 9, 12, tzinfo=UTC), NOW) == (
        "LinkedIn-Statistik zuletzt vor 45 Tagen eingelesen – neue Auswertung exportieren und einlesen.")
    assert days_since(datetime(2026, 11, 22, 23, 30, tzinfo=UTC), datetime(2026, 11, 23, 9, tzinfo=UTC)) == 1


def test_trend_best_posts_and_rates() -> None:
    days = [DailyFigures(date(2026, 11, 16) + timedelta(days=n), 100, 3) for n in range(7)]
    days.append(DailyFigures(date(2026, 8, 1), 999, 99))  # before the twelve weeks
    trend = weekly_trend(days, NOW.date())
    assert len(trend) == 12 and trend[-1].week.week == 48
    assert (trend[-2].impressions, trend[-2].engagements) == (700, 21)
    assert trend[0].impressions is None  # no day reported: unknown, not 0
    posts = [Post(f"P{n}", 2026, 40 + n, status=PostStatus.PUBLISHED, id=n) for n in range(1, 5)]
    figures = {1: PostFigures("a", None, None, impressions=400, engagements=20),
               2: PostFigures("b", None, None, impressions=50, engagements=25),  # too few impressions to rank
               3: PostFigures("c", None, None, impressions=300, engagements=30),
               4: PostFigures("d", None, None, impressions=None, engagements=4)}
    best = best_posts(post_results(posts, figures))
    assert [r.post.title for r in best] == ["P3", "P1"]
    assert rate_text(best[0].rate) == "10,0 %" and engagement_rate(figures[4]) is None


def _workbooks(end: date) -> list[AnalyticsWorkbook]:
    period = Period(end - timedelta(days=89), end)
    shares = (DemographicShare(Category.SENIORITY, "Owner", 0.12), DemographicShare(Category.SENIORITY, "CXO", None,
                                                                                      below_one_percent=True),
              DemographicShare(Category.INDUSTRY, "Banking", 0.3), DemographicShare(Category.INDUSTRY, "Construction",
                                                                                    0.08))
    aggregate = AnalyticsWorkbook(
        "AggregateAnalytics_X_2026.xlsx", WorkbookKind.AGGREGATE, period, as_of=end,
        days=[DailyFigures(end - timedelta(days=n), 50, 2) for n in range(90)],
        posts=[PostFigures(URL, post_ref(URL), date(2026, 11, 10), period, 480, 24)],
        demographics=[Demographics(Scope.CONTENT, period, shares)])
    per_post = AnalyticsWorkbook(
        "SinglePostAnalytics_X_7396000000000000042.xlsx", WorkbookKind.POST, None, as_of=end,
        posts=[PostFigures(URL, post_ref(URL), date(2026, 11, 10), None, 480, 24)], post=post_ref(URL), post_url=URL,
        demographics=[Demographics(Scope.POST, None, (DemographicShare(Category.JOB_TITLE, "Inhaber", 0.2),),
                                   post_ref(URL), URL)])
    return [aggregate, per_post]


def _save(store: Store, workbooks: list[AnalyticsWorkbook], imported: datetime) -> None:
    with store.transaction() as unit:
        for number, workbook in enumerate(workbooks):
            saved = unit.analytics.save(workbook, f"digest-{number}")
            unit.conn.execute(update(ANALYTICS_WORKBOOK).where(ANALYTICS_WORKBOOK.c.id == saved.id)
                              .values(imported_at=imported))


def test_read_audience_and_plan_figures(store: Store) -> None:
    store.contacts.add(Contact("Anna", "Müller", role="unternehmer", sector="C"))
    store.contacts.add(Contact("Jan", "Schulz", role="wettbewerb", sector="K"))
    store.contacts.add(Contact("Eva", "Braun"))
    post_id = store.plan.add(Post("Nachfolge planen", 2026, 46, status=PostStatus.PUBLISHED, published_url=URL,
                                  published_on=date(2026, 11, 10)))
    empty = read_audience(store)
    assert empty.empty and empty.last_import is None and not read_plan_figures(store, NOW.date()).has_data
    _save(store, _workbooks(NOW.date() - timedelta(days=1)), datetime(2026, 11, 22, 18, tzinfo=UTC))
    view = read_audience(store)
    assert view.network_share == pytest.approx(100 / 3)  # by the contacts' own tags, one query
    assert store.contacts.tag_counts() == {("unternehmer", "C"): 1, ("wettbewerb", "K"): 1, (None, None): 1}
    [report] = view.reports
    assert report.target_share == pytest.approx(12.5) and report.peer_share == pytest.approx(30.0)
    assert report.verdict.endswith("Ihr Netzwerk hat 33 % Zielkunden – die Beiträge erreichen sie zu selten.")
    [post] = view.posts
    assert (post.title, post.report.target_share) == ("Nachfolge planen", pytest.approx(20.0))
    assert len(view.imports) == 2 and view.last_import == datetime(2026, 11, 22, 18, tzinfo=UTC)
    plan = read_plan_figures(store, NOW.date())
    assert plan.by_post[post_id].impressions == 480 and [r.post.id for r in plan.best] == [post_id]
    assert sum(w.impressions or 0 for w in plan.trend) == 50 * 77  # eleven whole weeks; this Monday is not in it
    assert plan.trend[-1].impressions is None


def test_today_warns_of_an_old_analytics_import_and_keeps_quiet_otherwise(store: Store) -> None:
    assert summary(store, NOW).analytics_notice == ""  # never imported
    _save(store, _workbooks(date(2026, 10, 1)), datetime(2026, 10, 9, 12, tzinfo=UTC))
    text = render_today(summary(store, NOW))
    assert text.rstrip().endswith("LinkedIn-Statistik zuletzt vor 45 Tagen eingelesen – neue Auswertung exportieren\n"
                                  "    und einlesen.")


def test_today_command_prints_the_stale_line(store: Store, capsys) -> None:
    _save(store, _workbooks(date(2026, 10, 1)), datetime.now(UTC) - timedelta(days=40))
    assert main(["today", "--db", str(store.path)]) == 0
    assert "LinkedIn-Statistik zuletzt vor 40 Tagen eingelesen" in capsys.readouterr().out


def test_demo_analytics_fill_publikum_and_the_plan(demo_store: Store) -> None:
    view = read_audience(demo_store)
    assert len(view.reports) == 3 and len(view.posts) == 1
    newest = view.reports[0]
    assert newest.scope is Scope.CONTENT and newest.peer_share and newest.peer_share > newest.target_share
    plan = read_plan_figures(demo_store, view.last_import.date() if view.last_import else NOW.date())
    assert len(plan.by_post) == 3 and plan.best
    assert all(100 <= (f.impressions or 0) <= 1000 for f in plan.by_post.values())
