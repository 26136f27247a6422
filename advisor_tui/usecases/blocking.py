"""Block a contact: never written to or exported again, and their open requests are answered as blocked."""

from __future__ import annotations

from dataclasses import dataclass

from advisor_tui.store.store import Store, UnitOfWork


@dataclass(frozen=True, slots=True)
class Blocked:
    """Who was blocked, and how many of their open requests went with it."""

    contact_id: int
    name: str
    requests_blocked: int


def block_in(unit: UnitOfWork, contact_id: int) -> Blocked:
    """The one definition of blocking, as a step of a caller's unit of work; LookupError if the contact is gone."""
    contact = unit.contacts.get(contact_id)
    if contact is None:
        raise LookupError("Diesen Kontakt gibt es nicht mehr (vergessen).")
    unit.contacts.update_fields(contact_id, blocked=True)
    return Blocked(contact_id, contact.full_name, unit.activity.block_open_requests(contact_id))


def block_contact(store: Store, contact_id: int) -> Blocked:
    """Block the contact in one transaction."""
    with store.transaction() as unit:
        return block_in(unit, contact_id)
