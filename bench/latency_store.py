"""Stores for bench/latency.py: N generated connections, a few conversations and requests, through the real import.

The store is built by `advisor-tui import linkedin EXPORT.zip` from a LinkedIn export zip shaped like the real one
(Connections.csv from bench_import_parse.write_connections, Invitations.csv, messages.csv in the 2024+ layouts) and
kept under the temp folder, keyed by count and day (Heute's figures depend on the date), so the next run reuses it.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_import_parse import write_connections  # noqa: E402

STORE_VERSION = 2  # bump when the generated data changes, so cached stores are rebuilt
ME = ("Stefan Hofmann", "https://www.linkedin.com/in/stefan-hofmann-sparkasse")
# People with unique names, appended to the generated connections: the draft goes to the first one; the others
# wrote or were written to, so Heute has someone waiting for an answer.
PEOPLE = [
    ("Henrike", "Albrecht-Brandt", "Brandt Präzisionsteile GmbH", "Geschäftsführerin"),
    ("Maximilian", "Oberhauser", "Oberhauser Landtechnik GmbH & Co. KG", "Inhaber"),
    ("Friederike", "Lindqvist", "Lindqvist Feinkost GmbH", "Nachfolgerin"),
    ("Konstantin", "Wiesenthal", "Wiesenthal Spedition GmbH", "Kaufmännischer Leiter"),
    ("Theresa", "Kampmann", "Kampmann Dachbau GmbH", "Geschäftsführerin"),
    ("Benedikt", "Rautenberg", "Rautenberg Maschinenbau AG", "Prokurist"),
]
DRAFT_TO = PEOPLE[0]
REQUESTS = [
    ("Cornelius Vollmer", "cornelius-vollmer"),
    ("Annika Störtebeker", "annika-stoertebeker"),
    ("Wendelin Haferkamp", "wendelin-haferkamp"),
]


def person_url(first: str, last: str) -> str:
    """The profile URL of one of PEOPLE."""
    return f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-b2b"


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _connections(folder: Path, count: int) -> Path:
    """Connections.csv: generated rows, then PEOPLE; with the requesting people the store has `count` contacts."""
    path = folder / "Connections.csv"
    write_connections(path, count - len(PEOPLE) - len(REQUESTS))
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        for first, last, company, position in PEOPLE:
            writer.writerow([first, last, person_url(first, last), "", company, position, "14 Mar 2021"])
    return path


def _messages(now: datetime) -> bytes:
    """Two-message conversations with PEOPLE; the first three wrote last (they wait for an answer)."""
    rows = [
        [
            "CONVERSATION ID",
            "CONVERSATION TITLE",
            "FROM",
            "SENDER PROFILE URL",
            "TO",
            "RECIPIENT PROFILE URLS",
            "DATE",
            "SUBJECT",
            "CONTENT",
            "FOLDER",
            "IS MESSAGE DRAFT",
            "IS CONVERSATION DRAFT",
        ]
    ]
    for number, (first, last, company, _) in enumerate(PEOPLE):
        other = (f"{first} {last}", person_url(first, last))
        mine = now - timedelta(days=20 + 3 * number)
        theirs = now - timedelta(days=2 + number) if number < 3 else mine - timedelta(days=2)
        texts = [
            (ME, other, mine, f"Sehr geehrte Damen und Herren, gern stelle ich mich der {company} vor."),
            (other, ME, theirs, "Guten Tag Herr Hofmann, vielen Dank, melden Sie sich gern nächste Woche."),
        ]
        for sender, receiver, moment, content in sorted(texts, key=lambda text: text[2]):
            rows.append(
                [
                    f"2-latency-{number}",
                    "",
                    sender[0],
                    sender[1],
                    receiver[0],
                    receiver[1],
                    moment.strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "",
                    content,
                    "INBOX",
                    "No",
                    "No",
                ]
            )
    return _csv(rows)


def _invitations(now: datetime) -> bytes:
    """Open incoming connection requests of people not yet connected."""
    rows = [["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"]]
    for number, (name, slug) in enumerate(REQUESTS):
        sent = now - timedelta(days=1 + number)
        stamp = f"{sent.month}/{sent.day}/{sent.strftime('%y')}, 9:15 AM"
        rows.append(
            [
                name,
                ME[0],
                stamp,
                "Gern würde ich mich mit Ihnen vernetzen.",
                "INCOMING",
                f"https://www.linkedin.com/in/{slug}",
                ME[1],
            ]
        )
    return _csv(rows)


def write_export(path: Path, count: int) -> None:
    """A LinkedIn export zip with `count` connections, a few conversations and open requests."""
    now = datetime.now(UTC)
    connections = _connections(path.parent, count)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(connections, "Connections.csv")
        archive.writestr("Invitations.csv", _invitations(now))
        archive.writestr("messages.csv", _messages(now))


def app_command() -> list[str]:
    """How the README starts the app: the `advisor-tui` script beside this Python, else `python -m advisor_tui`."""
    script = Path(sys.executable).parent / "advisor-tui"
    return [str(script)] if script.exists() else [sys.executable, "-m", "advisor_tui"]


def cached_store(count: int, cache: Path | None = None) -> Path:
    """The store with `count` contacts, built once per day, count and schema under the temp folder.

    Keyed by the schema the measured code ships: a store of an older schema would be migrated (alembic, a backup
    copy) inside every session's timed start, which a real advisor pays once."""
    from advisor_tui.store.database import shipped_head

    cache = cache or Path(tempfile.gettempdir()) / "advisor-tui-latency"
    cache.mkdir(parents=True, exist_ok=True)
    store = cache / f"store-{count}-v{STORE_VERSION}-s{shipped_head()}-{datetime.now(UTC):%Y%m%d}.db"
    if store.exists():
        return store
    with tempfile.TemporaryDirectory(dir=cache) as folder:
        export, building = Path(folder) / "Complete_LinkedInDataExport.zip", Path(folder) / "store.db"
        write_export(export, count)
        subprocess.run(
            [*app_command(), "import", "linkedin", str(export), "--own-profile", ME[1], "--db", str(building)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        shutil.move(building, store)  # only a complete store gets the cached name
    return store


def fresh_copy(count: int, folder: Path) -> Path:
    """A copy of the cached store for one session (the session saves a draft, which would change the next run);
    `folder` must be new, so no journal of an earlier session lies beside it."""
    copy = folder / f"store-{count}.db"
    shutil.copyfile(cached_store(count), copy)
    return copy
