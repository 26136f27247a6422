"""The tagging queue's pure parts: role keys, suggestions, steps, the queue order and undo."""

from __future__ import annotations

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.tagging import (
    ROLE_BY_DIGIT,
    ROLE_KEYS,
    Suggestion,
    TaggingHistory,
    needs_sector,
    next_in_queue,
    recount,
    suggestion_for,
    tag,
    tag_counts,
    tagged_fields,
    untagged_queue,
)
from advisor_tui.domain.network.vocabulary import ROLES


def person(cid: int, position: str = "", company: str = "", **kw) -> Contact:
    return Contact("Anna", f"Muster{cid}", position=position, company=company, id=cid, **kw)


def test_role_keys_are_digits_in_role_order_without_view_letters() -> None:
    assert [key for key, _ in ROLE_KEYS] == list("1234567890")
    assert [role for _, role in ROLE_KEYS] == [role.key for role in ROLES]
    assert ROLE_BY_DIGIT["1"] == "unternehmer" and ROLE_BY_DIGIT["0"] == "dienstleister"


def test_suggestion_from_position_and_company() -> None:
    got = suggestion_for(person(1, "Geschäftsführer", "Müller Bau GmbH"))
    assert got == Suggestion("unternehmer", "F") and got.complete


def test_suggestion_keeps_what_the_contact_already_has() -> None:
    got = suggestion_for(person(1, "Geschäftsführer", "Müller Bau GmbH", role="nachfolger"))
    assert got.role == "nachfolger" and got.sector == "F"


def test_suggestion_uses_own_institution() -> None:
    got = suggestion_for(person(1, "Firmenkundenberater", "Sparkasse KölnBonn"), own_company="Sparkasse KölnBonn")
    assert got.role == "kollege"


def test_suggestion_incomplete_without_sector_or_role() -> None:
    assert not Suggestion(None, "F").complete
    assert not Suggestion("unternehmer", None).complete
    assert Suggestion("privat", None).complete


def test_tag_sets_only_given_fields() -> None:
    before = person(1, sector="C")
    after = tag(before, role="unternehmer")
    assert (after.role, after.sector) == ("unternehmer", "C") and before.role is None
    assert tagged_fields(before, after) == {"role"}
    assert tagged_fields(before, tag(after, sector="F")) == {"role", "sector"}


def test_needs_sector() -> None:
    assert needs_sector(person(1, role="unternehmer"))
    assert not needs_sector(person(1, role="privat"))
    assert not needs_sector(person(1, role="unternehmer", sector="C"))
    assert not needs_sector(person(1))


def test_queue_and_next_wraps_and_skips_tagged() -> None:
    contacts = [person(1, role="privat"), person(2), person(3, role="unternehmer"), person(4)]
    queue = untagged_queue(contacts)
    assert queue == [2, 3, 4]
    state = {2: False, 3: False, 4: False}
    assert next_in_queue(queue, state.get) == 2
    assert next_in_queue(queue, state.get, after=2) == 3
    state[3] = True
    assert next_in_queue(queue, state.get, after=2) == 4
    assert next_in_queue(queue, state.get, after=4) == 2  # wraps round to what was skipped
    assert next_in_queue(queue, lambda _: True, after=2) is None


def test_counts_follow_each_step_like_a_fresh_count() -> None:
    contacts = [person(1, role="privat"), person(2), person(3, role="unternehmer", sector="C")]
    counts = tag_counts(contacts)
    assert counts[(None, None)] == 1 and counts[("unternehmer", "C")] == 1
    after = tag(contacts[1], role="umfeld", sector="M")
    recount(counts, contacts[1], after)
    recount(counts, contacts[0], None)  # forgotten
    assert +counts == tag_counts([after, contacts[2]])


def test_history_undoes_whole_steps_last_first() -> None:
    history = TaggingHistory(limit=2)
    assert not history and history.undo() == ()
    history.record([person(1)])
    history.record([person(2), person(3)])
    history.record([person(4)])
    assert len(history.steps) == 2
    assert [c.id for c in history.undo()] == [4]
    assert [c.id for c in history.undo()] == [2, 3]
    assert not history
