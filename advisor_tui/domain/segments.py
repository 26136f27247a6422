"""Segments: which contacts a filter of roles × sectors × labels (+ text) selects."""

from __future__ import annotations

from collections.abc import Iterable

from advisor_tui.domain.identity import fold_name
from advisor_tui.domain.models import Contact, Segment


def _text_of(contact: Contact) -> str:
    return fold_name(" ".join((contact.first_name, contact.last_name, contact.company, contact.position)))


def matches(contact: Contact, segment: Segment) -> bool:
    """OR within one kind, AND across kinds; an empty kind does not filter."""
    if segment.roles and contact.role not in segment.roles:
        return False
    if segment.sectors and contact.sector not in segment.sectors:
        return False
    if segment.labels:
        wanted = {fold_name(label) for label in segment.labels}
        if not wanted & {fold_name(label) for label in contact.labels}:
            return False
    if segment.text:
        text = _text_of(contact)
        return all(word in text for word in fold_name(segment.text).split())
    return True


def select(contacts: Iterable[Contact], segment: Segment, *, include_blocked: bool = False) -> list[Contact]:
    """The contacts in the segment; blocked contacts only when asked for."""
    return [c for c in contacts if (include_blocked or not c.blocked) and matches(c, segment)]


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
