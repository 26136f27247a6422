"""Robustness fixtures: the hostile store, imported through the command line as the advisor would, once per module."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.store.store import Store
from tests.conftest import FIXED_NOW, make_private
from tests.robustness.hostile_files import add_hostile_data, assert_clean, write_all


@pytest.fixture(scope="module")
def hostile_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile files imported with `advisor-tui import` (whose output must stay clean), plus the rest."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "advisor.db"
    with pytest.MonkeyPatch.context() as monkeypatch:  # module scope: private_dirs is not set up yet
        make_private(monkeypatch, folder / "home")
        for kind, path in write_all(folder):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                assert main(["import", kind, str(path), "--db", str(db)]) == 0
            assert_clean(out.getvalue())
    store = Store.open(db)
    add_hostile_data(store, FIXED_NOW.date())
    store.close()
    return db


@pytest.fixture
def hostile_db(hostile_template: Path, tmp_path: Path) -> Path:
    """A copy of the hostile store for one test (tests change it)."""
    return Path(shutil.copy2(hostile_template, tmp_path / "advisor.db"))
