"""Another process holds the store's write lock while the app loads, tags and imports: notices, nothing lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from textual.widgets import Static

from advisor_tui.demo import seed_demo
from advisor_tui.store import database
from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.import_file import ImportDialog
from tests.conftest import FIXED_NOW
from tests.robustness.app_steps import recorded_notices
from tests.ui.conftest import SIZE, settle, text_of

DATA = Path(__file__).resolve().parents[1] / "data"

# The other window: takes the write lock (BEGIN IMMEDIATE) and keeps it until told to let go.
HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    from pathlib import Path
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    Path(sys.argv[2]).touch()
    while not Path(sys.argv[3]).exists():
        time.sleep(0.02)
    conn.execute("ROLLBACK")
""")


@pytest.fixture
def locked_store(tmp_path: Path, monkeypatch):
    """The demo store, with a second process holding its write lock; yields (store, release)."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # wait 0.2 s for the lock, not 5 s, then give up
    store = Store.open(tmp_path / "advisor.db")
    seed_demo(store, today=FIXED_NOW.date())
    ready, stop = tmp_path / "ready", tmp_path / "stop"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.path), str(ready), str(stop)])
    deadline = time.monotonic() + 30
    while not ready.exists():
        assert holder.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    yield store, stop.touch
    stop.touch()
    holder.wait(timeout=30)
    store.close()


async def test_the_app_loads_and_refuses_writes_while_another_window_holds_the_lock(locked_store, tmp_path) -> None:
    store, release = locked_store
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    shutil.copy(DATA / "linkedin" / "Connections.csv", downloads / "Connections.csv")
    app = make_app(store, now=FIXED_NOW)
    shown = recorded_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "150" in text_of(app, "#tile-contacts")  # reading is never blocked by a writer
        await pilot.press("k")
        await settle(pilot)
        assert "150" in text_of(app, "#relevance") or "von 150" in text_of(app, "#relevance")
        await pilot.press("t", "space", "space", "a")  # accept the suggestion for the third untagged contact
        await settle(pilot)
        assert any("gesperrt" in notice for notice in shown), shown
        assert store.contacts.count_untagged() == 12  # nothing half-written

        app.push_screen(ImportDialog(store, downloads=downloads))
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        status = str(app.screen.query_one("#import-status", Static).render())
        assert "gesperrt" in status and "nichts gespeichert" in status
        assert store.contacts.count() == 150

        release()
        await pilot.pause(0.3)
        app.screen.query_one("#import-candidates").focus()
        await pilot.press("1")  # the same file again, now that the other window let go
        await settle(pilot)
        assert store.contacts.count() == 155
        assert app.is_running
    assert app._exception is None
