"""Opening the store file: private file modes, SQLite pragmas, migrations with a backup first."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext

from advisor_tui.io.files import os_reason
from advisor_tui.paths import APP_NAME
from advisor_tui.store.faults import StoreError, failure, latest_backup, restore_hint

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000

__all__ = ["StoreError", "failure", "restore_hint"]  # re-exported: callers know them from here


def _refuse(message: str) -> None:
    raise StoreError(message)


def _check_folder(folder: Path) -> None:
    """The store's folder must be ours (or a shared sticky one like /tmp) and writable for the journal."""
    if not folder.is_dir():
        _refuse(f"Die Datenbank kann nicht angelegt werden: {folder} ist kein Ordner.")
    info = folder.stat()
    shared = bool(info.st_mode & stat.S_ISVTX)
    if info.st_uid != os.geteuid() and not shared:
        _refuse(f"Der Ordner {folder} gehört einem anderen Benutzer; advisor-tui legt seine Daten nur in "
                "eigene Ordner.")
    owner_cannot_write = info.st_uid == os.geteuid() and not info.st_mode & stat.S_IWUSR
    if owner_cannot_write or not os.access(folder, os.W_OK | os.X_OK):
        _refuse(f"Der Ordner {folder} ist schreibgeschützt; die Datenbank braucht dort Platz für ihr Journal.")
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        _refuse(f"Der Ordner {folder} liegt auf einem schreibgeschützten Datenträger.")


def _check_existing(path: Path) -> None:
    """An existing store file: ours, writable by its own permissions (also for root), and SQLite."""
    info = path.stat()
    if info.st_uid != os.geteuid():
        _refuse(f"Die Datenbank {path} gehört einem anderen Benutzer; advisor-tui öffnet sie nicht.")
    if not info.st_mode & stat.S_IWUSR or not os.access(path, os.R_OK | os.W_OK):
        _refuse(f"Die Datenbank {path} ist schreibgeschützt (Rechte {stat.S_IMODE(info.st_mode):04o}); "
                f"advisor-tui ändert das nicht von sich aus. Freigeben mit: chmod 600 {path}")
    check_sqlite_file(path)


def _check_link(path: Path) -> None:
    """A symbolic link must lead to an existing, non-empty store (never made into one)."""
    if not path.is_symlink():
        return
    target = os.readlink(path)
    if not path.exists():
        _refuse(f"Die Datenbank {path} ist ein Verweis auf {target}, das es nicht gibt.")
    if path.is_file() and path.stat().st_size == 0:
        _refuse(f"Die Datenbank {path} ist ein Verweis auf die leere Datei {target}; "
                "advisor-tui macht daraus keine Datenbank.")


def prepare_file(path: Path) -> None:
    """Create the folder (0700) and file (0600) if missing; refuse what is not ours, read-only or foreign."""
    try:
        _check_link(path)
        if path.is_dir():
            _refuse(f"Die Datenbank {path} ist ein Ordner, keine Datei.")
        real = path.resolve()
        if real.exists():
            _check_folder(real.parent)
            _check_existing(real)
            if stat.S_IMODE(real.stat().st_mode) & 0o177:
                os.chmod(real, 0o600)  # only ever tightened: never adds a write permission
        else:
            if real.parent.exists():
                _check_folder(real.parent)
            else:
                real.parent.mkdir(mode=0o700, parents=True)
            fd = os.open(real, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            os.close(fd)
        if real.parent.name == APP_NAME:  # our own data folder; never tighten a folder the user chose
            os.chmod(real.parent, 0o700)
    except OSError as exc:
        raise StoreError(f"Die Datenbank {path} kann nicht angelegt werden: {os_reason(exc)}.") from exc


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

    # The path is bound here: the context's engine is None in some failures (a pool pre-ping).
    def translate(context: ExceptionContext) -> StoreError | None:
        """Replace a full disk, a damaged file, a lock or a read-only file by one German StoreError."""
        return failure(context.original_exception, path)

    event.listen(engine, "handle_error", translate)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the write lock from its first statement (BEGIN IMMEDIATE).

    Whatever it reads is still true when it writes: no other process can write in between.
    """
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before anything writes to it."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        # Beside our own backups it is a damaged store, not a foreign file: point at the backup.
        hint = restore_hint(path) if latest_backup(path) else ""
        raise StoreError(f"Die Datei {path} ist keine advisor-tui-Datenbank (mehr)." + hint)


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


def shipped_revisions() -> set[str]:
    """Every revision this version knows: numbered files (0001_…, 0002_…)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def shipped_head() -> str:
    """The newest revision shipped: revisions are numbered files in a straight line."""
    return max(shipped_revisions())


def _revision(connection: Connection) -> str | None:
    # Plain reads, not SQLAlchemy's inspector: this runs at every start.
    table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    if connection.exec_driver_sql(table).scalar() is None:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def stored_revision(engine: Engine) -> str | None:
    """The revision the file is at, or None for a new or foreign-schema file."""
    with engine.connect() as connection:
        return _revision(connection)


def _refuse_newer(path: Path, current: str | None) -> None:
    if current is not None and current not in shipped_revisions():
        from advisor_tui import __version__

        raise StoreError(f"Die Datenbank {path} wurde mit einer neueren Version von advisor-tui angelegt "
                         f"(Schema {current}); diese Version ({__version__}) öffnet sie nicht, damit nichts "
                         "verloren geht. Bitte advisor-tui aktualisieren.")


def migrate(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to the newest revision; back the file up first if it held data. Returns the backup."""
    current = stored_revision(engine)
    if current == shipped_head():
        return None  # the everyday case: no need to load alembic (a fifth of the start-up time)
    _refuse_newer(path, current)
    from alembic import command
    from alembic.config import Config

    # Under the write lock, and asked again: a second process starting at the same moment waits, then finds
    # the schema done instead of creating the same tables twice.
    with write_transaction(engine) as connection:
        current = _revision(connection)
        if current == shipped_head():
            return None
        _refuse_newer(path, current)
        has_tables = bool(inspect(connection).get_table_names())
        backup = backup_copy(path, current) if has_tables else None
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def schema_differences(engine: Engine) -> list:
    """How the file's schema differs from the tables of the code (alembic's comparison; want: none)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from advisor_tui.store.tables import SQLModel

    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
