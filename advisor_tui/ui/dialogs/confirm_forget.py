"""Asks before a contact is forgotten, naming everything that will be deleted."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmForgetDialog(ModalScreen[bool]):
    """Yes/no for the right to be forgotten; returns True to delete."""

    CSS_PATH = "curation.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(False)", "Abbrechen", id="forget-cancel", tooltip="Nichts löschen"),
        Binding("j", "dismiss(True)", "Ja, vergessen", id="forget-yes",
                tooltip="Den Kontakt und alles Genannte endgültig löschen"),
    ]

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self._lines = list(lines)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm-dialog"):
            yield Static("Kontakt vergessen?", classes="dialog-title")
            yield Static("Endgültig gelöscht werden:\n" + "\n".join(f"  – {escape(line)}" for line in self._lines),
                         id="forget-lines")
            yield Static("Das lässt sich nicht rückgängig machen; in der Datei bleibt keine Kopie.",
                         classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Ja, vergessen (j)", variant="error", id="forget-yes-button")
                yield Button("Abbrechen (Esc)", id="forget-cancel-button")

    def on_mount(self) -> None:
        self.query_one("#forget-cancel-button", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "forget-yes-button")
