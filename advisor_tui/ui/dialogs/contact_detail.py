"""One contact: every field editable, its conversations and requests, draft and forget keys."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Select, Static, TextArea

from advisor_tui.domain.channels import channel_label
from advisor_tui.domain.contacts.curation import (
    changed_fields,
    export_warning_lines,
    forget_lines,
    parse_labels,
    sector_choices,
)
from advisor_tui.domain.days import format_day, parse_day
from advisor_tui.domain.messaging.facts import correspondence
from advisor_tui.domain.messaging.salutation_hint import SalutationHint
from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Salutation,
)
from advisor_tui.domain.network.vocabulary import ROLES, Sector
from advisor_tui.domain.results.stages import STAGE_LABELS, StageChange, current_stage
from advisor_tui.domain.text_safety import printable
from advisor_tui.store.contacts import ForgetSummary
from advisor_tui.store.store import Store
from advisor_tui.ui.dialogs.confirm import ConfirmForgetDialog
from advisor_tui.ui.text import chosen, kept, literal, plain
from advisor_tui.ui.workers import background
from advisor_tui.usecases.editing import save_contact
from advisor_tui.usecases.forgetting import forget_contact, forget_summary
from advisor_tui.usecases.results import stage_history

SALUTATIONS = [("Frau", Salutation.FRAU), ("Herr", Salutation.HERR), ("neutral", Salutation.NONE)]
TEXT_FIELDS = (("title", "Titel"), ("first_name", "Vorname"), ("last_name", "Nachname"), ("company", "Firma"),
               ("position", "Position"), ("email", "E-Mail"))
REQUEST_STATES = {"open": "offen", "accepted": "angenommen", "declined": "abgelehnt", "blocked": "blockiert",
                  "withdrawn": "zurückgezogen"}


@dataclass(frozen=True, slots=True)
class DetailResult:
    """What the advisor did: saved, drafts (after saving) or forgot the contact; the dialog wrote it already."""

    action: str
    contact: Contact
    edited: frozenset[str] = frozenset()


def stage_line(history: list[StageChange], today: date) -> str:
    """Markup: where the relationship stands, and the key that changes it."""
    if not history:
        return "[b]Stufe[/b]: Kontakt (Strg+T hält fest, was daraus wird)\n"
    stage = current_stage(history, until=today)
    since = max((c.on for c in history if c.on <= today), default=history[-1].on)
    return f"[b]Stufe[/b]: {STAGE_LABELS[stage]} seit {format_day(since)} (Strg+T ändert)\n"


def history_lines(conversations: list[Conversation], requests: list[ConnectionRequest]) -> list[str]:
    """Conversations and requests as short German lines, newest conversation first."""
    lines: list[str] = []
    for request in requests:
        way = "von ihm/ihr" if request.direction is Direction.INCOMING else "von Ihnen"
        note = " ".join(request.note.split())
        lines.append(f"[b]Vernetzungsanfrage[/b] {request.sent_at:%d.%m.%Y} {way}, "
                     f"{REQUEST_STATES.get(str(request.state), str(request.state))}"
                     + (f": {literal(note)}" if note else ""))
    for conversation in sorted(conversations, key=lambda c: c.messages[-1].sent_at if c.messages else 0,
                               reverse=True):
        lines.append(f"\n[b]{literal(conversation.title or 'Unterhaltung')}[/b] "
                     f"({channel_label(conversation.channel)})")
        for message in conversation.messages:
            arrow = "←" if message.direction is Direction.INCOMING else "→"
            lines.append(f"{message.sent_at:%d.%m.%Y} {arrow} {literal(' '.join(message.text.split()))}")
    return lines or ["Noch keine Nachrichten und keine Vernetzungsanfragen."]


class ContactDetailDialog(ModalScreen[DetailResult | None]):
    """Edit a contact; Strg+S saves, Strg+N drafts a message, Strg+L forgets it."""

    CSS = """
    .detail-dialog { width: 140; height: 95%; }
    #detail-columns { height: 1fr; }
    #detail-form { width: 3fr; height: 1fr; }
    #detail-history { width: 2fr; height: 1fr; border-left: solid $panel; padding-left: 1; }
    .field { height: auto; margin-bottom: 0; }
    .field-label { width: 14; padding-top: 0; color: $text-muted; }
    .field Input, .field Select { width: 1fr; }
    .field SelectCurrent #label { text-wrap: nowrap; text-overflow: ellipsis; }
    #detail-notes { height: 5; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="detail-cancel", tooltip="Ohne Speichern schließen"),
        Binding("ctrl+s", "save", "Speichern", id="detail-save", tooltip="Änderungen speichern"),
        Binding("ctrl+n", "draft", "Nachricht", id="detail-draft",
                tooltip="Speichern und eine Nachricht an diesen Kontakt entwerfen"),
        Binding("ctrl+t", "stage", "Stufe", id="detail-stage",
                tooltip="Festhalten, was aus dem Kontakt wurde: Gespräch, Termin, Mandat, kein Bedarf"),
        Binding("ctrl+l", "forget", "Vergessen", id="detail-forget",
                tooltip="Kontakt mit Nachrichten, Anfragen und Labels löschen (DSGVO)"),
        Binding("ctrl+r", "accept_salutation", "Anrede übernehmen", id="detail-accept-salutation", show=False,
                tooltip="Die vorgeschlagene Anrede (Frau/Herr) ins Formular übernehmen; Strg+S speichert sie"),
    ]

    def __init__(self, store: Store, contact: Contact, sectors: list[Sector]) -> None:
        super().__init__()
        self._store = store
        self._contact = contact
        self._sectors = sectors
        self._labels = ", ".join(contact.labels)
        self._writing = False  # a save or forget runs: keys wait for it
        self._hint: SalutationHint | None = None  # a suggested Frau/Herr, shown until accepted or chosen

    def compose(self) -> ComposeResult:
        c = self._contact
        with Vertical(classes="dialog detail-dialog"):
            yield Static(literal(c.full_name or "Kontakt"), classes="dialog-title", id="detail-heading")
            with Horizontal(id="detail-columns"):
                with VerticalScroll(id="detail-form"):
                    yield from self._field("Anrede", Select(SALUTATIONS, value=c.salutation, allow_blank=False,
                                                            compact=True, id="detail-salutation"))
                    yield from self._salutation_hint()
                    for name, label in TEXT_FIELDS:
                        yield from self._field(label, Input(printable(getattr(c, name)), compact=True,
                                                            id=f"detail-{name}"))
                    sectors = [(plain(label), code) for label, code in sector_choices(self._sectors)]
                    yield from self._field("Branche", Select(sectors,
                                                             value=c.sector or Select.NULL, compact=True,
                                                             prompt="(keine)", id="detail-sector"))
                    yield from self._field("Rolle", Select([(r.label, r.key) for r in ROLES],
                                                           value=c.role or Select.NULL, compact=True,
                                                           prompt="(keine)", id="detail-role"))
                    yield from self._field("Labels", Input(printable(self._labels), compact=True, id="detail-labels",
                                                           placeholder="mit Komma getrennt"))
                    yield from self._field("Wiedervorlage", Input(format_day(c.follow_up_on), compact=True,
                                                                  placeholder="TT.MM.JJJJ", id="detail-follow_up_on"))
                    yield from self._field("Gesperrt", Checkbox("nicht anschreiben", c.blocked, compact=True,
                                                                id="detail-blocked"))
                    yield Static("Notizen", classes="field-label")
                    yield TextArea(printable(c.notes, multiline=True), id="detail-notes")
                with VerticalScroll(id="detail-history"):
                    yield Static("Verlauf wird geladen …", id="detail-history-text")
            yield Static("Strg+S speichern · Strg+N Nachricht · Strg+L vergessen · Esc abbrechen",
                         classes="dialog-hint")

    @staticmethod
    def _field(label: str, widget: Widget) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Static(label, classes="field-label")
            yield widget

    @staticmethod
    def _salutation_hint() -> ComposeResult:
        """The line that suggests Frau/Herr when the salutation is unknown; hidden until there is a suggestion."""
        with Horizontal(classes="field", id="detail-salutation-hint") as line:
            line.display = False
            yield Static("", classes="field-label")
            with Vertical(id="detail-hint-box"):  # the button on its own row: the reason may wrap at 80 columns
                yield Static("", id="detail-hint-text")
                yield Button("Übernehmen (Strg+R)", compact=True, id="detail-hint-accept")

    def on_mount(self) -> None:
        self.query_one("#detail-salutation").focus()
        self.load_history()

    def _show_hint(self, hint: SalutationHint | None) -> None:
        """Offer the suggestion (or take the line away)."""
        self._hint = hint
        self.query_one("#detail-salutation-hint").display = hint is not None
        if hint is not None:
            self.query_one("#detail-hint-text", Static).update(plain(f"Vorschlag {hint.label}: {hint.reason}"))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The accept key only while a suggestion is shown."""
        return self._hint is not None if action == "accept_salutation" else True

    def action_accept_salutation(self) -> None:
        """Put the suggested salutation into the form (saved with Strg+S, like any edit)."""
        if self._hint is None:
            return
        label = self._hint.label
        self.query_one("#detail-salutation", Select).value = self._hint.salutation
        self._show_hint(None)
        self.notify(f"Anrede „{label}“ übernommen; Strg+S speichert.", title="Anrede")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "detail-hint-accept":
            event.stop()
            self.action_accept_salutation()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "detail-salutation" and event.value != Salutation.NONE and self._hint is not None:
            self._show_hint(None)  # the advisor chose one: the suggestion has done its job

    @background("Verlauf laden", group="detail-history")
    def load_history(self) -> None:
        """Read the contact's conversations and requests off the UI thread."""
        cid = self._contact.id
        if cid is None:  # not stored yet: no history of its own
            conversations, requests, stages = [], [], []
        else:
            conversations = self._store.activity.conversations(cid)
            requests = self._store.activity.requests(cid)
            stages = stage_history(self._store, cid)
        hint = correspondence(self._contact, conversations).hint
        lines = [stage_line(stages, self._today), *history_lines(conversations, requests)]
        self.app.call_from_thread(self._show_history, lines, hint)

    def _show_history(self, lines: list[str], hint: SalutationHint | None = None) -> None:
        self.query_one("#detail-history-text", Static).update("\n".join(lines))
        self._show_hint(hint)

    def _edited(self) -> Contact | None:
        """The contact as the form says, or None (with a notice) when a field is invalid."""
        # A field shows its value without controls; left untouched, the stored value stays as it was.
        # Any, not str: mypy checks `**values` against every field of Contact; the keys are TEXT_FIELDS, all str.
        values: dict[str, Any] = {
            name: kept(getattr(self._contact, name), self.query_one(f"#detail-{name}", Input).value).strip()
            for name, _ in TEXT_FIELDS
        }
        if not (values["first_name"] or values["last_name"]):
            self.notify("Vor- oder Nachname fehlt.", severity="error")
            return None
        try:
            follow_up = parse_day(self.query_one("#detail-follow_up_on", Input).value)
        except ValueError as exc:
            self.notify(str(exc), title="Wiedervorlage", severity="error")
            self.query_one("#detail-follow_up_on").focus()
            return None
        return replace(
            self._contact, **values,
            salutation=chosen(self.query_one("#detail-salutation", Select), self._contact.salutation),
            # "(keine)" (no selection) clears sector and role.
            sector=self.query_one("#detail-sector", Select).selection,
            role=self.query_one("#detail-role", Select).selection,
            labels=parse_labels(kept(self._labels, self.query_one("#detail-labels", Input).value)),
            follow_up_on=follow_up,
            blocked=self.query_one("#detail-blocked", Checkbox).value,
            notes=kept(self._contact.notes, self.query_one("#detail-notes", TextArea).text, multiline=True).strip(),
        )

    def _finish(self, action: str) -> None:
        contact = self._edited()
        if contact is None or self._writing:
            return
        edited = frozenset(changed_fields(self._contact, contact))
        if edited:
            self._writing = True
            self.save(action, contact, edited)
        else:
            self.dismiss(DetailResult(action, contact))

    @background("Kontakt speichern", group="detail-write")
    def save(self, action: str, contact: Contact, edited: frozenset[str]) -> None:
        """Store the changed fields off the UI thread, then close."""
        saved = save_contact(self._store, contact, edited)
        self.app.call_from_thread(self._saved, DetailResult(action, contact, edited), saved)

    def _saved(self, result: DetailResult, saved: bool) -> None:
        name = result.contact.full_name
        if saved:
            self.notify(f"{name} gespeichert.", title="Kontakt")
        else:
            self.notify(f"{name} wurde inzwischen gelöscht; nichts gespeichert.", title="Kontakt", severity="warning")
        self.dismiss(result)

    def background_failed(self, group: str) -> None:
        """A write failed (the app said so): the form stays open to try again."""
        self._writing = False

    def action_save(self) -> None:
        """Save and close."""
        self._finish("save")

    def action_draft(self) -> None:
        """Save and go to drafting a message to this contact."""
        self._finish("draft")

    def action_stage(self) -> None:
        """Record what came of the contact; the history shows the new stage."""
        if self._contact.id is None:
            self.notify("Bitte den Kontakt zuerst speichern.", title="Stufe", severity="warning")
            return
        from advisor_tui.ui.dialogs.stage_dialog import StageDialog

        def recorded(kept: StageChange | None) -> None:
            if kept is not None:
                self.load_history()

        self.app.push_screen(StageDialog(self._store, self._contact, self._today), recorded)

    @property
    def _today(self) -> date:
        """The app's today (fixed in tests), or the calendar's where the dialog runs on its own."""
        today = getattr(self.app, "today", None)
        return today if isinstance(today, date) else date.today()

    def action_forget(self) -> None:
        """Ask, naming everything that goes, then forget the person."""
        summary = forget_summary(self._store, self._contact.id) if self._contact.id else None
        if summary is None:
            self.notify("Der Kontakt ist schon gelöscht.", severity="warning")
            return

        def decided(yes: bool | None) -> None:
            if yes and not self._writing:
                self._writing = True
                self.forget()

        self.app.push_screen(ConfirmForgetDialog(forget_lines(summary)), decided)

    @background("Kontakt vergessen", group="detail-write")
    def forget(self) -> None:
        """Forget the person off the UI thread (the app's backups are rewritten too), then close."""
        removed = forget_contact(self._store, self._contact.id) if self._contact.id is not None else None
        self.app.call_from_thread(self._forgotten, removed)

    def _forgotten(self, removed: ForgetSummary | None) -> None:
        if removed is not None:
            text = "\n".join(["Gelöscht: " + "; ".join(forget_lines(removed)), *export_warning_lines(removed)])
            self.notify(text, title="Kontakt vergessen", markup=False, timeout=15 if removed.exports else 5)
        self.dismiss(DetailResult("forget", self._contact))
