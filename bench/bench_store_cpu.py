"""CPU seconds (time.process_time) of parsing, writing and listing 30,000 contacts, for side-by-side comparisons.

Run: `python bench/bench_store_cpu.py [--root OTHER_CHECKOUT] [--runs N]`; prints one JSON line of best-of-N figures.
With --root, the code of another checkout (e.g. an exported older commit) is measured with the same data.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def measure(runs: int) -> dict:
    """Best-of-`runs` CPU seconds for parse, write (fresh store each run) and contacts.list()."""
    from advisor_tui.io.linkedin import parse_linkedin
    from advisor_tui.store.importer import BatchWriter
    from advisor_tui.store.store import Store
    from bench.bench_import_parse import write_connections

    parse, write, listing = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "Connections.csv"
        write_connections(source, 30_000)
        for run in range(runs):
            store = Store.open(Path(folder) / f"cpu-{run}.db")
            started = time.process_time()
            batch = parse_linkedin(source)
            parsed = time.process_time()
            BatchWriter(store.engine).apply(batch)
            parse.append(parsed - started)
            write.append(time.process_time() - parsed)
            started = time.process_time()
            contacts = store.contacts.list()
            listing.append(time.process_time() - started)
            assert len(contacts) == 30_000
            store.close()
    return {"parse_s": round(min(parse), 3), "write_s": round(min(write), 3), "list_s": round(min(listing), 3)}


def main() -> None:
    """Parse the arguments, put the chosen checkout first on the path, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(args.root.resolve()))
    print(json.dumps(measure(args.runs)))


if __name__ == "__main__":
    main()
