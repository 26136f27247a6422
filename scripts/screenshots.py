"""Write an SVG of every screen and dialog in scripts/scenarios.py into screenshots/ (demo data, a fixed moment)."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from advisor_tui.demo import seed_demo  # noqa: E402
from advisor_tui.store.store import Store  # noqa: E402
from advisor_tui.ui.app import make_app  # noqa: E402
from scripts.scenarios import MOMENT, ROOT, SCENARIOS, Scenario, fill_downloads, play  # noqa: E402

OUT = ROOT / "screenshots"


async def shoot(scenario: Scenario, folder: Path) -> Path:
    """Start the app on a fresh demo store, play the scenario, save the screen."""
    store = Store.open(folder / f"{scenario.name}.db")
    try:
        seed_demo(store, today=MOMENT.date())
        if scenario.prepare is not None:
            scenario.prepare(store, folder)
        app = make_app(store, demo=True, now=MOMENT)
        async with app.run_test(size=scenario.size) as pilot:
            await play(pilot, scenario.steps)
            return Path(app.save_screenshot(filename=f"{scenario.name}.svg", path=str(OUT)))
    finally:
        store.close()


async def main() -> int:
    """Make every screenshot in a throw-away home folder whose Downloads hold sample import files."""
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        fill_downloads(home)
        os.environ["HOME"] = str(home)
        os.environ.pop("XDG_DOWNLOAD_DIR", None)
        for scenario in SCENARIOS:
            print(await shoot(scenario, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
