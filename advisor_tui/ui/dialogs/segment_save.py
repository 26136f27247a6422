"""Name the current filter to use it again (here and in `export contacts --segment`)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from advisor_tui.ui.text import literal


class SegmentSaveDialog(ModalScreen[str | None]):
    """Asks for a segment name; returns it, or None when cancelled."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Abbrechen", id="segment-cancel", tooltip="Nicht speichern")]

    def __init__(self, description: str, name: str = "") -> None:
        super().__init__()
        self._description = description
        self._name = name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog segment-dialog"):
            yield Static("Segment speichern", classes="dialog-title")
            yield Static(f"Filter: {literal(self._description)}")
            yield Input(self._name, placeholder="Name, z. B. Bau-Unternehmer", id="segment-name")
            yield Static("Enter speichert (gleicher Name ersetzt) · Esc bricht ab · Export: "
                         "advisor-tui export contacts --segment NAME", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#segment-name", Input).focus()

    @on(Input.Submitted, "#segment-name")
    def _submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if not name:
            self.notify("Bitte einen Namen eingeben.", severity="warning")
            return
        self.dismiss(name)
