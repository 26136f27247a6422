"""The Redaktionsplan's and the post editor's state without a screen: selection, keys, checks, saving."""

from __future__ import annotations

from datetime import date

from advisor_tui.domain.courtesy import Finding, Severity
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.usecases.plan_editing import PlanEditing, PlanList, week_rows
from advisor_tui.usecases.planning import read_plan
from advisor_tui.usecases.post_editing import PostEditing, PostForm
from tests.conftest import FIXED_NOW

CURRENT = IsoWeek(2026, 48)


def plan_state(demo_store) -> PlanEditing:
    state = PlanEditing()
    state.show(read_plan(demo_store, FIXED_NOW.date()))
    return state


def on_week(state: PlanEditing, week: IsoWeek) -> None:
    state.week_row = next(i for i, row in enumerate(state.rows) if row.week == week)


def test_week_rows_give_one_row_per_post_and_one_per_empty_week(demo_store) -> None:
    state = plan_state(demo_store)
    assert state.rows == week_rows(state.view.weeks)
    assert len({row.week for row in state.rows}) == 17
    assert sum(1 for row in state.rows if row.post is not None) == sum(len(w.posts) for w in state.view.weeks)


def test_nothing_loaded_means_no_post_and_greyed_keys() -> None:
    state = PlanEditing()
    assert not state.loaded and state.current_post() is None and state.current_week() is None
    assert state.allows("edit") is None and state.allows("new") is True and state.to_edit() is None


def test_keys_follow_the_list_in_use_and_the_row_under_the_cursor(demo_store) -> None:
    state = plan_state(demo_store)
    on_week(state, CURRENT)
    assert state.current_post().title.startswith("Betriebsmittel")
    assert state.allows("move") is True and state.allows("schedule") is False
    on_week(state, IsoWeek(2026, 50))  # a week without posts
    assert state.current_post() is None and state.current_week() == IsoWeek(2026, 50)
    assert state.allows("move") is None and state.allows("delete") is None and state.allows("new") is True
    state.focus = PlanList.IDEAS
    assert state.current_week() is None and state.current_post() is state.ideas[0]
    assert state.allows("move") is False and state.allows("schedule") is True


def test_a_published_post_has_no_next_status(demo_store) -> None:
    state = plan_state(demo_store)
    state.week_row = next(i for i, row in enumerate(state.rows)
                          if row.post and row.post.status is PostStatus.PUBLISHED)
    assert state.allows("advance_status") is None and state.allows("edit") is True


def test_new_post_and_edit_target_depend_on_where_the_cursor_is(demo_store) -> None:
    state = plan_state(demo_store)
    on_week(state, IsoWeek(2026, 50))
    post, is_new = state.to_edit()
    assert is_new and (post.iso_year, post.iso_week, post.status) == (2026, 50, PostStatus.PLANNED)
    on_week(state, CURRENT)
    post, is_new = state.to_edit()
    assert not is_new and post.title.startswith("Betriebsmittel")
    state.focus = PlanList.IDEAS
    assert state.new_post().iso_week is None and state.new_post().status is PostStatus.IDEA


def test_the_followed_post_is_given_once(demo_store) -> None:
    state = plan_state(demo_store)
    idea = state.ideas[1]
    state.follow = idea.id
    assert state.take_follow() == idea.id and state.take_follow() is None
    assert state.idea_index(idea.id) == 1 and state.idea_index(-1) is None


def form(**changes) -> PostForm:
    fields = dict(title=" Nachfolge ", body="Text  \n", channel="linkedin", status=PostStatus.PLANNED,
                  own_content=True, target_segment="", day="", source="", published_url="")
    return PostForm(**{**fields, **changes})


def test_editor_heading_and_segment_hint() -> None:
    idea = PostEditing(Post("Idee"), segment_names=["Handwerk", "", "Handwerk"], is_new=True)
    assert idea.heading == "Neuer Beitrag – Ideenspeicher (ohne Woche)"
    assert idea.segments == ["Handwerk"] and idea.segment_hint == "Segmente: Handwerk"
    planned = PostEditing(Post("X", 2026, 50), segment_names=[f"S{i}" for i in range(10)])
    assert planned.heading.startswith("Beitrag bearbeiten – KW 50")
    assert planned.segment_hint.endswith("S7 …")
    assert "freier Text" in PostEditing(Post("X")).segment_hint


def test_editor_counts_against_the_channel_of_the_moment() -> None:
    editing = PostEditing(Post("X", 2026, 48))
    editing.edit_body("x" * 150)
    assert editing.count_line.startswith("150 / 3.000 Zeichen · Falz")
    editing.choose_platform("xing")
    assert editing.platform == "xing" and editing.figures.length == 150


def test_only_the_latest_check_is_shown() -> None:
    editing = PostEditing(Post("X"))
    old = editing.edit_body("Wir habn")
    new = editing.edit_body("Wir habn eine Qwxyzliste")
    typo = Finding("spelling-unknown", Severity.WARNING, "Unbekanntes Wort", 14, 24)
    assert not editing.take_findings(old, [])
    assert editing.take_findings(new, [typo])
    assert editing.unknown_word == "Qwxyzliste"
    assert editing.finding_lines == ["Warnung: Unbekanntes Wort", "Strg+B nimmt „Qwxyzliste“ ins Wörterbuch auf."]
    editing.known_words = frozenset({"x"})
    again = editing.word_added()
    assert editing.known_words is None and editing.unknown_word == "" and again.number > new.number


def test_more_than_six_findings_are_summed_up() -> None:
    editing = PostEditing(Post("X"))
    request = editing.edit_body("Text")
    hints = [Finding("du-form", Severity.HINT, f"Hinweis {i}", 0, 1) for i in range(8)]
    editing.take_findings(request, hints)
    assert len(editing.finding_lines) == 7 and editing.finding_lines[-1] == "… und 2 weitere Hinweise"


def test_finish_gives_the_post_or_the_problems() -> None:
    editing = PostEditing(Post("Alt", 2026, 48, status=PostStatus.PLANNED, id=7))
    post = editing.finish(form(day="02.12.2026"))
    assert isinstance(post, Post) and post.id == 7 and post.title == "Nachfolge" and post.body == "Text"
    assert (post.iso_week, post.planned_on) == (49, date(2026, 12, 2))
    assert editing.finish(form(day="31.02.2026")) == ["„31.02.2026“ ist kein Datum (erwartet z. B. 23.11.2026)."]
    assert editing.finish(form(title=" ")) == ["Der Titel fehlt."]
    idea = PostEditing(Post("Idee"))
    assert idea.finish(form())[0].endswith("braucht eine Woche: bitte einen Tag angeben.")


def test_errors_to_confirm_count_the_error_findings_of_the_body_to_save() -> None:
    editing = PostEditing(Post("Alt", 2026, 48, status=PostStatus.PLANNED))
    du = editing.finish(form(body="Kannst du uns helfen? Wir zeigen dir, wie es geht."))
    assert isinstance(du, Post) and editing.errors_to_confirm(du) == 3
    assert editing.errors_to_confirm(editing.finish(form(body="Wir habn eine Checkliste."))) == 0  # spelling warns
