"""Pilot tests: the Redaktionsplan week view, moving, scheduling ideas, the editor, deleting, export."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar
from textual.widgets import Input

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.plan_dialogs import PlanExportDialog
from advisor_tui.ui.dialogs.post_editor import PostBody, PostEditor
from advisor_tui.ui.screens.redaktionsplan import RedaktionsplanScreen
from advisor_tui.ui.widgets.week_list import EMPTY_TEXT, WeekTable
from advisor_tui.usecases import planning
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of

CURRENT = IsoWeek(2026, 48)


def post_by_title(store, start: str):
    """The stored post whose title starts with `start`."""
    return next(p for p in store.plan.list() if p.title.startswith(start))


def week_of(post) -> IsoWeek | None:
    return IsoWeek(post.iso_year, post.iso_week) if post.iso_week else None


async def open_plan(pilot, week: IsoWeek | None = None) -> RedaktionsplanScreen:
    """Switch to the plan and, if given, put the cursor on a week."""
    await settle(pilot)
    await pilot.press("r")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, RedaktionsplanScreen)
    if week is not None:
        assert screen.weeks_table.select_week(week)
        await pilot.pause()
    return screen


async def open_editor(pilot, key: str = "e") -> PostEditor:
    """Open the plan and the editor on the post under the cursor."""
    await open_plan(pilot)
    await pilot.press(key)
    await settle(pilot)
    editor = pilot.app.screen
    assert isinstance(editor, PostEditor)
    return editor


def table_cells(table: WeekTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_week_view_shows_weeks_gaps_current_week_figures_and_keys(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        table = screen.weeks_table
        weeks = {row.week for row in table.week_rows}
        assert min(weeks) == IsoWeek(2026, 44) and max(weeks) == IsoWeek(2027, 7) and len(weeks) == 17
        cells = table_cells(table)
        assert ["KW 46 · 09.–15.11.2026", EMPTY_TEXT] == cells[2][:2]
        current = next(row for row in cells if row[0].startswith("▶"))
        assert current[0] == "▶ KW 48 · 23.–29.11.2026" and current[1].startswith("Betriebsmittelfinanzierung")
        assert current[2:4] == ["LinkedIn", "Geplant"]
        assert current[5].startswith("Unternehmer Ba")
        assert table.current_row.week == CURRENT  # the cursor starts on this week
        empty_style = table.get_row_at(2)[1].style
        assert empty_style.bold and empty_style.color is not None
        assert "1 Woche" in text_of(demo_app, "#cadence-streak")
        # The demo's year of posts (demo_results.history_posts) and the plan's three published ones.
        assert text_of(demo_app, "#cadence-published") == "40 Beiträge\nin 52 Wochen (Ziel: 50)"
        own = text_of(demo_app, "#cadence-own")
        assert "90 %" in own and "eigene Inhalte (36 von 40)" in own
        assert text_of(demo_app, "#cadence-free") == "KW 49\nnächste Woche ohne Plan"  # its dates are in the weeks
        assert text_of(demo_app, "#cadence-verdict").startswith("Der Rhythmus hält")
        assert "Ideenspeicher (3)" in text_of(demo_app, "#ideas-title")
        assert screen.weeks_table.select_week(IsoWeek(2026, 50))  # a week without posts
        await pilot.pause()
        assert screen.check_action("move", (1,)) is None
        assert screen.check_action("delete", ()) is None
        assert screen.check_action("schedule", ()) is False  # belongs to the ideas list
        assert screen.check_action("new", ()) is True


async def test_plus_and_minus_move_a_post_between_weeks(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        await pilot.press("plus")
        await settle(pilot)
        assert week_of(post_by_title(demo_store, "Betriebsmittel")) == IsoWeek(2026, 49)
        assert screen.weeks_table.current_row.post.title.startswith("Betriebsmittel")  # the cursor follows
        await pilot.press("minus", "minus")
        await settle(pilot)
        assert week_of(post_by_title(demo_store, "Betriebsmittel")) == IsoWeek(2026, 47)
        assert post_by_title(demo_store, "Betriebsmittel").status is PostStatus.PLANNED


async def test_plus_onto_a_holiday_says_so(demo_app, demo_store) -> None:
    post = post_by_title(demo_store, "Förderkredite")  # alone in KW 51
    planning.save_post(demo_store, replace(post, planned_on=date(2026, 12, 17)))
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, IsoWeek(2026, 51))
        await pilot.press("plus")
        await settle(pilot)
        assert post_by_title(demo_store, "Förderkredite").planned_on == date(2026, 12, 24)
        assert any("24.12.2026 ist Heiligabend" in n.message for n in demo_app._notifications)


async def test_saving_a_post_onto_a_holiday_in_the_editor_says_so(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot)
        editor.query_one("#post-day", Input).value = "25.12.2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(demo_app.screen, RedaktionsplanScreen)
        assert post_by_title(demo_store, "Betriebsmittel").planned_on == date(2026, 12, 25)
        warned = [n for n in demo_app._notifications if "25.12.2026 ist ein Feiertag (1. Weihnachtstag)" in n.message]
        assert warned and warned[0].severity == "warning" and "gespeichert" in warned[0].message


async def test_p_schedules_an_idea_into_the_next_free_week(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        await pilot.press("tab")
        assert demo_app.focused is screen.ideas_table
        assert screen.check_action("move", (1,)) is False
        await pilot.press("p")
        await settle(pilot)
        idea = post_by_title(demo_store, "Was Banken")
        assert week_of(idea) == IsoWeek(2026, 49)  # KW 48 holds a planned post, KW 49 only a draft
        assert idea.status is PostStatus.PLANNED
        assert "Ideenspeicher (2)" in text_of(demo_app, "#ideas-title")
        assert demo_app.focused is screen.weeks_table
        assert screen.weeks_table.current_row.post.id == idea.id
        assert "KW 50" in text_of(demo_app, "#cadence-free")


async def test_editor_changes_title_body_and_day(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot)
        await pilot.press("e")
        await settle(pilot)
        editor = demo_app.screen
        assert isinstance(editor, PostEditor)
        assert "KW 48" in text_of(demo_app, "#post-heading")
        await pilot.press("end")
        await enter_text(pilot, " 2027")
        await pilot.press("tab")
        assert demo_app.focused is editor.query_one(PostBody)
        await enter_text(pilot, "Liquidität sichern. " * 8)
        await settle(pilot)
        count = text_of(demo_app, "#post-count")
        assert count.startswith("159 / 3.000 Zeichen") and "Zeile 1, Spalte 141" in count
        editor.query_one("#post-day", Input).value = "02.12.2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(demo_app.screen, RedaktionsplanScreen)
        post = post_by_title(demo_store, "Betriebsmittel")
        assert post.title == "Betriebsmittelfinanzierung im Baugewerbe 2027"
        assert post.body.startswith("Liquidität sichern.") and len(post.body) == 159
        assert week_of(post) == IsoWeek(2026, 49) and str(post.planned_on) == "2026-12-02"


async def test_editor_refuses_a_bad_day_and_escape_discards(demo_app, demo_store) -> None:
    before = post_by_title(demo_store, "Betriebsmittel")
    async with demo_app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, "enter")
        editor.query_one("#post-day", Input).value = "31.02.2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert demo_app.screen is editor
        assert "kein Datum" in text_of(demo_app, "#post-problems")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(demo_app.screen, RedaktionsplanScreen)
    assert post_by_title(demo_store, "Betriebsmittel") == before


async def test_editor_lists_findings_and_greys_the_text_behind_the_fold(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("tab")
        await enter_text(pilot, "Wir habn eine Checkliste.")
        await settle(pilot)
        assert "habn" in text_of(demo_app, "#post-findings")
        body = demo_app.screen.query_one(PostBody)
        body.text = "x" * 150
        await settle(pilot)
        spans = body.get_line(0).spans
        assert any(span.start == 140 and span.end == 150 and span.style.italic for span in spans)
        assert any(span.start == 140 and span.end == 141 and span.style.underline for span in spans)


async def test_saving_a_post_with_errors_asks_first_and_no_keeps_the_editor(demo_app, demo_store) -> None:
    before = post_by_title(demo_store, "Betriebsmittel")
    async with demo_app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot)
        editor.query_one(PostBody).load_text("Kannst du uns helfen? Wir zeigen dir, wie es geht.")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(demo_app.screen, ConfirmDialog)
        assert "3 Fehler" in text_of(demo_app, "#confirm-text")
        await pilot.press("escape")  # Nein: back in the editor, nothing saved
        await settle(pilot)
        assert demo_app.screen is editor
        assert post_by_title(demo_store, "Betriebsmittel") == before
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(demo_app.screen, RedaktionsplanScreen)
    assert post_by_title(demo_store, "Betriebsmittel").body.startswith("Kannst du uns helfen?")


async def test_a_creates_a_post_in_an_empty_week(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, IsoWeek(2026, 50))
        await pilot.press("a")
        await settle(pilot)
        assert "Neuer Beitrag – KW 50" in text_of(demo_app, "#post-heading")
        await pilot.press("ctrl+s")  # no title yet
        await pilot.pause()
        assert "Der Titel fehlt." in text_of(demo_app, "#post-problems")
        await enter_text(pilot, "Jahresausblick 2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        post = post_by_title(demo_store, "Jahresausblick")
        assert week_of(post) == IsoWeek(2026, 50) and post.status is PostStatus.PLANNED
        row = screen.weeks_table.current_row
        assert row.post.id == post.id
        assert not any(str(r[1]) == EMPTY_TEXT for r in table_cells(screen.weeks_table) if "KW 50 " in r[0])


async def test_delete_asks_first(demo_app, demo_store) -> None:
    count = len(demo_store.plan.list())
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot)
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(demo_app.screen, ConfirmDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert len(demo_store.plan.list()) == count
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("j")
        await settle(pilot)
        assert len(demo_store.plan.list()) == count - 1
        assert not any(p.title.startswith("Betriebsmittel") for p in demo_store.plan.list())
        assert "diese Woche" in text_of(demo_app, "#cadence-free")


async def test_s_advances_the_status(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, IsoWeek(2026, 49))
        await pilot.press("s")
        await settle(pilot)
        assert post_by_title(demo_store, "Checkliste").status is PostStatus.PLANNED
        await pilot.press("s")
        await settle(pilot)
        published = post_by_title(demo_store, "Checkliste")  # out today, as the app counts days
        assert published.status is PostStatus.PUBLISHED and published.published_on == demo_app.today
        await pilot.press("tab", "s", "s")  # an idea becomes a draft, but not Geplant without a week
        await settle(pilot)
        assert post_by_title(demo_store, "Was Banken").status is PostStatus.DRAFT
        assert any("zuerst mit p einplanen" in n.message for n in demo_app._notifications)


async def test_x_exports_a_private_calendar(demo_app, demo_store, tmp_path) -> None:
    target = tmp_path / "plan.ics"
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = demo_app.screen
        assert isinstance(dialog, PlanExportDialog)
        assert dialog.query_one(Input).value == f"~/redaktionsplan-{demo_app.today.isoformat()}.ics"
        dialog.query_one(Input).value = str(tmp_path / "fehlt" / "plan.ics")
        await pilot.press("enter")
        await pilot.pause()
        assert demo_app.screen is dialog  # stays open with the reason
        assert "existiert nicht" in text_of(demo_app, "#export-problem")
        dialog.query_one(Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(demo_app.screen, RedaktionsplanScreen)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == sum(1 for p in demo_store.plan.list() if p.iso_week is not None)
    assert not (tmp_path / "fehlt").exists()


async def test_editor_adds_the_marked_word_to_the_dictionary(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_plan(pilot)
        await pilot.press("e")
        await settle(pilot)
        editor = demo_app.screen
        body = editor.query_one(PostBody)
        body.load_text("Unser Qwxyzforum zeigt, wie Familienunternehmen ihre Liquidität sichern.")
        await settle(pilot)
        assert editor.unknown_word == "Qwxyzforum"
        assert "Strg+B" in text_of(demo_app, "#post-findings")
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert demo_store.words.list() == ["Qwxyzforum"]
        assert editor.unknown_word == ""
        assert "Qwxyzforum" not in text_of(demo_app, "#post-findings")


def count_reloads(screen: RedaktionsplanScreen) -> list[int]:
    """Record every reload the screen starts from now on."""
    calls: list[int] = []
    load = screen.reload

    def counted() -> None:
        calls.append(1)
        load()

    screen.reload = counted  # type: ignore[method-assign]
    return calls


async def test_a_dialog_that_wrote_nothing_does_not_reload_the_plan(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        reloads = count_reloads(screen)
        for key in ("e", "delete", "x"):  # editor, confirmation, export: each closed with Esc
            await pilot.press(key)
            await settle(pilot)
            assert demo_app.screen is not screen
            await pilot.press("escape")
            await settle(pilot)
            assert demo_app.screen is screen
        assert reloads == []
        await pilot.press("e")
        await settle(pilot)
        planning.save_post(demo_store, Post("Aus dem anderen Fenster"))  # another window adds an idea meanwhile
        await pilot.press("escape")
        await settle(pilot)
        assert reloads == [1]
        assert "Ideenspeicher (4)" in text_of(demo_app, "#ideas-title")


async def test_moving_a_post_deleted_in_another_window_says_so_and_shows_the_plan(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        gone = screen.current_post()
        planning.delete_post(demo_store, gone.id)
        await pilot.press("plus")
        await settle(pilot)
        assert any("nicht mehr im Plan" in n.message for n in demo_app._notifications)
        assert all(row.post is None or row.post.id != gone.id for row in screen.weeks_table.week_rows)
        assert post_by_title(demo_store, "Checkliste").iso_week == 49  # nothing else moved


@pytest.fixture
def demo_app(demo_store):
    """The app on the demo store, opened on the plan (the view under test)."""
    return make_app(demo_store, now=FIXED_NOW, start="redaktionsplan")
