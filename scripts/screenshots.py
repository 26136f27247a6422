"""Write an SVG of every screen and main dialog into screenshots/ (demo data, a fixed moment)."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from advisor_tui.demo import seed_demo
from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app

SIZE = (130, 40)
MOMENT = datetime(2026, 11, 23, 9, 0)
OUT = Path(__file__).resolve().parents[1] / "screenshots"

# file name → keys pressed after start
SHOTS: dict[str, tuple[str, ...]] = {
    "heute": (),
    "kontakte": ("k",),
    "kontakte-suche": ("k", "slash", *"müller"),
    "nachricht": ("n",),
    "redaktionsplan": ("r",),
    "hilfe": ("k", "f1"),
}


async def settle(pilot) -> None:
    """Wait until loading workers are done and the screen has been redrawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def shoot(store: Store, name: str, keys: tuple[str, ...]) -> Path:
    """Start the app, press the keys, save the screen."""
    app = make_app(store, demo=True, now=MOMENT)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        return Path(app.save_screenshot(filename=f"{name}.svg", path=str(OUT)))


async def main() -> int:
    """Make every screenshot on a throw-away demo store."""
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "demo.db")
        seed_demo(store, today=MOMENT.date())
        try:
            for name, keys in SHOTS.items():
                print(await shoot(store, name, keys))
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
