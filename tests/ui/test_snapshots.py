"""Snapshot tests: the main views look as approved (update with `pytest --snapshot-update`)."""

from __future__ import annotations

import pytest

from advisor_tui.ui.app import make_app
from tests.conftest import FIXED_NOW

SIZE = (120, 40)


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("keys", [(), ("k",), ("r",)], ids=["heute", "kontakte", "redaktionsplan"])
def test_main_views(snap_compare, demo_store, keys) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)

    app = make_app(demo_store, demo=True, now=FIXED_NOW)
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
