"""The right to be forgotten beyond the contact row: keyed hashes for imports, the app's backups, earlier exports.

A forgotten person leaves behind only HMAC-SHA256 digests of their identity keys (profile key, e-mail
address), keyed with a random salt kept once per store: enough to recognise them in an old export file,
nothing readable. The salt lives in the same file, so someone holding the file and guessing a profile URL
can test the guess; the digests only keep the person out of sight, as the law asks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select

from advisor_tui.domain.contacts.batch import ImportBatch, SkippedRow
from advisor_tui.domain.contacts.identity import fold_name, identity_key, normalize_profile_url
from advisor_tui.domain.contacts.import_text import forgotten_skipped
from advisor_tui.domain.models import Contact
from advisor_tui.store.feedback import STATEMENT_REMOVED, names, naming
from advisor_tui.store.tables import EXPORT_RECORD, FORGOTTEN, SETTING
from advisor_tui.store.timeconv import to_domain, utc_now
from advisor_tui.store.unit import Bind, reading, writing

SALT_KEY = "forgotten_salt"


def identity_keys(contact: Contact) -> set[str]:
    """The keys a person is recognised by in an import: their identity (profile or name) and e-mail."""
    keys = {identity_key(contact)}
    if contact.email.strip():
        keys.add("email:" + contact.email.strip().casefold())
    return keys


def _salt(conn: Connection) -> bytes | None:
    """The store's own key for the hashes, or None before anyone was forgotten."""
    value = conn.execute(select(SETTING.c.value).where(SETTING.c.key == SALT_KEY)).scalar()
    return bytes.fromhex(json.loads(value)) if value else None


def _made_salt(conn: Connection) -> bytes:
    """The store's key for the hashes, made on first use."""
    conn.execute(insert(SETTING).prefix_with("OR IGNORE").values(key=SALT_KEY, value=json.dumps(secrets.token_hex(32))))
    salt = _salt(conn)
    if salt is None:
        raise RuntimeError("the salt of the forgotten hashes was not stored")
    return salt


def _digest(salt: bytes, key: str) -> str:
    return hmac.new(salt, key.encode("utf-8"), hashlib.sha256).hexdigest()


def remember_forgotten(conn: Connection, contact: Contact, on: date) -> None:
    """Keep the keyed hashes of a contact being forgotten (inside the transaction that deletes it)."""
    salt = _made_salt(conn)
    rows = [{"digest": _digest(salt, key), "forgotten_on": on} for key in sorted(identity_keys(contact))]
    conn.execute(insert(FORGOTTEN).prefix_with("OR REPLACE"), rows)


def _counterparts(batch: ImportBatch) -> Iterator[tuple[object, Contact]]:
    """Every record of the batch with the person it is about, as (item, person)."""
    yield from ((c, c) for c in batch.contacts)
    yield from ((c, c.counterpart) for c in batch.conversations)
    yield from ((r, r.counterpart) for r in batch.requests)


def _forgotten_in(bind: Bind, batch: ImportBatch) -> dict[int, date]:
    """Which records of the batch are about a forgotten person (by id of the record), and since when."""
    with reading(bind) as conn:
        if conn.execute(select(FORGOTTEN.c.digest).limit(1)).first() is None:
            return {}  # the everyday case: nobody forgotten, no hashing
        salt = _salt(conn)
        if salt is None:
            return {}  # hashes without the key they were made with cannot match anyone
        known: dict[str, date] = dict(conn.execute(select(FORGOTTEN.c.digest, FORGOTTEN.c.forgotten_on)).all())
    found: dict[int, date] = {}
    for item, person in _counterparts(batch):
        dates = [known[d] for d in (_digest(salt, key) for key in identity_keys(person)) if d in known]
        if dates:
            found[id(item)] = min(dates)
    return found


def forgotten_filter(bind: Bind, batch: ImportBatch) -> ImportBatch:
    """The batch without the people the advisor had forgotten; each dropped record listed as skipped."""
    found = _forgotten_in(bind, batch)
    if not found:
        return batch
    # One line per day of forgetting, not one per record: a person's contact, chats and requests go together.
    days = Counter(found[id(item)] for item, _person in _counterparts(batch) if id(item) in found)
    skipped = [SkippedRow(0, forgotten_skipped(count, day), batch.source) for day, count in sorted(days.items())]
    return replace(
        batch,
        contacts=[c for c in batch.contacts if id(c) not in found],
        conversations=[c for c in batch.conversations if id(c) not in found],
        requests=[r for r in batch.requests if id(r) not in found],
        skipped=[*batch.skipped, *skipped],
    )


def lift_forgotten(bind: Bind, batch: ImportBatch) -> int:
    """Remove the hashes of everyone in the batch (the advisor brought them back on purpose); returns how many."""
    with writing(bind) as conn:
        salt = _salt(conn)
        if salt is None:
            return 0
        digests = {_digest(salt, key) for _item, person in _counterparts(batch) for key in identity_keys(person)}
        return conn.execute(delete(FORGOTTEN).where(FORGOTTEN.c.digest.in_(digests))).rowcount if digests else 0


# --- the app's own backups ---------------------------------------------------------------------------

def backups_of(store_path: Path) -> list[Path]:
    """The migration backups the app made beside the store (advisor.db.<rev>.<time>.bak)."""
    return sorted(store_path.parent.glob(f"{store_path.name}.*.bak"))


def _same_person(row: tuple, contact: Contact, keys: set[str]) -> bool:
    """Whether a backup's contact row is the forgotten person: identity, profile, e-mail, or name and company."""
    identity, first, last, company, email, url = (value or "" for value in row[1:])
    if identity in keys or (email.strip() and "email:" + email.strip().casefold() in keys):
        return True
    if url and normalize_profile_url(url) and normalize_profile_url(url) == normalize_profile_url(contact.profile_url):
        return True
    same_name = fold_name(f"{first} {last}") == fold_name(contact.full_name)
    return same_name and (fold_name(company) == fold_name(contact.company) or not (url or contact.profile_url))


def scrub_backup(backup: Path, contact: Contact) -> bool:
    """Delete the person (and all that hangs on them) from one backup file, overwriting freed space; True if found."""
    keys = identity_keys(contact)
    connection = sqlite3.connect(backup)
    try:
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA foreign_keys = ON")
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "contact" not in tables:
            return False
        rows = connection.execute(
            "SELECT id, identity, first_name, last_name, company, email, profile_url FROM contact").fetchall()
        ids = [row[0] for row in rows if _same_person(row, contact, keys)]
        if not ids:
            return False
        marks = ",".join("?" * len(ids))
        with connection:
            for table in sorted(tables):
                columns = {r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')}
                if "contact_id" in columns:  # also where an old schema had no cascade
                    connection.execute(f'DELETE FROM "{table}" WHERE contact_id IN ({marks})', ids)
            connection.execute(f"DELETE FROM contact WHERE id IN ({marks})", ids)
            if "feedback" in tables:
                _scrub_feedback(connection, contact)
            if {"label", "contact_label"} <= tables:
                connection.execute("DELETE FROM label WHERE id NOT IN (SELECT label_id FROM contact_label)")
        connection.execute("VACUUM")  # rewrites the file: nothing of the person in free pages either
        return True
    finally:
        connection.close()


def _scrub_feedback(connection: sqlite3.Connection, contact: Contact) -> None:
    """In a backup: the feedback entries and triage statements naming the person, as forget_feedback does live."""
    folded = naming(contact)
    if folded is None:
        return
    rows = connection.execute("SELECT id, note, source_text FROM feedback").fetchall()
    connection.executemany("DELETE FROM feedback WHERE id = ?",
                           [(row[0],) for row in rows if names(f"{row[1]}\n{row[2]}", folded)])
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'triage_decision'").fetchone():
        statements = connection.execute("SELECT id, statement FROM triage_decision").fetchall()
        connection.executemany("UPDATE triage_decision SET statement = ? WHERE id = ?",
                               [(STATEMENT_REMOVED, row[0]) for row in statements if names(row[1], folded)])


def scrub_backups(store_path: Path, contact: Contact) -> tuple[int, list[str]]:
    """Remove the person from every backup the app made; returns from how many, and the ones that failed."""
    scrubbed, failed = 0, []
    for backup in backups_of(store_path):
        try:
            scrubbed += scrub_backup(backup, contact)
        except (sqlite3.Error, OSError):  # damaged or read-only: the advisor has to delete it by hand
            failed.append(str(backup))
    return scrubbed, failed


# --- earlier exports -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ExportRecord:
    """A contact file the app wrote."""

    path: Path
    written_at: datetime
    count: int


def record_export(bind: Bind, path: Path, count: int) -> None:
    """Remember a contact file written (path, time, how many contacts) for later forgetting."""
    with writing(bind) as conn:
        conn.execute(insert(EXPORT_RECORD).values(path=str(Path(path).resolve()), written_at=utc_now(),
                                                  count=count))


def _mentions(path: Path, contact: Contact) -> bool:
    """Whether an exported file names the person (unreadable files count as naming them)."""
    try:
        text = path.read_bytes().decode("utf-8", "replace").casefold()
    except OSError:
        return True
    needles = [contact.email.strip(), normalize_profile_url(contact.profile_url), contact.last_name.strip()]
    return any(needle and needle.casefold() in text for needle in needles)


def exports_holding(bind: Bind, contact: Contact) -> list[ExportRecord]:
    """Files exported earlier that still exist and name the person (the advisor must delete them by hand)."""
    with reading(bind) as conn:
        rows = conn.execute(select(EXPORT_RECORD.c.path, EXPORT_RECORD.c.written_at, EXPORT_RECORD.c.count)
                            .order_by(EXPORT_RECORD.c.written_at)).all()
    records, seen = [], set()
    # Unpacked, not row.count: to type checkers (and SQLAlchemy before 2.1) that is the tuple method.
    for stored_path, written_at, count in rows:
        path = Path(stored_path)
        if path in seen or not os.path.isfile(path) or not _mentions(path, contact):
            continue
        seen.add(path)
        records.append(ExportRecord(path, to_domain(written_at), count))
    return records
