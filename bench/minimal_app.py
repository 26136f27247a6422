"""The smallest Textual app bench/latency.py compares advisor-tui with: one Static, `x` counts up in it.

Run: `python bench/minimal_app.py`; it shows „Bereit · 0“, each `x` adds one, `q` quits.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static

READY = "Bereit"


class MinimalApp(App[None]):
    """A Static that shows a counter."""

    BINDINGS = [
        Binding("x", "count", "Zählen", id="minimal-count", tooltip="Den Zähler erhöhen"),
        Binding("q", "quit", "Beenden", id="minimal-quit", tooltip="Beenden"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.counter = 0

    def compose(self) -> ComposeResult:
        yield Static(f"{READY} · 0", id="counter")

    def action_count(self) -> None:
        """Count one up and show it."""
        self.counter += 1
        self.query_one("#counter", Static).update(f"{READY} · {self.counter}")


if __name__ == "__main__":
    MinimalApp().run()
