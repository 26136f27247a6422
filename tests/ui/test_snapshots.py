"""Snapshot tests: every screen and dialog shown in the README looks as approved.

The scenarios are the screenshot script's own (scripts/scenarios.py), played on the demo network as of MOMENT
(the same moment as the tests' FIXED_NOW, so the shared demo store fits); update with `pytest --snapshot-update`
after looking at the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from scripts.scenarios import MOMENT, SCENARIOS, Scenario, fill_downloads, play
from tests.conftest import FIXED_NOW


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_screen_looks_as_approved(snap_compare, tmp_path: Path, private_dirs: Path, demo_store: Store,
                                  scenario: Scenario) -> None:
    assert MOMENT == FIXED_NOW  # demo_store is seeded as of FIXED_NOW
    fill_downloads(private_dirs)
    if scenario.prepare is not None:
        scenario.prepare(demo_store, tmp_path)

    async def run_before(pilot) -> None:
        await play(pilot, scenario.steps)

    assert snap_compare(make_app(demo_store, demo=True, now=MOMENT), terminal_size=scenario.size, run_before=run_before)
