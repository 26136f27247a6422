"""Forget a person (DSGVO): the contact and all that hangs on it, the backups, and which exports still name them."""

from __future__ import annotations

from dataclasses import dataclass

from advisor_tui.domain.models import Contact
from advisor_tui.store.contacts import ForgetSummary
from advisor_tui.store.store import Store


@dataclass(frozen=True, slots=True)
class ForgetCandidate:
    """The contact found for a profile URL or e-mail address, and what forgetting it would remove."""

    contact_id: int
    contact: Contact
    summary: ForgetSummary


def find_to_forget(store: Store, who: str) -> ForgetCandidate | None:
    """The contact with this profile URL or e-mail address and what would go, or None."""
    contact = store.contacts.find(who)
    if contact is None or contact.id is None:
        return None
    summary = store.contacts.forget_summary(contact.id)
    return ForgetCandidate(contact.id, contact, summary) if summary is not None else None


def forget_summary(store: Store, contact_id: int) -> ForgetSummary | None:
    """What forgetting the contact would remove (for the confirmation), or None when it is gone."""
    return store.contacts.forget_summary(contact_id)


def forget_contact(store: Store, contact_id: int) -> ForgetSummary | None:
    """Delete the contact with everything linked to it in one transaction, then clean the backups.

    Returns what went (with exported files that still name the person), or None when it was already gone.
    """
    return store.contacts.forget(contact_id)
