"""The filter part of Kontakte: roles × sectors × labels, sort orders, saved segments, export."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from advisor_tui.domain.curation import SORT_ORDERS, filter_only
from advisor_tui.domain.models import Contact, Segment
from advisor_tui.domain.segments import describe, select
from advisor_tui.domain.vocabulary import ROLE_BY_KEY
from advisor_tui.ui.dialogs.export_contacts import ExportDialog
from advisor_tui.ui.dialogs.filter import FilterDialog
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.dialogs.segment_save import SegmentSaveDialog

ROLE_LABELS = {key: role.label for key, role in ROLE_BY_KEY.items()}

SEGMENT_BINDINGS = [
    Binding("f", "filter", "Filter", id="kontakte-filter", tooltip="Nach Rolle, Branche und Label filtern"),
    Binding("x", "clear_filter", "Filter aus", id="kontakte-clear-filter", tooltip="Filter und Suche aufheben"),
    Binding("o", "sort", "Sortieren", id="kontakte-sort", show=False,
            tooltip="Sortierung wechseln: Name, Firma, Branche, Rolle, letzter Kontakt"),
    Binding("s", "save_segment", "Segment sichern", id="kontakte-save-segment",
            tooltip="Aktuellen Filter unter einem Namen als Segment speichern"),
    Binding("g", "apply_segment", "Segmente", id="kontakte-apply-segment",
            tooltip="Ein gespeichertes Segment als Filter anwenden"),
    Binding("e", "export", "Export", id="kontakte-export", show=False,
            tooltip="Die Kontakte von Filter und Suche als CSV oder vCard speichern (wie export contacts)"),
]


class SegmentsMixin:
    """Filter dialog, sorting, saving and applying segments, exporting them; the screen shows the table."""

    _filter: Segment
    _sort: int
    _by_id: dict[int, Contact]
    _segment_name: str = ""

    def action_filter(self) -> None:
        """Choose roles, sectors and labels to filter by."""
        def chosen(segment: Segment | None) -> None:
            if segment is not None:
                self._filter = filter_only(segment)
                self.show_matches()

        self.open_dialog(FilterDialog(self._filter, self.sectors, self.labels), chosen)

    def action_clear_filter(self) -> None:
        """Show every contact again."""
        self._filter = Segment()
        self._segment_name = ""
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""  # Input.Changed redraws
        else:
            self.show_matches()

    def action_sort(self) -> None:
        """Switch to the next sort order."""
        self._sort = (self._sort + 1) % len(SORT_ORDERS)
        self.show_matches()
        self.notify(f"Sortiert nach {SORT_ORDERS[self._sort].label}", timeout=2)

    def _current_segment(self, name: str = "") -> Segment:
        text = self.query_one("#search", Input).value.strip()
        return Segment(name=name, roles=self._filter.roles, sectors=self._filter.sectors,
                       labels=self._filter.labels, text=text)

    def action_save_segment(self) -> None:
        """Save the current filter and search under a name."""
        def named(name: str | None) -> None:
            if name:
                self._segment_name = name
                self.advisor.store.settings.save_segment(self._current_segment(name))
                self.segments = self.advisor.store.settings.segments()
                self.notify(f"Export: advisor-tui export contacts --segment \"{name}\"",
                            title=f"Segment „{name}“ gespeichert")
                self.update_footer()

        self.open_dialog(SegmentSaveDialog(describe(self._current_segment(), ROLE_LABELS)), named)

    def action_apply_segment(self) -> None:
        """Use a saved segment as the filter."""
        choices = [(f"{s.name} – {describe(s, ROLE_LABELS)}", s.name) for s in self.segments]

        def picked(name: str | None) -> None:
            segment = next((s for s in self.segments if s.name == name), None)
            if segment is not None:
                self._filter = filter_only(segment)
                self._segment_name = segment.name
                search = self.query_one("#search", Input)
                if search.value != segment.text:
                    search.value = segment.text
                else:
                    self.show_matches()
                self.notify(describe(segment, ROLE_LABELS), title=f"Segment „{segment.name}“")

        self.open_dialog(PickDialog("Segment anwenden", choices), picked)

    def action_export(self) -> None:
        """Export the contacts of the current filter and search, as `export contacts` selects them."""
        segment = self._current_segment(self._segment_name)
        contacts = select(self._by_id.values(), segment, include_blocked=True)  # the dialog says how many are blocked
        self.open_dialog(ExportDialog(contacts, describe(segment, ROLE_LABELS)))
