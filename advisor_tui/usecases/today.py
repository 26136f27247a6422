"""The Heute routine: the summary, checking the inbox, deciding requests, finishing a follow-up, logging what
arrived outside the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from advisor_tui.domain.models import ConnectionRequest, Contact, Direction, Message, RequestState
from advisor_tui.domain.today.summary import TodaySummary
from advisor_tui.overview import today_summary
from advisor_tui.store.activity import accept_requests_of_connections
from advisor_tui.store.store import Store
from advisor_tui.usecases.blocking import block_in

REQUEST_GONE = "Diese Anfrage gibt es nicht mehr."
# Decisions one undo step can take back; blocking is confirmed beforehand instead (it also blocks the person).
UNDOABLE = (RequestState.ACCEPTED, RequestState.DECLINED)


@dataclass(frozen=True, slots=True)
class Decision:
    """A request decided: whose it was, what became of it, and the connection date accepting it set (if any)."""

    request_id: int
    contact_id: int | None
    name: str
    state: RequestState
    connected_on: date | None = None


def summary(store: Store, now: datetime) -> TodaySummary:
    """Every Heute section as of `now` (read only)."""
    return today_summary(store, now)


def check_in(store: Store, now: datetime) -> datetime:
    """Record "Posteingang geprüft" at `now`; returns the moment recorded."""
    with store.transaction() as unit:
        unit.activity.log_checkin(now)
    return now


def decide_request(store: Store, request_id: int, state: RequestState, *, on: date) -> Decision:
    """Accept, decline or block (decline and block the sender) a request on day `on`, in one transaction.

    Accepting makes the sender a connection: their connection date becomes `on` unless they already have one."""
    if state not in (RequestState.ACCEPTED, RequestState.DECLINED, RequestState.BLOCKED):
        raise ValueError(f"not a decision: {state}")
    connected_on = None
    with store.transaction() as unit:
        request = unit.activity.request(request_id)
        if request is None:
            raise LookupError(REQUEST_GONE)
        unit.activity.set_request_state(request_id, state)
        contact = unit.contacts.get(request.contact_id) if request.contact_id is not None else None
        if state is RequestState.BLOCKED and contact is not None and request.contact_id is not None:
            block_in(unit, request.contact_id)
        if state is RequestState.ACCEPTED and contact is not None and contact.id is not None \
                and contact.connected_on is None:
            unit.contacts.set_connected_on(contact.id, on)
            connected_on = on
    return Decision(request_id, request.contact_id, contact.full_name if contact else "", state, connected_on)


def undo_decision(store: Store, decision: Decision) -> Decision:
    """Take back an accept or decline in one transaction: the request is open again and a connection date the
    accept set is removed. LookupError (German) if the request is gone or was decided otherwise meanwhile."""
    if decision.state not in UNDOABLE:
        raise ValueError(f"not undoable: {decision.state}")
    with store.transaction() as unit:
        request = unit.activity.request(decision.request_id)
        if request is None:
            raise LookupError(REQUEST_GONE)
        if request.state is not decision.state:
            raise LookupError("Diese Anfrage wurde inzwischen anders entschieden; nichts rückgängig gemacht.")
        unit.activity.set_request_state(decision.request_id, RequestState.OPEN)
        contact = unit.contacts.get(decision.contact_id) if decision.contact_id is not None else None
        if contact is not None and contact.id is not None and decision.connected_on is not None \
                and contact.connected_on == decision.connected_on:
            unit.contacts.set_connected_on(contact.id, None)
    return decision


def follow_up_done(store: Store, contact_id: int) -> str:
    """Clear the contact's follow-up date; returns their name (LookupError if they are gone)."""
    with store.transaction() as unit:
        contact = unit.contacts.get(contact_id)
        if contact is None:
            raise LookupError("Diesen Kontakt gibt es nicht mehr (vergessen).")
        unit.contacts.update_fields(contact_id, follow_up_on=None)
    return contact.full_name


def log_incoming(store: Store, who: int | Contact, at: datetime, *, request: bool, text: str = "") -> int:
    """Record a message or connection request that arrived outside the app, from a known contact (id) or a new
    one (added with it): one transaction. Returns the contact's id."""
    with store.transaction() as unit:
        contact_id = who if isinstance(who, int) else unit.contacts.add(who)
        if unit.contacts.get(contact_id) is None:
            raise LookupError("Diesen Kontakt gibt es nicht mehr (vergessen).")
        if request:
            unit.activity.add_request(ConnectionRequest(contact_id, Direction.INCOMING, at, note=text))
            accept_requests_of_connections(unit.conn)  # from a connection: accepted, as an import stores it
        else:
            unit.activity.log_message(Message(contact_id, Direction.INCOMING, at, text or "(Text nicht erfasst)"))
    return contact_id
