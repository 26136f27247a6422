"""The filter keys of Kontakte: roles × sectors × labels, sort orders, segments, export (state: ContactSelection)."""

from __future__ import annotations

from textual.binding import Binding

from advisor_tui.domain.contacts.segments import describe
from advisor_tui.domain.network.vocabulary import ROLE_BY_KEY
from advisor_tui.domain.numbers import german_number
from advisor_tui.usecases.contact_selection import ContactSelection

ROLE_LABELS = {key: role.label for key, role in ROLE_BY_KEY.items()}

SEGMENT_BINDINGS = [
    Binding("f", "filter", "Filter", id="kontakte-filter", tooltip="Nach Rolle, Branche und Label filtern"),
    Binding("x", "clear_filter", "Filter aus", id="kontakte-clear-filter", tooltip="Filter und Suche aufheben"),
    Binding("o", "sort", "Sortieren", id="kontakte-sort", show=False,
            tooltip="Sortierung wechseln: Name, Firma, Branche, Rolle, letzter Kontakt"),
    Binding("s", "save_segment", "Segment sichern", id="kontakte-save-segment", show=False,
            tooltip="Aktuellen Filter unter einem Namen als Segment speichern"),
    Binding("g", "apply_segment", "Segmente", id="kontakte-apply-segment",
            tooltip="Ein gespeichertes Segment als Filter anwenden"),
    Binding("e", "export", "Export", id="kontakte-export", show=False,
            tooltip="Die Kontakte von Filter und Suche als CSV oder vCard speichern (wie export contacts)"),
]


def status_line(selection: ContactSelection, total: int, untagged: int, marked: int) -> str:
    """The line above the table: how many match, filter, order, and marks."""
    query, matching = selection.query.strip(), len(selection.matching)
    if query:
        text = f"{german_number(matching)} von {german_number(total)} Kontakten passen zu „{query}“"
    elif selection.filtered:
        text = f"{german_number(matching)} von {german_number(total)} Kontakten"
    else:
        text = f"{german_number(total)} Kontakte · {german_number(untagged)} ohne Branche oder Rolle"
    if selection.filtered:
        text += f" · Filter: {describe(selection.filter, ROLE_LABELS)}"
    if selection.order.key is not None:
        text += f" · sortiert nach {selection.order.label}"
    if marked:
        text += f" · {german_number(marked)} markiert (1–0 Rolle, b Branche für alle)"
    return text
