"""The contact table's search state: when a new search sends the cursor to the first hit."""

from __future__ import annotations

from advisor_tui.usecases.contact_selection import ContactSelection


def test_search_reports_a_changed_text_but_not_blanks_around_the_same_text() -> None:
    selection = ContactSelection()
    assert selection.search("anna") and selection.query == "anna"
    assert selection.search("anna maschinenbau")
    assert not selection.search("anna maschinenbau ")  # same hits: the cursor may stay
    assert selection.search("")
