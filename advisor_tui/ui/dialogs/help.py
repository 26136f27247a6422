"""F1: every key of the view (or dialog) underneath and of the whole app, in German, wrapped and scrollable."""

from __future__ import annotations

from typing import NamedTuple

from rich.table import Table
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from advisor_tui.ui.keys import key_label
from advisor_tui.ui.text import plain

THIS_VIEW = "Diese Ansicht"
THIS_DIALOG = "Dieser Dialog"
EVERYWHERE = "Überall"
ACTION_WIDTH = 20  # "Segment sichern", "Vorlagen bearbeiten"; longer ones wrap


class HelpRow(NamedTuple):
    """One key in the help: its German name, what it does, a longer explanation, and where it works."""

    key: str
    description: str
    tooltip: str
    group: str


def help_rows(app: App) -> list[HelpRow]:
    """The keys of the screen on top, then the app's; only our own, each with an id and a German tooltip."""
    own = [binding for bindings in app.screen._bindings.key_to_bindings.values() for binding in bindings]
    rows: list[HelpRow] = []
    seen: set[tuple[str, str]] = set()
    here = THIS_DIALOG if isinstance(app.screen, ModalScreen) else THIS_VIEW
    for group, bindings in ((here, own), (EVERYWHERE, list(type(app).BINDINGS))):
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.id or not binding.description:
                continue  # Textual's own keys (Tab, Strg+C) have no id and an English description
            if (binding.description, binding.tooltip) in seen:
                continue  # "1–9 Datei wählen" stands for the other digits
            seen.add((binding.description, binding.tooltip))
            rows.append(HelpRow(key_label(binding), binding.description, binding.tooltip, group))
    rows.append(HelpRow("Esc", "Zurück", "Dialog schließen oder Eingabe verlassen", EVERYWHERE))
    return rows


def help_table(rows: list[HelpRow], key_width: int) -> Table:
    """The rows as a table, its last column wrapped to the dialog's width."""
    table = Table(show_header=False, box=None, expand=True, padding=(0, 1, 0, 0))
    table.add_column("Taste", no_wrap=True, style="bold", width=key_width)
    table.add_column("Aktion", width=ACTION_WIDTH)
    table.add_column("Erklärung", ratio=1)
    for row in rows:
        table.add_row(plain(row.key), plain(row.description), plain(row.tooltip))
    return table


class HelpDialog(ModalScreen[None]):
    """The keys, grouped: this view (or dialog), then those that work everywhere; the list scrolls."""

    CSS = """
    #help-frame { width: 100; max-width: 95%; height: auto; max-height: 90%; border: round $primary;
                  background: $surface; padding: 0 1; }
    #help-frame > .dialog-title { dock: top; }
    #help-frame > .dialog-hint { dock: bottom; }
    #help-keys { height: auto; max-height: 100%; }
    #help-keys:focus { background-tint: $foreground 3%; }
    .help-group { margin-top: 1; text-style: bold; color: $accent; }
    """
    AUTO_FOCUS = "#help-keys"
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Schließen", id="help-close", tooltip="Hilfe schließen")]

    def __init__(self, app: App) -> None:
        super().__init__()
        self.rows = help_rows(app)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-frame"):
            yield Static("Tastenkürzel", classes="dialog-title")
            # the list takes the focus, so ↑ ↓ Bild↑ Bild↓ Pos1 Ende scroll it
            with VerticalScroll(id="help-keys"):
                key_width = max(len(row.key) for row in self.rows)
                for group in dict.fromkeys(row.group for row in self.rows):
                    yield Static(group, classes="help-group")
                    yield Static(help_table([row for row in self.rows if row.group == group], key_width))
            yield Static("↑ ↓ Bild↑ Bild↓ blättern · Esc, F1 oder q schließt die Hilfe.", classes="dialog-hint")
