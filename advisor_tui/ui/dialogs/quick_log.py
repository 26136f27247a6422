"""Quick log: a message or request that arrived outside the app, recorded in a few keys."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store
from advisor_tui.ui.dialogs.pick import candidate, first_enabled, unblocked_first
from advisor_tui.ui.text import plain
from advisor_tui.ui.workers import background
from advisor_tui.usecases.contact_cache import ContactCache
from advisor_tui.usecases.today import log_incoming

NEW_CONTACT = "neu"


def split_name(text: str) -> tuple[str, str]:
    """'Anna Maria Müller' → ('Anna Maria', 'Müller')."""
    parts = text.split()
    return (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else ("", text.strip())


class QuickLogDialog(ModalScreen[bool]):
    """Pick a contact (fuzzy) or name a new one, choose message or request, optionally paste the text."""

    CSS = """
    #matches { height: auto; max-height: 7; margin-bottom: 1; }
    #log-error { width: 1fr; color: $text-muted; }
    #kind { margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(False)", "Abbrechen", id="log-cancel", tooltip="Nichts festhalten"),
        Binding("ctrl+s", "save", "Festhalten", id="log-save", tooltip="Eingang speichern"),
    ]

    def __init__(self, store: Store, now: datetime, contacts: ContactCache | None = None) -> None:
        super().__init__()
        self._store = store
        self._now = now
        self._cache = contacts or ContactCache(store)
        self._contacts: Mapping[int, Contact] = {}
        self._index: ContactIndex | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="log-body", classes="dialog"):
            yield Static("Eingang erfassen", classes="dialog-title")
            # the fields scroll between the fixed title and buttons on a short terminal
            with VerticalScroll(classes="dialog-body", can_focus=False):
                yield RadioSet(RadioButton("Nachricht erhalten", value=True, id="kind-message"),
                               RadioButton("Vernetzungsanfrage erhalten", id="kind-request"), id="kind")
                yield Label("Von wem? (Name, Firma …)")
                yield Input(placeholder="z. B. Müller Bau", id="who")
                yield OptionList(id="matches")
                yield Label("Text (optional)")
                yield Input(placeholder="Nachricht oder Notiz der Anfrage", id="text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Festhalten", variant="primary", id="save")
                yield Button("Abbrechen", id="cancel")
                yield Static(id="log-error")  # beside the buttons: in view however far the fields scrolled

    def on_mount(self) -> None:
        self.query_one("#who", Input).focus()
        self._load_contacts()

    @background("Kontakte laden", group="quick-log")
    def _load_contacts(self) -> None:
        """Take the shared contacts and their index (read off the UI thread if stale: 30,000 take half a second)."""
        snapshot = self._cache.snapshot()
        self.app.call_from_thread(self._contacts_loaded, snapshot.by_id, snapshot.index)

    def _contacts_loaded(self, contacts: Mapping[int, Contact], index: ContactIndex) -> None:
        self._contacts, self._index = contacts, index
        self._show_matches(self.query_one("#who", Input).value)

    @on(Input.Changed, "#who")
    def _who_changed(self, event: Input.Changed) -> None:
        self._show_matches(event.value)

    def _show_matches(self, text: str) -> None:
        matches = self.query_one("#matches", OptionList)
        matches.clear_options()
        query = text.strip()
        if not query:
            return
        if self._index is None:
            matches.add_option(Option("Kontakte werden geladen …", disabled=True))
            return
        for contact_id in unblocked_first(self._index.search(query, limit=5), self._contacts):
            contact = self._contacts[contact_id]
            matches.add_option(candidate(f"{contact.full_name} · {contact.company}", str(contact_id),
                                         blocked=contact.blocked))
        matches.add_option(Option(plain(f"Neuer Kontakt: {query}"), id=NEW_CONTACT))
        matches.highlighted = first_enabled(matches)

    @on(Input.Submitted, "#who")
    def _who_submitted(self) -> None:
        self.query_one("#text", Input).focus()

    @on(Input.Submitted, "#text")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Store the message or request for the chosen contact."""
        matches = self.query_one("#matches", OptionList)
        if matches.highlighted is None or matches.get_option_at_index(matches.highlighted).disabled:
            self.query_one("#log-error", Static).update("Bitte wählen Sie zuerst, von wem der Eingang kam.")
            return
        choice = matches.get_option_at_index(matches.highlighted).id
        who: int | Contact = Contact(*split_name(self.query_one("#who", Input).value), source="manual") \
            if choice == NEW_CONTACT else int(choice or 0)
        try:
            log_incoming(self._store, who, self._now, request=self.query_one("#kind-request", RadioButton).value,
                         text=self.query_one("#text", Input).value.strip())
        except LookupError as gone:
            self.query_one("#log-error", Static).update(str(gone))
            return
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(False)
