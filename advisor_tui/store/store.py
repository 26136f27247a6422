"""The store: one SQLite file, opened once, with a repository per area."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from advisor_tui.store.activity import ActivityRepository
from advisor_tui.store.analytics import AnalyticsRepository
from advisor_tui.store.audit import AuditRepository
from advisor_tui.store.contacts import ContactRepository
from advisor_tui.store.database import (
    BUSY_TIMEOUT_MS,
    StoreError,
    make_engine,
    migrate,
    prepare_file,
    write_transaction,
)
from advisor_tui.store.drafting import DraftRepository, TemplateRepository
from advisor_tui.store.faults import failure, lost_journal, lost_journal_warning, restore_hint
from advisor_tui.store.feedback import FeedbackRepository
from advisor_tui.store.own_activity import OwnActivityRepository
from advisor_tui.store.plan import PlanRepository
from advisor_tui.store.results import ResultsRepository
from advisor_tui.store.settings import SettingsRepository, seed_vocabulary
from advisor_tui.store.unit import Bind
from advisor_tui.store.words import WordRepository


class Repositories:
    """One repository per area, all bound alike: to the engine, or to one unit of work's connection."""

    def __init__(self, bind: Bind) -> None:
        self.contacts = ContactRepository(bind)
        self.activity = ActivityRepository(bind)
        self.plan = PlanRepository(bind)
        self.settings = SettingsRepository(bind)
        self.templates = TemplateRepository(bind)
        self.drafts = DraftRepository(bind)
        self.words = WordRepository(bind)
        self.feedback = FeedbackRepository(bind)
        self.analytics = AnalyticsRepository(bind)
        self.own_activity = OwnActivityRepository(bind)
        self.audit = AuditRepository(bind)
        self.results = ResultsRepository(bind)


class UnitOfWork(Repositories):
    """The repositories inside one transaction: every write commits together, or none does."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.conn = conn


class Store(Repositories):
    """Everything the advisor keeps, behind plain-object repositories."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        super().__init__(self.engine)
        # A connection that never writes: SQLite's data_version on it moves with every commit of any other
        # connection, ours or another window's, so views learn cheaply whether their data changed.
        self._watch = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        self._watch_lock = threading.Lock()
        self.backup: Path | None = None
        # German lines the front end shows once after opening (the store is usable nonetheless).
        self.warnings: list[str] = []

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the store file; raises StoreError with a German message."""
        path = Path(path)
        prepare_file(path)
        journal_lost = lost_journal(path)  # before SQLite rebuilds the index and the evidence is gone
        store = cls(path)
        try:
            store.backup = migrate(store.engine, path)
            seed_vocabulary(store.engine)
        except StoreError:
            store.close()
            raise
        except DBAPIError as exc:
            store.close()
            known = failure(exc, path)
            raise known or StoreError(f"Die Datenbank {path} lässt sich nicht öffnen." + restore_hint(path)) from exc
        if journal_lost:
            store.warnings.append(lost_journal_warning(path))
        return store

    @contextmanager
    def transaction(self) -> Iterator[UnitOfWork]:
        """One unit of work: holds the write lock from its start and commits everything at its end."""
        with write_transaction(self.engine) as conn:
            yield UnitOfWork(conn)

    def data_version(self) -> int:
        """A number that changes whenever anyone (this app or another window) committed a change."""
        with self._watch_lock:
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Release every connection."""
        with self._watch_lock:
            self._watch.close()
        self.engine.dispose()
