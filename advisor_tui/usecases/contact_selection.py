"""What the Kontakte table lists: search text, filter, sort order and saved segment name, and the ids that match.

A plain object: the screen shows `matching`; the export takes `contacts()` in the same order, so what is shown is
what is exported (both go through `domain.segments.matching_ids`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from advisor_tui.domain.contacts.curation import SORT_ORDERS, SortOrder, filter_only, is_empty
from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.contacts.segments import matching_ids
from advisor_tui.domain.models import Contact, Segment


class ContactSelection:
    """The search and filter state of the contact table and its result."""

    def __init__(self) -> None:
        self.filter = Segment()
        self.query = ""
        self.sort = 0
        self.segment_name = ""
        self.index: ContactIndex | None = None
        self.matching: list[int] = []

    @property
    def order(self) -> SortOrder:
        """The chosen sort order."""
        return SORT_ORDERS[self.sort]

    def segment(self, name: str = "") -> Segment:
        """Filter and search text as one segment (to save, describe or export)."""
        return Segment(name=name, roles=self.filter.roles, sectors=self.filter.sectors, labels=self.filter.labels,
                       text=self.query.strip())

    @property
    def filtered(self) -> bool:
        """Whether roles, sectors or labels narrow the table."""
        return not is_empty(self.filter)

    @property
    def narrowed(self) -> bool:
        """Whether a filter or a search text narrows the table."""
        return self.filtered or bool(self.query.strip())

    def select(self, contacts: Mapping[int, Contact]) -> list[int]:
        """Work out (and keep) the matching ids among `contacts`, which the index was built from."""
        self.matching = matching_ids(contacts, self.segment(), self.order, self.index)
        return self.matching

    def contacts(self, contacts: Mapping[int, Contact]) -> list[Contact]:
        """The matching contacts, in the table's order (for the export)."""
        return [contacts[i] for i in self.matching if i in contacts]

    def search(self, text: str) -> bool:
        """Search for `text`; True when the search changed, so the cursor goes to the first hit."""
        changed, self.query = text.strip() != self.query.strip(), text
        if changed:
            self.segment_name = ""  # no longer the saved segment: an export must not carry its name
        return changed

    @staticmethod
    def cursor_row(shown: Sequence[int], previous: int | None, *, searched: bool) -> int:
        """Where the table cursor goes when the result changed: to the best hit after a new search text
        (Enter opens it), else it stays on the same contact while that is still listed, else the first row."""
        if searched or previous is None or previous not in shown:
            return 0
        return list(shown).index(previous)

    def set_filter(self, segment: Segment) -> None:
        """Filter by the roles, sectors and labels of `segment`."""
        chosen = filter_only(segment)
        if chosen != self.filter:
            self.segment_name = ""
        self.filter = chosen

    def apply(self, segment: Segment) -> None:
        """Use a saved segment: its filter and its text."""
        self.filter = filter_only(segment)
        self.query = segment.text
        self.segment_name = segment.name

    def clear(self) -> None:
        """No filter, no search."""
        self.filter, self.query, self.segment_name = Segment(), "", ""

    def next_sort(self) -> SortOrder:
        """Switch to the next sort order."""
        self.sort = (self.sort + 1) % len(SORT_ORDERS)
        return self.order
