"""Time the parsing of a 30,000-row LinkedIn Connections.csv (LinkedIn's connection cap).

Budget (DESIGN.md section 6): the whole import ≤ 0.5 s; the parse alone should stay well under 0.3 s.
Run: `.venv/bin/python bench/bench_import_parse.py`.
"""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
import time
from pathlib import Path

from advisor_tui.io.linkedin import parse_linkedin

ROWS = 30_000
RUNS = 5
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    "You will only see email addresses for connections who have allowed their connections to see or "
    'download their email address using this setting https://www.linkedin.com/psettings/privacy/email."\n\n'
)
FIRST = ["Anna", "Jürgen", "Katrin", "Thomas", "Anna-Lena", "Dr. Michael", "Sabine", "Jörg", "Ulrike", "Stefan"]
LAST = ["Müller", "Schröder", "Bauer", "Weber", "von der Heide", "Schmitz", "Krüger", "Groß", "Neumann", "Fischer"]
COMPANIES = ["Schröder GmbH & Co. KG", "Bauer, Söhne & Partner", "Weber Bau GmbH", "Heide Logistik GmbH, Bremen"]
POSITIONS = ["Geschäftsführerin", "Kaufmännischer Leiter, Prokurist", "Inhaber", "Nachfolgerin", "Steuerberater"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write_connections(path: Path, rows: int = ROWS, seed: int = 7) -> None:
    """A Connections.csv shaped like LinkedIn's: preamble, quoted commas, mostly empty e-mails."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(PREAMBLE)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for number in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"kontakt{number}@example.de" if rng.random() < 0.05 else ""
            connected = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2010, 2026)}"
            url = f"https://www.linkedin.com/in/{first.lower().replace('. ', '-')}-{number:x}"
            writer.writerow([first, last, url, email, rng.choice(COMPANIES), rng.choice(POSITIONS), connected])


def measure(rows: int = ROWS, runs: int = RUNS) -> dict:
    """Parse timings in seconds (best and median of `runs`) and the record counts of the last run."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Connections.csv"
        write_connections(path, rows)
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            batch = parse_linkedin(path)
            timings.append(time.perf_counter() - started)
        size = path.stat().st_size
    return {
        "rows": rows,
        "file_bytes": size,
        "contacts": len(batch.contacts),
        "skipped": len(batch.skipped),
        "best_s": round(min(timings), 4),
        "median_s": round(statistics.median(timings), 4),
        "budget_s": 0.3,
    }


def main() -> None:
    """Print the figures."""
    figures = measure()
    for key, value in figures.items():
        print(f"{key:>10}: {value}")
    print("OK" if figures["median_s"] <= figures["budget_s"] else "OVER BUDGET")


if __name__ == "__main__":
    main()
