"""The content plan's use cases: each one transaction on the store, the same for screen and command line."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.io.plan_import import PlanImport
from advisor_tui.usecases import planning
from advisor_tui.usecases.plan_transfer import export_plan, import_plan
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
CURRENT = IsoWeek(2026, 48)


def week_of(post: Post) -> IsoWeek | None:
    return IsoWeek(post.iso_year, post.iso_week) if post.iso_week else None


def planned(store, title: str = "Nachfolge", week: IsoWeek = CURRENT, **fields) -> Post:
    saved = planning.save_post(store, Post(title, week.year, week.week, status=PostStatus.PLANNED, **fields))
    return saved.post


def test_save_post_adds_then_updates(store) -> None:
    saved = planning.save_post(store, Post("Idee ohne Woche"))
    assert saved.created and saved.post.id is not None
    edited = planning.save_post(store, Post("Idee, umbenannt", id=saved.post.id))
    assert not edited.created
    assert [p.title for p in store.plan.list()] == ["Idee, umbenannt"]


def test_save_post_refuses_an_incomplete_post_and_writes_nothing(store) -> None:
    with pytest.raises(ValueError, match="Der Titel fehlt"):
        planning.save_post(store, Post(" "))
    with pytest.raises(ValueError, match="braucht eine Woche"):
        planning.save_post(store, Post("Geplant ohne Woche", status=PostStatus.PLANNED))
    assert store.plan.list() == []


def test_a_post_deleted_in_another_window_is_reported_not_recreated(store) -> None:
    post = planned(store)
    assert planning.delete_post(store, post.id).title == "Nachfolge"
    for change in (lambda: planning.save_post(store, post), lambda: planning.move_post(store, post.id, 1),
                   lambda: planning.delete_post(store, post.id)):
        with pytest.raises(planning.PostGone, match="nicht mehr im Plan"):
            change()
    assert store.plan.list() == []


def test_move_post_shifts_week_and_day_and_keeps_the_status(store) -> None:
    post = planned(store, planned_on=date(2026, 11, 25))
    moved = planning.move_post(store, post.id, -2)
    assert week_of(moved) == IsoWeek(2026, 46) and moved.planned_on == date(2026, 11, 11)
    assert store.plan.get(post.id) == moved and moved.status is PostStatus.PLANNED


def test_an_idea_cannot_be_moved_by_weeks(store) -> None:
    idea = planning.save_post(store, Post("Idee")).post
    with pytest.raises(ValueError, match="Idee ohne Woche"):
        planning.move_post(store, idea.id, 1)


def test_move_to_ideas_takes_a_post_out_of_its_week(store) -> None:
    post = planned(store, planned_on=date(2026, 11, 25))
    idea = planning.move_to_ideas(store, post.id)
    assert store.plan.get(post.id) == idea
    assert (idea.iso_week, idea.planned_on, idea.status) == (None, None, PostStatus.IDEA)
    published = planning.mark_published(store, planned(store, "Erschienen").id)
    with pytest.raises(ValueError, match="bleibt in seiner Woche"):
        planning.move_to_ideas(store, published.id)


def test_schedule_idea_takes_the_next_week_without_a_committed_post(store) -> None:
    planned(store, "Diese Woche")
    idea = planning.save_post(store, Post("Idee")).post
    scheduled = planning.schedule_idea(store, idea.id, TODAY)
    assert week_of(scheduled) == IsoWeek(2026, 49) and scheduled.status is PostStatus.PLANNED
    assert store.plan.get(idea.id) == scheduled


def test_advance_status_steps_and_refuses_an_idea_without_week(store) -> None:
    idea = planning.save_post(store, Post("Idee")).post
    assert planning.advance_status(store, idea.id).status is PostStatus.DRAFT
    with pytest.raises(planning.NeedsWeek):
        planning.advance_status(store, idea.id)
    assert store.plan.get(idea.id).status is PostStatus.DRAFT  # nothing written


def test_mark_published_keeps_the_link(store) -> None:
    post = planned(store)
    published = planning.mark_published(store, post.id, " https://www.linkedin.com/posts/1 ")
    assert published.status is PostStatus.PUBLISHED
    assert store.plan.get(post.id).published_url == "https://www.linkedin.com/posts/1"


def test_read_plan_gives_weeks_ideas_figures_and_segment_names(demo_store) -> None:
    view = planning.read_plan(demo_store, TODAY)
    assert len(view.weeks) == 17 and len(view.ideas) == 3
    assert view.figures.current_week == IsoWeek(2026, 48)
    assert view.segment_names and len(set(view.segment_names)) == len(view.segment_names)


def test_import_plan_adds_only_posts_not_planned_yet(store) -> None:
    planned(store, "Nachfolge  früh planen")
    parsed = PlanImport(posts=[Post("nachfolge früh planen", 2026, 48), Post("Neu", 2026, 49),
                               Post("Neu", 2026, 49)], skipped=[(4, "Woche fehlt")])
    result = import_plan(store, parsed)
    assert (result.added, result.unchanged) == (1, 2)
    assert result.as_json()["skipped"] == [{"line": 4, "reason": "Woche fehlt"}]
    assert sorted(p.title for p in store.plan.list()) == ["Nachfolge  früh planen", "Neu"]


def test_export_plan_writes_csv_and_calendar(demo_store) -> None:
    csv_text = export_plan(demo_store, "csv", now=FIXED_NOW).decode("utf-8")
    assert csv_text.count("\n") >= len(demo_store.plan.list())
    assert export_plan(demo_store, "ics", now=FIXED_NOW).startswith(b"BEGIN:VCALENDAR")
