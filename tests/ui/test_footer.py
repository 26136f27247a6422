"""At 80 columns every view shows its footer keys uncut, F1 Hilfe among them, and F1 lists every key."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.help import HelpDialog
from tests.conftest import FIXED_NOW
from tests.ui.conftest import settle

SMALL = (80, 24)

# A view, and the keys that bring it into each of its modes.
STATES = {
    "heute": (),
    "kontakte": ("k",),
    "kontakte-taggen": ("k", "t"),
    "kontakte-suche": ("k", "slash"),
    "nachricht": ("n",),
    "nachricht-editor": ("n", "e"),
    "redaktionsplan": ("r",),
    "redaktionsplan-ideen": ("r", "tab"),
}


def footer_keys(app) -> list[FooterKey]:
    """The keys the current view's footer shows (the palette key docked at the right included)."""
    return list(app.screen.query_one(Footer).query(FooterKey))


@pytest.mark.parametrize("keys", STATES.values(), ids=STATES.keys())
async def test_footer_fits_in_80_columns(demo_store, keys: tuple[str, ...]) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        footer = app.screen.query_one(Footer)
        shown = footer_keys(app)
        assert len(shown) >= 3
        needed = sum(len(key.key_display) + len(key.description) + 1 for key in shown) + len(shown) - 1
        assert needed <= footer.size.width, [f"{key.key_display} {key.description}" for key in shown]
        right = max(key.region.right for key in shown)
        assert right <= SMALL[0]
        assert any(key.key_display == "F1" and key.description == "Hilfe" for key in shown)


@pytest.mark.parametrize("keys", STATES.values(), ids=STATES.keys())
async def test_help_lists_every_key_of_the_view(demo_store, keys: tuple[str, ...]) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if keys and keys[-1] in ("slash", "e"):
            await pilot.press("escape")  # F1 in a text field: leave it first, as the advisor would
            await settle(pilot)
        view = app.screen
        own = {b.description for bs in view._bindings.key_to_bindings.values() for b in bs}
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpDialog)
        listed = {description for _key, description, _tooltip, _group in app.screen.rows}
        assert own <= listed | {""}
