"""Shared fixtures: every test runs against temporary folders, never the advisor's real data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from advisor_tui.store.store import Store

# A Monday morning, so "this week" and working-day logic are deterministic.
FIXED_NOW = datetime(2026, 11, 23, 9, 0)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (XDG) and $HOME at a temporary folder and drop $ADVISOR_TUI_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("ADVISOR_TUI_DB", raising=False)
    return home


@pytest.fixture
def store(tmp_path: Path):
    """An empty, migrated store in a temporary file."""
    opened = Store.open(tmp_path / "store" / "advisor.db")
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store seeded with the demo network as of FIXED_NOW."""
    from advisor_tui.demo import seed_demo

    seed_demo(store, today=FIXED_NOW.date())
    return store
