"""Keystroke to findings in Nachricht, in-process: type into a 2,000-character draft and time each key until the
findings for the text it made are shown (rules and spelling; the frame follows with the next screen refresh).

Usage: python -m bench.draft_latency_probe DB_PATH [GAP_MS]

Keys come GAP_MS apart (default 90: a fast typist); a key whose findings never showed because the next key came
first counts as superseded, not as a time. Prints one JSON line: median and max milliseconds, keys, superseded.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

from bench.bench_courtesy import sample_message

TYPED = "Ein Gesprräch über die Finanzirung Ihres Auslandsgeschäfts "
KEY_NAMES = {" ": "space", "ä": "ä", "ü": "ü"}


async def session(db: Path, gap_s: float) -> dict[str, object]:
    """Open Nachricht on a long draft, type TYPED into its middle, and time each key's findings."""
    from advisor_tui.store.store import Store
    from advisor_tui.ui.app import make_app
    from advisor_tui.ui.screens.nachricht_checks import DraftChecks

    shown: dict[str, float] = {}
    spelling_done = DraftChecks._spelling_done

    def timed(self: DraftChecks, text: str, findings: list) -> None:  # type: ignore[type-arg]
        spelling_done(self, text, findings)
        if self.draft.text == text:
            shown.setdefault(text, time.perf_counter())

    DraftChecks._spelling_done = timed  # type: ignore[method-assign]
    store = Store.open(db)
    app = make_app(store)
    pressed: list[tuple[str, float]] = []
    async with app.run_test(size=(130, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.press("e")
        screen = app.screen
        editor = screen.editor  # type: ignore[attr-defined]
        editor.load_text(sample_message())
        editor.move_cursor(editor.document.get_location_from_index(1000))
        await asyncio.sleep(0.5)
        await app.workers.wait_for_complete()
        for char in TYPED:
            started = time.perf_counter()
            await pilot.press(KEY_NAMES.get(char, char))
            pressed.append((screen.draft.text, started))  # type: ignore[attr-defined]
            await asyncio.sleep(max(0.0, gap_s - (time.perf_counter() - started)))
        await asyncio.sleep(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause()
        final_ok = screen.draft.text == pressed[-1][0] and pressed[-1][0] in shown  # type: ignore[attr-defined]
    store.close()
    times = [(shown[text] - started) * 1000 for text, started in pressed if text in shown]
    return {
        "gap_ms": round(gap_s * 1000),
        "keys": len(pressed),
        "superseded": len(pressed) - len(times),
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "last_key_shown": final_ok,
    }


if __name__ == "__main__":
    gap = float(sys.argv[2]) / 1000 if len(sys.argv) > 2 else 0.09
    print(json.dumps(asyncio.run(session(Path(sys.argv[1]), gap))))
