"""A served demo store for the web tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import _copy_store
from tests.web.served import Served


@pytest.fixture
def served(demo_template: Path, tmp_path: Path) -> Iterator[Served]:
    """`advisor-tui serve --port 0` on a copy of the demo store; stopped (Ctrl+C) afterwards."""
    server = Served(_copy_store(demo_template, tmp_path / "store" / "advisor.db"), tmp_path)
    try:
        yield server
    finally:
        server.stop()
