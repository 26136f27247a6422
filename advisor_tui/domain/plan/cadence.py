"""The weekly rhythm of the content plan: week view, free weeks and cadence figures.

Which posts count:
- A post belongs to the week in its `iso_year`/`iso_week`, else to the week of `planned_on`;
  a post with neither is an *idea* in the backlog.
- A week is *covered* when it holds at least `weekly_goal` posts that are Geplant or Veröffentlicht.
  Ideas and drafts do not cover a week: nothing is committed yet, so the week must still stand out.
- Scheduling an idea into a week makes it Geplant, because giving a post its week is what
  "Geplant" means here; moving a post between weeks keeps its status.
- The streak and the 52-week count only look at Veröffentlicht posts in weeks up to the current one, each in
  the week it really went online (`published_on`, from the export or the day it was marked), else in its
  planned week: a post planned for last week and published on Monday keeps this week's streak.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypedDict

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek, week_range

COVERING_STATUSES: frozenset[PostStatus] = frozenset({PostStatus.PLANNED, PostStatus.PUBLISHED})
WEEKS_BACK = 4
WEEKS_AHEAD = 12
YEAR_WINDOW_WEEKS = 52
# "About 50 a year": two weeks of holiday are allowed for, so the goal is 50, not 52, per weekly post.
POSTING_WEEKS_PER_YEAR = 50
# How far ahead a gap makes the verdict warn, not just the week list.
SOON_WEEKS = 4


def post_week(post: Post) -> IsoWeek | None:
    """The week a post belongs to, or None for an idea without a week."""
    if post.iso_year is not None and post.iso_week is not None:
        return IsoWeek(post.iso_year, post.iso_week)
    if post.planned_on is not None:
        return IsoWeek.from_date(post.planned_on)
    return None


class WeekFields(TypedDict):
    """The fields of a Post that say which week it belongs to."""

    iso_year: int | None
    iso_week: int | None


def published_week(post: Post) -> IsoWeek | None:
    """The week a Veröffentlicht post went online (its publish day's week, else its own week); None otherwise."""
    if post.status is not PostStatus.PUBLISHED:
        return None
    return IsoWeek.from_date(post.published_on) if post.published_on is not None else post_week(post)


def week_fields(week: IsoWeek | None) -> WeekFields:
    """The `iso_year` and `iso_week` values of a Post in this week (both None for an idea)."""
    return WeekFields(iso_year=week.year if week else None, iso_week=week.week if week else None)


def ideas(posts: Iterable[Post]) -> list[Post]:
    """The backlog: posts without a week that are not published yet."""
    return [p for p in posts if post_week(p) is None and p.status is not PostStatus.PUBLISHED]


def _posts_by_week(posts: Iterable[Post]) -> dict[IsoWeek, list[Post]]:
    by_week: dict[IsoWeek, list[Post]] = {}
    for post in posts:
        week = post_week(post)
        if week is not None:
            by_week.setdefault(week, []).append(post)
    return by_week


def _count(posts: Iterable[Post], statuses: frozenset[PostStatus]) -> int:
    return sum(1 for p in posts if p.status in statuses)


@dataclass(frozen=True, slots=True)
class WeekPlan:
    """One row of the week view: a week, its posts, and whether it still lacks a committed post."""

    week: IsoWeek
    posts: tuple[Post, ...]
    is_current: bool
    is_empty: bool
    is_past: bool = False


def _sort_key(post: Post) -> tuple[date, str]:
    return (post.planned_on or date.min, post.title.casefold())


def plan_weeks(
    posts: Sequence[Post],
    today: date,
    weeks_back: int = WEEKS_BACK,
    weeks_ahead: int = WEEKS_AHEAD,
    *,
    weekly_goal: int = 1,
) -> list[WeekPlan]:
    """The week view: `weeks_back` weeks before the current one to `weeks_ahead` weeks after it."""
    current = IsoWeek.from_date(today)
    by_week = _posts_by_week(posts)
    rows = []
    for week in week_range(current.shift(-weeks_back), current.shift(weeks_ahead)):
        week_posts = tuple(sorted(by_week.get(week, ()), key=_sort_key))
        rows.append(
            WeekPlan(
                week=week,
                posts=week_posts,
                is_current=week == current,
                is_empty=not _is_covered(week_posts, weekly_goal),
                is_past=week < current,
            )
        )
    return rows


def _is_covered(week_posts: Iterable[Post], weekly_goal: int) -> bool:
    # A goal below one would make every week covered and the search for a free week endless.
    return _count(week_posts, COVERING_STATUSES) >= max(weekly_goal, 1)


def next_free_week(posts: Sequence[Post], today: date, *, weekly_goal: int = 1) -> IsoWeek:
    """The first week from the current one on that is not covered yet."""
    by_week = _posts_by_week(posts)
    week = IsoWeek.from_date(today)
    while _is_covered(by_week.get(week, ()), weekly_goal):
        week = week.next()
    return week


def schedule_post(post: Post, week: IsoWeek) -> Post:
    """A copy of the post placed in `week` and marked Geplant (a published post keeps its status)."""
    status = post.status if post.status is PostStatus.PUBLISHED else PostStatus.PLANNED
    planned_on = post.planned_on if post.planned_on and week.contains(post.planned_on) else None
    return dataclasses.replace(post, **week_fields(week), planned_on=planned_on, status=status)


def move_post(post: Post, weeks: int) -> Post:
    """A copy of the post moved `weeks` weeks later (earlier when negative), planned day included."""
    week = post_week(post)
    if week is None:
        raise ValueError("Eine Idee ohne Woche lässt sich nicht verschieben.")
    planned_on = post.planned_on + timedelta(weeks=weeks) if post.planned_on else None
    return dataclasses.replace(post, **week_fields(week.shift(weeks)), planned_on=planned_on)


@dataclass(frozen=True, slots=True)
class CadenceFigures:
    """The figures that tell whether the weekly rhythm holds."""

    current_week: IsoWeek
    streak_weeks: int
    published_52w: int
    goal_52w: int
    own_published: int
    shared_published: int
    next_free_week: IsoWeek
    open_weeks_ahead: tuple[IsoWeek, ...]
    last_published_week: IsoWeek | None
    verdict: str

    @property
    def own_share(self) -> float | None:
        """Share of own content among posts published in 52 weeks; None when there are none."""
        return self.own_published / self.published_52w if self.published_52w else None

    @property
    def year_posts(self) -> str:
        """Posts published in the last 52 weeks, own and shared: "3 Beiträge"."""
        return f"{self.published_52w} {'Beitrag' if self.published_52w == 1 else 'Beiträge'}"

    @property
    def year_goal(self) -> str:
        """What that count is measured against: "in 52 Wochen (Ziel: 50)"."""
        return f"in {YEAR_WINDOW_WEEKS} Wochen (Ziel: {self.goal_52w})"

    @property
    def summary(self) -> str:
        """The figures as one German line."""
        share = "–" if self.own_share is None else f"{round(self.own_share * 100)} %"
        free = "diese Woche" if self.next_free_week == self.current_week else self.next_free_week.short_label
        return (
            f"{weeks_text(self.streak_weeks)} in Folge · {self.year_posts} {self.year_goal}"
            f" · eigene Inhalte {share} · nächste freie Woche: {free}"
        )


def compute_cadence(posts: Sequence[Post], today: date, *, weekly_goal: int = 1) -> CadenceFigures:
    """The cadence figures for the plan as it stands on `today`."""
    current = IsoWeek.from_date(today)
    by_week = _posts_by_week(posts)
    published: Counter[IsoWeek] = Counter()
    year_start = current.shift(1 - YEAR_WINDOW_WEEKS)
    in_year = []
    for post in posts:
        week = published_week(post)
        if week is not None:
            published[week] += 1
            if year_start <= week <= current:
                in_year.append(post)
    own = sum(1 for p in in_year if p.own_content)
    open_ahead = tuple(
        week for week in week_range(current, current.shift(WEEKS_AHEAD))
        if not _is_covered(by_week.get(week, ()), weekly_goal)
    )
    past_published = [week for week, count in published.items() if count and week <= current]
    last_published = max(past_published, default=None)
    streak = _streak(published, current, weekly_goal)
    return CadenceFigures(
        current_week=current,
        streak_weeks=streak,
        published_52w=len(in_year),
        goal_52w=POSTING_WEEKS_PER_YEAR * max(weekly_goal, 1),
        own_published=own,
        shared_published=len(in_year) - own,
        next_free_week=next_free_week(posts, today, weekly_goal=weekly_goal),
        open_weeks_ahead=open_ahead,
        last_published_week=last_published,
        verdict=_verdict(current, streak, open_ahead, last_published, by_week),
    )


def _streak(published: Counter[IsoWeek], current: IsoWeek, weekly_goal: int) -> int:
    # The current week is still running, so a streak that ended last week has not broken yet.
    goal = max(weekly_goal, 1)
    week = current if published.get(current, 0) >= goal else current.prev()
    streak = 0
    while published.get(week, 0) >= goal:
        streak += 1
        week = week.prev()
    return streak


def weeks_text(count: int) -> str:
    """A number of weeks in German: "1 Woche", "3 Wochen"."""
    return f"{count} Woche" if count == 1 else f"{count} Wochen"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} und {names[-1]}"


def _week_name(week: IsoWeek, current: IsoWeek) -> str:
    return week.short_label if week.year == current.year else f"{week.short_label}/{week.year}"


# What an open week holds, as the verdict says it: (one week, several weeks); names go into {}.
_OPEN_WEEK_WORDS = {
    "empty": ("{} ist noch leer", "{} sind noch leer"),
    "partly": ("{} ist erst teilweise geplant", "{} sind erst teilweise geplant"),
    PostStatus.DRAFT: ("in {} liegt erst ein Entwurf", "in {} liegen erst Entwürfe"),
    PostStatus.IDEA: ("in {} liegt erst eine Idee", "in {} liegen erst Ideen"),
}


def _open_week_kind(week_posts: Sequence[Post]) -> str | PostStatus:
    # An open week may hold posts that do not cover it yet: those must not be called empty.
    if not week_posts:
        return "empty"
    if _count(week_posts, COVERING_STATUSES):
        return "partly"
    return PostStatus.DRAFT if _count(week_posts, frozenset({PostStatus.DRAFT})) else PostStatus.IDEA


def _open_weeks_text(weeks: list[IsoWeek], current: IsoWeek, by_week: dict[IsoWeek, list[Post]]) -> str:
    """`KW 48 ist noch leer und in KW 49 liegt erst ein Entwurf`: the open weeks grouped by what they hold,
    in the order of their first week."""
    groups: dict[str | PostStatus, list[str]] = {}
    for week in weeks:
        groups.setdefault(_open_week_kind(by_week.get(week, [])), []).append(_week_name(week, current))
    return _join([_OPEN_WEEK_WORDS[kind][len(names) > 1].format(_join(names)) for kind, names in groups.items()])


def _verdict(
    current: IsoWeek, streak: int, open_ahead: tuple[IsoWeek, ...], last_published: IsoWeek | None,
    by_week: dict[IsoWeek, list[Post]],
) -> str:
    this_week_open = current in open_ahead
    if last_published is None:
        if this_week_open:
            return "Noch kein Beitrag veröffentlicht – der Wochenrhythmus hat noch nicht begonnen."
        return "Noch kein Beitrag veröffentlicht – der erste ist für diese Woche geplant."
    if streak == 0:
        plan = "diese Woche ist noch nichts geplant" if this_week_open else "diese Woche ist ein Beitrag geplant"
        return (
            f"Der Rhythmus ist unterbrochen: der letzte Beitrag erschien in "
            f"{_week_name(last_published, current)}, {plan}."
        )
    if this_week_open:
        return f"Der Rhythmus wackelt: {weeks_text(streak)} in Folge, aber diese Woche ist noch kein Beitrag geplant."
    soon = [w for w in open_ahead if current.weeks_until(w) < SOON_WEEKS]
    if soon:
        return f"Der Rhythmus hält ({weeks_text(streak)} in Folge), aber {_open_weeks_text(soon, current, by_week)}."
    return f"Der Rhythmus hält: {weeks_text(streak)} in Folge, die nächsten {SOON_WEEKS} Wochen sind geplant."


def schedule_into_next_free_week(idea: Post, posts: Sequence[Post], today: date, *, weekly_goal: int = 1) -> Post:
    """A copy of the idea placed in the next free week and marked Geplant."""
    others = [p for p in posts if p is not idea]
    return schedule_post(idea, next_free_week(others, today, weekly_goal=weekly_goal))
