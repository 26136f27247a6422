"""The use cases of Nachricht and Heute: each one transaction, all or nothing, the same for every front end."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor_tui.domain.messaging.drafting import Draft
from advisor_tui.domain.messaging.templates import Template
from advisor_tui.domain.models import ConnectionRequest, Contact, Direction, RequestState, Salutation
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store
from advisor_tui.usecases import messaging, today
from advisor_tui.usecases.blocking import block_contact
from tests.conftest import FIXED_NOW
from tests.unit.test_linkedin_store_rules import load

DAY = FIXED_NOW.date()


@pytest.fixture
def anna(store: Store) -> int:
    return store.contacts.add(Contact("Anna", "Müller", Salutation.FRAU, company="Müller Bau"))


def _request(store: Store, contact_id: int, state: RequestState = RequestState.OPEN, days: int = 0) -> int:
    at = FIXED_NOW - timedelta(days=days)
    return store.activity.add_request(ConnectionRequest(contact_id, Direction.INCOMING, at, "Hallo", state))


def _messages(store: Store, contact_id: int):
    return [m for c in store.activity.conversations() if c.contact_id == contact_id for m in c.messages]


def test_blocking_marks_the_contact_and_answers_their_open_requests(store, anna) -> None:
    open_one, accepted = _request(store, anna), _request(store, anna, RequestState.ACCEPTED, days=30)
    blocked = block_contact(store, anna)
    assert (blocked.name, blocked.requests_blocked) == ("Anna Müller", 1)
    assert store.contacts.get(anna).blocked
    states = {r.id: r.state for r in store.activity.requests()}
    assert states == {open_one: RequestState.BLOCKED, accepted: RequestState.ACCEPTED}


def test_blocking_a_forgotten_contact_says_so_in_german(store) -> None:
    with pytest.raises(LookupError, match="gibt es nicht mehr"):
        block_contact(store, 999)


def test_blocking_a_request_is_the_same_blocking(store, anna) -> None:
    request = _request(store, anna)
    decision = today.decide_request(store, request, RequestState.BLOCKED, on=DAY)
    assert (decision.name, decision.contact_id, decision.state) == ("Anna Müller", anna, RequestState.BLOCKED)
    assert store.contacts.get(anna).blocked
    assert store.activity.request(request).state is RequestState.BLOCKED


def test_declining_and_accepting_leave_the_contact_unblocked(store, anna) -> None:
    first, second = _request(store, anna), _request(store, anna, days=1)
    today.decide_request(store, first, RequestState.DECLINED, on=DAY)
    today.decide_request(store, second, RequestState.ACCEPTED, on=DAY)
    assert not store.contacts.get(anna).blocked
    assert [store.activity.request(i).state for i in (first, second)] == [RequestState.DECLINED,
                                                                         RequestState.ACCEPTED]


def test_a_request_gone_meanwhile_is_a_german_lookup_error(store) -> None:
    with pytest.raises(LookupError, match="Anfrage gibt es nicht mehr"):
        today.decide_request(store, 42, RequestState.DECLINED, on=DAY)


def test_accepting_sets_the_connection_date_once_and_undo_removes_it(store, anna) -> None:
    request = _request(store, anna)
    decision = today.decide_request(store, request, RequestState.ACCEPTED, on=DAY)
    assert decision.connected_on == DAY and store.contacts.get(anna).connected_on == DAY
    today.undo_decision(store, decision)
    assert store.contacts.get(anna).connected_on is None
    assert store.activity.request(request).state is RequestState.OPEN


def test_accepting_keeps_a_known_connection_date(store, anna) -> None:
    store.contacts.update_fields(anna, connected_on=date(2019, 3, 1))
    decision = today.decide_request(store, _request(store, anna), RequestState.ACCEPTED, on=DAY)
    assert decision.connected_on is None
    today.undo_decision(store, decision)
    assert store.contacts.get(anna).connected_on == date(2019, 3, 1)


def test_the_accept_date_gives_way_to_the_date_of_a_later_connections_export(store, tmp_path) -> None:
    load(store, "real_2024_Invitations.csv")
    jonas = next(c for c in store.contacts.list() if c.full_name == "Jonas Berg")
    request = next(r.id for r in store.activity.requests(jonas.id) if r.state is RequestState.OPEN)
    today.decide_request(store, request, RequestState.ACCEPTED, on=DAY)
    connections = tmp_path / "Connections.csv"  # LinkedIn's layout: notes preamble, then the header
    connections.write_text('Notes:\n"When exporting your connection data, you may notice …"\n\n'
                           "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                           "Jonas,Berg,https://www.linkedin.com/in/jonas-berg-vertrieb,,Berg Vertrieb,,21 Nov 2026\n",
                           encoding="utf-8")
    BatchWriter(store.engine).apply(parse_linkedin(connections))
    assert store.contacts.get(jonas.id).connected_on == date(2026, 11, 21)


def test_undoing_a_decline_opens_the_request_again(store, anna) -> None:
    request = _request(store, anna)
    today.undo_decision(store, today.decide_request(store, request, RequestState.DECLINED, on=DAY))
    assert store.activity.request(request).state is RequestState.OPEN
    assert [r.request.id for r in today.summary(store, FIXED_NOW).requests] == [request]


def test_undo_refuses_a_request_decided_otherwise_meanwhile_and_a_block(store, anna) -> None:
    request = _request(store, anna)
    decision = today.decide_request(store, request, RequestState.DECLINED, on=DAY)
    store.activity.set_request_state(request, RequestState.ACCEPTED)  # another window
    with pytest.raises(LookupError, match="inzwischen anders entschieden"):
        today.undo_decision(store, decision)
    assert store.activity.request(request).state is RequestState.ACCEPTED
    with pytest.raises(ValueError):
        today.undo_decision(store, today.decide_request(store, _request(store, anna, days=1), RequestState.BLOCKED,
                                                             on=DAY))


def test_undo_of_a_forgotten_request_says_so_in_german(store, anna) -> None:
    decision = today.decide_request(store, _request(store, anna), RequestState.DECLINED, on=DAY)
    store.contacts.forget(anna)
    with pytest.raises(LookupError, match="Anfrage gibt es nicht mehr"):
        today.undo_decision(store, decision)


def test_check_in_is_recorded_and_shows_in_the_summary(store) -> None:
    assert today.check_in(store, FIXED_NOW) == FIXED_NOW
    assert store.activity.checkins() == [FIXED_NOW]
    assert today.summary(store, FIXED_NOW + timedelta(minutes=5)).checkin.checked_today


def test_follow_up_done_clears_the_date(store) -> None:
    heiko = store.contacts.add(Contact("Heiko", "Brandt", follow_up_on=date(2026, 11, 20)))
    assert today.follow_up_done(store, heiko) == "Heiko Brandt"
    assert store.contacts.get(heiko).follow_up_on is None


def test_sending_logs_the_message_clears_the_draft_and_answers_the_conversation(store, anna) -> None:
    messaging.save_draft(store, Draft(anna, "Guten Tag", "linkedin-message"))
    sent = messaging.send_message(store, anna, "Guten Tag", "linkedin-message", FIXED_NOW)
    assert not sent.blocked and not sent.contact.blocked
    assert sent.contact.last_contact_at == FIXED_NOW
    assert store.drafts.load(anna) is None
    [message] = _messages(store, anna)
    assert (message.id, message.direction, message.text) == (sent.message_id, Direction.OUTGOING, "Guten Tag")


def test_a_final_refusal_blocks_in_the_same_transaction(store, anna) -> None:
    request = _request(store, anna)
    sent = messaging.send_message(store, anna, "Leider nein", "linkedin-message", FIXED_NOW, block=True)
    assert sent.blocked and sent.contact.blocked
    assert store.activity.request(request).state is RequestState.BLOCKED


def test_sending_to_a_forgotten_recipient_writes_nothing(store, anna) -> None:
    store.contacts.forget(anna)
    version = store.data_version()
    with pytest.raises(LookupError, match="vergessen"):
        messaging.send_message(store, anna, "Hallo", "linkedin-message", FIXED_NOW)
    assert store.activity.conversations() == []
    assert store.data_version() == version  # rolled back: not even an empty commit


def test_a_failing_step_rolls_the_whole_send_back(store, anna, monkeypatch) -> None:
    messaging.save_draft(store, Draft(anna, "Entwurf"))

    def broken(self, contact_id):
        raise RuntimeError("disk full")

    monkeypatch.setattr("advisor_tui.store.drafting.DraftRepository.clear", broken)
    with pytest.raises(RuntimeError):
        messaging.send_message(store, anna, "Hallo", "linkedin-message", FIXED_NOW, block=True)
    assert _messages(store, anna) == [] and not store.contacts.get(anna).blocked
    assert store.drafts.load(anna).text == "Entwurf"


def test_opening_a_contact_brings_their_draft_and_a_gone_one_is_none(store, anna) -> None:
    assert messaging.open_for_contact(store, anna).draft is None
    messaging.save_draft(store, Draft(anna, "Text", "xing-message"))
    opened = messaging.open_for_contact(store, anna)
    assert (opened.contact.id, opened.draft.text, opened.draft.channel) == (anna, "Text", "xing-message")
    assert messaging.open_for_contact(store, 999) is None
    assert messaging.last_draft(store)[1].id == anna


def test_a_new_template_gets_a_unique_key(store) -> None:
    first = messaging.save_template(store, Template("", "Einladung Abend", "linkedin-message", "{anrede}"))
    second = messaging.save_template(store, Template("", "Einladung Abend", "linkedin-message", "{anrede}"))
    assert (first.key, second.key) == ("einladung-abend", "einladung-abend-2")
    assert store.templates.get("einladung-abend-2").name == "Einladung Abend"


def test_an_incoming_message_from_a_new_person_adds_both_at_once(store) -> None:
    gerda = today.log_incoming(store, Contact("Gerda", "Neumeier"), FIXED_NOW, request=False, text="")
    [message] = _messages(store, gerda)
    assert (message.direction, message.text) == (Direction.INCOMING, "(Text nicht erfasst)")
    assert store.contacts.get(gerda).full_name == "Gerda Neumeier"


def test_an_incoming_request_from_a_forgotten_contact_adds_nothing(store, anna) -> None:
    today.log_incoming(store, anna, FIXED_NOW, request=True, text="Vernetzen?")
    assert [r.note for r in store.activity.requests()] == ["Vernetzen?"]
    store.contacts.forget(anna)
    with pytest.raises(LookupError):
        today.log_incoming(store, anna, FIXED_NOW, request=True)
    assert store.activity.requests() == []


def test_a_logged_request_from_a_connection_is_accepted(store) -> None:
    anna = store.contacts.add(Contact("Anna", "Müller", connected_on=date(2019, 5, 6)))
    today.log_incoming(store, anna, FIXED_NOW, request=True, text="Vernetzen?")
    assert [r.state for r in store.activity.requests(anna)] == [RequestState.ACCEPTED]
