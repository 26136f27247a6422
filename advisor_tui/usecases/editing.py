"""Edit one contact by hand: the fields the advisor changed are saved and marked, so imports leave them alone."""

from __future__ import annotations

from collections.abc import Iterable

from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store


def save_contact(store: Store, contact: Contact, edited: Iterable[str]) -> bool:
    """Save the named fields of the contact in one transaction; False when it was deleted meanwhile."""
    with store.transaction() as unit:
        return unit.contacts.update(contact, edited=edited)
