"""Draft and send a message: keep the draft as it is typed, log it as sent, keep the advisor's templates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from advisor_tui.domain.messaging.drafting import Draft, new_template_key
from advisor_tui.domain.messaging.facts import Correspondence, correspondence
from advisor_tui.domain.messaging.templates import Template
from advisor_tui.domain.models import Contact, Direction, Message
from advisor_tui.store.store import Store
from advisor_tui.usecases.blocking import block_in


@dataclass(frozen=True, slots=True)
class Opened:
    """A contact to write to, their saved draft, if any, and what their conversations tell (message to answer …)."""

    contact: Contact
    draft: Draft | None
    seen: Correspondence = Correspondence()


@dataclass(frozen=True, slots=True)
class Sent:
    """The message logged: the recipient as now stored (blocked or not) and the message's id."""

    contact: Contact
    message_id: int
    blocked: bool


def open_for_contact(store: Store, contact_id: int) -> Opened | None:
    """The contact, their saved draft and what their conversations tell; None if the contact is gone."""
    contact = store.contacts.get(contact_id)
    if contact is None:
        return None
    return Opened(contact, store.drafts.load(contact_id), correspondence_of(store, contact))


def last_draft(store: Store) -> tuple[Draft, Contact | None, Correspondence]:
    """The draft written to last (or an empty page), its recipient and their correspondence, to go on there."""
    draft = store.drafts.latest() or Draft(None)
    opened = open_for_contact(store, draft.contact_id) if draft.contact_id is not None else None
    return (draft, opened.contact, opened.seen) if opened else (draft, None, Correspondence())


def correspondence_of(store: Store, contact: Contact) -> Correspondence:
    """The message to answer and a salutation hint, from the contact's conversations."""
    return correspondence(contact, store.activity.conversations(contact.id) if contact.id is not None else [])



def save_draft(store: Store, draft: Draft) -> bool:
    """Keep the draft (an empty text removes it); False if its recipient was forgotten meanwhile."""
    return store.drafts.save(draft)


def send_message(store: Store, contact_id: int, text: str, channel: str, at: datetime, *,
                 block: bool = False) -> Sent:
    """Log the text as sent, block the recipient if asked (a final refusal), and clear the draft: one transaction.

    LookupError (German) if the recipient was forgotten meanwhile; nothing is written then.
    """
    with store.transaction() as unit:
        if unit.contacts.get(contact_id) is None:
            raise LookupError("Der Empfänger wurde gelöscht (vergessen); sein Entwurf ebenso.")
        message_id = unit.activity.log_message(Message(contact_id, Direction.OUTGOING, at, text, channel=channel))
        if block:
            block_in(unit, contact_id)
        unit.drafts.clear(contact_id)
        contact = unit.contacts.get(contact_id)
    assert contact is not None  # read inside the same transaction that found it
    return Sent(contact, message_id, block)


def save_template(store: Store, template: Template) -> Template:
    """Save a template; a new one (without key) gets a unique key from its name. Returns it as saved."""
    with store.transaction() as unit:
        if not template.key:
            existing = [t.key for t in unit.templates.list()]
            template = replace(template, key=new_template_key(template.name, existing))
        unit.templates.save(template)
    return template
