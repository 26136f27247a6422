"""A store that already holds an absurd date (written by an older version) still opens, shows it and forgets it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from advisor_tui.ui.screens.kontakte import KontakteScreen
from advisor_tui.ui.screens.kontakte_table import ContactTable
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, settle

MESSAGES = Path(__file__).resolve().parents[1] / "data" / "linkedin" / "real_2026_messages_quoted.csv"
PETRA = "https://www.linkedin.com/in/petra-wagner-nachfolge"


@pytest.fixture
def poisoned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store whose first contact and message carry 9999-12-31 23:59:59, in a time zone east of UTC."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    db = tmp_path / "advisor.db"
    assert main(["import", "linkedin", str(MESSAGES), "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE message SET sent_at = '9999-12-31 23:59:59' WHERE id = (SELECT min(id) FROM message)")
        conn.execute("UPDATE contact SET connected_on = '9999-12-31', last_contact_at = '9999-12-31 23:59:59'"
                     " WHERE profile_url = 'https://linkedin.com/in/petra-wagner-nachfolge'")
    yield db
    monkeypatch.delenv("TZ")
    time.tzset()


def test_commands_read_and_forget_the_poisoned_contact(poisoned: Path, capsys) -> None:
    assert main(["today", "--db", str(poisoned)]) == 0
    assert main(["export", "contacts", "--db", str(poisoned)]) == 0
    assert "Petra" in capsys.readouterr().out
    assert main(["forget", PETRA, "--yes", "--db", str(poisoned)]) == 0
    assert "Petra Wagner" in capsys.readouterr().out


async def test_the_app_opens_and_lists_the_poisoned_contact(poisoned: Path) -> None:
    store = Store.open(poisoned)
    try:
        app = make_app(store, now=FIXED_NOW)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("k")
            await settle(pilot)
            assert isinstance(app.screen, KontakteScreen)
            table = app.screen.query_one("#contacts", ContactTable)
            assert any("Petra" in str(table.get_row_at(row)[0]) for row in range(table.row_count))
    finally:
        store.close()
