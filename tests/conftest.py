"""Shared fixtures: every test runs against temporary folders, never the advisor's real data."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

import pytest

# Where PYTHONDONTWRITEBYTECODE is set (as on this team's machines) every xdist worker would compile the app and
# rewrite the asserts of every test module again on every run: about 9 s of CPU per worker. The caches go to the
# git-ignored __pycache__ folders, as in any run without that variable; no test depends on them. Set before the
# app's first import, so its modules are cached too.
sys.dont_write_bytecode = False

from advisor_tui.store.store import Store  # noqa: E402


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """One worker more than cores: Pilot tests wait on their event loop, and the extra worker fills those gaps."""
    return (os.cpu_count() or 1) + 1


# A Monday morning, so "this week" and working-day logic are deterministic.
FIXED_NOW = datetime(2026, 11, 23, 9, 0)


def make_private(monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    """Point platformdirs (XDG) and $HOME at `home` and drop $ADVISOR_TUI_DB."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("ADVISOR_TUI_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (XDG) and $HOME at a temporary folder and drop $ADVISOR_TUI_DB."""
    return make_private(monkeypatch, tmp_path_factory.mktemp("home"))


def _copy_store(template: Path, target: Path) -> Path:
    """Copy a closed store file (and a WAL, if SQLite kept one) to a new folder of its own."""
    target.parent.mkdir(mode=0o700, parents=True)
    for suffix in ("", "-wal"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copy2(source, f"{target}{suffix}")
    return target


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated store file, built once per worker: migrating a new file costs more than copying one."""
    path = tmp_path_factory.mktemp("template") / "advisor.db"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo network as of FIXED_NOW in a store file, seeded once per worker."""
    from advisor_tui.demo import seed_demo

    path = tmp_path_factory.mktemp("demo-template") / "advisor.db"
    seeded = Store.open(path)
    seed_demo(seeded, today=FIXED_NOW.date())
    seeded.close()
    return path


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path):
    """An empty, migrated store in a temporary file (holding the demo network when the test asks for demo_store)."""
    template = "demo_template" if "demo_store" in request.fixturenames else "store_template"
    opened = Store.open(_copy_store(request.getfixturevalue(template), tmp_path / "store" / "advisor.db"))
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store seeded with the demo network as of FIXED_NOW (a copy of the seeded template)."""
    return store
