"""The cadence counts what was really published: each post in the week of its publish day."""

from __future__ import annotations

from datetime import date, timedelta

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.cadence import compute_cadence, published_week, week_fields
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.usecases import planning

TODAY = date(2026, 11, 21)  # Saturday of KW 47 2026
CURRENT = IsoWeek(2026, 47)
PUB = PostStatus.PUBLISHED


def _post(week: IsoWeek, published_on: date | None = None, *, own: bool = True) -> Post:
    return Post("Beitrag", **week_fields(week), status=PUB, own_content=own, published_on=published_on)


def test_a_post_counts_in_the_week_it_went_online_not_the_week_it_was_planned_for() -> None:
    late = _post(CURRENT.shift(-1), published_on=CURRENT.monday)  # planned last week, out on Monday
    assert published_week(late) == CURRENT
    assert published_week(_post(CURRENT)) == CURRENT and published_week(Post("Idee")) is None
    figures = compute_cadence([late, _post(CURRENT.shift(-2))], TODAY)
    # last week is empty now: the streak is this week's post only, not three weeks
    assert (figures.streak_weeks, figures.published_52w) == (1, 2)
    old = _post(CURRENT, published_on=date(2025, 1, 7))  # filed in this week by hand, out almost two years ago
    assert compute_cadence([old], TODAY).published_52w == 0


def test_three_years_of_imported_history_give_sensible_figures() -> None:
    # 150 posts over three years: weekly for the last 30 weeks, with gaps before; every fifth a repost.
    days = [CURRENT.monday - timedelta(weeks=n) + timedelta(days=n % 5) for n in range(30)]
    days += [CURRENT.monday - timedelta(days=224 + 9 * n) for n in range(120)]
    posts = [_post(IsoWeek.from_date(day), published_on=day, own=n % 5 != 0) for n, day in enumerate(days)]
    figures = compute_cadence(posts, TODAY)
    assert figures.streak_weeks == 30 and figures.last_published_week == CURRENT
    assert figures.published_52w == 45 and figures.own_share is not None and 0.7 < figures.own_share < 0.9
    assert figures.summary.startswith("30 Wochen in Folge")


def test_marking_a_post_published_sets_its_publish_day_once(store) -> None:
    planned = store.plan.add(Post("Zinswende", **week_fields(CURRENT), status=PostStatus.PLANNED))
    assert planning.advance_status(store, planned, today=TODAY).published_on == TODAY
    imported = store.plan.add(_post(CURRENT.shift(-1), published_on=date(2026, 11, 12)))
    assert planning.mark_published(store, imported, "https://x", today=TODAY).published_on == date(2026, 11, 12)
    saved = planning.save_post(store, Post("Neu", **week_fields(CURRENT), status=PUB), today=TODAY)
    assert saved.post.published_on == TODAY and store.plan.get(saved.post.id).published_on == TODAY
    assert (
        planning.save_post(store, Post("Plan", **week_fields(CURRENT), status=PostStatus.PLANNED)).post.published_on
        is None
    )
