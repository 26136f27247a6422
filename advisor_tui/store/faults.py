"""What can go wrong with the store file, said in one German line: full disk, damage, locks, a lost journal."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

# SQLite's primary result codes (the low byte of the extended code).
_FULL, _CORRUPT, _NOTADB, _READONLY, _BUSY, _LOCKED, _IOERR, _CANTOPEN, _PERM = 13, 11, 26, 8, 5, 6, 10, 14, 3
# Messages of errors raised by Python's driver itself, without a result code.
_DAMAGE_TEXTS = ("malformed", "not a database", "could not decode", "file is encrypted")


class StoreError(Exception):
    """The store file cannot be used; the message is one German line for the user."""


def latest_backup(path: Path) -> Path | None:
    """The newest backup copy of the store, if any."""
    copies = sorted(path.parent.glob(f"{path.name}.*.bak"), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def restore_hint(path: Path) -> str:
    """A German sentence pointing to the newest backup copy."""
    backup = latest_backup(path)
    if backup is None:
        return " Eine Sicherungskopie gibt es nicht."
    return f" Letzte Sicherung: {backup} (zum Wiederherstellen an die Stelle der Datenbank kopieren)."


def _code(exc: BaseException) -> tuple[int | None, str]:
    """SQLite's primary result code (None if unknown) and the driver's text of a (wrapped) driver error."""
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    return (code & 0xFF if code is not None else None), str(original).casefold()


def failure(exc: BaseException, path: Path) -> StoreError | None:
    """The German StoreError for a database error caused by the file or the disk, else None (a bug)."""
    if not isinstance(getattr(exc, "orig", None) or exc, sqlite3.Error):
        return None
    code, text = _code(exc)
    if code == _FULL or "disk is full" in text:
        return StoreError(f"Kein Speicherplatz frei für die Datenbank {path}; diese Änderung wurde nicht "
                          "gespeichert, alles Bisherige ist erhalten.")
    if code in (_CORRUPT, _NOTADB) or any(part in text for part in _DAMAGE_TEXTS):
        return StoreError(f"Die Datenbank {path} ist beschädigt." + restore_hint(path))
    if code == _READONLY or "readonly" in text:
        # File and folder permissions were checked on opening: what is left is a read-only medium or a
        # damaged header (a write version SQLite does not know makes the file read-only to it).
        return StoreError(f"Die Datenbank {path} lässt sich nicht beschreiben (schreibgeschützter Datenträger "
                          "oder beschädigter Dateikopf); es wurde nichts gespeichert." + restore_hint(path))
    if code in (_BUSY, _LOCKED) or "locked" in text:
        return StoreError(f"Die Datenbank {path} ist gerade gesperrt (ein anderes advisor-tui schreibt); "
                          "bitte gleich noch einmal versuchen.")
    if code in (_CANTOPEN, _PERM) or "unable to open" in text:
        return StoreError(f"Die Datenbank {path} lässt sich nicht öffnen (Datei oder Ordner nicht zugänglich).")
    if code == _IOERR or "disk i/o" in text:
        return StoreError(f"Die Datenbank {path} kann nicht gelesen oder geschrieben werden "
                          "(Ein-/Ausgabefehler des Datenträgers)." + restore_hint(path))
    return None


def explain(exc: BaseException, path: Path) -> str | None:
    """The German line for a store failure (our StoreError or an explainable driver error), else None."""
    if isinstance(exc, StoreError):
        return str(exc)
    known = failure(exc, path)
    return str(known) if known is not None else None


# The WAL index (-shm) starts with two copies of a 48-byte header, then the checkpoint info.
_SHM_HEADER = struct.Struct("=IIIBBHII")  # version, unused, change, isInit, bigEndCksum, pageSize, mxFrame, nPage
_SHM_VERSION = 3007000
_WAL_HEADER, _FRAME_HEADER = 32, 24


def lost_journal(path: Path) -> bool:
    """Whether committed changes were in a write-ahead log (-wal) that is now missing or cut short.

    Checked from the WAL index (-shm) that a crashed process leaves behind: it records how many frames the
    log held (mxFrame) and how many were already copied into the database (nBackfill). Without an -shm file
    (both files lost, or the file copied alone) nothing can be said.
    """
    shm = Path(f"{path}-shm")
    try:
        data = shm.read_bytes()[:100]
    except OSError:
        return False
    if len(data) < 100 or data[:48] != data[48:96]:
        return False
    version, _unused, _change, initialised, _big, page_size, frames, _pages = _SHM_HEADER.unpack_from(data)
    (backfilled,) = struct.unpack_from("=I", data, 96)
    if version != _SHM_VERSION or not initialised or frames <= backfilled:
        return False
    page_size = 65536 if page_size == 1 else page_size
    wal = Path(f"{path}-wal")
    needed = _WAL_HEADER + frames * (_FRAME_HEADER + page_size)
    return not wal.exists() or wal.stat().st_size < needed


def lost_journal_warning(path: Path) -> str:
    """The German warning when `lost_journal` is true."""
    return (f"Achtung: Die letzten gespeicherten Änderungen standen noch in {path}-wal, und diese Datei fehlt "
            "oder ist gekürzt; sie sind verloren." + restore_hint(path))
