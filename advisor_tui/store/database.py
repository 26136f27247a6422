"""Opening the store file: private file modes, SQLite pragmas, migrations with a backup first."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect

from advisor_tui.paths import APP_NAME

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The store file cannot be used; the message is one German line for the user."""


_GERMAN_OS_ERRORS = {
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.ENOENT: "der Ordner fehlt",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.EEXIST: "ein Teil des Pfads ist eine Datei, kein Ordner",
    errno.EROFS: "das Dateisystem ist schreibgeschützt",
    errno.ENOSPC: "kein Speicherplatz frei",
}


def _reason(exc: OSError) -> str:
    return _GERMAN_OS_ERRORS.get(exc.errno, exc.strerror or str(exc))


def prepare_file(path: Path) -> None:
    """Create the folder (0700) and file (0600) if missing, refuse foreign files, keep both private."""
    try:
        if path.is_dir():
            raise StoreError(f"Die Datenbank {path} ist ein Ordner, keine Datei.")
        if path.exists():
            check_sqlite_file(path)
        else:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        os.chmod(path, 0o600)
        if path.parent.name == APP_NAME:  # our own data folder; never tighten a folder the user chose
            os.chmod(path.parent, 0o700)
    except OSError as exc:
        raise StoreError(f"Die Datenbank {path} kann nicht angelegt werden: {_reason(exc)}.") from exc


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Forgotten contacts must not linger in free pages of the file.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the store file with the pragmas every connection needs."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before anything writes to it."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"Die Datei {path} ist keine advisor-tui-Datenbank.")


def backup_copy(path: Path, revision: str | None) -> Path:
    """Copy the store consistently (SQLite backup API, safe under WAL) beside the original."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{revision or 'leer'}.{stamp}.bak")
    fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def latest_backup(path: Path) -> Path | None:
    """The newest backup copy of the store, if any."""
    copies = sorted(path.parent.glob(f"{path.name}.*.bak"), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def shipped_head() -> str:
    """The newest revision shipped: revisions are numbered files (0001_…, 0002_…) in a straight line."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def stored_revision(engine: Engine) -> str | None:
    """The revision the file is at, or None for a new or foreign-schema file."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to the newest revision; back the file up first if it held data. Returns the backup."""
    current = stored_revision(engine)
    if current == shipped_head():
        return None  # the everyday case: no need to load alembic (a fifth of the start-up time)
    from alembic import command
    from alembic.config import Config

    with engine.connect() as connection:
        has_tables = bool(inspect(connection).get_table_names())
    backup = backup_copy(path, current) if has_tables else None
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def restore_hint(path: Path) -> str:
    """A German sentence pointing to the newest backup copy, or empty."""
    backup = latest_backup(path)
    return f" Letzte Sicherung: {backup}" if backup else ""
