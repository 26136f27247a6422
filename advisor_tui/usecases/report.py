"""The quarter report for the manager: every figure read once, with three plain sentences made from them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from advisor_tui.domain.audience.models import Scope
from advisor_tui.domain.audience.target import AudienceReport
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.network.relevance import compose_counts
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.plan.weeks import IsoWeek, week_range
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.report import NamedStep, QuarterReport
from advisor_tui.domain.results.stages import STAGE_LABELS, StageChange, by_contact, current_stage
from advisor_tui.domain.results.summary import CadenceInQuarter, NetworkChange, summary_sentences
from advisor_tui.store.store import Store
from advisor_tui.usecases.audience import read_audience
from advisor_tui.usecases.feedback import read_quarter
from advisor_tui.usecases.results import results_of


def _post_day(post: Post) -> date | None:
    week = post_week(post)
    return post.published_on or (week.monday if week else None)


def _cadence(posts: list[Post], quarter: Quarter, until: date, weekly_goal: int) -> CadenceInQuarter:
    published = [p for p in posts if p.status is PostStatus.PUBLISHED
                 and (day := _post_day(p)) is not None and quarter.contains(day)]
    days = max((min(until, quarter.end) - quarter.start).days + 1, 0)
    weeks = -(-days // 7)
    return CadenceInQuarter(len(published), sum(1 for p in published if p.own_content), weeks * weekly_goal, weeks)


def _posts_per_week(posts: list[Post], quarter: Quarter) -> tuple[tuple[IsoWeek, int], ...]:
    weeks = week_range(IsoWeek.from_date(quarter.start), IsoWeek.from_date(quarter.end))
    counts = dict.fromkeys(weeks, 0)
    for post in posts:
        day = _post_day(post) if post.status is PostStatus.PUBLISHED else None
        if day is not None and quarter.contains(day):
            counts[IsoWeek.from_date(day)] = counts.get(IsoWeek.from_date(day), 0) + 1
    return tuple(counts.items())


def build_report(store: Store, quarter: Quarter, today: date, *, with_names: bool = False) -> QuarterReport:
    """Read what the report needs; names of clients only when asked for."""
    settings = store.settings.load()
    posts = store.plan.list()
    goal = max(settings.weekly_post_goal, 1)
    cadence = _cadence(posts, quarter, today, goal)
    start = compose_counts(store.contacts.tag_counts(quarter.start - timedelta(days=1)))
    end = compose_counts(store.contacts.tag_counts(min(quarter.end, today)))
    changes = store.results.changes()
    results = results_of(store, quarter, changes)
    change = NetworkChange(start.total, end.total, start.target_share, end.target_share)
    audience = quarter_audience(read_audience(store).reports, quarter)
    feedback = read_quarter(store, quarter).figures
    return QuarterReport(
        quarter=quarter, made_on=today, advisor=settings.advisor_name, institution=settings.own_institution,
        cadence=cadence, posts_per_week=_posts_per_week(posts, quarter), weekly_goal=goal,
        network_start=start, network_end=end, results=results,
        summary=summary_sentences(quarter.label, cadence, change, results,
                                  audience.target_share if audience is not None else None),
        names=_names(store, quarter, changes) if with_names else (),
        audience=audience, feedback=feedback,
    )


def quarter_audience(reports: Sequence[AudienceReport], quarter: Quarter) -> AudienceReport | None:
    """The demographics that speak for the quarter: a table whose window ends in it (the latest), the viewers of
    the content before the followers; None when no imported window reaches the quarter."""
    def fits(report: AudienceReport) -> bool:
        period = report.period
        return period is not None and period.end >= quarter.start and period.start <= quarter.end

    chosen = [r for r in reports if fits(r)]
    chosen.sort(key=lambda r: (r.period.end if r.period else quarter.start, r.scope is Scope.CONTENT))
    return chosen[-1] if chosen else None


def _names(store: Store, quarter: Quarter, changes: list[StageChange]) -> tuple[NamedStep, ...]:
    """The people whose steps in the quarter make up the funnel, latest step each."""
    steps = by_contact(change for change in changes if quarter.contains(change.on))
    named = [NamedStep(person.full_name, person.company, STAGE_LABELS[current_stage(steps[person.id])],
                       max(change.on for change in steps[person.id]))
             for person in store.contacts.of(steps) if person.id is not None]
    return tuple(sorted(named, key=lambda n: (n.on, n.name)))
