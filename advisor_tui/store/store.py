"""The store: one SQLite file, opened once, with a repository per area."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from advisor_tui.store.activity import ActivityRepository
from advisor_tui.store.contacts import ContactRepository
from advisor_tui.store.database import StoreError, make_engine, migrate, prepare_file
from advisor_tui.store.drafting import DraftRepository, TemplateRepository
from advisor_tui.store.faults import failure, lost_journal, lost_journal_warning, restore_hint
from advisor_tui.store.plan import PlanRepository
from advisor_tui.store.settings import SettingsRepository, seed_vocabulary
from advisor_tui.store.words import WordRepository


class Store:
    """Everything the advisor keeps, behind plain-object repositories."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self.contacts = ContactRepository(self.engine)
        self.activity = ActivityRepository(self.engine)
        self.plan = PlanRepository(self.engine)
        self.settings = SettingsRepository(self.engine)
        self.templates = TemplateRepository(self.engine)
        self.drafts = DraftRepository(self.engine)
        self.words = WordRepository(self.engine)
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

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
