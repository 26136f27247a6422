"""Time importing the own activity of a heavy LinkedIn user: 2,000 shares, 1,000 comments, 10,000 reactions.

Budget (issue 18): well under a second of work after start-up (parse and write, store opened before timing),
first import into a plan of 50 planned posts and a re-import of the same zip.
Run: `.venv/bin/python bench/bench_own_activity.py [--write-zip PATH --shares N]`.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store

_TOPICS = [
    "Nachfolge ist Chefsache",
    "Die Zinswende und Ihr Betriebsmittelkredit",
    "Betriebliche Altersvorsorge im Mittelstand",
    "Fünf Fragen vor dem Unternehmensverkauf",
    "Liquidität planen, bevor es eng wird",
    "Warum Familienunternehmen anders finanzieren",
    "Förderkredite der KfW: was sich 2025 ändert",
    "Unternehmerabend in Augsburg: danke für die Gespräche!",
    "Cyberversicherung: ein Erfahrungsbericht",
    "Gewerbeimmobilie kaufen oder mieten?",
]
_LINES = [
    "Viele Unternehmer unterschätzen, wie lange eine geordnete Übergabe dauert.",
    "Drei Punkte, die ich in Gesprächen immer wieder höre:",
    "1. Der Zeitpunkt ist nie perfekt.",
    "2. Die Familie will gefragt werden.",
    "3. Die Bank auch.",
    "Wie sehen Sie das? Ich freue mich auf Ihre Erfahrungen.",
    "#Nachfolge #Mittelstand #Finanzierung",
]
_SITES = [
    "https://www.handelsblatt.com/unternehmen/mittelstand/",
    "https://www.faz.net/aktuell/wirtschaft/",
    "https://www.sparkasse.de/themen/",
    "",
]


def _wrapped(text: str) -> str:
    """LinkedIn's cell: each line in quotes of its own, quotes inside doubled."""
    return "\n".join('"' + line.replace('"', '""') + '"' for line in text.split("\n"))


def _stamp(end: datetime, span: timedelta, number: int, count: int) -> str:
    return (end - span * (number / max(count, 1))).strftime("%Y-%m-%d %H:%M:%S")


def _table(header: list[str], terminator: str, rows: Iterable[list[str]]) -> io.StringIO:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator=terminator)
    writer.writerow(header)
    writer.writerows(rows)
    return text


def export_zip(
    path: Path,
    shares: int = 2_000,
    comments: int = 1_000,
    reactions: int = 10_000,
    end: datetime = datetime(2026, 11, 20, 8, 0),
    seed: int = 7,
) -> Path:
    """A Complete_LinkedInDataExport zip with Shares.csv (2024 layout), Comments.csv and Reactions.csv."""
    rng = random.Random(seed)
    span = timedelta(days=3 * 365)
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    writer.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
    for number in range(shares):
        at = end - span * (number / max(shares, 1)) - timedelta(minutes=rng.randrange(600))
        share_id = 7_100_000_000_000_000_000 - number * 1_000_003
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{share_id}"
        repost = number % 6 == 5
        topic = _TOPICS[number % len(_TOPICS)]
        text = (
            ""
            if repost
            else _wrapped("\n".join([f"{topic} (Teil {number // len(_TOPICS) + 1})", "", *rng.sample(_LINES, 4)]))
        )
        site = rng.choice(_SITES)
        writer.writerow(
            [
                at.strftime("%Y-%m-%d %H:%M:%S"),
                link,
                text,
                site + f"artikel-{number}" if site else "",
                "",
                "MEMBER_NETWORK",
            ]
        )
    activity = "https://www.linkedin.com/feed/update/urn:li:activity:"
    comment_rows = _table(
        ["Date", "Link", "Message"],
        "\r\n",
        (
            [
                _stamp(end, span, n, comments),
                f"{activity}{6_900_000_000_000_000_000 + n}",
                'Danke für den Beitrag, \\"Nachfolge\\" ist wirklich Chefsache.',
            ]
            for n in range(comments)
        ),
    )
    reaction_rows = _table(
        ["Date", "Type", "Link"],
        "\n",
        (
            [
                _stamp(end, span, n, reactions),
                rng.choice(["LIKE", "LIKE", "PRAISE", "EMPATHY"]),
                f"{activity}{6_800_000_000_000_000_000 + n}",
            ]
            for n in range(reactions)
        ),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Shares.csv", rows.getvalue())
        archive.writestr("Comments.csv", comment_rows.getvalue())
        archive.writestr("Reactions.csv", reaction_rows.getvalue())
    return path


def _planned(store: Store, end: datetime) -> None:
    """50 planned posts in the weeks of the export, some of them the very posts it holds."""
    week = IsoWeek.from_date(end.date())
    store.plan.add_many(
        [
            Post(
                f"{_TOPICS[n % len(_TOPICS)]} (Teil {n // len(_TOPICS) + 1})",
                **{"iso_year": week.shift(-n).year, "iso_week": week.shift(-n).week},
                status=PostStatus.PLANNED,
            )
            for n in range(50)
        ]
    )


def main() -> int:
    """Measure first import and re-import; or write a zip for a look in the app."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-zip", type=Path)
    parser.add_argument("--shares", type=int, default=2_000)
    args = parser.parse_args()
    if args.write_zip:
        export_zip(args.write_zip, shares=args.shares, comments=args.shares // 2, reactions=args.shares * 5)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        source = export_zip(Path(folder) / "Complete_LinkedInDataExport.zip")
        store = Store.open(Path(folder) / "advisor.db")
        _planned(store, datetime(2026, 11, 20))
        try:
            for label in ("first import", "re-import"):
                started, cpu = time.perf_counter(), time.process_time()
                batch = parse_linkedin(source)
                parsed = time.perf_counter()
                result = BatchWriter(store.engine).apply(batch)
                done = time.perf_counter()
                # CPU time too: on the shared 2-core machine the wall clock mostly measures the neighbours.
                print(
                    f"{label}: parse {parsed - started:.3f} s, write {done - parsed:.3f} s,"
                    f" total {done - started:.3f} s"
                    f" (CPU {time.process_time() - cpu:.3f} s); {result.as_json() | {'skipped': len(result.skipped)}}"
                )
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
