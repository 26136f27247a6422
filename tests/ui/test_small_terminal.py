"""At 80x24 every view keeps a useful list and every dialog fits, with its buttons reachable."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.widgets import Checkbox, Footer, SelectionList

from advisor_tui.store.store import Store
from advisor_tui.ui.app import AdvisorApp, make_app
from scripts.scenarios import Typed, play
from tests.conftest import FIXED_NOW
from tests.ui.conftest import settle

SMALL = (80, 24)
OPEN_SETTINGS = ("ctrl+p", Typed("Einstellungen"), "enter")


def visible_rows(app: AdvisorApp, selector: str) -> int:
    """How many body rows of a table are on screen, above the footer."""
    table = app.screen.query_one(selector)
    bottom = min(table.region.bottom, app.screen.query_one(Footer).region.y)
    return bottom - table.region.y - 1  # the header row


async def test_kontakte_shows_ten_rows_at_80x24_with_and_without_the_tagging_queue(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ("k",))
        assert visible_rows(app, "#contacts") >= 10
        await play(pilot, ("t",))
        assert visible_rows(app, "#contacts") >= 10
        tagging = app.screen.query_one("#tagging")
        assert tagging.display and tagging.region.bottom <= app.screen.query_one("#contacts").region.y


def looks_ticked(style: Style) -> bool:
    """Whether a tick box's "X" can be seen: drawn in another colour than its box."""
    return style.color is not None and style.color != style.bgcolor


async def test_ticked_and_unticked_boxes_look_different(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ("k", "f", "space"))
        roles = app.screen.query_one("#filter-roles", SelectionList)
        assert len(roles.selected) == 1
        assert not looks_ticked(roles.get_component_rich_style("selection-list--button"))
        assert not looks_ticked(roles.get_component_rich_style("selection-list--button-highlighted"))
        assert looks_ticked(roles.get_component_rich_style("selection-list--button-selected"))
        assert looks_ticked(roles.get_component_rich_style("selection-list--button-selected-highlighted"))
        await play(pilot, ("escape", *OPEN_SETTINGS))
        premium = app.screen.query_one("#linkedin_premium", Checkbox)
        assert looks_ticked(premium.get_component_rich_style("toggle--button")) == premium.value
        premium.toggle()
        await settle(pilot)
        assert looks_ticked(premium.get_component_rich_style("toggle--button")) == premium.value


def on_screen(app: AdvisorApp, selector: str) -> bool:
    """Whether the widget is drawn where the advisor can see and click it (not hidden under or beside others)."""
    widget = app.screen.query_one(selector)
    x, y = widget.region.center
    try:
        shown, _region = app.screen.get_widget_at(x, y)
    except Exception:  # outside the screen
        return False
    return shown is widget or widget in shown.ancestors


async def test_settings_open_with_the_first_label_in_view_and_the_buttons_stay_in_view_at_80x24(
        demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, OPEN_SETTINGS)
        assert app.focused is app.screen.query_one("#advisor_name")
        assert app.screen.query_one("#settings-body").scroll_y == 0
        assert on_screen(app, "#save") and on_screen(app, "#cancel")
        assert app.screen.query_one("#settings-body").max_scroll_y > 0  # the fields scroll between them


async def test_contact_detail_shows_notes_at_80x24(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ("k", "enter"))
        notes = app.screen.query_one("#detail-notes")
        assert on_screen(app, "#detail-notes")
        assert notes.region.bottom <= app.screen.query_one("#detail-history").region.bottom


@pytest.mark.parametrize(("keys", "wanted"), [
    (("h", "l"), ("#save", "#cancel")),
    (("r", "e"), ("#post-keys",)),
], ids=["erfassen", "beitrag"])
async def test_dialog_keys_and_buttons_stay_in_view_at_80x24(demo_store: Store, keys: tuple[str, ...],
                                                              wanted: tuple[str, ...]) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, keys)
        for selector in wanted:
            assert on_screen(app, selector), selector


async def test_heute_shows_the_open_requests_on_the_first_screen_at_80x24(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ())
        assert visible_rows(app, "#requests") >= 1


async def test_redaktionsplan_shows_two_months_of_weeks_at_80x24(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ("r",))
        assert visible_rows(app, "#weeks") >= 9
