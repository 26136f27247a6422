"""Every background job goes through one guard: a failure is a German notice and the app keeps running."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
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


def _locked() -> OperationalError:
    return OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))


@pytest.mark.parametrize(("error", "expected"), [
    (_locked(), lambda message: "gesperrt" in message),  # a store failure: explained by the store's German line
    (ValueError("kaputt"),  # anything else: the job named in German, the error's kind, never a traceback
     lambda message: message.startswith("Kontakte laden ist nicht gelungen") and "ValueError" in message),
], ids=["locked-store", "unexpected"])
async def test_a_failing_loader_is_a_german_notice_and_the_app_keeps_running(demo_store, monkeypatch, error,
                                                                             expected) -> None:
    def failing():
        raise error

    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.contacts, "snapshot", failing)  # the shared contacts: read ahead, then failing
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, KontakteScreen)
        assert len(app.failures) == 1
        shown = [n.message for n in app._notifications]
        assert any(expected(message) for message in shown), shown
        await pilot.press("f1")  # the app still answers keys
        await settle(pilot)
        assert app.is_running
