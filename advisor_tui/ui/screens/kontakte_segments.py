"""The filter keys of Kontakte: roles × sectors × labels, sort orders, segments, export (state: ContactSelection)."""

from __future__ import annotations

from textual.binding import Binding

from advisor_tui.domain.vocabulary import ROLE_BY_KEY

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
