"""Conversations, messages, connection requests and inbox check-ins."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, insert, select, text, true, update

from advisor_tui.domain.contacts.batch import ImportedConversation
from advisor_tui.domain.models import (
    ConnectionRequest,
    Conversation,
    Direction,
    Message,
    MessageKind,
    RequestState,
)
from advisor_tui.store.tables import CHECKIN, CONVERSATION, MESSAGE, REQUEST, inserted_id
from advisor_tui.store.timeconv import to_domain, to_store
from advisor_tui.store.unit import Bind, reading, writing


def text_hash(text: str) -> str:
    """A short fingerprint of a message text, so re-imports recognise the same message."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def conversation_values(conversation: Conversation | ImportedConversation, contact_id: int | None) -> dict:
    """Column values for a conversation of this contact (its messages are rows of their own)."""
    return {
        "contact_id": contact_id,
        "external_id": conversation.external_id,
        "title": conversation.title,
        "channel": conversation.channel,
    }


def request_values(request: ConnectionRequest, contact_id: int | None) -> dict:
    """Column values for a connection request of this contact."""
    return {
        "contact_id": contact_id,
        "direction": str(request.direction),
        "sent_at": to_store(request.sent_at),
        "note": request.note,
        "state": str(request.state),
        "channel": request.channel,
    }


def message_values(message: Message, conversation_id: int) -> dict:
    """Column values for a message."""
    return {
        "conversation_id": conversation_id,
        "contact_id": message.contact_id,
        "direction": str(message.direction),
        "channel": message.channel,
        "sent_at": to_store(message.sent_at),
        "text": message.text,
        "text_hash": text_hash(message.text),
        "kind": str(message.kind),
        "answered": message.answered,
    }


def message_from_row(row: Row[Any]) -> Message:
    """A domain Message from a `message` row."""
    return Message(
        contact_id=row.contact_id,
        direction=Direction(row.direction),
        sent_at=to_domain(row.sent_at),
        text=row.text,
        channel=row.channel,
        kind=MessageKind(row.kind),
        answered=row.answered,
        conversation_id=row.conversation_id,
        id=row.id,
    )


def refresh_derived(conn: Connection) -> None:
    """Recompute what follows from the messages: which incoming ones were answered, and last contact."""
    conn.execute(text(
        "UPDATE message SET answered = 1 WHERE direction = 'in' AND answered = 0 AND EXISTS ("
        " SELECT 1 FROM message AS later WHERE later.conversation_id = message.conversation_id"
        " AND later.direction = 'out' AND later.sent_at > message.sent_at)"
    ))
    conn.execute(text(
        "UPDATE contact SET last_contact_at = latest.at FROM ("
        " SELECT contact_id, max(sent_at) AS at FROM message WHERE kind = 'message' AND contact_id IS NOT NULL"
        " GROUP BY contact_id) AS latest"
        " WHERE contact.id = latest.contact_id"
        " AND (contact.last_contact_at IS NULL OR contact.last_contact_at < latest.at)"
    ))


def accept_requests_of_connections(conn: Connection) -> None:
    """Open requests with someone who is a connection by now were accepted (the date is `connected_on`).

    Invitations.csv lists accepted invitations too; whichever file comes first, the state follows here.
    """
    conn.execute(text(
        "UPDATE connection_request SET state = 'accepted' WHERE state = 'open' AND contact_id IN ("
        " SELECT id FROM contact WHERE connected_on IS NOT NULL)"
    ))


def _request_from_row(row: Row[Any]) -> ConnectionRequest:
    return ConnectionRequest(
        contact_id=row.contact_id,
        direction=Direction(row.direction),
        sent_at=to_domain(row.sent_at),
        note=row.note,
        state=RequestState(row.state),
        channel=row.channel,
        id=row.id,
    )


class ActivityRepository:
    """What happened with contacts: messages, requests, check-ins."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def add_conversation(self, conversation: Conversation) -> int:
        """Insert a conversation with its messages; returns its id."""
        with writing(self._bind) as conn:
            values = conversation_values(conversation, conversation.contact_id)
            conversation_id = inserted_id(conn.execute(insert(CONVERSATION).values(**values)))
            if conversation.messages:
                conn.execute(insert(MESSAGE), [message_values(m, conversation_id) for m in conversation.messages])
            refresh_derived(conn)
        return conversation_id

    def conversations(self, contact_id: int | None = None) -> list[Conversation]:
        """All conversations (or one contact's) with their messages in time order."""
        if contact_id is None:
            return self._conversations(true(), true())
        return self._conversations(CONVERSATION.c.contact_id == contact_id, MESSAGE.c.contact_id == contact_id)

    def unanswered_conversations(self) -> list[Conversation]:
        """The conversations holding an unanswered incoming message, with all their messages: every one that may
        wait for an answer (domain.today.summary.waiting_conversations decides which do)."""
        unanswered = select(MESSAGE.c.conversation_id).where(
            MESSAGE.c.kind == str(MessageKind.MESSAGE), MESSAGE.c.direction == str(Direction.INCOMING),
            MESSAGE.c.answered.is_(False))
        return self._conversations(CONVERSATION.c.id.in_(unanswered), MESSAGE.c.conversation_id.in_(unanswered))

    def _conversations(self, which: ColumnElement[bool], their_messages: ColumnElement[bool]) -> list[Conversation]:
        """The conversations a condition selects, with the messages the other one selects, in time order."""
        messages_query = select(MESSAGE).where(their_messages).order_by(MESSAGE.c.sent_at, MESSAGE.c.id)
        conversations_query = select(CONVERSATION).where(which).order_by(CONVERSATION.c.id)
        with reading(self._bind) as conn:
            messages: dict[int, list[Message]] = defaultdict(list)
            for row in conn.execute(messages_query):
                messages[row.conversation_id].append(message_from_row(row))
            return [
                Conversation(
                    contact_id=row.contact_id,
                    title=row.title,
                    channel=row.channel,
                    external_id=row.external_id,
                    messages=messages.get(row.id, []),
                    id=row.id,
                )
                for row in conn.execute(conversations_query)
            ]

    def log_message(self, message: Message) -> int:
        """Add one message to the contact's latest conversation on that platform (or a new one); returns its id."""
        platform = message.channel.split("-")[0]
        with writing(self._bind) as conn:
            conversation_id = conn.execute(
                select(CONVERSATION.c.id)
                .where(CONVERSATION.c.contact_id == message.contact_id, CONVERSATION.c.channel == platform)
                .order_by(CONVERSATION.c.id.desc())
                .limit(1)
            ).scalar()
            if conversation_id is None:
                conversation_id = inserted_id(conn.execute(
                    insert(CONVERSATION).values(contact_id=message.contact_id, channel=platform)
                ))
            message_id = conn.execute(insert(MESSAGE).values(**message_values(message, conversation_id)))
            refresh_derived(conn)
            return inserted_id(message_id)

    def add_request(self, request: ConnectionRequest) -> int:
        """Insert a connection request; returns its id."""
        with writing(self._bind) as conn:
            return inserted_id(conn.execute(insert(REQUEST).values(**request_values(request, request.contact_id))))

    def requests(self, contact_id: int | None = None) -> list[ConnectionRequest]:
        """All connection requests (or one contact's), newest first."""
        return self._requests(true() if contact_id is None else REQUEST.c.contact_id == contact_id)

    def open_requests(self) -> list[ConnectionRequest]:
        """The received requests not decided yet, newest first."""
        return self._requests((REQUEST.c.direction == str(Direction.INCOMING))
                              & (REQUEST.c.state == str(RequestState.OPEN)))

    def _requests(self, condition: ColumnElement[bool]) -> list[ConnectionRequest]:
        query = select(REQUEST).where(condition).order_by(REQUEST.c.sent_at.desc(), REQUEST.c.id.desc())
        with reading(self._bind) as conn:
            return [_request_from_row(row) for row in conn.execute(query)]

    def set_request_state(self, request_id: int, state: RequestState) -> None:
        """Record the advisor's decision on a request."""
        with writing(self._bind) as conn:
            conn.execute(update(REQUEST).where(REQUEST.c.id == request_id).values(state=str(state)))

    def log_checkin(self, at: datetime) -> None:
        """Record "Posteingang geprüft"."""
        with writing(self._bind) as conn:
            conn.execute(insert(CHECKIN).values(at=to_store(at)))

    def checkins(self) -> list[datetime]:
        """Every check-in, oldest first."""
        with reading(self._bind) as conn:
            return [to_domain(at) for at in conn.execute(select(CHECKIN.c.at).order_by(CHECKIN.c.at)).scalars()]

    def request(self, request_id: int) -> ConnectionRequest | None:
        """One connection request, or None."""
        with reading(self._bind) as conn:
            row = conn.execute(select(REQUEST).where(REQUEST.c.id == request_id)).first()
        return _request_from_row(row) if row else None

    def block_open_requests(self, contact_id: int) -> int:
        """Mark the contact's open received requests as blocked; returns how many there were."""
        with writing(self._bind) as conn:
            return conn.execute(
                update(REQUEST)
                .where(REQUEST.c.contact_id == contact_id, REQUEST.c.state == str(RequestState.OPEN),
                       REQUEST.c.direction == str(Direction.INCOMING))
                .values(state=str(RequestState.BLOCKED))
            ).rowcount
