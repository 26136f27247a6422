"""Heute: the daily routine, most urgent first, each item a key away from being dealt with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.notifications import SeverityLevel
from textual.widgets import Static

from advisor_tui.domain.models import Contact, RequestState
from advisor_tui.domain.network.roles import suggest_role
from advisor_tui.domain.network.vocabulary import role_label
from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.today.dates import age_text
from advisor_tui.domain.today.summary import TodaySummary
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases import today

WAITING_COLUMNS = (Column("Wer", 3, 16), Column("Rolle", 2, 12), Column("Firma", 4, 16), Column("Seit", 0, 16))
REQUEST_COLUMNS = (Column("Wer", 2, 16), Column("Rolle (Vorschlag)", 2, 14), Column("Firma", 2, 14),
                   Column("Notiz", 5, 16))
CONTACT_COLUMNS = (Column("Wer", 3, 16), Column("Rolle", 2, 12), Column("Firma", 4, 16), Column("Seit", 0, 22))
# table id → (section title, columns), in the order shown
SECTIONS = {
    "waiting": ("Warten auf Antwort", WAITING_COLUMNS),
    "requests": ("Offene Vernetzungsanfragen", REQUEST_COLUMNS),
    "follow-ups": ("Nachfassen fällig", CONTACT_COLUMNS),
    "losing-touch": ("Lange kein Kontakt", CONTACT_COLUMNS),
}

T = TypeVar("T")

# table id → the actions that make sense on its rows
ROW_ACTIONS = {
    "waiting": {"reply", "stage"},
    "requests": {"accept", "decline", "block"},
    "follow-ups": {"follow_up", "done", "stage"},
    "losing-touch": {"follow_up", "stage"},
}
# the keys that act on a row, each on the sections ROW_ACTIONS names
ROW_BINDINGS = {
    "reply": Binding("a", "reply", "Antworten", id="heute-reply",
                     tooltip="Eine Antwort an diesen Kontakt entwerfen (auch Enter)"),
    "accept": Binding("j", "accept", "Annehmen", id="heute-accept",
                      tooltip="Anfrage annehmen und einen höflichen Dank entwerfen"),
    "decline": Binding("x", "decline", "Ablehnen", id="heute-decline", tooltip="Anfrage ablehnen (rückgängig mit u)"),
    "block": Binding("b", "block", "Blockieren", id="heute-block",
                     tooltip="Anfrage ablehnen und den Kontakt blockieren (er wird nie exportiert); fragt vorher"),
    "follow_up": Binding("f", "follow_up", "Nachfassen", id="heute-follow-up",
                         tooltip="Eine Nachfass-Nachricht an diesen Kontakt entwerfen (auch Enter)"),
    "done": Binding("e", "done", "Erledigt", id="heute-done", tooltip="Das Nachfassen als erledigt markieren"),
    "stage": Binding("t", "stage", "Stufe", id="heute-stage",
                     tooltip="Festhalten, was aus dem Kontakt wurde (nach einer Antwort: Gespräch, Termin, Mandat …)"),
}


def section_bindings(table_id: str) -> list[BindingType]:
    """The row keys of one section, shown in the footer while its table has the focus and run by the screen."""
    return [replace(binding, action=f"screen.{binding.action}") for action, binding in ROW_BINDINGS.items()
            if action in ROW_ACTIONS[table_id]]


class WaitingTable(FittedTable):
    """Warten auf Antwort: its keys show while it has the focus."""

    BINDINGS = section_bindings("waiting")


class RequestsTable(FittedTable):
    """Offene Vernetzungsanfragen: its keys show while it has the focus."""

    BINDINGS = section_bindings("requests")


class FollowUpsTable(FittedTable):
    """Nachfassen fällig: its keys show while it has the focus."""

    BINDINGS = section_bindings("follow-ups")


class LosingTouchTable(FittedTable):
    """Lange kein Kontakt: its keys show while it has the focus."""

    BINDINGS = section_bindings("losing-touch")


SECTION_TABLES = {"waiting": WaitingTable, "requests": RequestsTable, "follow-ups": FollowUpsTable,
                  "losing-touch": LosingTouchTable}
# table id → what a row key says when it finds its section empty (the first of its sections)
NOTHING_OPEN = {
    "waiting": "Niemand wartet auf Ihre Antwort.",
    "requests": "Keine offenen Vernetzungsanfragen.",
    "follow-ups": "Kein Nachfassen fällig.",
    "losing-touch": "Niemand, bei dem der Kontakt einschläft.",
}
FOCUSED_SECTION = "focused-section"  # the class that highlights the title of the section with the focus


@dataclass(frozen=True, slots=True)
class HeuteData:
    """What the Heute view shows, loaded in one go off the UI thread."""

    contacts: int
    untagged: int
    summary: TodaySummary
    own_institution: str


def suggested_role_label(contact: Contact | None, own_institution: str) -> str:
    """The contact's role, or the suggested one with a question mark."""
    if contact is None:
        return ""
    if contact.role:
        return role_label(contact.role)
    suggestion = suggest_role(contact.position, contact.company, own_company=own_institution or None)
    return f"{role_label(suggestion)}?" if suggestion else ""


class Tile(Static):
    """A big figure with a caption."""

    def show(self, value: int | str, caption: str, *, alert: bool = False) -> None:
        """Display a figure (counts as a German reader writes them); `alert` colours it as needing attention."""
        shown = german_number(value) if isinstance(value, int) else value
        self.update(f"[b]{shown}[/b]\n{caption}")
        self.set_class(alert, "alert")


class HeuteScreen(ViewScreen):
    """Start view: figures, waiting conversations, requests, follow-ups, this week's post, the check-in."""

    MODE = "heute"
    AUTO_FOCUS = "#waiting"
    _loaded_on: date | None = None
    _summary: TodaySummary | None = None
    _undo: today.Decision | None = None  # the last accept or decline, which `u` takes back
    BINDINGS = [
        Binding("p", "check_in", "Geprüft", id="heute-checkin",
                tooltip="Festhalten, dass Sie den Posteingang heute geprüft haben"),
        # the row keys work from anywhere (they act on their own section); the focused section shows its own
        *(replace(binding, show=False) for binding in ROW_BINDINGS.values()),
        Binding("u", "undo", "Rückgängig", id="heute-undo", show=False,
                tooltip="Die letzte Annahme oder Ablehnung einer Anfrage zurücknehmen: die Anfrage ist wieder offen"),
        Binding("l", "quick_log", "Erfassen", id="heute-log",
                tooltip="Eine Nachricht oder Anfrage von außerhalb der App festhalten"),
        Binding("w", "plan_post", "Planen", id="heute-plan", show=False,
                tooltip="Den Beitrag dieser Woche im Redaktionsplan planen"),
        Binding("m", "app.feedback_entry", "Feedback", id="heute-feedback", show=False,
                tooltip="Eine Rückmeldung erfassen: Kritik, Lob, Frage oder Beschwerde (Telefonat, Filiale …)"),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="heute"):
            with Horizontal(id="tiles"):
                yield Tile(id="tile-contacts", classes="tile")
                yield Tile(id="tile-untagged", classes="tile")
                yield Tile(id="tile-waiting", classes="tile")
                yield Tile(id="tile-week", classes="tile")
            yield Static(id="checkin", classes="section-line")
            yield Static(id="analytics-hint", classes="section-line alert")
            yield Static(id="empty-hint", classes="section-line")
            for table_id, (title, columns) in SECTIONS.items():
                yield Static(title, id=f"{table_id}-title", classes="section-title")
                yield SECTION_TABLES[table_id](columns, id=table_id)
            yield Static("Beitrag dieser Woche", classes="section-title")
            yield Static(id="week-post", classes="section-line")

    def reload(self) -> None:
        """Read the view's data again."""
        self.loading_data()  # now: a second resume in the same moment (a mode's first show sends two) reads nothing
        self.load()

    def refresh_if_changed(self) -> None:
        """Heute also goes stale when the day changes, with no write at all."""
        if self._loaded_on != self.advisor.today:
            self._seen_version = None
        super().refresh_if_changed()

    @background("Heute laden", group="heute-load")
    def load(self) -> None:
        """Read everything the view needs from the store, then show it."""
        self.loading_data()
        self._loaded_on = self.advisor.today
        store = self.advisor.store
        data = HeuteData(store.contacts.count(), store.contacts.count_untagged(),
                         today.summary(store, self.advisor.now), store.settings.load().own_institution)
        self.app.call_from_thread(self.show, data)

    def show(self, data: HeuteData) -> None:
        """Fill the widgets from freshly loaded data."""
        summary = data.summary
        self.query_one("#tile-contacts", Tile).show(data.contacts, "Kontakte")
        self.query_one("#tile-untagged", Tile).show(data.untagged, "ohne Branche oder Rolle", alert=data.untagged > 0)
        self.query_one("#tile-waiting", Tile).show(len(summary.waiting), "warten auf Antwort",
                                                   alert=bool(summary.waiting))
        week = summary.week_post
        self.query_one("#tile-week", Tile).show(
            week.state.value.capitalize(), f"Beitrag KW {week.iso_week}", alert=week.state.value == "fehlt"
        )
        checkin = self.query_one("#checkin", Static)
        checkin.update(summary.checkin.text + ("" if summary.checkin.checked_today else "  [dim](p: geprüft)[/dim]"))
        checkin.set_class(summary.checkin.overdue, "alert")
        analytics = self.query_one("#analytics-hint", Static)
        analytics.update(summary.analytics_notice)  # the app's own sentence, no data in it
        analytics.display = bool(summary.analytics_notice)
        hint = self.query_one("#empty-hint", Static)
        hint.update("" if data.contacts else "Noch keine Kontakte. Lesen Sie Ihren LinkedIn-Datenexport ein: "
                    "[b]advisor-tui import linkedin Basic_LinkedInDataExport….zip[/b]")
        hint.display = not data.contacts
        self._fill(summary, data.own_institution)
        self.query_one("#week-post", Static).update(plain(week.text))  # quotes the post's title
        self.call_after_refresh(self.advisor.warm_contacts)  # once Heute is drawn: read the network ahead

    def _fill(self, summary: TodaySummary, own_institution: str) -> None:
        def who(contact: Contact | None) -> tuple[str, str, str]:
            return (contact.full_name, role_label(contact.role), contact.company) if contact else ("", "", "")

        self._summary = summary
        day = summary.now.date()
        sections: dict[str, list[tuple[tuple[str, ...], str | None]]] = {
            "waiting": [((*who(w.contact), age_text(w.age_days)), str(w.contact.id) if w.contact else None)
                        for w in summary.waiting],
            "requests": [((*who(r.contact)[:1], suggested_role_label(r.contact, own_institution), who(r.contact)[2],
                           " ".join(r.request.note.split()) or "(ohne Notiz)"), str(r.request.id))
                         for r in summary.requests],
            "follow-ups": [((*who(c), f"fällig {age_text(c.follow_up_on or day, day)}"), str(c.id))
                           for c in summary.follow_ups],
            # The short form, as "Warten auf Antwort" has it: the full phrase does not fit the column at 80x24.
            "losing-touch": [((*who(item.contact), age_text(item.silent_days)), str(item.contact.id))
                             for item in summary.losing_touch],
        }
        for table_id, rows in sections.items():
            table = self.query_one(f"#{table_id}", FittedTable)
            table.set_rows([row for row, _key in rows], keys=[key for _row, key in rows])
            table.display = bool(rows)
            base = SECTIONS[table_id][0]  # never the rendered title: that already carries the count
            self.query_one(f"#{table_id}-title", Static).update(
                f"{base} ({len(rows)})" if rows else f"{base}: nichts offen")

    def _current(self, action: str) -> tuple[str, str] | None:
        """The section a row key acts on and the key of its highlighted row: the focused section if the key belongs
        to it, else the first of the key's sections with rows, which gets the focus so the advisor sees which.
        None after saying why not: a key never does nothing silently."""
        sections = [table_id for table_id, actions in ROW_ACTIONS.items() if action in actions]
        focused = self.focused
        if isinstance(focused, FittedTable) and focused.id in sections and focused.row_count:
            table = focused
        else:
            tables = (self.query_one(f"#{table_id}", FittedTable) for table_id in sections)
            found = next((table for table in tables if table.row_count), None)
            if found is None:
                self.notify(NOTHING_OPEN[sections[0]], title="Heute")
                return None
            table = found
            table.focus()
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if not key or table.id is None:
            self.notify("Zu dieser Unterhaltung ist kein Kontakt gespeichert.", title="Heute", severity="warning")
            return None
        return table.id, key

    def action_reply(self) -> None:
        """Draft an answer to the highlighted waiting contact."""
        if current := self._current("reply"):
            self.advisor.draft_to(int(current[1]), "antwort")

    def action_follow_up(self) -> None:
        """Draft a follow-up message to the highlighted contact."""
        if current := self._current("follow_up"):
            self.advisor.draft_to(int(current[1]), "nachfassen")

    def action_stage(self) -> None:
        """Record what came of the highlighted contact (after a reply: a conversation, an appointment …)."""
        current = self._current("stage")
        contact = self._shown_contact(int(current[1])) if current else None
        if contact is None:
            return
        from advisor_tui.ui.dialogs.stage_dialog import StageDialog  # not needed to show Heute

        self.app.push_screen(StageDialog(self.advisor.store, contact, self.advisor.today))

    def _shown_contact(self, contact_id: int) -> Contact | None:
        """The contact of a row as last loaded."""
        summary = self._summary
        if summary is None:
            return None
        shown = [w.contact for w in summary.waiting] + list(summary.follow_ups)
        shown += [item.contact for item in summary.losing_touch]
        return next((c for c in shown if c is not None and c.id == contact_id), None)

    def action_done(self) -> None:
        """Clear the follow-up date of the highlighted contact."""
        if current := self._current("done"):
            store, contact_id = self.advisor.store, int(current[1])
            self._write(lambda: today.follow_up_done(store, contact_id),
                        lambda name: self._changed(f"Nachfassen bei {name} erledigt."))

    def _decide(self, request_id: int, state: RequestState) -> None:
        store, day = self.advisor.store, self.advisor.today
        self._write(lambda: today.decide_request(store, request_id, state, on=day), self._decided)

    def _decided(self, decision: today.Decision) -> None:
        name = decision.name or "unbekannt"
        self._undo = decision if decision.state in today.UNDOABLE else None
        if decision.state is RequestState.ACCEPTED and decision.contact_id is not None:
            self.notify(f"Anfrage von {name} angenommen – rückgängig mit u in Heute.", title="Heute")
            self.advisor.draft_to(decision.contact_id, "dank-vernetzung")
        elif decision.state is RequestState.BLOCKED:
            self._changed(f"Anfrage von {name} abgelehnt und blockiert. Auf LinkedIn oder XING bitte selbst "
                          "blockieren.")
        else:
            self._changed(f"Anfrage von {name} abgelehnt – rückgängig mit u.")

    def _requester(self, request_id: str) -> str:
        """The name of the person who sent the request, as last loaded."""
        requests = self._summary.requests if self._summary else []
        return next((r.contact.full_name for r in requests if str(r.request.id) == request_id and r.contact), "")

    def action_accept(self) -> None:
        """Accept the highlighted request and draft a thank-you."""
        if current := self._current("accept"):
            self._decide(int(current[1]), RequestState.ACCEPTED)

    def action_decline(self) -> None:
        """Decline the highlighted request (one undo step)."""
        if current := self._current("decline"):
            self._decide(int(current[1]), RequestState.DECLINED)

    def action_block(self) -> None:
        """Decline the highlighted request and block the sender, after asking."""
        if not (current := self._current("block")):
            return
        request_id = int(current[1])

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._decide(request_id, RequestState.BLOCKED)

        self.app.push_screen(block_question(self._requester(current[1])), confirmed)

    def action_undo(self) -> None:
        """Take back the last accept or decline: the request is open again."""
        decision, self._undo = self._undo, None
        if decision is None:
            self.notify("Nichts rückgängig zu machen: u nimmt die letzte Annahme oder Ablehnung einer Anfrage "
                        "zurück.", title="Heute")
            return
        store = self.advisor.store
        self._write(lambda: today.undo_decision(store, decision),
                    lambda undone: self._changed(f"Anfrage von {undone.name or 'unbekannt'} ist wieder offen."))

    def action_check_in(self) -> None:
        """Log "Posteingang geprüft" and refresh."""
        store, now = self.advisor.store, self.advisor.now
        self._write(lambda: today.check_in(store, now), lambda _at: self._changed("Posteingang geprüft."))

    @background("Speichern", group="heute-write", exclusive=False)
    def _write(self, write: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run a use case off the UI thread, then `done` with its result on it."""
        try:
            result = write()
        except LookupError as gone:  # forgotten in another window meanwhile
            self.app.call_from_thread(self._changed, str(gone), "warning")
            return
        self.app.call_from_thread(done, result)

    def _changed(self, message: str, severity: SeverityLevel = "information") -> None:
        """Say what happened and show the data anew."""
        self.notify(message, title="Heute", severity=severity)
        self.load()

    def action_quick_log(self) -> None:
        """Record a message or request that arrived outside the app (back here, a saved one is read anew)."""
        from advisor_tui.ui.dialogs.quick_log import QuickLogDialog  # with its pickers: not needed to show Heute

        self.app.push_screen(QuickLogDialog(self.advisor.store, self.advisor.now, self.advisor.contacts))

    def action_plan_post(self) -> None:
        """Go to the content plan."""
        self.advisor.action_show_view("redaktionsplan")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Highlight the title of the section that has the focus, so the advisor sees where the keys act."""
        for table_id in SECTIONS:
            self.query_one(f"#{table_id}-title", Static).set_class(event.widget.id == table_id, FOCUSED_SECTION)

    def on_data_table_row_selected(self, event: FittedTable.RowSelected) -> None:
        """Enter on a row: the table consumes the key, so the row's main action runs from here."""
        if event.data_table.id == "waiting":
            self.action_reply()
        elif event.data_table.id in {"follow-ups", "losing-touch"}:
            self.action_follow_up()
        elif event.data_table.id == "requests":  # no one obvious answer to a request: name the keys instead
            keys = " · ".join(f"{b.key} {b.description.lower()}" for b in ROW_BINDINGS.values()
                              if b.action in ROW_ACTIONS["requests"])
            self.notify(f"Anfrage: {keys}", title="Heute")


def block_question(name: str) -> ConfirmDialog:
    """Ask before blocking, saying what it does here and that LinkedIn or XING need the same by hand."""
    return ConfirmDialog(
        f"{name or 'Diese Person'} blockieren?",
        f"Die Anfrage wird abgelehnt und {name or 'die Person'} in advisor-tui gesperrt:\n"
        "  – auch weitere offene Anfragen werden abgelehnt,\n"
        "  – nicht mehr in Heute, nie in einem Export,\n"
        "  – in Kontakte als „blockiert“ markiert.\n"
        "Auf LinkedIn oder XING ist die Person damit nicht blockiert: advisor-tui hat keine Verbindung ins Netz. "
        "Blockieren Sie sie dort bitte selbst.",
        "Blockieren",
        hint="Aufheben lässt sich die Sperre im Kontakt-Detail (Feld „Gesperrt“).",
    )
