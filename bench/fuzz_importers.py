"""A long fuzz run over every importer of the command line, with the figures the README quotes.

Draws the same kind of cases as tests/robustness/test_fuzz_importers.py (a real-format seed file and one to four
mutations), many more of them, plus the zip bomb of issue 14, and prints cases tried, failures by cause and the
crashes inside the LinkedIn row parsing that another branch fixes.
Run: `.venv/bin/python bench/fuzz_importers.py [--cases 2000] [--seed 1]`. Exits 1 when a case failed.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor_tui.io.errors import ImportFailed  # noqa: E402
from advisor_tui.io.linkedin import parse_linkedin  # noqa: E402
from tests.robustness.fuzz_cases import (  # noqa: E402
    OPERATIONS,
    ROW_TOKENS,
    SEEDS,
    TOKENS,
    ZIP_MEMBERS,
    dump,
    export_zip,
    mutate,
    run_case,
    template_store,
)
from tests.robustness.zip_bombs import overlapping_zip  # noqa: E402


def draw_case(rng: random.Random) -> tuple[str, str, bytes, str]:
    """(importer, file name, data, description) of one random case."""
    kind = rng.choice(["linkedin", "linkedin", "zip", "vcard", "plan"])
    tokens = TOKENS + ROW_TOKENS
    changes = [(rng.choice(OPERATIONS[:-1]), rng.randrange(1 << 20), rng.randrange(len(tokens)))
               for _ in range(rng.randint(1, 4))]
    if kind == "zip":
        member = rng.choice(ZIP_MEMBERS)
        members = {name: (SEEDS["linkedin"][0].parent / name).read_bytes() for name in ZIP_MEMBERS}
        members[member] = mutate(members[member], changes, tokens)
        zip_changes = [(rng.choice(["flip", "truncate", "insert", "method"]), rng.randrange(1 << 20),
                        rng.randrange(len(TOKENS))) for _ in range(rng.randint(0, 2))]
        return "linkedin", "export.zip", export_zip(members, zip_changes), f"zip {member} {changes} {zip_changes}"
    seed = rng.choice(SEEDS[kind])
    return kind, seed.name, mutate(seed.read_bytes(), changes, tokens), f"{seed.name} {changes}"


def zip_bomb(folder: Path, entries: int) -> str:
    """Time and peak memory of refusing issue 14's bomb: entries pointing at one 250 MB member."""
    path = folder / "bomb.zip"
    path.write_bytes(overlapping_zip(entries, 250 * 1024 * 1024))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        parse_linkedin(path)
        verdict = "ANGENOMMEN (Fehler)"
    except ImportFailed as refusal:
        verdict = str(refusal)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return f"zip bomb ({path.stat().st_size / 1e6:.1f} MB, {entries} × 250 MB): {seconds * 1000:.0f} ms, " \
           f"peak {peak / 1e6:.1f} MB: {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    slowest, slowest_case = 0.0, ""
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for entries in (40, 1):
            print(zip_bomb(folder, entries))
        template = template_store(folder)
        before = dump(template)
        started = time.perf_counter()
        for _ in range(args.cases):
            kind, name, data, description = draw_case(rng)
            outcome = run_case(kind, data, name, template, before, folder)
            if outcome.seconds > slowest:
                slowest, slowest_case = outcome.seconds, description[:200]
            if outcome.failed:
                cause = outcome.crash or f"exit {outcome.exit_code}, changed {outcome.store_changed}, " \
                                         f"{outcome.seconds:.1f} s"
                failures[cause] += 1
                examples.setdefault(cause, description[:300])
        total = time.perf_counter() - started
    print(f"cases tried: {args.cases} in {total:.0f} s; failures: {sum(failures.values())}")
    print(f"slowest case: {slowest:.2f} CPU seconds ({slowest_case})")
    for cause, count in failures.most_common():
        print(f"  FAIL {count}× {cause}\n       e.g. {examples[cause]}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
