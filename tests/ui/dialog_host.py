"""A minimal App that shows one dialog and records what it was dismissed with."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.app import App
from textual.screen import Screen

import advisor_tui.ui.app
from tests.conftest import FIXED_NOW

UNSET = object()


class DialogHost(App):
    """Pushes the dialog on start; `result` holds the dismiss value once it closes."""

    # The dialog frame, title, hint and buttons are app-wide styles: the dialogs look as they do in the app.
    CSS_PATH = Path(advisor_tui.ui.app.__file__).with_name("app.tcss")

    def __init__(self, dialog: Screen, now: datetime = FIXED_NOW) -> None:
        super().__init__()
        self._dialog = dialog
        self.now = now
        self.today = now.date()
        self.result: object = UNSET

    def on_mount(self) -> None:
        self.push_screen(self._dialog, callback=self._on_dialog_closed)

    def _on_dialog_closed(self, result: object) -> None:
        self.result = result
