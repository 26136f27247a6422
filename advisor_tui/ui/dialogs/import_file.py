"""Import dialog: a LinkedIn export, a LinkedIn analytics workbook or a vCard file into the store, all or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy.exc import SQLAlchemyError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.files import (
    describe_size,
    display_path,
    import_candidates,
    import_kind,
    path_from_input,
)
from advisor_tui.store.faults import StoreError, explain
from advisor_tui.store.importer import ImportResult, summary_lines
from advisor_tui.store.store import Store
from advisor_tui.ui.dialogs._parts import show_status, with_enter
from advisor_tui.ui.text import plain
from advisor_tui.ui.workers import background
from advisor_tui.usecases.analytics_import import AnalyticsImportResult, import_analytics, read_analytics_file
from advisor_tui.usecases.importing import read_contacts_file, write_contacts

PARSE_SHARE = 0.3  # the progress bar's part for reading the file; writing gets the rest
_KIND_LABELS = {"linkedin": "LinkedIn", "vcard": "vCard", "analytics": "LinkedIn-Analytics"}


def candidate_prompt(number: int, path: Path) -> str:
    """One line of the Downloads list: key, name, kind, date, size."""
    stat = path.stat()
    when = datetime.fromtimestamp(stat.st_mtime).strftime("%d.%m.%Y %H:%M")
    kind = _KIND_LABELS[import_kind(path)]
    return f"{number}  {path.name}  ·  {kind}  ·  {when}  ·  {describe_size(stat.st_size)}"


# title, hint and example file name of the dialog as opened for contacts and for analytics
_CONTACT_TEXTS = (
    "Kontakte importieren",
    "LinkedIn-Datenexport (.zip, Connections.csv, Invitations.csv, messages.csv), LinkedIn-Analytics (.xlsx) "
    "oder vCard-Datei (.vcf, z. B. von XING)",
    "Basic_LinkedInDataExport.zip",
)
_ANALYTICS_TEXTS = (
    "LinkedIn-Analytics einlesen",
    "Der Export der Analytics-Seite (.xlsx): Gesamtexport (Content_…, AggregateAnalytics_…) "
    "oder Export eines Beitrags (PostAnalytics_…, SinglePostAnalytics_…)",
    "AggregateAnalytics_….xlsx",
)

CandidateList = with_enter(OptionList, "Einlesen", "import-run-list", "Die markierte Datei einlesen")
PathInput = with_enter(Input, "Einlesen", "import-run-path", "Die Datei unter diesem Pfad einlesen")


class ImportDialog(ModalScreen[ImportResult | AnalyticsImportResult | None]):
    """Choose a file, watch it being read and written, see what changed."""

    CSS = """
    #import-body { width: 100; max-width: 95%; height: auto; max-height: 90%; border: round $primary;
                   background: $surface; padding: 1 2; }
    #import-path { margin: 1 0 0 0; }
    #import-candidates-title { margin-top: 1; color: $text-muted; }
    #import-candidates { height: auto; max-height: 11; }
    #import-progress { margin-top: 1; }
    #import-status { margin-top: 1; text-style: bold; }
    #import-status.error { color: $error; }
    #import-summary { height: auto; max-height: 14; margin-top: 1; }
    """
    AUTO_FOCUS = None
    BINDINGS = [
        Binding("escape", "close", "Schließen", id="import-close", tooltip="Dialog schließen"),
        Binding("enter", "finish", "Fertig", id="import-done", tooltip="Ergebnis gelesen, Dialog schließen"),
        Binding("1", "pick(1)", "Datei wählen", key_display="1–9", id="import-pick",
                tooltip="Eine der zuletzt heruntergeladenen Dateien einlesen"),
        *(Binding(str(n), f"pick({n})", "Datei wählen", show=False, id=f"import-pick-{n}",
                  tooltip="Eine der zuletzt heruntergeladenen Dateien einlesen") for n in range(2, 10)),
    ]

    def __init__(self, store: Store, downloads: Path | None = None, *, analytics: bool = False) -> None:
        super().__init__()
        self._analytics = analytics  # opened as "Analytics einlesen": only analytics workbooks offered
        self._store = store
        self._downloads = downloads if downloads is not None else Path(platformdirs.user_downloads_dir())
        self._candidates: list[Path] = []
        self._state = "choose"  # choose → running → done
        self._result: ImportResult | AnalyticsImportResult | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="import-body"):
            title, hint, example = _ANALYTICS_TEXTS if self._analytics else _CONTACT_TEXTS
            yield Static(title, classes="dialog-title")
            yield Static(hint, classes="dialog-hint")
            yield PathInput(placeholder=f"Pfad zur Datei, z. B. ~/Downloads/{example}",
                        id="import-path")
            yield Static("", id="import-candidates-title")
            yield CandidateList(id="import-candidates")
            yield ProgressBar(total=None, show_eta=False, id="import-progress")
            yield Static("", id="import-status")
            with VerticalScroll(id="import-summary"):
                yield Static("", id="import-summary-text")
            yield Static("Enter liest ein · Tab wechselt zwischen Pfad und Liste · Esc schließt",
                         id="import-hint", classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self._candidates = import_candidates(self._downloads)
        if self._analytics:
            self._candidates = [path for path in self._candidates if import_kind(path) == "analytics"]
        options = self.query_one("#import-candidates", OptionList)
        title = self.query_one("#import-candidates-title", Static)
        if self._candidates:
            title.update(plain(f"Zuletzt in {display_path(self._downloads)} (Taste 1–{len(self._candidates)}):"))
            options.add_options(Option(plain(candidate_prompt(n, path)), id=str(n - 1))
                                for n, path in enumerate(self._candidates, 1))
            options.focus()
        else:
            title.update(plain(f"In {display_path(self._downloads)} liegt kein LinkedIn-Export, keine "
                               "LinkedIn-Analytics-Datei und keine vCard-Datei."))
            options.display = False
            self.query_one("#import-hint", Static).update("Enter liest ein · Esc schließt")
            self.query_one("#import-path", Input).focus()
        self.query_one("#import-progress").display = False
        self.query_one("#import-summary").display = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys only where they make sense: no closing while writing, picking only before."""
        if action == "close":
            return self._state != "running"
        if action == "finish":
            return self._state == "done"
        if action == "pick":
            number = parameters[0]  # the bindings pass pick(1) … pick(9)
            return self._state == "choose" and isinstance(number, int) and number <= len(self._candidates)
        return True

    def action_close(self) -> None:
        """Close, handing back what was imported (or None)."""
        if self._state != "running":
            self.dismiss(self._result)

    def action_finish(self) -> None:
        """Close after the summary has been read."""
        if self._state == "done":
            self.dismiss(self._result)

    def action_pick(self, number: int) -> None:
        """Import the numbered file from the Downloads list."""
        if self._state == "choose" and number <= len(self._candidates):
            self.start(self._candidates[number - 1])

    @on(OptionList.OptionSelected, "#import-candidates")
    def _candidate_chosen(self, event: OptionList.OptionSelected) -> None:
        self.start(self._candidates[int(event.option.id or 0)])

    @on(Input.Submitted, "#import-path")
    def _path_entered(self, event: Input.Submitted) -> None:
        path = path_from_input(event.value)
        if path is None:
            self._show_status("Bitte einen Pfad eingeben oder eine Datei aus der Liste wählen.", error=True)
            return
        self.start(path)

    def start(self, path: Path) -> None:
        """Lock the dialog and read the file in a worker thread."""
        self._state = "running"
        self.query_one("#import-path", Input).disabled = True
        self.query_one("#import-candidates", OptionList).disabled = True
        bar = self.query_one("#import-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self._show_status(f"„{path.name}“ wird gelesen …")
        self.refresh_bindings()
        self.run_import(path)

    @background("Import", group="import")
    def run_import(self, path: Path) -> None:
        """Parse, then write in one transaction; the UI only hears about it through call_from_thread."""
        kind = import_kind(path)
        try:
            if kind == "analytics":
                workbook = read_analytics_file(path)
            else:
                batch = read_contacts_file(path, kind, self._store.settings.load())
        except ImportFailed as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._progress, 0.0)
        result: ImportResult | AnalyticsImportResult
        try:
            if kind == "analytics":
                result = import_analytics(self._store, workbook)
            else:
                result = write_contacts(self._store, batch,
                                        progress=lambda share: self.app.call_from_thread(self._progress, share))
        except (StoreError, SQLAlchemyError) as exc:
            message = explain(exc, self._store.path) or f"Die Datenbank hat das Einlesen abgelehnt ({exc})."
            self.app.call_from_thread(self._failed, message)
            return
        self.app.call_from_thread(self._done, result)

    def _progress(self, share: float) -> None:
        """Writing has reached `share` (0..1) of its work."""
        done = PARSE_SHARE + (1 - PARSE_SHARE) * share
        self.query_one("#import-progress", ProgressBar).update(total=100, progress=100 * done)
        self._show_status("Wird gespeichert …")

    def _failed(self, message: str) -> None:
        """Show the one German line; the store is unchanged and another file may be tried."""
        self._state = "choose"
        self.query_one("#import-progress").display = False
        path_input = self.query_one("#import-path", Input)
        path_input.disabled = False
        self.query_one("#import-candidates", OptionList).disabled = False
        self._show_status(f"{message} Es wurde nichts gespeichert.", error=True)
        path_input.focus()
        self.refresh_bindings()

    def _done(self, result: ImportResult | AnalyticsImportResult) -> None:
        """Show the summary; Enter or Esc closes."""
        self._state = "done"
        self._result = result
        lines = summary_lines(result.as_json())
        self.query_one("#import-progress", ProgressBar).update(total=100, progress=100)
        self._show_status(lines[0])
        self.query_one("#import-path").display = False
        self.query_one("#import-candidates").display = False
        self.query_one("#import-candidates-title").display = False
        if len(lines) > 1:
            skipped = "Hinweise:\n" + "\n".join(lines[1:])  # notes, then skipped rows; reasons quote cells
            self.query_one("#import-summary-text", Static).update(plain(skipped, multiline=True))
            self.query_one("#import-summary").display = True
        self.query_one("#import-hint", Static).update("Enter oder Esc schließt")
        self.set_focus(None)
        self.refresh_bindings()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        show_status(self.query_one("#import-status", Static), text, error=error)
