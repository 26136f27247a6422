"""Kontakte: network relevance on top, the tagging queue, and the contact table with search and filters.

The screen composes the widgets and forwards keys: what is tagged, marked and queued lives in a `TaggingQueue`,
what is searched, filtered and sorted in a `ContactSelection` (both plain objects with unit tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Static

from advisor_tui.domain.contacts.segments import describe
from advisor_tui.domain.models import Contact, Segment
from advisor_tui.domain.network.relevance import NetworkComposition, compose_counts
from advisor_tui.domain.network.tagging import tag_counts
from advisor_tui.domain.network.vocabulary import Sector, role_label, sector_label
from advisor_tui.domain.numbers import german_number
from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog, DetailResult
from advisor_tui.ui.dialogs.export_contacts import ExportDialog
from advisor_tui.ui.dialogs.filter import FilterDialog
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.dialogs.sector_pick import SectorPickDialog
from advisor_tui.ui.dialogs.segment_save import SegmentSaveDialog
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.screens.kontakte_segments import ROLE_LABELS, SEGMENT_BINDINGS, status_line
from advisor_tui.ui.screens.kontakte_table import ContactTable
from advisor_tui.ui.screens.kontakte_tagging import (
    TAGGING_ACTIONS,
    TAGGING_BINDINGS,
    WriteQueue,
    tagging_allowed,
)
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.relevance import RelevancePanel
from advisor_tui.ui.widgets.tagging import TaggingPanel
from advisor_tui.ui.workers import background
from advisor_tui.usecases.contact_cache import ContactSnapshot
from advisor_tui.usecases.contact_selection import ContactSelection
from advisor_tui.usecases.tagging import tag_contacts
from advisor_tui.usecases.tagging_queue import TaggingQueue, TagStep, tagged_text

STATEFUL_ACTIONS = (*TAGGING_ACTIONS, "open_detail", "draft", "clear_filter", "save_segment", "apply_segment",
                    "filter", "sort", "export")


@dataclass(frozen=True, slots=True)
class KontakteData:
    """Everything the view loads in one go off the UI thread."""

    contacts: ContactSnapshot  # shared with the other views: never changed here (the TaggingQueue copies)
    counts: Counter[tuple[str | None, str | None]]  # (role, sector) pairs, counted here rather than on the UI thread
    sectors: list[Sector]
    segments: list[Segment]
    labels: list[str]
    own_company: str


class KontakteScreen(ViewScreen):
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
        self.tagging = TaggingQueue()
        self.selection = ContactSelection()
        self._network: NetworkComposition = compose_counts(self.tagging.counts)
        self._footer_state: tuple[bool | None, ...] = ()
        self._writes = WriteQueue()
        self.sectors: list[Sector] = []
        self.segments: list[Segment] = []
        self.labels: list[str] = []
        self._pending_query: str | None = None  # typed but not searched yet

    @property
    def contacts(self) -> Mapping[int, Contact]:
        """Every contact by id, as last read and tagged since."""
        return self.tagging.contacts

    def compose_body(self) -> ComposeResult:
        yield RelevancePanel(id="relevance")
        yield TaggingPanel(id="tagging")
        yield Input(placeholder="/ Suchen: Name, Firma, Position …", id="search", compact=True)
        yield Static("Kontakte werden geladen …", id="contacts-status", classes="section-line")
        yield ContactTable(id="contacts")

    @property
    def table(self) -> ContactTable:
        """The contact table."""
        return self.query_one("#contacts", ContactTable)

    def reload(self) -> None:
        """Read everything again (after an import or a merge elsewhere)."""
        self.load()

    def open_dialog(self, dialog: Screen, callback: Callable | None = None) -> None:
        """Push one of the view's dialogs."""
        self.app.push_screen(dialog, callback)

    @background("Kontakte laden", group="kontakte-load")
    def load(self) -> None:
        """Read the contacts, vocabulary and segments and build the search index off the UI thread."""
        self.loading_data()
        store = self.advisor.store
        snapshot = self.advisor.contacts.snapshot()
        data = KontakteData(snapshot, tag_counts(snapshot.contacts), store.settings.sectors(),
                            store.settings.segments(), store.contacts.label_names(),
                            store.settings.load().own_institution)
        self.app.call_from_thread(self._loaded, data)

    def _loaded(self, data: KontakteData) -> None:
        self.tagging.load(data.contacts.by_id, data.own_company, data.counts)
        self.selection.index = data.contacts.index
        self.sectors, self.segments, self.labels = data.sectors, data.segments, data.labels
        self._show_network()
        self.show_matches()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Search after the messages already queued: letters typed meanwhile join this search, none is wasted."""
        if self._pending_query is None:
            self.call_later(self._search_pending)
        self._pending_query = event.value

    def _search_pending(self) -> None:
        if self._pending_query is not None:
            query, self._pending_query = self._pending_query, None
            self.show_matches(searched=self.selection.search(query))

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self._search_pending()  # Enter right after typing: the table shows the hits before it gets the keys
        self.table.focus()

    def _set_query(self, text: str) -> None:
        """Put a text into the search field (its Changed message redraws), or redraw if it is there already."""
        search = self.query_one("#search", Input)
        if search.value != text:
            search.value = text
        else:
            self.show_matches()

    def show_matches(self, *, searched: bool = False) -> None:
        """Fill the table with the contacts matching search and filter, in the chosen order; the cursor goes
        where `ContactSelection.cursor_row` says (the first hit of a new search, else the same contact)."""
        if self.selection.index is None:
            return
        previous = self.cursor_id()
        self.table.show(self.contacts, self.selection.select(self.contacts), self.tagging.marked)
        self.table.move_cursor(row=self.selection.cursor_row(self.table.shown, previous, searched=searched))
        self._show_status()
        self.update_footer()

    def _show_status(self) -> None:
        text = status_line(self.selection, len(self.contacts), self._network.untagged, len(self.tagging.marked))
        status, content = self.query_one("#contacts-status", Static), plain(text)  # quotes search and label names
        # A new layout of the whole screen costs more than the search: only when the line's height may change.
        stays_one_line = status.size.height == 1 and content.cell_len <= status.content_size.width
        status.update(content, layout=not stays_one_line)

    def _show_network(self) -> None:
        self._network = compose_counts(self.tagging.counts)
        self.query_one(RelevancePanel).show(self._network)

    def _rows_changed(self, ids: list[int]) -> None:
        """Redraw the changed rows, the figures and the status after contacts were tagged or (un)marked."""
        self.table.refresh_rows(self.contacts, ids, self.tagging.marked)
        self._show_network()
        self._show_status()
        self.update_footer()

    def cursor_id(self) -> int | None:
        """The contact under the table cursor."""
        return self.table.cursor_id()

    def move_cursor_to(self, contact_id: int) -> None:
        """Put the table cursor on a contact if it is shown."""
        self.table.move_cursor_to(contact_id)

    def update_footer(self) -> None:
        """Redraw the footer only when a key became (un)available: a redraw costs far more than a tagging step."""
        state = tuple(self.check_action(action, ()) for action in STATEFUL_ACTIONS)
        if state != self._footer_state:
            self._footer_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep the footer honest: only keys that do something now."""
        queue = self.tagging
        if action in TAGGING_ACTIONS:
            return tagging_allowed(queue, action, self.cursor_id())
        if action in {"open_detail", "draft"}:
            return self.cursor_id() is not None and not queue.active
        if action == "clear_filter":
            return self.selection.narrowed
        if action == "save_segment":
            return not queue.active and self.selection.narrowed
        if action == "apply_segment":
            return not queue.active and bool(self.segments)
        if action in {"filter", "sort", "export"}:
            return not queue.active
        return True

    @on(ContactTable.RowHighlighted, "#contacts")
    def _row_highlighted(self) -> None:
        self.update_footer()

    @on(ContactTable.RowSelected, "#contacts")
    def _row_selected(self) -> None:
        if not self.tagging.active:
            self.action_open_detail()

    def action_focus_search(self) -> None:
        """Put the cursor into the search field."""
        self.query_one("#search", Input).focus()

    def action_back(self) -> None:
        """Esc: end the queue, else leave the search, else drop the marks."""
        if self.tagging.active:
            self.query_one(TaggingPanel).remove_class("-active")
            self.remove_class("-tagging")  # the layout gives the relevance panel its room back
            self.notify(tagged_text(self.tagging.end()), title="Taggen")
            self.update_footer()
        elif self.focused is not self.table:
            self.table.focus()
        elif self.tagging.marked:
            self._rows_changed(self.tagging.clear_marks())

    # --- tagging: keys go to the TaggingQueue, its changes are stored off the UI thread -----------------

    def action_toggle_mark(self) -> None:
        """Mark or unmark the row under the cursor for bulk tagging, then go to the next row."""
        contact_id = self.cursor_id()
        if contact_id is None:
            return
        self.tagging.toggle_mark(contact_id)
        self._rows_changed([contact_id])
        self.table.action_cursor_down()
        self.update_footer()

    def action_start_queue(self) -> None:
        """Start tagging the untagged contacts of the current table, in its order."""
        if not self.tagging.start(self.selection.matching):
            self.notify("Alle Kontakte dieser Auswahl haben Branche und Rolle.", title="Taggen")
            return
        self.query_one(TaggingPanel).add_class("-active")
        self.add_class("-tagging")  # on a short terminal the relevance panel makes room for the table
        self._show_current()

    def _show_current(self) -> None:
        panel, shown = self.query_one(TaggingPanel), self.tagging.panel()
        if shown.contact is None or shown.contact.id is None or shown.suggestion is None:
            panel.finish(shown.done)
        else:
            panel.show(shown.contact, shown.suggestion, shown.done, shown.left, shown.role_missing)
            self.move_cursor_to(shown.contact.id)
        self.update_footer()

    def action_accept(self) -> None:
        """Take the suggestion for the queue's contact."""
        step = self.tagging.accept()
        if step is None:
            self.notify("Kein Vorschlag: Rolle mit 1–0 wählen.", severity="warning")
            return
        self._stepped(step)

    def action_set_role(self, role: str) -> None:
        """Set a role; in the queue the suggested sector comes along."""
        self._stepped(self.tagging.set_role(role, self.cursor_id()), role_label(role))

    def action_pick_sector(self) -> None:
        """Choose a sector by fuzzy search for the current targets."""
        self._ask_sector(self.tagging.targets(self.cursor_id()))

    def _ask_sector(self, targets: list[int]) -> None:
        if not targets:
            return
        who = self.contacts[targets[0]].full_name if len(targets) == 1 else f"{german_number(len(targets))} Kontakte"

        def picked(code: str | None) -> None:
            if code:
                self._stepped(self.tagging.tag(targets, sector=code), sector_label(code))

        self.open_dialog(SectorPickDialog(f"Branche für {who}", self.sectors), picked)

    def _stepped(self, step: TagStep, what: str = "") -> None:
        """Show and store what a tagging key did, then the queue's next contact (or ask for its sector)."""
        self._store_tags(step.changes())
        self._rows_changed(step.changed_ids)
        if step.bulk:
            self.notify(f"{german_number(len(step.after))} von {german_number(step.aimed)} Kontakten: {what}",
                        title="Getaggt")
        if step.ask_sector is not None:
            self._ask_sector([step.ask_sector])
        elif self.tagging.active:
            self._show_current()

    def action_skip(self) -> None:
        """Leave this contact untagged for now."""
        self.tagging.skip()
        self._show_current()

    def action_undo(self) -> None:
        """Take back the last tagging step."""
        before = self.tagging.undo()
        if not before:
            return
        self._store_tags({c.id: {"role": c.role, "sector": c.sector} for c in before if c.id is not None})
        self._rows_changed([c.id for c in before if c.id is not None])
        if self.tagging.active:
            self._show_current()
        others = f" und {german_number(len(before) - 1)} weitere" if len(before) > 1 else ""
        self.notify(f"Rückgängig: {before[0].full_name}{others}", title="Taggen")
        self.update_footer()

    def _store_tags(self, changes: dict[int, dict[str, object]]) -> None:
        """Queue a write; one worker stores them one after the other."""
        if changes and self._writes.push(changes):
            self.write_tags()

    @background("Tags speichern", group="kontakte-tags")
    def write_tags(self) -> None:
        """Store the queued tag changes, each in one transaction (the table shows them already)."""
        store = self.advisor.store
        while (changes := self._writes.pop()) is not None:
            current = store.data_version() == self._seen_version
            result = tag_contacts(store, changes)
            if current:  # nobody else wrote meanwhile: the view stays current without reading 30,000 contacts
                self.loading_data()
            if result.missing:
                self.app.call_from_thread(
                    self.notify, f"{german_number(result.missing)} Kontakte gibt es nicht mehr (in einem anderen "
                    "Fenster gelöscht).", title="Taggen", severity="warning")

    def background_failed(self, group: str) -> None:
        """A tag write failed (the app said so): drop the queued writes and show what is really stored."""
        if group == "kontakte-tags":
            self._writes.drop()
            self.load()

    # --- filter, segments, export: the ContactSelection ----------------------------------------------------

    def action_filter(self) -> None:
        """Choose roles, sectors and labels to filter by."""
        def chosen(segment: Segment | None) -> None:
            if segment is not None:
                self.selection.set_filter(segment)
                self.show_matches()

        self.open_dialog(FilterDialog(self.selection.filter, self.sectors, self.labels), chosen)

    def action_clear_filter(self) -> None:
        """Show every contact again."""
        self.selection.clear()
        self._set_query("")

    def action_sort(self) -> None:
        """Switch to the next sort order."""
        order = self.selection.next_sort()
        self.show_matches()
        self.notify(f"Sortiert nach {order.label}", timeout=2)

    def action_save_segment(self) -> None:
        """Save the current filter and search under a name."""
        def named(name: str | None) -> None:
            if name:
                self.selection.segment_name = name
                self.advisor.store.settings.save_segment(self.selection.segment(name))
                self.segments = self.advisor.store.settings.segments()
                self.notify(f"Export: advisor-tui export contacts --segment \"{name}\"",
                            title=f"Segment „{name}“ gespeichert")
                self.update_footer()

        self.open_dialog(SegmentSaveDialog(describe(self.selection.segment(), ROLE_LABELS)), named)

    def action_apply_segment(self) -> None:
        """Use a saved segment as the filter."""
        choices = [(f"{s.name} – {describe(s, ROLE_LABELS)}", s.name) for s in self.segments]

        def picked(name: str | None) -> None:
            segment = next((s for s in self.segments if s.name == name), None)
            if segment is not None:
                self.selection.apply(segment)
                self._set_query(segment.text)
                self.notify(describe(segment, ROLE_LABELS), title=f"Segment „{segment.name}“")

        self.open_dialog(PickDialog("Segment anwenden", choices), picked)

    def action_export(self) -> None:
        """Export exactly the contacts the table lists for filter and search (the dialog leaves blocked ones out)."""
        name = self.selection.segment_name
        segment = self.selection.segment(name)
        self.open_dialog(ExportDialog(self.selection.contacts(self.contacts), describe(segment, ROLE_LABELS), name))

    # --- one contact: details (the dialog saves or forgets), draft -------------------------------------------------

    def action_open_detail(self) -> None:
        """Show and edit the contact under the cursor."""
        contact_id = self.cursor_id()
        contact = self.advisor.store.contacts.get(contact_id) if contact_id is not None else None
        if contact is None:
            return
        self.open_dialog(ContactDetailDialog(self.advisor.store, contact, self.sectors), self._detail_closed)

    def _detail_closed(self, result: DetailResult | None) -> None:
        """The dialog stored what it did; the view reads again on resuming, as the data version moved."""
        if result is None or result.contact.id is None:
            return
        if result.action == "forget":
            self.tagging.marked.discard(result.contact.id)
        elif result.action == "draft":
            self.advisor.draft_to(result.contact.id)

    def action_draft(self) -> None:
        """Draft a message to the contact under the cursor."""
        contact_id = self.cursor_id()
        if contact_id is not None:
            self.advisor.draft_to(contact_id)
