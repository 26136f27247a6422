"""A served demo store for the web tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import _copy_store
from tests.web.served import Served


@pytest.fixture
def served(demo_template: Path, tmp_path: Path) -> Iterator[Served]:
    """`advisor-tui serve --port 0` on a copy of the demo store; stopped (Ctrl+C) afterwards."""
    folder = tmp_path / "store"
    if os.environ.get("ADVISOR_TUI_SCREENSHOTS"):  # the README's picture shows the store's path in the header
        folder = Path(tempfile.gettempdir()) / "advisor-tui"
        shutil.rmtree(folder, ignore_errors=True)
    server = Served(_copy_store(demo_template, folder / "advisor.db"), tmp_path)
    try:
        yield server
    finally:
        server.stop()
