"""Kontakte: the network as a table, with fuzzy search over name, company and position."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from advisor_tui.domain.models import Contact
from advisor_tui.domain.search import ContactIndex
from advisor_tui.domain.vocabulary import role_label, sector_label
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable

DISPLAY_LIMIT = 1000  # rows drawn at once; the search narrows the rest
COLUMNS = (
    Column("Name", 3, 14), Column("Firma", 4, 14), Column("Position", 4, 12), Column("Branche", 2, 9),
    Column("Rolle", 2, 10), Column("Labels", 2, 6), Column("Zuletzt", 0, 10),
)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def contact_row(contact: Contact) -> tuple[str, ...]:
    """The cells of one contact in the table."""
    last = contact.last_contact_at.strftime("%d.%m.%Y") if contact.last_contact_at else ""
    name = f"{contact.last_name}, {contact.first_name}".strip(", ")
    return (name, contact.company, contact.position, sector_label(contact.sector), role_label(contact.role),
            ", ".join(contact.labels), last)


class KontakteScreen(ViewScreen):
    """Every contact, searchable as you type."""

    MODE = "kontakte"
    AUTO_FOCUS = "#contacts"  # letters stay free for the view keys until "/" is pressed
    BINDINGS = [
        Binding("slash", "focus_search", "Suchen", key_display="/", id="kontakte-search",
                tooltip="Kontakte nach Name, Firma oder Position durchsuchen"),
        Binding("escape", "leave_search", "Zur Tabelle", show=False, id="kontakte-leave-search",
                tooltip="Suche verlassen und zur Tabelle wechseln"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._contacts: list[Contact] = []
        self._by_id: dict[int, Contact] = {}
        self._index: ContactIndex | None = None

    def compose_body(self) -> ComposeResult:
        yield Input(placeholder="Suchen: Name, Firma, Position …   ( / )", id="search")
        yield Static("Kontakte werden geladen …", id="contacts-status", classes="section-line")
        yield FittedTable(COLUMNS, id="contacts")

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="kontakte-load")
    def load(self) -> None:
        """Read the contacts and build the search index off the UI thread."""
        contacts = self.advisor.store.contacts.list()
        index = ContactIndex(contacts)
        self.app.call_from_thread(self._loaded, contacts, index)

    def _loaded(self, contacts: list[Contact], index: ContactIndex) -> None:
        self._contacts = contacts
        self._by_id = {c.id: c for c in contacts}
        self._index = index
        self.show_matches(self.query_one("#search", Input).value)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.show_matches(event.value)

    def show_matches(self, query: str) -> None:
        """Fill the table with the contacts matching the query, best first."""
        if self._index is None:
            return
        ids = self._index.search(query)
        shown = ids[:DISPLAY_LIMIT]
        self.query_one("#contacts", FittedTable).set_rows([contact_row(self._by_id[i]) for i in shown],
                                                          keys=[str(i) for i in shown])
        self._show_status(query, len(ids))

    def _show_status(self, query: str, matches: int) -> None:
        total = len(self._contacts)
        untagged = sum(1 for c in self._contacts if not c.is_tagged)
        if query.strip():
            text = f"{_number(matches)} von {_number(total)} Kontakten passen zu „{query.strip()}“"
        else:
            text = f"{_number(total)} Kontakte · {_number(untagged)} ohne Branche oder Rolle"
        if matches > DISPLAY_LIMIT:
            text += f" · die ersten {_number(DISPLAY_LIMIT)} angezeigt, Suche eingrenzen"
        self.query_one("#contacts-status", Static).update(text)

    def action_focus_search(self) -> None:
        """Put the cursor into the search field."""
        self.query_one("#search", Input).focus()

    def action_leave_search(self) -> None:
        """Leave the search field for the table."""
        self.query_one("#contacts", FittedTable).focus()
