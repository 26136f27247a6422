"""Kontakte: network relevance on top, the tagging queue, and the contact table with search and filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from advisor_tui.domain.curation import (
    SORT_ORDERS,
    export_warning_lines,
    filter_only,
    forget_lines,
    is_empty,
    sort_contacts,
)
from advisor_tui.domain.models import Contact, Segment
from advisor_tui.domain.network import NetworkComposition, compose_counts
from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.search import ContactIndex
from advisor_tui.domain.segments import describe, matches
from advisor_tui.domain.tagging import tag_counts
from advisor_tui.domain.vocabulary import Sector, role_label, sector_label
from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog, DetailResult
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.screens.kontakte_segments import (
    ROLE_LABELS,
    SEGMENT_BINDINGS,
    SegmentsMixin,
)
from advisor_tui.ui.screens.kontakte_tagging import TAGGING_BINDINGS, TaggingMixin
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable, clip
from advisor_tui.ui.widgets.relevance import RelevancePanel
from advisor_tui.ui.widgets.tagging import TaggingPanel

STATEFUL_ACTIONS = ("start_queue", "accept", "skip", "toggle_mark", "undo", "set_role", "pick_sector", "open_detail",
                    "draft", "clear_filter", "save_segment", "apply_segment", "filter", "sort", "export")
DISPLAY_LIMIT = 1000  # rows drawn at once; the search narrows the rest
MARK = "● "
COLUMNS = (
    Column("Name", 3, 14), Column("Firma", 4, 14), Column("Position", 4, 12), Column("Branche", 2, 9),
    Column("Rolle", 2, 10), Column("Labels", 2, 6), Column("Zuletzt", 0, 10),
)



def contact_row(contact: Contact, marked: bool = False) -> tuple[str, ...]:
    """The cells of one contact in the table."""
    last = contact.last_contact_at.strftime("%d.%m.%Y") if contact.last_contact_at else ""
    name = f"{contact.last_name}, {contact.first_name}".strip(", ")
    return ((MARK if marked else "") + name, contact.company, contact.position, sector_label(contact.sector),
            role_label(contact.role), ", ".join(contact.labels), last)


@dataclass(frozen=True, slots=True)
class KontakteData:
    """Everything the view loads in one go off the UI thread."""

    contacts: list[Contact]
    index: ContactIndex
    sectors: list[Sector]
    segments: list[Segment]
    labels: list[str]
    own_company: str


class KontakteScreen(TaggingMixin, SegmentsMixin, ViewScreen):
    """Every contact, how relevant the network is, and the keys to curate it."""

    MODE = "kontakte"
    AUTO_FOCUS = "#contacts"  # letters stay free for the view keys until "/" is pressed
    BINDINGS = [
        Binding("slash", "focus_search", "Suchen", key_display="/", id="kontakte-search",
                tooltip="Kontakte nach Name, Firma oder Position durchsuchen"),
        Binding("escape", "back", "Zurück", show=False, id="kontakte-leave-search",
                tooltip="Taggen beenden, Suche verlassen oder Markierungen aufheben"),
        *TAGGING_BINDINGS,
        Binding("enter", "open_detail", "Details", id="kontakte-detail",
                tooltip="Alle Felder, Verlauf und Anfragen des Kontakts; bearbeiten oder vergessen"),
        *SEGMENT_BINDINGS,
        Binding("m", "draft", "Nachricht", id="kontakte-draft", show=False,
                tooltip="Eine Nachricht an diesen Kontakt entwerfen"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._by_id: dict[int, Contact] = {}
        self._counts = tag_counts(())
        self._network: NetworkComposition = compose_counts(self._counts)
        self._index: ContactIndex | None = None
        self._matching: list[int] = []
        self._shown: list[int] = []
        self._row_of: dict[int, int] = {}
        self._marked: set[int] = set()
        self._filter = Segment()
        self._sort = 0
        self._stale = True
        self._footer_state: tuple[bool | None, ...] = ()
        self.sectors: list[Sector] = []
        self.segments: list[Segment] = []
        self.labels: list[str] = []
        self.own_company = ""
        self._init_tagging()

    def compose_body(self) -> ComposeResult:
        yield RelevancePanel(id="relevance")
        yield TaggingPanel(id="tagging")
        yield Input(placeholder="/ Suchen: Name, Firma, Position …", id="search", compact=True)
        yield Static("Kontakte werden geladen …", id="contacts-status", classes="section-line")
        yield FittedTable(COLUMNS, id="contacts")

    def on_screen_suspend(self) -> None:
        # Under a dialog the data stays current; after another view it may not.
        self._stale = self.app.current_mode != self.MODE

    def on_screen_resume(self) -> None:
        if self._stale:
            self._stale = False
            self.load()

    def reload(self) -> None:
        """Read everything again (after an import or a merge elsewhere)."""
        self.load()

    def open_dialog(self, dialog: Screen, callback: Callable | None = None) -> None:
        """Push one of the view's dialogs."""
        self.app.push_screen(dialog, callback)

    @work(thread=True, exclusive=True, group="kontakte-load")
    def load(self) -> None:
        """Read the contacts, vocabulary and segments and build the search index off the UI thread."""
        store = self.advisor.store
        contacts = store.contacts.list()
        data = KontakteData(contacts, ContactIndex(contacts), store.settings.sectors(), store.settings.segments(),
                            store.contacts.label_names(), store.settings.load().own_institution)
        self.app.call_from_thread(self._loaded, data)

    def _loaded(self, data: KontakteData) -> None:
        self._by_id = {c.id: c for c in data.contacts}
        self._counts = tag_counts(data.contacts)
        self._index = data.index
        self.sectors, self.segments, self.labels = data.sectors, data.segments, data.labels
        self.own_company = data.own_company
        self._marked &= self._by_id.keys()
        self._show_network()
        self.show_matches()

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self.show_matches()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one("#contacts", FittedTable).focus()

    def show_matches(self) -> None:
        """Fill the table with the contacts matching search and filter, in the chosen order."""
        if self._index is None:
            return
        query = self.query_one("#search", Input).value
        ids = self._index.search(query)
        segment = filter_only(self._filter)
        if not is_empty(segment):
            ids = [i for i in ids if matches(self._by_id[i], segment)]
        order = SORT_ORDERS[self._sort]
        if order.key is not None:
            ids = [c.id for c in sort_contacts([self._by_id[i] for i in ids], order)]
        self._matching = ids
        self._shown = ids[:DISPLAY_LIMIT]
        self._row_of = {contact_id: row for row, contact_id in enumerate(self._shown)}
        rows = [contact_row(self._by_id[i], i in self._marked) for i in self._shown]
        self.query_one("#contacts", FittedTable).set_rows(rows, keys=[str(i) for i in self._shown])
        self._show_status()
        self.update_footer()

    def _show_status(self) -> None:
        query = self.query_one("#search", Input).value.strip()
        total, matching = len(self._by_id), len(self._matching)
        untagged = self._network.untagged
        if query:
            text = f"{german_number(matching)} von {german_number(total)} Kontakten passen zu „{query}“"
        elif not is_empty(self._filter):
            text = f"{german_number(matching)} von {german_number(total)} Kontakten"
        else:
            text = f"{german_number(total)} Kontakte · {german_number(untagged)} ohne Branche oder Rolle"
        if not is_empty(self._filter):
            text += f" · Filter: {describe(filter_only(self._filter), ROLE_LABELS)}"
        if SORT_ORDERS[self._sort].key is not None:
            text += f" · sortiert nach {SORT_ORDERS[self._sort].label}"
        if self._marked:
            text += f" · {german_number(len(self._marked))} markiert (1–0 Rolle, b Branche für alle)"
        if matching > DISPLAY_LIMIT:
            text += f" · die ersten {german_number(DISPLAY_LIMIT)} angezeigt, Suche eingrenzen"
        self.query_one("#contacts-status", Static).update(plain(text))  # quotes the search and label names

    def _show_network(self) -> None:
        self._network = compose_counts(self._counts)
        self.query_one(RelevancePanel).show(self._network)

    def contacts_changed(self, ids: list[int]) -> None:
        """Redraw the changed rows, the figures and the status after contacts were tagged."""
        self.refresh_rows(ids)
        self._show_network()
        self._show_status()
        self.update_footer()

    def refresh_rows(self, ids: list[int]) -> None:
        """Rewrite the cells of some rows in place (cheap, unlike redrawing up to 1,000 rows)."""
        table = self.query_one("#contacts", FittedTable)
        widths = [column.width for column in table.ordered_columns]
        for contact_id in ids:
            row = self._row_of.get(contact_id)
            if row is None or row >= table.row_count:
                continue
            cells = contact_row(self._by_id[contact_id], contact_id in self._marked)
            for column, (cell, width) in enumerate(zip(cells, widths, strict=False)):
                table.update_cell_at(Coordinate(row, column), plain(clip(cell, width)))

    def cursor_id(self) -> int | None:
        """The contact under the table cursor."""
        row = self.query_one("#contacts", FittedTable).cursor_row
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def move_cursor_to(self, contact_id: int) -> None:
        """Put the table cursor on a contact if it is shown."""
        row = self._row_of.get(contact_id)
        if row is not None:
            self.query_one("#contacts", FittedTable).move_cursor(row=row)

    def update_footer(self) -> None:
        """Redraw the footer only when a key became (un)available: a redraw costs far more than a tagging step."""
        state = tuple(self.check_action(action, ()) for action in STATEFUL_ACTIONS)
        if state != self._footer_state:
            self._footer_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep the footer honest: only keys that do something now."""
        if action in {"start_queue", "accept", "skip", "toggle_mark", "undo", "set_role", "pick_sector"}:
            return self.tagging_allowed(action)
        if action in {"open_detail", "draft"}:
            return self.cursor_id() is not None and not self.queue_active
        if action == "clear_filter":
            return not is_empty(self._filter) or bool(self.query_one("#search", Input).value.strip())
        if action == "save_segment":
            return not self.queue_active and (not is_empty(self._filter)
                                              or bool(self.query_one("#search", Input).value.strip()))
        if action == "apply_segment":
            return not self.queue_active and bool(self.segments)
        if action in {"filter", "sort", "export"}:
            return not self.queue_active
        return True

    @on(DataTable.RowHighlighted, "#contacts")
    def _row_highlighted(self) -> None:
        self.update_footer()

    @on(DataTable.RowSelected, "#contacts")
    def _row_selected(self) -> None:
        if not self.queue_active:
            self.action_open_detail()

    def action_focus_search(self) -> None:
        """Put the cursor into the search field."""
        self.query_one("#search", Input).focus()

    def action_back(self) -> None:
        """Esc: end the queue, else leave the search, else drop the marks."""
        table = self.query_one("#contacts", FittedTable)
        if self.queue_active:
            self.end_queue()
        elif self.focused is not table:
            table.focus()
        elif self._marked:
            marked, self._marked = list(self._marked), set()
            self.refresh_rows(marked)
            self._show_status()

    def action_toggle_mark(self) -> None:
        """Mark or unmark the row under the cursor for bulk tagging, then go to the next row."""
        contact_id = self.cursor_id()
        if contact_id is None:
            return
        self._marked ^= {contact_id}
        self.refresh_rows([contact_id])
        self._show_status()
        self.query_one("#contacts", FittedTable).action_cursor_down()
        self.update_footer()

    def action_open_detail(self) -> None:
        """Show and edit the contact under the cursor."""
        contact_id = self.cursor_id()
        contact = self.advisor.store.contacts.get(contact_id) if contact_id is not None else None
        if contact is None:
            return
        self.open_dialog(ContactDetailDialog(self.advisor.store, contact, self.sectors), self._detail_closed)

    def _detail_closed(self, result: DetailResult | None) -> None:
        if result is None:
            return
        contact = result.contact
        if result.action == "forget":
            removed = self.advisor.store.contacts.forget(contact.id)
            if removed is not None:
                text = "\n".join(["Gelöscht: " + "; ".join(forget_lines(removed)), *export_warning_lines(removed)])
                self.notify(text, title="Kontakt vergessen", markup=False, timeout=15 if removed.exports else 5)
            self._marked.discard(contact.id)
            self.load()
            return
        if result.edited:
            if self.advisor.store.contacts.update(contact, edited=result.edited):
                self.notify(f"{contact.full_name} gespeichert.", title="Kontakt")
            else:
                self.notify(f"{contact.full_name} wurde inzwischen gelöscht; nichts gespeichert.", title="Kontakt",
                            severity="warning")
            self.load()
        if result.action == "draft":
            self._draft(contact.id)

    def action_draft(self) -> None:
        """Draft a message to the contact under the cursor."""
        contact_id = self.cursor_id()
        if contact_id is not None:
            self._draft(contact_id)

    def _draft(self, contact_id: int) -> None:
        self.advisor.draft_to(contact_id)
