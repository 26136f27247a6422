"""The contact table's search state: when a new search sends the cursor to the first hit."""

from __future__ import annotations

from advisor_tui.usecases.contact_selection import ContactSelection


def test_search_reports_a_changed_text_but_not_blanks_around_the_same_text() -> None:
    selection = ContactSelection()
    assert selection.search("anna") and selection.query == "anna"
    assert selection.search("anna maschinenbau")
    assert not selection.search("anna maschinenbau ")  # same hits: the cursor may stay
    assert selection.search("")


def test_the_cursor_goes_to_the_best_hit_of_a_new_search_else_stays_on_its_contact() -> None:
    row = ContactSelection.cursor_row
    assert row([5, 7, 9], 9, searched=True) == 0  # Enter must open the best hit of the new text
    assert row([5, 7, 9], 9, searched=False) == 2  # filter, sort, reload: the same contact
    assert row([5, 7], 9, searched=False) == 0  # filtered away: the first row of the new result
    assert row([5, 7], None, searched=False) == 0
    assert row([], 9, searched=False) == 0
