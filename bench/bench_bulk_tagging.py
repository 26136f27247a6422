"""Bulk tagging in Kontakte: mark 1,000 contacts and press a role key; how long the UI thread is blocked and how
long until every change is stored.

Run `python bench/bench_bulk_tagging.py`; `measure()` returns the figures as a dict. The app runs headless on a
temporary store of 2,000 generated contacts.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: `bench` is then importable

from advisor_tui.domain.contacts.batch import ImportBatch  # noqa: E402
from advisor_tui.store.importer import BatchWriter  # noqa: E402
from advisor_tui.store.store import Store  # noqa: E402
from advisor_tui.ui.app import make_app  # noqa: E402
from bench.bench_search import generate_contacts  # noqa: E402

MARKED = 1_000
CONTACTS = 2_000


def _seed(path: Path) -> Store:
    store = Store.open(path)
    contacts = [replace(c, id=None, email=f"person{n}@example.de") for n, c in enumerate(generate_contacts(CONTACTS))]
    BatchWriter(store.engine).apply(ImportBatch(source="bench", contacts=contacts))
    return store


def _mark(screen, ids: list[int]) -> None:
    """Mark the contacts as pressing space on each row would."""
    screen.tagging.mark(ids)


def _tagged(store: Store) -> int:
    """How many contacts are stored with the role (a cheap count, so that polling hardly disturbs the app)."""
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM contact WHERE role = 'unternehmer'").scalar_one()


async def _run(store: Store) -> dict:
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("k")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        ids = [c.id for c in store.contacts.list()][:MARKED]
        _mark(screen, ids)
        started = time.perf_counter()
        screen.action_set_role("unternehmer")  # what the key "1" runs, on the UI thread
        blocked = time.perf_counter() - started
        while _tagged(store) < MARKED:
            await asyncio.sleep(0.005)
        total = time.perf_counter() - started
        await app.workers.wait_for_complete()
    return {"ui_blocked_ms": round(blocked * 1000, 1), "total_ms": round(total * 1000, 1), "marked": MARKED}


def measure(runs: int = 3) -> dict:
    """The best of a few runs (the least disturbed by other processes)."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            store = _seed(Path(folder) / "bench.db")
            try:
                results.append(asyncio.run(_run(store)))
            finally:
                store.close()
    return min(results, key=lambda figures: figures["ui_blocked_ms"])


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
