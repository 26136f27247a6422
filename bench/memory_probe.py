"""Memory of a realistic session, in-process: start, Kontakte, a few searches, Nachricht with a spelling check.

Usage: python -m bench.memory_probe DB_PATH [--trace]

Prints the resident memory (VmRSS) and its peak (VmHWM) after each step as JSON lines; with `--trace`, also the
largest tracemalloc differences per file between the steps (tracemalloc slows everything and adds its own
memory: use it to find where the memory goes, not for the figure).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import tracemalloc
from pathlib import Path

from bench.bench_courtesy import _TYPOS, sample_message

SEARCHES = ("müller", "bank", "berater", "schmidt gmbh")


def memory_mb() -> dict[str, float]:
    """This process's resident memory now and at its peak, in MB (from /proc/self/status)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = round(int(value.split()[0]) / 1024, 1)
    return found


class Steps:
    """Records memory after each named step; with tracing, the biggest growth by file since the last step."""

    def __init__(self, trace: bool) -> None:
        self.trace = trace
        self.last = tracemalloc.take_snapshot() if trace else None
        self.started = time.perf_counter()

    def mark(self, name: str) -> None:
        """Print the memory after a step."""
        row: dict[str, object] = {"step": name, "s": round(time.perf_counter() - self.started, 2), **memory_mb()}
        if self.trace and self.last is not None:
            snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            row["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
            row["growth"] = [
                f"{stat.size_diff / 2**20:+.1f} MB {stat.traceback[0]}"
                for stat in snapshot.compare_to(self.last, "lineno")[:8]
            ]
            self.last = snapshot
        print(json.dumps(row, ensure_ascii=False), flush=True)


async def session(db: Path, trace: bool) -> None:
    """Start as the CLI does, open Kontakte, search, then write a long draft and wait for its spelling check."""
    from advisor_tui.store.store import Store
    from advisor_tui.ui.app import make_app

    steps = Steps(trace)
    store = Store.open(db)
    app = make_app(store)
    async with app.run_test(size=(130, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        steps.mark("heute")
        await pilot.press("k")
        await app.workers.wait_for_complete()
        await pilot.pause()
        steps.mark("kontakte")
        await pilot.press("slash")
        for query in SEARCHES:
            app.screen.query_one("#search").value = query  # type: ignore[attr-defined]
            await pilot.pause()
        await app.workers.wait_for_complete()
        steps.mark("searches")
        await pilot.press("escape", "n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        steps.mark("nachricht")
        await pilot.press("e")
        draft = sample_message()
        for right, wrong in _TYPOS:  # a draft with typos: the regional and English dictionaries load too
            draft = draft.replace(right, wrong, 1)
        app.screen.editor.load_text(draft)  # type: ignore[attr-defined]
        app.screen.recheck()  # type: ignore[attr-defined]
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        steps.mark("spelling")
    store.close()


if __name__ == "__main__":
    tracing = "--trace" in sys.argv
    if tracing:
        tracemalloc.start(1)
    asyncio.run(session(Path(sys.argv[1]), tracing))
