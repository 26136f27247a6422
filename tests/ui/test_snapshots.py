"""Snapshot tests: every screen and dialog shown in the README looks as approved.

The scenarios are the screenshot script's own (scripts/scenarios.py); update with `pytest --snapshot-update`
after looking at the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_tui.demo import seed_demo
from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from scripts.scenarios import MOMENT, SCENARIOS, Scenario, fill_downloads, play


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_screen_looks_as_approved(snap_compare, tmp_path: Path, private_dirs: Path, scenario: Scenario) -> None:
    fill_downloads(private_dirs)
    store = Store.open(tmp_path / "store" / "advisor.db")
    seed_demo(store, today=MOMENT.date())
    if scenario.prepare is not None:
        scenario.prepare(store, tmp_path)

    async def run_before(pilot) -> None:
        await play(pilot, scenario.steps)

    try:
        assert snap_compare(make_app(store, demo=True, now=MOMENT), terminal_size=scenario.size, run_before=run_before)
    finally:
        store.close()
