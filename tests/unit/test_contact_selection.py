"""The contact table's search state: when a new search sends the cursor to the first hit, which segment is shown."""

from __future__ import annotations

from advisor_tui.domain.models import Segment
from advisor_tui.usecases.contact_selection import ContactSelection


def test_search_reports_a_changed_text_but_not_blanks_around_the_same_text() -> None:
    selection = ContactSelection()
    assert selection.search("anna") and selection.query == "anna"
    assert selection.search("anna maschinenbau")
    assert not selection.search("anna maschinenbau ")  # same hits: the cursor may stay
    assert selection.search("")


def test_the_applied_segments_name_stays_only_while_its_filter_and_text_do() -> None:
    saved = Segment("Bau Nord", roles=("unternehmer",), sectors=("F",), text="ulm")
    selection = ContactSelection()
    selection.apply(saved)
    assert not selection.search("ulm") and selection.segment_name == "Bau Nord"  # the field echoes the text
    selection.set_filter(Segment(roles=("unternehmer",), sectors=("F",)))  # the same filter confirmed
    assert selection.segment_name == "Bau Nord"
    selection.set_filter(Segment(roles=("unternehmer",)))
    assert selection.segment_name == ""
    selection.apply(saved)
    selection.search("ulm süd")
    assert selection.segment_name == ""


def test_the_cursor_goes_to_the_best_hit_of_a_new_search_else_stays_on_its_contact() -> None:
    row = ContactSelection.cursor_row
    assert row([5, 7, 9], 9, searched=True) == 0  # Enter must open the best hit of the new text
    assert row([5, 7, 9], 9, searched=False) == 2  # filter, sort, reload: the same contact
    assert row([5, 7], 9, searched=False) == 0  # filtered away: the first row of the new result
    assert row([5, 7], None, searched=False) == 0
    assert row([], 9, searched=False) == 0
