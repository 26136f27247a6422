"""Segments: which contacts a filter of roles × sectors × labels and a search text selects, in which order.

There is one matcher: the Kontakte table, a saved segment and the export all select with `matching_ids`, so what
the advisor sees is what is exported. The text goes through the fuzzy `ContactIndex` ("Müler" finds Müller), the
roles, sectors and labels through `in_filter`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from advisor_tui.domain.contacts.curation import SORT_ORDERS, SortOrder, sort_contacts
from advisor_tui.domain.contacts.identity import fold_name
from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.models import Contact, Segment


def in_filter(contact: Contact, segment: Segment) -> bool:
    """Roles, sectors and labels (not the text): OR within one kind, AND across kinds; an empty kind does not filter."""
    if segment.roles and contact.role not in segment.roles:
        return False
    if segment.sectors and contact.sector not in segment.sectors:
        return False
    if segment.labels:
        wanted = {fold_name(label) for label in segment.labels}
        if not wanted & {fold_name(label) for label in contact.labels}:
            return False
    return True


def matching_ids(contacts: Mapping[int, Contact], segment: Segment, order: SortOrder = SORT_ORDERS[0],
                 index: ContactIndex | None = None) -> list[int]:
    """The ids of the contacts in the segment: search ranking for a text (else the given order), filtered, sorted.

    `index` is the search index over the same contacts (built here when a text needs it and none is given).
    """
    if segment.text.strip():
        ids = (index or ContactIndex(contacts.values())).search(segment.text)
    else:
        ids = list(contacts)
    if segment.roles or segment.sectors or segment.labels:
        ids = [i for i in ids if in_filter(contacts[i], segment)]
    if order.key is not None:
        ids = [c.id for c in sort_contacts([contacts[i] for i in ids], order) if c.id is not None]
    return ids


def select(contacts: Iterable[Contact], segment: Segment, *, include_blocked: bool = False) -> list[Contact]:
    """The contacts in the segment, as the Kontakte table lists them; blocked contacts only when asked for."""
    by_id = {c.id: c for c in contacts if c.id is not None and (include_blocked or not c.blocked)}
    return [by_id[i] for i in matching_ids(by_id, segment)]


def describe(segment: Segment, role_labels: dict[str, str]) -> str:
    """A German one-line description, e.g. "Unternehmer/in oder Nachfolger/in · Branche F"."""
    parts = []
    if segment.roles:
        parts.append(" oder ".join(role_labels.get(key, key) for key in segment.roles))
    if segment.sectors:
        parts.append("Branche " + ", ".join(segment.sectors))
    if segment.labels:
        parts.append("Label " + ", ".join(segment.labels))
    if segment.text:
        parts.append(f"„{segment.text}“")
    return " · ".join(parts) or "alle Kontakte"
