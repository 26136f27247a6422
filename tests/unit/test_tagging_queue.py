"""The tagging queue as a plain object: next untagged contact, marks, bulk steps, skip, undo, what the panel shows."""

from __future__ import annotations

import pytest

from advisor_tui.domain.models import Contact
from advisor_tui.usecases.tagging_queue import TaggingQueue, tagged_text


def person(cid: int, position: str = "", company: str = "", **kw) -> Contact:
    return Contact("Anna", f"Muster{cid}", position=position, company=company, id=cid, **kw)


def queue_of(*contacts: Contact) -> TaggingQueue:
    queue = TaggingQueue()
    queue.load(contacts)
    return queue


def test_queue_starts_at_the_first_untagged_contact_in_table_order() -> None:
    queue = queue_of(person(1, role="privat"), person(2), person(3, "Geschäftsführer", "Müller Bau GmbH"))
    assert queue.start([3, 2, 1]) and queue.active
    assert queue.current == 3
    shown = queue.panel()
    assert shown.contact is not None and shown.contact.id == 3
    assert (shown.suggestion.role, shown.suggestion.sector) == ("unternehmer", "F")
    assert (shown.done, shown.left) == (0, 2)


def test_queue_does_not_start_when_everyone_is_tagged() -> None:
    queue = queue_of(person(1, role="privat"))
    assert not queue.start([1]) and not queue.active


def test_accept_tags_with_the_suggestion_and_moves_on() -> None:
    queue = queue_of(person(1, "Geschäftsführer", "Müller Bau GmbH"), person(2, "Inhaberin", "Schulz Bau GmbH"))
    queue.start([1, 2])
    step = queue.accept()
    assert step is not None and step.changes() == {1: {"role": "unternehmer", "sector": "F"}}
    assert queue.current == 2 and queue.panel().done == 1 and queue.panel().left == 1
    assert queue.contacts[1].is_tagged


def test_accept_without_a_suggested_role_does_nothing() -> None:
    queue = queue_of(person(1))
    queue.start([1])
    assert queue.accept() is None and queue.current == 1 and not queue.history


def test_a_role_that_wants_a_sector_asks_for_it_before_moving_on() -> None:
    queue = queue_of(person(1), person(2))
    queue.start([1, 2])
    step = queue.set_role("unternehmer", cursor=None)
    assert step.ask_sector == 1 and queue.current == 1
    queue.tag([1], sector="C")
    assert queue.current == 2 and queue.done == 1


def test_a_sector_without_a_role_keeps_the_queue_on_the_contact_until_the_role_is_set() -> None:
    queue = queue_of(person(1), person(2))
    queue.start([1, 2])
    queue.tag([1], sector="C")  # "b" while the role is still empty (issue 16, bug 6)
    shown = queue.panel()
    assert queue.current == 1 and queue.done == 0 and shown.role_missing
    queue.set_role("unternehmer", cursor=None)
    assert queue.current == 2 and queue.done == 1 and not queue.panel().role_missing
    queue.undo()
    assert queue.current == 1 and queue.done == 0
    queue.undo()  # the sector step had not counted as done
    assert queue.current == 1 and queue.done == 0 and queue.contacts[1].sector is None


def test_skip_goes_to_the_next_and_wraps_round() -> None:
    queue = queue_of(person(1), person(2))
    queue.start([1, 2])
    queue.skip()
    assert queue.current == 2
    queue.skip()
    assert queue.current == 1


def test_queue_ends_with_nobody_left_and_end_reports_the_count() -> None:
    queue = queue_of(person(1))
    queue.start([1])
    queue.set_role("privat", cursor=None)
    assert queue.current is None and queue.panel().contact is None
    assert queue.end() == 1 and not queue.active


def test_marks_are_the_targets_outside_the_queue_else_the_cursor() -> None:
    queue = queue_of(person(1), person(2), person(3))
    assert queue.targets(cursor=2) == [2]
    queue.toggle_mark(3)
    queue.toggle_mark(1)
    assert queue.targets(cursor=2) == [1, 3]
    queue.toggle_mark(3)
    assert queue.targets(cursor=2) == [1]


def test_bulk_step_tags_all_marked_in_one_step_and_keeps_the_marks() -> None:
    queue = queue_of(*(person(i) for i in range(1, 1001)), person(1001, role="privat"))
    queue.mark(range(1, 1002))
    step = queue.set_role("privat", cursor=None)
    assert step.bulk and step.aimed == 1001 and len(step.after) == 1000  # 1001 was privat already
    assert len(step.changes()) == 1000
    assert queue.marked == set(range(1, 1002))  # marks stay until the advisor clears them (issue 16, bug 5)
    assert queue.counts[("privat", None)] == 1001


def test_role_then_sector_both_go_to_every_marked_contact() -> None:
    queue = queue_of(person(1), person(2), person(3))
    queue.mark([1, 3])
    queue.set_role("unternehmer", cursor=2)
    step = queue.tag(queue.targets(cursor=2), sector="C")
    assert step.bulk and step.changes() == {1: {"sector": "C"}, 3: {"sector": "C"}}
    assert [(queue.contacts[i].role, queue.contacts[i].sector) for i in (1, 2, 3)] == [
        ("unternehmer", "C"), (None, None), ("unternehmer", "C")]
    assert queue.clear_marks() == [1, 3] and queue.targets(cursor=2) == [2]


def test_undo_restores_the_whole_step_and_the_queue_position() -> None:
    queue = queue_of(person(1), person(2))
    queue.start([1, 2])
    queue.set_role("privat", cursor=None)
    assert queue.current == 2
    restored = queue.undo()
    assert [c.id for c in restored] == [1] and restored[0].role is None
    assert queue.current == 1 and queue.done == 0 and not queue.contacts[1].is_tagged
    assert queue.undo() == ()


def test_starting_the_queue_keeps_the_marks_and_load_forgets_marks_of_gone_contacts() -> None:
    queue = queue_of(person(1), person(2))
    queue.mark([1, 2])
    queue.load([person(1), person(3)])
    assert queue.marked == {1}
    queue.start([1, 3])
    assert queue.marked == {1}  # marks stay until the advisor clears them (issue 16)
    assert queue.targets(cursor=3) == [queue.current]  # in the queue a key tags the queue's contact only
    queue.end()
    assert queue.marked == {1}


def test_tag_writes_are_stored_in_the_order_made_by_one_drainer() -> None:
    from advisor_tui.ui.screens.kontakte_tagging import WriteQueue

    writes = WriteQueue()
    assert writes.push({1: {"role": "privat"}}) is True  # start a worker
    assert writes.push({1: {"role": None}}) is False  # the running worker takes it (an undo after its step)
    assert [writes.pop(), writes.pop(), writes.pop()] == [{1: {"role": "privat"}}, {1: {"role": None}}, None]
    assert writes.push({2: {"sector": "F"}}) is True  # drained: the next write starts a worker again
    writes.drop()
    assert writes.pop() is None


@pytest.mark.parametrize(("count", "text"), [
    (0, "Keine Kontakte getaggt."), (1, "1 Kontakt getaggt."), (3, "3 Kontakte getaggt."),
])
def test_leaving_the_queue_reports_the_count_in_proper_german(count, text) -> None:
    assert tagged_text(count) == text


def test_a_shared_mapping_is_copied_and_counts_from_a_worker_are_taken() -> None:
    """Kontakte hands over the shared contacts by id and the counts its worker made: tagging changes neither."""
    from types import MappingProxyType

    from advisor_tui.domain.network.tagging import tag_counts

    shared = MappingProxyType({1: person(1), 2: person(2, role="privat")})
    counts = tag_counts(shared.values())
    queue = TaggingQueue()
    queue.load(shared, counts=counts)
    assert queue.counts is counts
    queue.tag([1], role="umfeld")
    assert shared[1].role is None and queue.contacts[1].role == "umfeld"
