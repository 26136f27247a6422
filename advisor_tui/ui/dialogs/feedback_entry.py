"""Feedback erfassen: kind, key factors, a short note, whether it needs an answer — its source given by where it
was opened (a post, a contact or conversation), or typed (a phone call, a branch, an event)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, SelectionList, Static

from advisor_tui.domain.feedback.models import KIND_LABELS, Factor, FeedbackEntry, FeedbackKind, SourceKind
from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store
from advisor_tui.ui.dialogs._parts import show_status
from advisor_tui.ui.text import plain
from advisor_tui.usecases.feedback import add_factor, edit_feedback, record_feedback

if TYPE_CHECKING:
    from advisor_tui.ui.app import AdvisorApp


def parse_day(text: str) -> date:
    """„30.11.2026“, „30.11.“ (this year) or „2026-11-30“; ValueError in German."""
    text = text.strip()
    try:
        if "-" in text:
            return date.fromisoformat(text)
        parts = [part for part in text.split(".") if part]
        if len(parts) not in (2, 3):
            raise ValueError(text)
        day, month = int(parts[0]), int(parts[1])
        year = int(parts[2]) if len(parts) > 2 else date.today().year
        return date(year + 2000 if year < 100 else year, month, day)
    except (ValueError, IndexError):
        raise ValueError(f"Unbekanntes Datum „{text}“; bitte so: 30.11.2026.") from None


class FeedbackEntryDialog(ModalScreen[FeedbackEntry | None]):
    """Record a new piece of feedback or edit one; dismisses with the stored entry (None: nothing saved)."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="fb-cancel", tooltip="Nichts speichern"),
        Binding("ctrl+s", "save", "Speichern", id="fb-save", tooltip="Die Rückmeldung speichern"),
    ]

    def __init__(
        self, store: Store, entry: FeedbackEntry, factors: list[Factor] | tuple[Factor, ...], source_label: str = ""
    ) -> None:
        super().__init__()
        self._store = store
        self._entry = entry
        self._factors = tuple(factors)
        self._source_label = source_label or entry.source_display

    def compose(self) -> ComposeResult:
        entry = self._entry
        with Vertical(id="fb-body", classes="dialog"):
            yield Static("Rückmeldung bearbeiten" if entry.id else "Feedback erfassen", classes="dialog-title")
            with VerticalScroll(classes="dialog-body", can_focus=False):
                yield RadioSet(
                    *(
                        RadioButton(label, value=kind is entry.kind, id=f"fb-kind-{kind.value}")
                        for kind, label in KIND_LABELS.items()
                    ),
                    id="fb-kind",
                )
                yield Label("Notiz: worum ging es?")
                yield Input(
                    entry.note, placeholder="kurz, z. B. „Gebühren im Depot unklar“", id="fb-note", compact=True
                )
                if entry.source_kind is SourceKind.TEXT:
                    yield Label("Woher? (z. B. Telefonat, Filiale, Veranstaltung)")
                    yield Input(entry.source_text, placeholder="Quelle", id="fb-source", compact=True)
                else:
                    yield Static(plain(f"Quelle: {self._source_label}"), id="fb-source-fixed")
                yield Label("Eingang am")
                with Horizontal(id="fb-when"):
                    yield Input(f"{entry.received_on:%d.%m.%Y}", id="fb-date", compact=True)
                    yield Checkbox("braucht eine Antwort", entry.needs_answer, id="fb-needs-answer", compact=True)
                yield Label("Faktoren (Leertaste wählt)")
                yield SelectionList[str](
                    *((f.label, f.key, f.key in entry.factors) for f in self._factors), id="fb-factors"
                )
                yield Input(
                    placeholder="eigener Faktor: Name tippen, Enter nimmt ihn auf", id="fb-new-factor", compact=True
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Speichern", variant="primary", id="fb-save-button")
                yield Button("Abbrechen", id="fb-cancel-button")
                yield Static(id="fb-status")

    def on_mount(self) -> None:
        self.query_one("#fb-kind", RadioSet).focus()

    def entry(self) -> FeedbackEntry:
        """The entry as the fields say (ValueError in German for a bad date)."""
        pressed = self.query_one("#fb-kind", RadioSet).pressed_button
        kind = FeedbackKind(pressed.id.removeprefix("fb-kind-")) if pressed and pressed.id else self._entry.kind
        source = self.query("#fb-source").first(Input).value if self.query("#fb-source") else self._entry.source_text
        return replace(
            self._entry,
            kind=kind,
            note=self.query_one("#fb-note", Input).value,
            factors=tuple(self.query_one("#fb-factors", SelectionList).selected),
            source_text=source,
            received_on=parse_day(self.query_one("#fb-date", Input).value),
            needs_answer=self.query_one("#fb-needs-answer", Checkbox).value,
        )

    @on(Input.Submitted, "#fb-new-factor")
    def _add_factor(self, event: Input.Submitted) -> None:
        """A key factor of the advisor's own, kept for every later entry and ticked for this one."""
        event.stop()
        if not event.value.strip():
            return
        try:
            factor = add_factor(self._store, event.value)
        except ValueError as exc:
            show_status(self.query_one("#fb-status", Static), str(exc), error=True)
            return
        self.query_one("#fb-factors", SelectionList).add_option((factor.label, factor.key, True))
        event.input.value = ""
        show_status(self.query_one("#fb-status", Static), f"Faktor „{factor.label}“ aufgenommen.")

    @on(Input.Submitted, "#fb-note, #fb-source, #fb-date")
    @on(Button.Pressed, "#fb-save-button")
    def action_save(self) -> None:
        """Store the entry (one small write); a German reason stays in the dialog."""
        try:
            entry = self.entry()
            stored = edit_feedback(self._store, entry) if entry.id else record_feedback(self._store, entry)
        except (ValueError, LookupError) as exc:
            show_status(self.query_one("#fb-status", Static), str(exc), error=True)
            return
        self.dismiss(stored)

    @on(Button.Pressed, "#fb-cancel-button")
    def _cancel(self) -> None:
        self.dismiss(None)


def new_entry(day: date, source: SourceKind = SourceKind.TEXT, **where: int | None) -> FeedbackEntry:
    """A blank entry of today, about the given source (post_id, contact_id, conversation_id)."""
    return FeedbackEntry(FeedbackKind.CRITICISM, day, "", source_kind=source, **where)  # type: ignore[arg-type]


def ask_feedback(app: AdvisorApp, entry: FeedbackEntry | None = None, source_label: str = "") -> None:
    """Open the entry dialog over the current screen; a saved entry is announced and the view refreshed."""
    from advisor_tui.ui.screens.base import ViewScreen

    def saved(stored: FeedbackEntry | None) -> None:
        if stored is not None:
            app.notify(f"Rückmeldung erfasst: {KIND_LABELS[stored.kind]}.", title="Feedback")
            screen = app.screen
            if isinstance(screen, ViewScreen):
                screen.refresh_if_changed()

    factors = app.store.feedback.factors()  # a handful of rows: read on the spot
    app.push_screen(FeedbackEntryDialog(app.store, entry or new_entry(app.today), factors, source_label), saved)


def ask_feedback_about(app: AdvisorApp, contact: Contact) -> None:
    """Feedback from a contact: about their latest conversation when there is one (Nachricht's quick entry)."""
    from advisor_tui.usecases.feedback import latest_conversation

    if contact.id is None:
        return
    conversation = latest_conversation(app.store, contact.id)  # one contact's threads: a small read
    if conversation is None:
        ask_feedback(
            app, new_entry(app.today, SourceKind.CONTACT, contact_id=contact.id), f"Kontakt: {contact.full_name}"
        )
    else:
        ask_feedback(
            app,
            new_entry(app.today, SourceKind.CONVERSATION, contact_id=contact.id, conversation_id=conversation),
            f"Unterhaltung mit {contact.full_name}",
        )
