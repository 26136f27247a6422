"""A yes/no question with the consequences spelled out; `j` says yes, Esc says no."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from advisor_tui.ui.text import literal


def remaining_errors(subject: str, errors: int) -> str:
    """`Die Nachricht hat noch 2 Fehler (siehe Prüfung).`: the line of a question to go on despite errors."""
    return f"{subject} hat noch {errors} Fehler (siehe Prüfung)."


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; returns True for yes. The cancel button has the focus."""

    CSS = """
    .confirm-dialog { border: round $error; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(False)", "Abbrechen", id="confirm-cancel", tooltip="Nichts tun und schließen"),
        Binding("j", "dismiss(True)", "Ja", id="confirm-yes", tooltip="Ja, so machen"),
    ]

    def __init__(self, title: str, text: str, yes: str, *, hint: str = "", text_id: str = "confirm-text") -> None:
        super().__init__()
        self._title, self._text, self._yes, self._hint, self._text_id = title, text, yes, hint, text_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm-dialog"):
            yield Static(literal(self._title), classes="dialog-title")
            yield Static(literal(self._text, multiline=True), id=self._text_id)
            if self._hint:
                yield Static(self._hint, classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self._yes} (j)", variant="error", id="confirm-yes-button")
                yield Button("Abbrechen (Esc)", id="confirm-cancel-button")

    def on_mount(self) -> None:
        self.query_one("#confirm-cancel-button", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes-button")


class ConfirmForgetDialog(ConfirmDialog):
    """Yes/no for the right to be forgotten, naming everything that will be deleted; True deletes."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__(
            "Kontakt vergessen?",
            "Endgültig gelöscht werden:\n" + "\n".join(f"  – {line}" for line in lines),
            "Ja, vergessen",
            hint="Das lässt sich nicht rückgängig machen; in der Datei bleibt keine Kopie.",
            text_id="forget-lines",
        )
