"""Run in a fresh process by bench/run.py: seconds from process start to the first drawn screen, and memory.

Usage: python bench/startup_probe.py DB_PATH START_EPOCH_SECONDS
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path


async def probe(db: Path, started: float) -> dict:
    """Start the app as the CLI does, then open Kontakte with every contact loaded."""
    from advisor_tui.store.store import Store
    from advisor_tui.ui.app import make_app

    store = Store.open(db)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        first_screen = time.time() - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        heute_filled = time.time() - started
        await pilot.press("k")
        await app.workers.wait_for_complete()
        await pilot.pause()
        kontakte_filled = time.time() - started
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store.close()
    return {"first_screen_s": first_screen, "heute_filled_s": heute_filled,
            "kontakte_filled_s": kontakte_filled, "max_rss_mb": rss_mb}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(probe(Path(sys.argv[1]), float(sys.argv[2])))))
