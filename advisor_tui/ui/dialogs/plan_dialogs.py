"""Where the content plan is written as an iCalendar file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from advisor_tui.io.files import WriteFailed, display_path, path_from_input


class PlanExportDialog(ModalScreen[Path | None]):
    """Asks for a file and saves the plan there with `save`; stays open while that fails."""

    CSS = """
    .plan-dialog { width: 80; max-width: 95%; height: auto; border: round $primary; background: $surface;
                   padding: 1 2; }
    #export-problem { height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Abbrechen", id="export-cancel", tooltip="Nicht exportieren")]

    def __init__(self, default: Path, save: Callable[[Path], None]) -> None:
        super().__init__()
        self._default = default
        self._save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="plan-dialog"):
            yield Static("Redaktionsplan als Kalenderdatei (.ics) speichern", classes="dialog-title")
            yield Input(display_path(self._default), id="export-path")
            yield Static(id="export-problem", classes="alert", markup=False)
            yield Static("Enter speichert · Esc bricht ab · nur Sie können die Datei lesen (0600)",
                         classes="dialog-hint")

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        target = path_from_input(event.value)
        problem = self.query_one("#export-problem", Static)
        if target is None:
            problem.update("Bitte einen Dateinamen angeben.")
            return
        try:
            self._save(target)
        except WriteFailed as exc:
            problem.update(str(exc))  # stay open, so the path can be corrected
            return
        self.dismiss(target)

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
