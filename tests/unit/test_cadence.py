"""Cadence figures, week view, free weeks and scheduling of the content plan."""

from datetime import date

import pytest

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.cadence import (
    compute_cadence,
    ideas,
    move_post,
    next_free_week,
    plan_weeks,
    post_week,
    schedule_into_next_free_week,
    schedule_post,
    week_fields,
)
from advisor_tui.domain.plan.weeks import IsoWeek

TODAY = date(2026, 11, 21)  # Saturday of KW 47 2026
CURRENT = IsoWeek(2026, 47)
PUB, PLAN, DRAFT, IDEA = PostStatus.PUBLISHED, PostStatus.PLANNED, PostStatus.DRAFT, PostStatus.IDEA


def post(offset: int | None, status: PostStatus = PLAN, *, own: bool = True, title: str = "Beitrag", **kw) -> Post:
    """A post `offset` weeks from the current week (None: an idea without a week)."""
    week = CURRENT.shift(offset) if offset is not None else None
    return Post(title=title, **week_fields(week), status=status, own_content=own, **kw)


def published(*offsets: int) -> list[Post]:
    return [post(offset, PUB) for offset in offsets]


# --- which week a post belongs to -------------------------------------------------------------


def test_post_week_prefers_the_week_fields():
    assert post_week(Post("a", 2026, 48, planned_on=date(2026, 12, 24))) == IsoWeek(2026, 48)


def test_post_week_falls_back_to_the_planned_day():
    assert post_week(Post("a", planned_on=date(2024, 12, 31))) == IsoWeek(2025, 1)


def test_post_without_week_or_day_is_an_idea():
    posts = [post(None, IDEA), post(None, DRAFT), post(2, IDEA), post(None, PUB)]
    assert post_week(posts[0]) is None
    assert ideas(posts) == posts[:2]


# --- week view ----------------------------------------------------------------------------------


def test_plan_weeks_spans_back_and_ahead_and_marks_the_current_week():
    rows = plan_weeks([], TODAY)
    assert [rows[0].week, rows[-1].week] == [IsoWeek(2026, 43), IsoWeek(2027, 6)]
    assert len(rows) == 4 + 1 + 12
    assert [row.week for row in rows if row.is_current] == [CURRENT]
    assert [row.is_past for row in rows[:5]] == [True, True, True, True, False]


@pytest.mark.parametrize(
    ("statuses", "empty"),
    [((), True), ((IDEA,), True), ((DRAFT,), True), ((DRAFT, IDEA), True), ((PLAN,), False), ((PUB,), False)],
)
def test_week_is_empty_without_a_planned_or_published_post(statuses, empty):
    rows = plan_weeks([post(2, status) for status in statuses], TODAY, weeks_back=0, weeks_ahead=2)
    assert rows[-1].is_empty is empty
    assert len(rows[-1].posts) == len(statuses)


def test_weekly_goal_of_two_needs_two_posts():
    rows = plan_weeks([post(1), post(2), post(2)], TODAY, weeks_back=0, weeks_ahead=2, weekly_goal=2)
    assert [row.is_empty for row in rows] == [True, True, False]


def test_posts_in_a_week_are_sorted_by_day_then_title():
    posts = [
        Post("b", planned_on=date(2026, 11, 26), status=PLAN),
        Post("Zeta", 2026, 48, status=PLAN),
        Post("a", planned_on=date(2026, 11, 24), status=PLAN),
    ]
    row = plan_weeks(posts, TODAY, weeks_back=0, weeks_ahead=1)[1]
    assert [p.title for p in row.posts] == ["Zeta", "a", "b"]


# --- next free week and scheduling ------------------------------------------------------------


@pytest.mark.parametrize(
    ("posts", "expected_offset"),
    [
        ([], 0),
        ([post(0)], 1),
        ([post(0), post(1, PUB), post(3)], 2),
        ([post(0, DRAFT)], 0),
        ([post(-1), post(0, IDEA)], 0),
    ],
)
def test_next_free_week(posts, expected_offset):
    assert next_free_week(posts, TODAY) == CURRENT.shift(expected_offset)


def test_next_free_week_crosses_into_a_new_year():
    posts = [Post("a", 2026, 52, status=PLAN), Post("b", 2026, 53, status=PLAN)]
    assert next_free_week(posts, date(2026, 12, 24)) == IsoWeek(2027, 1)


def test_next_free_week_with_a_goal_below_one_does_not_loop():
    assert next_free_week([post(0)], TODAY, weekly_goal=0) == CURRENT.shift(1)


@pytest.mark.parametrize(("status", "expected"), [(IDEA, PLAN), (DRAFT, PLAN), (PLAN, PLAN), (PUB, PUB)])
def test_schedule_post_marks_it_planned(status, expected):
    scheduled = schedule_post(post(None, status), IsoWeek(2026, 50))
    assert (scheduled.iso_year, scheduled.iso_week, scheduled.status) == (2026, 50, expected)


def test_schedule_post_drops_a_planned_day_outside_the_week():
    idea = Post("a", planned_on=date(2026, 1, 2))
    assert schedule_post(idea, IsoWeek(2026, 50)).planned_on is None
    inside = Post("a", planned_on=date(2026, 12, 9))
    assert schedule_post(inside, IsoWeek(2026, 50)).planned_on == date(2026, 12, 9)


def test_schedule_into_next_free_week_fills_the_gap_and_moves_on():
    plan = [post(0), post(2)]
    first = schedule_into_next_free_week(post(None, IDEA, title="Idee 1"), plan, TODAY)
    assert post_week(first) == CURRENT.shift(1)
    second = schedule_into_next_free_week(post(None, IDEA, title="Idee 2"), [*plan, first], TODAY)
    assert post_week(second) == CURRENT.shift(3)


def test_move_post_shifts_week_and_day_across_the_year():
    moved = move_post(Post("a", 2026, 53, planned_on=date(2026, 12, 30), status=DRAFT), 1)
    assert (moved.iso_year, moved.iso_week, moved.planned_on, moved.status) == (2027, 1, date(2027, 1, 6), DRAFT)
    back = move_post(moved, -2)
    assert (back.iso_year, back.iso_week, back.planned_on) == (2026, 52, date(2026, 12, 23))


def test_move_post_refuses_an_idea():
    with pytest.raises(ValueError, match="Idee"):
        move_post(post(None, IDEA), 1)


# --- cadence figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offsets", "streak"),
    [
        ((0, -1, -2), 3),
        ((-1, -2), 2),  # this week is still running: the streak holds until Sunday
        ((0, -2, -3), 1),
        ((-2, -3), 0),
        ((1, 2), 0),  # published in the future does not count
        ((), 0),
    ],
)
def test_streak(offsets, streak):
    assert compute_cadence(published(*offsets), TODAY).streak_weeks == streak


def test_streak_across_the_turn_of_a_53_week_year():
    posts = [Post(str(w), y, w, status=PUB) for y, w in ((2026, 52), (2026, 53), (2027, 1))]
    assert compute_cadence(posts, date(2027, 1, 6)).streak_weeks == 3


def test_streak_with_weekly_goal_two_needs_two_published_posts():
    posts = published(0, 0, -1, -2, -2)
    assert compute_cadence(posts, TODAY, weekly_goal=2).streak_weeks == 1
    assert compute_cadence(posts, TODAY, weekly_goal=1).streak_weeks == 3


def test_published_in_52_weeks_counts_only_published_posts_in_the_window():
    posts = [*published(0, -51, -52, 1), post(-3, PLAN), post(-4, DRAFT)]
    assert compute_cadence(posts, TODAY).published_52w == 2


@pytest.mark.parametrize(("goal", "annual"), [(1, 50), (2, 100), (0, 50)])
def test_annual_goal(goal, annual):
    assert compute_cadence([], TODAY, weekly_goal=goal).goal_52w == annual


def test_own_share():
    posts = [post(0, PUB), post(-1, PUB), post(-2, PUB), post(-3, PUB, own=False), post(-4, PLAN, own=False)]
    figures = compute_cadence(posts, TODAY)
    assert (figures.own_published, figures.shared_published, figures.own_share) == (3, 1, 0.75)


def test_own_share_is_none_without_published_posts():
    assert compute_cadence([post(1)], TODAY).own_share is None


def test_open_weeks_ahead_and_next_free_week():
    figures = compute_cadence([post(0), post(1), post(3, DRAFT), post(4, PUB)], TODAY)
    assert figures.next_free_week == CURRENT.shift(2)
    assert figures.open_weeks_ahead[:2] == (CURRENT.shift(2), CURRENT.shift(3))
    assert len(figures.open_weeks_ahead) == 13 - 3


def test_last_published_week_ignores_the_future():
    assert compute_cadence(published(-5, -9, 2), TODAY).last_published_week == CURRENT.shift(-5)


@pytest.mark.parametrize(
    ("posts", "verdict"),
    [
        ([], "Noch kein Beitrag veröffentlicht – der Wochenrhythmus hat noch nicht begonnen."),
        ([post(0)], "Noch kein Beitrag veröffentlicht – der erste ist für diese Woche geplant."),
        (
            published(-3),
            "Der Rhythmus ist unterbrochen: der letzte Beitrag erschien in KW 44, diese Woche ist noch nichts geplant.",
        ),
        (
            [*published(-3), post(0)],
            "Der Rhythmus ist unterbrochen: der letzte Beitrag erschien in KW 44, diese Woche ist ein Beitrag geplant.",
        ),
        (
            published(-1, -2),
            "Der Rhythmus wackelt: 2 Wochen in Folge, aber diese Woche ist noch kein Beitrag geplant.",
        ),
        (
            [*published(-1, 0), post(2)],
            "Der Rhythmus hält (2 Wochen in Folge), aber KW 48 und KW 50 sind noch leer.",
        ),
        ([*published(0), post(1), post(2)], "Der Rhythmus hält (1 Woche in Folge), aber KW 50 ist noch leer."),
        (
            [*published(0, -1, -2), post(1), post(2), post(3, PUB)],
            "Der Rhythmus hält: 3 Wochen in Folge, die nächsten 4 Wochen sind geplant.",
        ),
    ],
)
def test_verdict(posts, verdict):
    assert compute_cadence(posts, TODAY).verdict == verdict


@pytest.mark.parametrize(
    ("posts", "goal", "verdict"),
    [
        (
            [*published(0), post(1), post(2), post(3, DRAFT)],
            1,
            "Der Rhythmus hält (1 Woche in Folge), aber in KW 50 liegt erst ein Entwurf.",
        ),
        (
            [*published(0), post(2, DRAFT), post(3, DRAFT)],
            1,
            "Der Rhythmus hält (1 Woche in Folge), aber KW 48 ist noch leer und in KW 49 und KW 50 liegen erst "
            "Entwürfe.",
        ),
        (
            [*published(0), post(1), post(2, IDEA), post(3)],
            1,
            "Der Rhythmus hält (1 Woche in Folge), aber in KW 49 liegt erst eine Idee.",
        ),
        (
            [post(0, PUB), post(0, PUB), *[post(w) for w in (1, 1, 2, 3, 3)]],
            2,
            "Der Rhythmus hält (1 Woche in Folge), aber KW 49 ist erst teilweise geplant.",
        ),
    ],
)
def test_a_week_holding_an_uncommitted_post_is_not_called_empty(posts, goal, verdict):
    assert compute_cadence(posts, TODAY, weekly_goal=goal).verdict == verdict


def test_verdict_names_the_year_of_a_last_post_in_another_year():
    figures = compute_cadence([Post("a", 2025, 50, status=PUB)], TODAY)
    assert "KW 50/2025" in figures.verdict


def test_summary_line():
    figures = compute_cadence([*published(0, -1), post(-2, PUB, own=False), post(1)], TODAY)
    assert figures.summary == (
        "3 Wochen in Folge · 3 Beiträge in 52 Wochen (Ziel: 50) · eigene Inhalte 67 % · nächste freie Woche: KW 49"
    )


def test_summary_line_without_posts():
    assert compute_cadence([], TODAY).summary == (
        "0 Wochen in Folge · 0 Beiträge in 52 Wochen (Ziel: 50) · eigene Inhalte – · nächste freie Woche: diese Woche"
    )


def test_one_post_in_the_year_is_singular_and_the_goal_is_named_as_such():
    figures = compute_cadence([post(0, PUB)], TODAY, weekly_goal=2)
    assert (figures.year_posts, figures.year_goal) == ("1 Beitrag", "in 52 Wochen (Ziel: 100)")
