"""At 80x24 every view keeps a useful list and every dialog fits, with its buttons reachable."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Footer

from advisor_tui.store.store import Store
from advisor_tui.ui.app import AdvisorApp, make_app
from tests.conftest import FIXED_NOW
from tests.ui.conftest import settle

SMALL = (80, 24)


async def press(pilot, *keys: str) -> None:
    """Press keys, letting the app settle after each."""
    await settle(pilot)
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def visible_rows(app: AdvisorApp, selector: str) -> int:
    """How many body rows of a table are on screen, above the footer."""
    table = app.screen.query_one(selector, DataTable)
    bottom = min(table.region.bottom, app.screen.query_one(Footer).region.y)
    return bottom - table.region.y - 1  # the header row


@pytest.mark.parametrize("keys", [("k",), ("k", "t")], ids=["kontakte", "taggen"])
async def test_kontakte_shows_ten_rows_at_80x24(demo_store: Store, keys: tuple[str, ...]) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await press(pilot, *keys)
        assert visible_rows(app, "#contacts") >= 10
        if "t" in keys:
            tagging = app.screen.query_one("#tagging")
            assert tagging.display and tagging.region.bottom <= app.screen.query_one("#contacts").region.y
