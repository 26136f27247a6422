"""AdvisorApp and the `make_app` factory used by the command line and the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from importlib import import_module

from textual import events
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen

from advisor_tui.domain.models import Settings
from advisor_tui.domain.text_safety import printable
from advisor_tui.store.store import Store
from advisor_tui.ui.keys import key_label
from advisor_tui.ui.palette import COMMANDS_PLACEHOLDER, HIGH_CONTRAST, THEMES_PLACEHOLDER, GermanPalette, ThemeChoices
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.screens.heute import HeuteScreen
from advisor_tui.ui.views import VIEWS
from advisor_tui.ui.workers import background
from advisor_tui.usecases.contact_cache import ContactCache


@dataclass(frozen=True, slots=True)
class DraftRequest:
    """What another view asked Nachricht to draft: to whom, and from which template."""

    contact_id: int
    template_key: str = ""


def _opened_later(module: str, screen: str) -> Callable[[], Screen]:
    """A view's screen, imported when the view is first opened: start-up only needs Heute."""

    def build() -> Screen:
        view: Screen = getattr(import_module(f"advisor_tui.ui.screens.{module}"), screen)()
        # Textual re-parses the whole stylesheet (a tenth of a second) before it first shows a screen that it has
        # not restyled since the last theme change; a view built just now is styled from the current sheet anyway.
        view._css_update_count = view.app._css_update_count
        return view

    return build


# The views after Heute: their module under ui/screens and their screen class.
OPENED_LATER = {"kontakte": ("kontakte", "KontakteScreen"), "nachricht": ("nachricht", "NachrichtScreen"),
                "redaktionsplan": ("redaktionsplan", "RedaktionsplanScreen"),
                "publikum": ("publikum", "PublikumScreen"), "aussenwirkung": ("aussenwirkung", "AussenwirkungScreen"),
                "ergebnisse": ("ergebnisse", "ErgebnisseScreen")}
SCREENS_BY_MODE: dict[str, str | Callable[[], Screen]] = {
    "heute": HeuteScreen, **{mode: _opened_later(*where) for mode, where in OPENED_LATER.items()},
}


class AdvisorApp(App):
    """The advisor's daily workplace: Heute, Kontakte, Nachricht, Redaktionsplan."""

    TITLE = "advisor-tui"
    CSS_PATH = "app.tcss"
    MODES = SCREENS_BY_MODE
    DEFAULT_MODE = "heute"
    # Every screen gets -short below 32 rows (80x24 terminals): app.tcss folds panels there so lists keep their rows.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        *(
            Binding(view.key, f"show_view('{view.mode}')", view.label, id=f"view-{view.mode}", show=False,
                    tooltip=f"Zur Ansicht {view.label} wechseln")
            for view in VIEWS
        ),
        # priority: F1 also answers over a dialog and in a text field, and closes the help again
        Binding("f1", "help", "Hilfe", key_display="F1", id="help", priority=True,
                tooltip="Alle Tastenkürzel anzeigen (auch in Dialogen); F1 noch einmal schließt sie"),
        Binding("ctrl+p", "command_palette", "Befehle", id="palette", show=False, priority=True,
                tooltip="Befehlspalette: jede Ansicht und jeder Befehl per Suche"),
        Binding("ctrl+q", "quit", "Beenden", id="quit", show=False, priority=True, tooltip="advisor-tui beenden"),
    ]

    def __init__(self, store: Store, *, demo: bool = False, now: datetime | None = None,
                 start: str = "heute") -> None:
        if start not in SCREENS_BY_MODE:
            raise ValueError(f"unknown view {start!r}")
        setattr(self, "DEFAULT_MODE", start)  # noqa: B010 - Textual reads it when the app is built
        super().__init__()
        self.register_theme(HIGH_CONTRAST)
        self.store = store
        self.demo = demo
        self._fixed_now = now
        self.sub_title = "Demodaten" if demo else printable(str(store.path))  # the header shows it as is
        self.draft_request: DraftRequest | None = None
        # The whole network, read once and shared by Kontakte, Nachricht and the dialogs (read when first needed).
        self.contacts = ContactCache(store)
        self._contacts_warmed = False
        # Every background failure shown so far (tests look here; the user saw a notice for each).
        self.failures: list[BaseException] = []

    @property
    def now(self) -> datetime:
        """The moment the app works at (fixed in tests and screenshots)."""
        return self._fixed_now or datetime.now()

    @property
    def today(self) -> date:
        """Today's date as the app sees it."""
        return self.now.date()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste) and not event.is_forwarded:
            # Text fields draw what they hold as is: a pasted escape sequence would reach the terminal.
            event.text = printable(event.text, multiline=True)
        await super().on_event(event)

    def on_mount(self) -> None:
        for warning in self.store.warnings:
            self.notify(warning, title="Datenbank", severity="warning", timeout=15)

    def warm_contacts(self) -> None:
        """Once Heute is filled: read the contacts and import the other views ahead, so that the first `k` finds
        them ready (a view's modules take a noticeable part of a second to import)."""
        if not self._contacts_warmed:
            self._contacts_warmed = True
            self._prepare_views()

    @background("Ansichten vorbereiten", group="contacts-warm")
    def _prepare_views(self) -> None:
        self.contacts.snapshot()
        for module, _ in OPENED_LATER.values():
            import_module(f"advisor_tui.ui.screens.{module}")

    async def run_action(self, action: str | ActionParseResult, default_namespace: DOMNode | None = None,
                         namespaces: Mapping[str, DOMNode] | None = None) -> bool:
        """Run a key's action; a full disk or a damaged store becomes a German notice, the app keeps running."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except Exception as exc:
            if not self.report_store_failure(exc):
                raise
            return True

    def report_store_failure(self, exc: BaseException) -> bool:
        """Show a store failure (full disk, damage, lock) as a German notification; False if it is none."""
        from advisor_tui.store.faults import explain

        message = explain(exc, self.store.path)
        if message is None:
            return False
        self.notify(message, title="Datenbank", severity="error", timeout=15)
        return True

    def report_failure(self, error: BaseException, what: str) -> None:
        """The one place a failed background job is shown: a German notice, and the app keeps running."""
        self.failures.append(error)
        if self.report_store_failure(error):
            return
        self.log.error(f"{what}: {error!r}")
        self.notify(f"{what} ist nicht gelungen (unerwarteter Fehler: {type(error).__name__}). "
                    "Bitte noch einmal versuchen.", title="Fehler", severity="error", timeout=15)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every notice (screens and dialogs call this one) quotes data: shown literally, without controls.

        `markup` is ignored: Widget.notify passes markup=True unless told otherwise, and a name with "[/]" in a
        notice parsed as markup ends the app (MarkupError) or loses its brackets.
        """
        super().notify(printable(message, multiline=True), title=printable(title), severity=severity,
                       timeout=timeout, markup=False)

    def action_show_view(self, mode: str) -> None:
        """Switch to one of the four main views."""
        if self.current_mode != mode:
            self.switch_mode(mode)

    def draft_to(self, contact_id: int, template_key: str = "") -> None:
        """Open Nachricht with a draft to this contact, from a template if given."""
        self.draft_request = DraftRequest(contact_id, template_key)
        self.action_show_view("nachricht")

    def action_settings(self) -> None:
        """Edit the settings; a saved change refreshes the current view."""
        from advisor_tui.ui.dialogs.settings import SettingsDialog

        def saved(settings: Settings | None) -> None:
            if settings is not None:
                self.store.settings.save(settings)
                self.notify("Einstellungen gespeichert.", title="Einstellungen")
                if isinstance(self.screen, ViewScreen):
                    self.screen.refresh_if_changed()

        self.push_screen(SettingsDialog(self.store.settings.load()), saved)

    def action_import_contacts(self) -> None:
        """Import a LinkedIn export or a vCard file; the view shows the result afterwards."""
        from advisor_tui.ui.dialogs.import_file import ImportDialog

        self.push_screen(ImportDialog(self.store), self._reload_view)

    def action_import_analytics(self) -> None:
        """Import a LinkedIn analytics workbook (the same dialog, titled for it)."""
        from advisor_tui.ui.dialogs.import_file import ImportDialog

        self.push_screen(ImportDialog(self.store, analytics=True), self._reload_view)

    def action_merge_duplicates(self) -> None:
        """Find likely duplicate contacts and merge them field by field."""
        from advisor_tui.ui.dialogs.duplicates import DuplicatesDialog

        self.push_screen(DuplicatesDialog(self.store, contacts=self.contacts), self._reload_view)

    def action_export_contacts(self) -> None:
        """Export every contact (the Kontakte view exports its current filter)."""
        from advisor_tui.ui.dialogs.export_contacts import ExportDialog

        self.push_screen(ExportDialog(self.store.contacts.list(), "Alle Kontakte"))

    def action_audit(self) -> None:
        """Eigene Aktivität prüfen: the risky own comments, posts and reactions, over the current view."""
        from advisor_tui.ui.screens.audit import AuditScreen

        self.push_screen(AuditScreen())

    def action_feedback_entry(self) -> None:
        """Record feedback from a call, a branch, an event (a post's or a message's comes from their views)."""
        from advisor_tui.ui.dialogs.feedback_entry import ask_feedback

        ask_feedback(self)

    def open_triage(self, post_id: int | None = None) -> None:
        """The shitstorm triage over the current view: about a post, or one picked first."""
        from advisor_tui.ui.screens.triage import open_triage_screen

        open_triage_screen(self, post_id)

    def _reload_view(self, _result: object = None) -> None:
        if isinstance(self.screen, ViewScreen):
            self.screen.refresh_if_changed()

    def action_command_palette(self) -> None:
        """Strg+P: the command palette, in German."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(GermanPalette(placeholder=COMMANDS_PLACEHOLDER, id="--command-palette"))

    def search_themes(self) -> None:
        """The theme picker: a few themes that suit our styles, by German name."""
        self.push_screen(GermanPalette(providers=[ThemeChoices], placeholder=THEMES_PLACEHOLDER))

    def get_key_display(self, binding: Binding) -> str:
        """Keys in the footer by their German names ("Strg+P", not Textual's "^p")."""
        return key_label(binding)

    def action_help_quit(self) -> None:
        """Strg+C (copy, not quit, in Textual): say in German how to quit instead of Textual's English hint."""
        self.notify("advisor-tui beenden Sie mit Strg+Q.", title="Beenden?")

    def action_help(self) -> None:
        """Show every key of the app and of the view or dialog on top; on the help itself, close it."""
        from advisor_tui.ui.dialogs.help import HelpDialog

        if isinstance(self.screen, HelpDialog):
            self.screen.dismiss()
        else:
            self.push_screen(HelpDialog(self))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out the key of the view already shown."""
        if action == "show_view":
            if isinstance(self.screen, ModalScreen):
                return False  # a dialog is open: its own keys only, never a view switch behind it
            if parameters and parameters[0] == self.current_mode:
                return None
        return True

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """German palette commands: the views, help, theme and quit."""
        for view in VIEWS:
            yield SystemCommand(f"Ansicht: {view.label}", f"Zur Ansicht {view.label} wechseln",
                                lambda mode=view.mode: self.action_show_view(mode))
        yield SystemCommand("Einstellungen", "Name, Signatur, Institut, LinkedIn Premium, Ziele",
                            self.action_settings)
        yield SystemCommand("Kontakte importieren", "LinkedIn-Datenexport oder vCard-Datei einlesen",
                            self.action_import_contacts)
        yield SystemCommand("Analytics einlesen", "LinkedIn-Analytics (.xlsx): Gesamtexport oder Export eines Beitrags",
                            self.action_import_analytics)
        yield SystemCommand("Kontakte exportieren", "Alle Kontakte als CSV, CSV für Excel oder vCard",
                            self.action_export_contacts)
        yield SystemCommand("Dubletten zusammenführen", "Doppelte Kontakte finden und Feld für Feld zusammenführen",
                            self.action_merge_duplicates)
        yield SystemCommand("Eigene Aktivität prüfen", "Eigene Kommentare, Beiträge und Reaktionen auf heikle Themen",
                            self.action_audit)
        yield SystemCommand("Feedback erfassen", "Kritik, Lob, Frage oder Beschwerde mit Quelle festhalten",
                            self.action_feedback_entry)
        yield SystemCommand("Shitstorm-Triage", "Gegenwind zu einem Beitrag einordnen: wo, wie viele, wer",
                            self.open_triage)
        yield SystemCommand("Hilfe: Tastenkürzel", "Alle Tastenkürzel anzeigen", self.action_help)
        yield SystemCommand("Farbschema wechseln", "Ein anderes Farbschema wählen", self.action_change_theme)
        yield SystemCommand("Beenden", "advisor-tui beenden", self.exit)


def make_app(store: Store, *, demo: bool = False, now: datetime | None = None, start: str = "heute") -> AdvisorApp:
    """Build the app on an open store, showing the view `start` first; the one way the CLI and the tests create it."""
    return AdvisorApp(store, demo=demo, now=now, start=start)
