"""Redaktionsplan: the weekly content queue."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from advisor_tui.ui.screens.base import ViewScreen


class RedaktionsplanScreen(ViewScreen):
    """Content plan view; the week view is not built yet and says so."""

    MODE = "redaktionsplan"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "[b]Redaktionsplan[/b]\n\n"
            "Diese Ansicht ist noch nicht fertig.\n\n"
            "Hier planen Sie mindestens einen eigenen Beitrag pro Kalenderwoche: Wochen ohne Beitrag "
            "fallen auf, Ideen warten im Ideenspeicher, und der Plan lässt sich als Kalender exportieren.",
            classes="placeholder",
        )
