"""Start-up does only what the first screen needs: no heavy imports, no ORM set-up, no write at an everyday open."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from advisor_tui.domain.models import Settings
from advisor_tui.store.store import Store

# Loaded when their view, dialog or command is used, never to show Heute.
HEAVY = (
    "alembic", "chunspell", "icalendar", "vobject", "ftfy", "dateutil.parser", "advisor_tui.domain.courtesy",
    "advisor_tui.usecases.checking", "advisor_tui.ui.screens.kontakte", "advisor_tui.ui.screens.nachricht",
    "advisor_tui.ui.screens.redaktionsplan", "advisor_tui.ui.dialogs.help", "advisor_tui.ui.dialogs.import_file",
    "advisor_tui.ui.dialogs.settings", "advisor_tui.io.linkedin", "advisor_tui.io.vcard", "openpyxl",
)

START = """
import json, sys
from advisor_tui.cli import build_parser
from advisor_tui.commands._common import open_store
from advisor_tui.ui.app import make_app
store = open_store(build_parser().parse_args(["--db", sys.argv[1]]), create=True)
make_app(store)
store.settings.save(store.settings.load())  # what Heute's loader and the settings dialog do
from sqlalchemy import inspect
from advisor_tui.store.tables import ContactRow
heavy = [name for name in sys.argv[2:] if name in sys.modules]
print(json.dumps({"heavy": heavy, "orm_configured": inspect(ContactRow).configured}))
store.close()
"""


def start_in_fresh_process(db: Path) -> dict:
    """What starting the app as the command line does loads, seen from a new interpreter."""
    output = subprocess.run([sys.executable, "-c", START, str(db), *HEAVY], capture_output=True, text=True,
                            check=True, timeout=120).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_starting_the_app_loads_no_heavy_module_and_no_orm(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    Store.open(db).close()  # created and migrated: the everyday start finds it at the newest revision
    started = start_in_fresh_process(db)
    assert started["heavy"] == []
    # The first ORM query configures every mapper (tens of milliseconds): start-up reads with Core only.
    assert started["orm_configured"] is False


def test_everyday_open_waits_for_no_other_window(tmp_path: Path) -> None:
    """Another window holding the write lock (an import) does not delay or block opening the store."""
    db = tmp_path / "store.db"
    Store.open(db).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        store = Store.open(db)
        store.close()
        assert time.perf_counter() - started < 2  # the busy timeout is 5 s
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_settings_round_trip_replaces_earlier_values(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    try:
        store.settings.save(Settings(advisor_name="Anna Berater", own_institution="Sparkasse"))
        store.settings.save(Settings(advisor_name="Anna Beraterin", own_institution="Sparkasse"))
        assert store.settings.load() == Settings(advisor_name="Anna Beraterin", own_institution="Sparkasse")
    finally:
        store.close()


def test_a_changed_vocabulary_is_seeded_again(tmp_path: Path) -> None:
    """The shortcut for an unchanged vocabulary still lets an update's renamed sector through."""
    db = tmp_path / "store.db"
    Store.open(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sector SET name = 'alt' WHERE code = 'C'")
        conn.execute("DELETE FROM role WHERE key = 'unternehmer'")
    Store.open(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sector WHERE code = 'C'").fetchone()[0] != "alt"
        assert conn.execute("SELECT count(*) FROM role WHERE key = 'unternehmer'").fetchone()[0] == 1


def test_help_loads_neither_the_store_nor_textual() -> None:
    """`advisor-tui --help` and usage errors answer at once: every command registers without its machinery."""
    code = ("import sys\nfrom advisor_tui.cli import build_parser\nbuild_parser().format_help()\n"
            "print(sorted({'sqlalchemy', 'textual', 'advisor_tui.domain.courtesy'} & set(sys.modules)))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert output.stdout.strip() == "[]"
