"""Export dialog: the contacts of the current filter as CSV, CSV for Excel or vCard, into a private file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from advisor_tui.domain.models import Contact
from advisor_tui.domain.numbers import german_number
from advisor_tui.io.export_formats import (
    EXPORT_FORMATS,
    FORMATS_BY_KEY,
    contacts_export_path,
    exportable,
    with_format_suffix,
)
from advisor_tui.io.files import WriteFailed, display_path, path_from_input
from advisor_tui.ui.dialogs._parts import show_status, with_enter
from advisor_tui.ui.text import plain
from advisor_tui.ui.workers import background
from advisor_tui.usecases.exporting import export_contacts


def _contacts_word(count: int) -> str:
    return f"{german_number(count)} Kontakt" + ("" if count == 1 else "e")


FormatList = with_enter(OptionList, "Exportieren", "export-run-list",
                        "Die Kontakte im markierten Format in die Datei schreiben")
ExportPathInput = with_enter(Input, "Exportieren", "export-run-path", "Die Kontakte in diese Datei schreiben")


class ExportDialog(ModalScreen[Path | None]):
    """Pick a format and a file; the chosen contacts (never blocked ones) are written privately (0600)."""

    CSS = """
    #export-body { width: 100; max-width: 95%; height: auto; max-height: 90%; border: round $primary;
                   background: $surface; padding: 1 2; }
    #export-scope { margin-bottom: 1; }
    #export-formats { height: auto; }
    #export-status { margin-top: 1; text-style: bold; }
    #export-status.error { color: $error; }
    """
    AUTO_FOCUS = "#export-formats"
    BINDINGS = [
        Binding("escape", "close", "Schließen", id="export-close", tooltip="Dialog schließen"),
        Binding("enter", "export", "Exportieren", id="export-run", tooltip="Die Kontakte in die Datei schreiben"),
        Binding("1", "format(0)", "Format", key_display="1–3", id="export-format",
                tooltip="Format wählen: 1 CSV, 2 CSV für Excel, 3 vCard"),
        Binding("2", "format(1)", "Format", show=False, id="export-format-2", tooltip="CSV für Excel"),
        Binding("3", "format(2)", "Format", show=False, id="export-format-3", tooltip="vCard"),
    ]

    def __init__(self, contacts: list[Contact], description: str, segment_name: str = "") -> None:
        super().__init__()
        self._contacts = exportable(contacts)
        self._blocked = len(contacts) - len(self._contacts)
        self._description = description
        self._segment_name = segment_name  # a saved segment's name goes into the proposed file name
        self._key = EXPORT_FORMATS[0].key
        self._confirm_overwrite: Path | None = None
        self._state = "choose"  # choose → writing → done
        self._written: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body"):
            yield Static("Kontakte exportieren", classes="dialog-title")
            yield Static(plain(self._scope_text()), id="export-scope")
            yield FormatList(*(Option(f"{n}  {fmt.label}  ·  {fmt.hint}", id=fmt.key)
                               for n, fmt in enumerate(EXPORT_FORMATS, 1)), id="export-formats")
            # In the browser (`advisor-tui serve`) the app still runs on this machine: the file is not a download.
            where = "Datei auf diesem Rechner, kein Download im Browser (Tab):" if self.app.is_web else "Datei (Tab):"
            yield Static(where, classes="dialog-hint")
            yield ExportPathInput(id="export-path")
            yield Static("", id="export-status")
            yield Static("Enter exportiert · ↑↓ oder 1–3 wählt das Format · Esc schließt",
                         id="export-hint", classes="dialog-hint")
        yield Footer()

    def _scope_text(self) -> str:
        text = f"{self._description}: {_contacts_word(len(self._contacts))}"
        if self._blocked:
            text += f" ({german_number(self._blocked)} gesperrte bleiben draußen)"
        return text

    def on_mount(self) -> None:
        proposed = contacts_export_path(self._today(), self._key, self._segment_name)
        self.query_one("#export-path", Input).value = display_path(proposed)
        if not self._contacts:
            self._show_status("Keine Kontakte zum Exportieren: der Filter passt auf niemanden.", error=True)

    def _today(self) -> date:
        return getattr(self.app, "today", None) or date.today()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Export only with contacts and before it is done; no closing while the file is written."""
        if action == "export":
            return bool(self._contacts) and self._state != "writing"
        if action == "format":
            return self._state == "choose"
        if action == "close":
            return self._state != "writing"
        return True

    def action_close(self) -> None:
        """Close, handing back the written file (or None)."""
        if self._state != "writing":
            self.dismiss(self._written)

    def action_format(self, index: int) -> None:
        """Choose a format by number."""
        self.query_one("#export-formats", OptionList).highlighted = index

    @on(OptionList.OptionHighlighted, "#export-formats")
    def _format_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._key = event.option.id or EXPORT_FORMATS[0].key
        path_input = self.query_one("#export-path", Input)
        current = path_from_input(path_input.value)
        if current is not None:
            path_input.value = display_path(with_format_suffix(current, self._key))

    @on(OptionList.OptionSelected, "#export-formats")
    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self.action_export()

    @on(Input.Changed, "#export-path")
    def _path_changed(self) -> None:
        self._confirm_overwrite = None

    def action_export(self) -> None:
        """Write the file (after a second Enter when it exists), or close once done."""
        if self._state == "done":
            self.dismiss(self._written)
            return
        if not self._contacts or self._state == "writing":
            return
        target = path_from_input(self.query_one("#export-path", Input).value)
        if target is None:
            self._show_status("Bitte einen Dateinamen angeben.", error=True)
            return
        if target.exists() and target != self._confirm_overwrite:
            self._confirm_overwrite = target
            self._show_status(f"„{display_path(target)}“ gibt es schon. Enter überschreibt die Datei.", error=True)
            return
        self._state = "writing"
        self._show_status("Wird geschrieben …")
        self.refresh_bindings()
        self.write_file(target, self._key)

    @background("Export", group="export")
    def write_file(self, target: Path, key: str) -> None:
        """Render, write and remember the file off the UI thread."""
        store = getattr(self.app, "store", None)  # the dialog host in tests has none
        try:
            export_contacts(store, self._contacts, key, target)
        except WriteFailed as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._done, target, key)

    def _failed(self, message: str) -> None:
        self._state = "choose"
        self._show_status(message, error=True)
        self.refresh_bindings()

    def _done(self, target: Path, key: str) -> None:
        self._state = "done"
        self._written = target
        label = FORMATS_BY_KEY[key].label
        count = _contacts_word(len(self._contacts))
        self._show_status(f"{count} als {label} nach „{display_path(target)}“ geschrieben.")
        self.query_one("#export-path", Input).disabled = True
        self.query_one("#export-formats", OptionList).disabled = True
        self.query_one("#export-hint", Static).update("Enter oder Esc schließt")
        self.set_focus(None)
        self.refresh_bindings()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        show_status(self.query_one("#export-status", Static), text, error=error)
