"""F1: every key of the app and of the view underneath, in German."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

_KEY_NAMES = {"escape": "Esc", "slash": "/", "enter": "Enter", "space": "Leertaste", "delete": "Entf"}


def key_label(binding: Binding) -> str:
    """A German key name: "Strg+Q", "F1", "/"."""
    if binding.key_display:
        return binding.key_display
    key = binding.key.split(",")[0]
    key = _KEY_NAMES.get(key, key)
    key = key.replace("ctrl+", "Strg+").replace("shift+", "Umschalt+")
    if key[:1] == "f" and key[1:].isdigit():
        return key.upper()
    return key[:-1] + key[-1].upper() if "+" in key else key


class HelpDialog(ModalScreen[None]):
    """A table of keys: those of the current view, then those that work everywhere."""

    CSS = """
    #help-body { width: 100; max-width: 95%; height: auto; max-height: 90%; border: round $primary;
                 background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Schließen", id="help-close", tooltip="Hilfe schließen")]

    def __init__(self, app: App) -> None:
        super().__init__()
        self._rows = self._collect(app)

    @staticmethod
    def _collect(app: App) -> list[tuple[str, str, str]]:
        """Only the bindings our own classes declare; Textual's built-in ones are English and generic."""
        own = type(app.screen).__dict__.get("BINDINGS", [])
        rows = [
            (key_label(binding), binding.description, binding.tooltip)
            for binding in (*own, *type(app).BINDINGS)
            if isinstance(binding, Binding) and binding.description
        ]
        rows.append(("Esc", "Zurück", "Dialog schließen oder Eingabe verlassen"))
        return rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static("Tastenkürzel", classes="dialog-title")
            yield DataTable(id="help-keys", show_cursor=False, zebra_stripes=True)
            yield Static("Esc oder F1 schließt diese Hilfe.", classes="dialog-hint")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Taste", "Aktion", "Erklärung")
        table.add_rows(self._rows)
