"""Plan, move, schedule, publish and delete posts of the content plan: one transaction each."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from advisor_tui.domain.courtesy.audit import publish_findings
from advisor_tui.domain.courtesy.findings import Finding
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.numbers import counted
from advisor_tui.domain.plan import cadence
from advisor_tui.domain.plan.cadence import CadenceFigures, WeekPlan, compute_cadence, ideas, plan_weeks, post_week
from advisor_tui.domain.plan.post_body import next_status, post_problems
from advisor_tui.store.store import Store, UnitOfWork


class PostGone(LookupError):
    """The post was deleted meanwhile (in another window); the message is one German line."""

    def __init__(self) -> None:
        super().__init__("Der Beitrag steht nicht mehr im Plan (in einem anderen Fenster gelöscht?).")


class PublishRisks(Exception):
    """A post was to become Veröffentlicht with risky findings in its text; nothing was written.

    The front end shows the findings and either repeats the call with `accept_risks=True` or goes back to editing.
    """

    def __init__(self, post: Post, findings: list[Finding]) -> None:
        super().__init__(f"„{post.title}“ enthält {counted(len(findings), 'heikle Stelle', 'heikle Stellen')}.")
        self.post = post
        self.findings = findings


def _guard_publishing(before: Post | None, after: Post, accept_risks: bool) -> None:
    """Refuse to make a post Veröffentlicht while its text has audit findings, unless they were accepted."""
    if accept_risks or after.status is not PostStatus.PUBLISHED:
        return
    if before is not None and before.status is PostStatus.PUBLISHED:
        return
    findings = publish_findings(after)
    if findings:
        raise PublishRisks(after, findings)


class NeedsWeek(ValueError):
    """A status that commits to a week was asked of an idea without a week."""

    def __init__(self) -> None:
        super().__init__("Eine Idee ohne Woche muss zuerst eingeplant werden.")


@dataclass(frozen=True, slots=True)
class PlanView:
    """What the content plan shows as of `today`: every post, the week view, the backlog and the figures."""

    posts: list[Post]
    weeks: list[WeekPlan]
    ideas: list[Post]
    figures: CadenceFigures
    weekly_goal: int
    segment_names: list[str]


def read_plan(store: Store, today: date) -> PlanView:
    """The plan with weeks, ideas, figures and the segment names the editor suggests."""
    posts = store.plan.list()
    goal = store.settings.load().weekly_post_goal
    segments = [s.name for s in store.settings.segments()]
    segments += sorted({p.target_segment for p in posts if p.target_segment} - set(segments))
    return PlanView(posts, plan_weeks(posts, today, weekly_goal=goal), ideas(posts),
                    compute_cadence(posts, today, weekly_goal=goal), goal, segments)


@dataclass(frozen=True, slots=True)
class SavedPost:
    """A post as stored, and whether it was new."""

    post: Post
    created: bool


def save_post(store: Store, post: Post, today: date | None = None, *, accept_risks: bool = False) -> SavedPost:
    """Add a new post (no id) or save an edited one; ValueError with the German problems when it is incomplete,
    PublishRisks when it becomes Veröffentlicht with risky findings not accepted.

    A post saved as Veröffentlicht without a publish day went online `today` (default: the calendar's today).
    """
    problems = post_problems(post)
    if problems:
        raise ValueError(" ".join(problems))
    post = _published_today(post, today)
    with store.transaction() as unit:
        if post.id is None:
            _guard_publishing(None, post, accept_risks)
            return SavedPost(dataclasses.replace(post, id=unit.plan.add(post)), created=True)
        stored = unit.plan.get(post.id)
        if stored is None:
            raise PostGone
        _guard_publishing(stored, post, accept_risks)
        unit.plan.update(post)
        return SavedPost(post, created=False)


def delete_post(store: Store, post_id: int) -> Post:
    """Remove a post from the plan; returns what was deleted."""
    with store.transaction() as unit:
        post = _existing(unit, post_id)
        unit.plan.delete(post_id)
        return post


def move_post(store: Store, post_id: int, weeks: int) -> Post:
    """Move a post `weeks` weeks later (earlier when negative), its planned day with it; status stays."""
    return _change(store, post_id, lambda post, _unit: cadence.move_post(post, weeks))


def move_to_ideas(store: Store, post_id: int) -> Post:
    """Take a post out of its week back into the ideas backlog (a published post stays where it appeared)."""

    def unschedule(post: Post, _unit: UnitOfWork) -> Post:
        if post.status is PostStatus.PUBLISHED:
            raise ValueError("Ein veröffentlichter Beitrag bleibt in seiner Woche.")
        return dataclasses.replace(post, iso_year=None, iso_week=None, planned_on=None, status=PostStatus.IDEA)

    return _change(store, post_id, unschedule)


def schedule_idea(store: Store, post_id: int, today: date) -> Post:
    """Put an idea into the next week from `today` on that still lacks a committed post; it becomes Geplant."""

    def schedule(idea: Post, unit: UnitOfWork) -> Post:
        others = [p for p in unit.plan.list() if p.id != idea.id]
        goal = unit.settings.load().weekly_post_goal
        return cadence.schedule_into_next_free_week(idea, others, today, weekly_goal=goal)

    return _change(store, post_id, schedule)


def advance_status(store: Store, post_id: int, today: date | None = None, *, accept_risks: bool = False) -> Post:
    """Set the next status (Idee → Entwurf → Geplant → Veröffentlicht); NeedsWeek for an idea without a week,
    PublishRisks before Veröffentlicht when the text has risky findings not accepted.

    A post becoming Veröffentlicht without a publish day went online `today` (default: the calendar's today).
    """
    return _change(store, post_id, lambda post, _unit: _with_status(post, next_status(post.status), today),
                   accept_risks)


def mark_published(store: Store, post_id: int, url: str = "", today: date | None = None, *,
                   accept_risks: bool = False) -> Post:
    """Mark a post Veröffentlicht, with the link to it when given; NeedsWeek for an idea without a week,
    PublishRisks when the text has risky findings not accepted.

    Its publish day is `today` (default: the calendar's today) unless it already has one.
    """

    def publish(post: Post, _unit: UnitOfWork) -> Post:
        published = _with_status(post, PostStatus.PUBLISHED, today)
        return dataclasses.replace(published, published_url=url.strip()) if url.strip() else published

    return _change(store, post_id, publish, accept_risks)


def _with_status(post: Post, status: PostStatus, today: date | None) -> Post:
    if status in cadence.COVERING_STATUSES and post_week(post) is None:
        raise NeedsWeek
    return _published_today(dataclasses.replace(post, status=status), today)


def _published_today(post: Post, today: date | None) -> Post:
    """The post with its publish day set to `today` when it is Veröffentlicht and has none yet."""
    if post.status is not PostStatus.PUBLISHED or post.published_on is not None:
        return post
    return dataclasses.replace(post, published_on=today or date.today())


def _existing(unit: UnitOfWork, post_id: int) -> Post:
    post = unit.plan.get(post_id)
    if post is None:
        raise PostGone
    return post


def _change(store: Store, post_id: int, change: Callable[[Post, UnitOfWork], Post], accept_risks: bool = False) -> Post:
    """Read the post, change it and save it in one transaction, so another window cannot slip in between."""
    with store.transaction() as unit:
        before = _existing(unit, post_id)
        changed = change(before, unit)
        _guard_publishing(before, changed, accept_risks)
        unit.plan.update(changed)
        return changed
