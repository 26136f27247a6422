"""Mutated real-format files for every importer and one in-process run of the command line on each.

Shared by tests/robustness/test_fuzz_importers.py (hypothesis, bounded) and bench/fuzz_importers.py (long runs).
A case is a seed file plus a list of mutations; each mutation is (operation, position, token index), so that
hypothesis can shrink a crash to the smallest case and the bench can draw the same cases at random.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
import time
import traceback
import zipfile
from dataclasses import dataclass
from pathlib import Path

from advisor_tui.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"

SEEDS: dict[str, tuple[Path, ...]] = {
    "linkedin": tuple(
        DATA / "linkedin" / name
        for name in ("Connections.csv", "Connections_cp1252.csv", "Connections_excel.csv", "Connections_old.csv",
                     "Invitations.csv", "Invitations_old.csv", "messages.csv", "messages_plain.csv")
    ),
    "vcard": tuple(sorted((DATA / "vcard").glob("*.vcf"))),
    "plan": (DATA / "plan" / "plan.csv", DATA / "plan" / "plan_excel.csv", DATA / "plan" / "plan.ics"),
}
ZIP_MEMBERS = ("Connections.csv", "Invitations.csv", "messages.csv")

# What breaks parsers: quotes, NULs, line ends that are not, encodings cut in half, huge numbers, odd dates,
# terminal escapes, markup, deep nesting, vCard and quoted-printable syntax.
TOKENS: tuple[bytes, ...] = (
    b'"', b'""', b"\x00", b"\r", b"\n", b"\r\n", b",", b";", b"\t", b"\\", b"=", b"=\r\n", b":",
    b"99999999999999999999999999", b"-1", b"0", b"\xff", b"\xc3", b"\xe2\x80", b"\xe2\x80\xa8", b"\xc2\x85",
    b"\x0c", b"\x1b]52;c;ZWNobyBwd25lZA==\x07", b"\x1b[2J", b"[/]", b"[bold]", b"{" * 300, b"(" * 300,
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"BEGIN:VCARD\r\nVERSION:2.1\r\n", b"CHARSET=KLINGONISCH",
    b";ENCODING=QUOTED-PRINTABLE", b";ENCODING=b", b"=C3=", b"29.02.2027", b"00.00.0000", b"32.13.2026",
    b"2026-W53", b"2026-W99", b"9999-W52", b"31.12.9999", b"0001-01-01", b"NA", b"null", b"\xef\xbb\xbf",
    b"\xff\xfe", b"https://www.linkedin.com/in", b"x" * 70_000, b"," * 2_000,
)
# Tokens that reach the LinkedIn row parsing (dates and profile URLs), which another branch rewrites;
# crashes they cause are counted apart until that branch is merged.
ROW_TOKENS: tuple[bytes, ...] = (
    b"https://[x", b"[", b"9999-12-31 23:59:59 UTC", b"12/31/9999, 11:59 PM", b"0001-01-01 00:00:00+01:00",
    b"31 Dec 99999", b"99999-01-01T00:00:00",
)
OPERATIONS = ("flip", "truncate", "insert", "replace", "cell", "duplicate-line", "delete-line", "repeat-line", "method")
CASE_SECONDS = 10.0

Mutation = tuple[str, int, int]


def mutate(data: bytes, mutations: list[Mutation], tokens: tuple[bytes, ...] = TOKENS) -> bytes:
    """The data with each mutation applied in turn."""
    for operation, position, token in mutations:
        data = _apply(data, operation, position % (len(data) + 1), tokens[token % len(tokens)])
    return data


def _apply(data: bytes, operation: str, at: int, token: bytes) -> bytes:
    start = data.rfind(b"\n", 0, at) + 1
    end = data.find(b"\n", at)
    end = len(data) if end < 0 else end + 1
    line = data[start:end]
    if operation == "flip" and at < len(data):
        return data[:at] + bytes([data[at] ^ (1 << (token[0] % 8 if token else 0))]) + data[at + 1:]
    if operation == "truncate":
        return data[:at]
    if operation == "insert":
        return data[:at] + token + data[at:]
    if operation == "replace":
        return data[:at] + token + data[at + len(token):]
    if operation == "cell":  # the whole field around the position: a CSV cell, a vCard value, a date
        first = max(data.rfind(separator, start, at) for separator in (b",", b";", b":", b"\t")) + 1
        last = min((found for separator in (b",", b";", b"\r", b"\n")
                    if (found := data.find(separator, at, end)) >= 0), default=end)
        return data[:max(first, start)] + token + data[last:]
    if operation == "duplicate-line":
        return data[:end] + line + data[end:]
    if operation == "delete-line":
        return data[:start] + data[end:]
    if operation == "repeat-line":
        return data[:end] + line * min(len(token) * 50, 5_000) + data[end:]
    return data  # "method" only means something for a zip


def export_zip(members: dict[str, bytes], mutations: list[Mutation]) -> bytes:
    """A LinkedIn export zip of the members, the zip's own bytes then mutated ("method" marks bzip2/LZMA)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(f"Basic_LinkedInDataExport_11-21-2026/{name}", content)
    data = buffer.getvalue()
    for operation, position, token in mutations:
        if operation == "method":
            data = _mark_method(data, (12, 14)[token % 2])
        else:
            data = _apply(data, operation, position % (len(data) + 1), TOKENS[token % len(TOKENS)])
    return data


def _mark_method(data: bytes, method: int) -> bytes:
    # The compression method of every member, in the local headers and the central directory alike.
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset:at + offset + 2] = method.to_bytes(2, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


def dump(db: Path) -> list:
    """Every row of every table, to compare a store before and after."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")]
        return [(table, connection.execute(f"SELECT * FROM \"{table}\" ORDER BY 1").fetchall()) for table in tables]


def template_store(folder: Path) -> Path:
    """A store holding the real Connections.csv and plan, so that 'unchanged' means something."""
    db = folder / "template.db"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["import", "linkedin", str(SEEDS["linkedin"][0]), "--db", str(db)]) == 0
        assert main(["import", "plan", str(SEEDS["plan"][0]), "--db", str(db)]) == 0
    return db


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one import did: exit code, stderr, the crash if any, seconds, and whether a refused import wrote."""

    exit_code: int | None
    stderr: str
    crash: str
    seconds: float
    store_changed: bool

    @property
    def failed(self) -> bool:
        """Whether the contract broke: a crash, an exit other than 0/2, a traceback, a write on refusal, slowness."""
        return bool(self.crash) or self.exit_code not in (0, 2) or "Traceback" in self.stderr \
            or self.store_changed or self.seconds > CASE_SECONDS


def run_case(kind: str, data: bytes, filename: str, template: Path, template_dump: list, folder: Path) -> Outcome:
    """Import the data as `advisor-tui import KIND FILE --db COPY` in this process."""
    path = folder / filename
    path.write_bytes(data)
    db = folder / "advisor.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, db)
    stderr = io.StringIO()
    crash, code = "", None
    started = time.process_time()  # CPU seconds: other processes on the machine do not count
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
            code = main(["import", kind, str(path), "--db", str(db)])
    except Exception as error:  # the contract says no exception ever reaches the user
        crash = _describe(error)
    seconds = time.process_time() - started
    changed = code == 2 and dump(db) != template_dump
    return Outcome(code, stderr.getvalue(), crash, seconds, changed)


def _describe(error: Exception) -> str:
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if "advisor_tui" in frame.filename]
    where = frames[-1] if frames else None
    place = f"{Path(where.filename).parent.name}/{Path(where.filename).name}:{where.lineno}" if where else "?"
    return f"{type(error).__name__}: {str(error)[:120]} ({place})"
