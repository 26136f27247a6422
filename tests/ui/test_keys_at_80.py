"""At 80x24 every view shows its footer keys uncut, F1 Hilfe among them, and F1 lists every key and scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from advisor_tui.store.store import Store
from advisor_tui.ui.app import AdvisorApp, make_app
from advisor_tui.ui.dialogs.help import EVERYWHERE, THIS_DIALOG, THIS_VIEW, HelpDialog
from scripts.scenarios import DRAFT_WITH_FINDINGS, Step, Typed, import_known_again, play
from tests.conftest import FIXED_NOW
from tests.ui.conftest import settle

SMALL = (80, 24)

# Each view's modes, visited in one app run (an app start costs more than a mode): a mode's keys start where the
# mode before it left off, after F1 opened and closed the help over it.
TOURS: dict[str, tuple[tuple[str, tuple[Step, ...]], ...]] = {
    "heute": (("heute", ()), ("heute-anfragen", ("tab",)), ("heute-nachfassen", ("tab",))),
    "kontakte": (("kontakte", ("k",)), ("kontakte-taggen", ("t",)), ("kontakte-suche", ("escape", "slash")),
                 ("kontakte-gefiltert", ("f", "space", "f"))),
    "nachricht": (("nachricht", ("n",)), ("nachricht-editor", ("e",)),
                  ("nachricht-entwurf",
                   ("c", Typed("anna müller"), "enter", "e", Typed(DRAFT_WITH_FINDINGS), "escape"))),
    "redaktionsplan": (("redaktionsplan", ("r",)), ("redaktionsplan-ideen", ("tab",))),
}


def footer_keys(app: AdvisorApp) -> list[FooterKey]:
    """The keys the current view's footer shows (the palette key docked at the right included)."""
    return list(app.screen.query_one(Footer).query(FooterKey))


def assert_fits(app: AdvisorApp, shown: list[FooterKey]) -> None:
    """The shown keys, each "key description" and one space apart, fit into the footer's width."""
    needed = sum(len(key.key_display) + len(key.description) + 1 for key in shown) + len(shown) - 1
    assert needed <= app.screen.query_one(Footer).size.width, [f"{key.key_display} {key.description}" for key in shown]


@pytest.mark.parametrize("tour", TOURS.values(), ids=TOURS.keys())
async def test_footer_fits_in_80_columns_and_help_lists_every_key(
    demo_store: Store, tour: tuple[tuple[str, tuple[Step, ...]], ...]
) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        for mode, keys in tour:
            await play(pilot, keys)
            shown = footer_keys(app)
            assert len(shown) >= 3, mode
            assert_fits(app, shown)
            assert max(key.region.right for key in shown) <= SMALL[0], mode
            assert any(key.key_display == "F1" and key.description == "Hilfe" for key in shown), mode
            # every key the view declares (those without show=True too) is under F1
            view = app.screen
            own = {b.description for bs in view._bindings.key_to_bindings.values() for b in bs if b.id}
            own |= {b.description for b in type(app).BINDINGS if isinstance(b, Binding)}
            if keys and keys[-1] in ("slash", "e"):
                await play(pilot, ("escape",))  # F1 in a text field: leave it first, as the advisor would
            await play(pilot, ("f1",))
            assert isinstance(app.screen, HelpDialog), mode
            assert own <= {row.description for row in app.screen.rows} | {""}, mode
            await play(pilot, ("f1",))
            assert app.screen is view, mode


async def test_help_wraps_scrolls_and_closes_at_80x24(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ("k", "f1"))
        help_dialog = app.screen
        assert isinstance(help_dialog, HelpDialog)
        assert [row.group for row in help_dialog.rows][0] == THIS_VIEW
        assert {row.group for row in help_dialog.rows} == {THIS_VIEW, EVERYWHERE}
        body = help_dialog.query_one("#help-keys", VerticalScroll)
        frame = help_dialog.query_one("#help-frame")
        assert frame.region.right <= SMALL[0] and frame.region.bottom <= SMALL[1]
        assert body.virtual_size.width <= body.scrollable_content_region.width  # wrapped, nothing cut on the right
        assert body.max_scroll_y > 0 and app.focused is body
        await pilot.press("pagedown")
        await pilot.press("end")
        await settle(pilot)
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, HelpDialog)


async def test_help_over_a_dialog_lists_the_dialogs_keys(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, ("k", "f", "ctrl+p", Typed("Hilfe: Tastenkürzel"), "enter"))  # F1 is the views' key
        assert isinstance(app.screen, HelpDialog)
        here = [row.description for row in app.screen.rows if row.group == THIS_DIALOG]
        assert {"Anwenden", "Alle abwählen", "Abbrechen"} <= set(here)


DIALOGS_WITH_FOOTER = {
    "export": ("k", "e"),
    "import": ("ctrl+p", Typed("Kontakte importieren"), "enter"),
    "dubletten": ("ctrl+p", Typed("Dubletten zusammenführen"), "enter"),
}


@pytest.mark.parametrize("steps", DIALOGS_WITH_FOOTER.values(), ids=DIALOGS_WITH_FOOTER.keys())
async def test_dialog_footers_fit_in_80_columns(demo_store: Store, tmp_path: Path, steps: tuple[Step, ...]) -> None:
    import_known_again(demo_store, tmp_path)  # two contacts once more, so the duplicates dialog has pairs
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await play(pilot, steps)
        assert isinstance(app.screen, ModalScreen)
        shown = footer_keys(app)
        assert shown
        assert_fits(app, shown)
