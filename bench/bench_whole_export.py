"""Time importing a whole LinkedIn export .zip: 30,000 connections, 5,000 invitations, 20,000 messages.

The files use the real 2024+ layouts: Connections.csv with preamble and percent-encoded URLs,
Invitations.csv with raw Unicode profile URLs, messages.csv with RECIPIENT PROFILE URLS and the draft
columns. No budget of its own (DESIGN.md budgets connections alone at 0.5 s); the figure is reported.
Run: `.venv/bin/python bench/bench_whole_export.py`.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from advisor_tui.io.linkedin import parse_linkedin  # noqa: E402
from advisor_tui.store.importer import BatchWriter  # noqa: E402
from advisor_tui.store.store import Store  # noqa: E402
from bench.bench_import_parse import write_connections  # noqa: E402

CONNECTIONS, INVITATIONS, MESSAGES = 30_000, 5_000, 20_000
ME = ("Stefan Hofmann", "https://www.linkedin.com/in/stefan-hofmann-sparkasse")
RUNS = 3


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_export(path: Path, seed: int = 11) -> None:
    """The export zip; a third of the invitations and all message partners are among the connections."""
    rng = random.Random(seed)
    folder = path.parent
    write_connections(folder / "Connections.csv", CONNECTIONS)
    people = [(f"Kontakt {n}", f"https://www.linkedin.com/in/kontakt-{n:x}") for n in range(CONNECTIONS)]
    invitations = [["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"]]
    for number in range(INVITATIONS):
        other = people[rng.randrange(CONNECTIONS)] if number % 3 == 0 else (
            f"Jürgen Größ {number}", f"https://www.linkedin.com/in/jürgen-größ-{number}")
        sent = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(19, 26)}, {rng.randint(1, 12)}:05 PM"
        incoming = rng.random() < 0.6
        sender, receiver = (other, ME) if incoming else (ME, other)
        invitations.append([sender[0], receiver[0], sent, "", "INCOMING" if incoming else "OUTGOING",
                            sender[1], receiver[1]])
    messages = [["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                 "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT",
                 "IS CONVERSATION DRAFT"]]
    for number in range(MESSAGES):
        thread = number // 4
        other = people[thread * 7 % CONNECTIONS]
        sender, receiver = (other, ME) if number % 2 == 0 else (ME, other)
        day = f"20{rng.randint(19, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        moment = f"{day} 09:{number % 60:02d}:00 UTC"
        messages.append([f"2-{thread:08x}", "", sender[0], sender[1], receiver[0], receiver[1], moment, "",
                         f"Guten Tag, Nachricht {number} zur Nachfolgeplanung.", "INBOX", "No", "No"])
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(folder / "Connections.csv", "Connections.csv")
        archive.writestr("Invitations.csv", _csv(invitations))
        archive.writestr("messages.csv", _csv(messages))


def measure(runs: int = RUNS) -> dict:
    """Medians over fresh stores: parse, write and the whole import of the export zip, wall and CPU seconds."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "Complete_LinkedInDataExport.zip"
        write_export(source)
        figures = []
        for run in range(runs):
            store = Store.open(Path(folder) / f"bench-{run}.db")
            try:
                cpu = time.process_time()
                started = time.perf_counter()
                batch = parse_linkedin(source)
                parsed = time.perf_counter()
                result = BatchWriter(store.engine).apply(batch)
                figures.append({"parse_s": parsed - started, "write_s": time.perf_counter() - parsed,
                                "import_s": time.perf_counter() - started, "import_cpu_s": time.process_time() - cpu,
                                "added": result.added})
            finally:
                store.close()
    medians = {key: round(statistics.median(f[key] for f in figures), 3) for key in figures[0] if key != "added"}
    return {**medians, "added": figures[-1]["added"]}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:>13}: {value}")
