"""Driving the app in robustness tests: record every notice, press keys, prove it is still running."""

from __future__ import annotations

from collections.abc import Callable

from advisor_tui.ui.app import make_app
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, settle


def recorded_notices(app) -> list[str]:
    """Every notification the app shows from now on (the app's own list drops them when they expire)."""
    shown: list[str] = []
    notify = app.notify

    def record(message, *args, **kwargs):
        shown.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = record
    return shown


async def run_keys(store, *keys: str, before: Callable[[], None] = lambda: None) -> tuple[str, list[str]]:
    """Start the app on `store`, run `before`, press the keys; returns the last view and the notices shown."""
    app = make_app(store, now=FIXED_NOW)
    shown = recorded_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before()
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        mode = app.current_mode
    assert app._exception is None and app.return_code in (None, 0)
    return mode, shown
