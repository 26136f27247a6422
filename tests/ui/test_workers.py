"""Every background job goes through one guard: a failure is a German notice and the app keeps running."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

import advisor_tui.ui
from advisor_tui.ui.app import make_app
from advisor_tui.ui.screens.kontakte import KontakteScreen
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, settle

UI = Path(advisor_tui.ui.__file__).parent


def test_no_worker_is_started_around_the_guard() -> None:
    bare = re.compile(r"@work\b|\brun_worker\(|from textual import .*\bwork\b")
    offenders = [str(path.relative_to(UI)) for path in UI.rglob("*.py")
                 if path.name != "workers.py" and bare.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


async def test_a_locked_store_while_loading_is_a_notice_not_the_end(demo_store, monkeypatch) -> None:
    def locked():
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(demo_store.contacts, "list", locked)
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, KontakteScreen)
        assert len(app.failures) == 1
        shown = [n.message for n in app._notifications]
        assert any("gesperrt" in message or "Datenbank" in message for message in shown), shown
        await pilot.press("f1")  # the app still answers keys
        await settle(pilot)
        assert app.is_running


async def test_an_unexpected_failure_names_the_job_in_german(demo_store, monkeypatch) -> None:
    def broken():
        raise ValueError("kaputt")

    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(demo_store.contacts, "list", broken)
        await pilot.press("k")
        await settle(pilot)
        shown = [n.message for n in app._notifications]
        assert any(m.startswith("Kontakte laden ist nicht gelungen") and "ValueError" in m for m in shown), shown
        assert app.is_running
