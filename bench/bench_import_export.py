"""Time importing a 30,000-row Connections.csv into a fresh store and exporting the 30,000 contacts as CSV.

Budget (DESIGN.md section 6): each ≤ 0.5 s of work after start-up (store open and migrated before timing).
Run: `.venv/bin/python bench/bench_import_export.py`.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from advisor_tui.io.export_formats import render_contacts
from advisor_tui.io.files import write_private
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store
from bench.bench_import_parse import write_connections

ROWS = 30_000
RUNS = 3
BUDGET_S = 0.5


def _timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _import_once(source: Path, db: Path) -> dict:
    """Parse and write into a fresh store; the store is opened before the clock starts."""
    store = Store.open(db)
    try:
        cpu_started = time.process_time()
        parse_s, batch = _timed(lambda: parse_linkedin(source))
        write_s, result = _timed(lambda: BatchWriter(store.engine).apply(batch))
        cpu_s = time.process_time() - cpu_started
    finally:
        store.close()
    return {"parse_s": parse_s, "write_s": write_s, "import_s": parse_s + write_s, "import_cpu_s": cpu_s,
            "added": result.added}


def _export_once(db: Path, target: Path) -> dict:
    """List every contact, render the CSV, write it privately."""
    store = Store.open(db)
    try:
        cpu_started = time.process_time()
        list_s, contacts = _timed(store.contacts.list)
        render_s, data = _timed(lambda: render_contacts(contacts, "csv"))
        write_s, _ = _timed(lambda: write_private(data, target))
        cpu_s = time.process_time() - cpu_started
    finally:
        store.close()
    return {"list_s": list_s, "render_s": render_s, "export_s": list_s + render_s + write_s, "export_cpu_s": cpu_s,
            "bytes": len(data)}


def measure(rows: int = ROWS, runs: int = RUNS) -> dict:
    """Medians over `runs` fresh stores: import (parse + write), export (list + CSV + write); wall and CPU seconds.

    CPU seconds of this process are the fairer figure when other processes load the machine.
    """
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "Connections.csv"
        write_connections(source, rows)
        imports = [_import_once(source, base / f"bench-{run}.db") for run in range(runs)]
        exports = [_export_once(base / "bench-0.db", base / "export.csv") for _ in range(runs)]

    def median(runs_: list[dict], key: str) -> float:
        return round(statistics.median(run[key] for run in runs_), 4)

    return {
        "rows": rows,
        "added": imports[-1]["added"],
        "parse_s": median(imports, "parse_s"),
        "write_s": median(imports, "write_s"),
        "import_s": median(imports, "import_s"),
        "import_cpu_s": median(imports, "import_cpu_s"),
        "list_s": median(exports, "list_s"),
        "render_s": median(exports, "render_s"),
        "export_s": median(exports, "export_s"),
        "export_cpu_s": median(exports, "export_cpu_s"),
        "budget_s": BUDGET_S,
    }


def main() -> int:
    """Print each figure against the budget; exit 1 when one is over."""
    figures = measure()
    for key, value in figures.items():
        print(f"{key:>10}: {value}")
    over = [key for key in ("import_s", "export_s") if figures[key] > BUDGET_S]
    print("OK" if not over else "OVER BUDGET: " + ", ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
