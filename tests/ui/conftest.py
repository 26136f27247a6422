"""Helpers for Pilot tests: start the app on a store and wait until its workers are done."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Static

from advisor_tui.ui.app import AdvisorApp, make_app
from tests.conftest import FIXED_NOW

SIZE = (120, 40)


async def settle(pilot) -> None:
    """Let loading workers finish and the screen redraw."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def enter_text(pilot, text: str) -> None:
    """Put text into the focused field as one paste: for tests where typing itself is not under test."""
    pilot.app.post_message(events.Paste(text))  # as the terminal delivers a paste
    await pilot.pause()


def text_of(app: AdvisorApp, selector: str) -> str:
    """The plain text a Static currently shows."""
    return str(app.screen.query_one(selector, Static).render())


@pytest.fixture
def demo_app(demo_store) -> AdvisorApp:
    """The app on the demo store at the fixed test moment."""
    return make_app(demo_store, now=FIXED_NOW)
