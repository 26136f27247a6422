"""Checking a message with what the store knows: the same findings on the command line as in Nachricht."""

from __future__ import annotations

from dataclasses import replace

from advisor_tui.domain.models import Contact
from advisor_tui.usecases.checking import check_context, check_message

TEXT = "Sehr geehrte Damen und Herren,\n\nich habe mit Qwxyzmann gesprochen.\n\nMit freundlichen Grüßen\nJulia Hoffmann"


def test_the_store_s_names_are_known_words_and_its_settings_count(store) -> None:
    bare = {f.code for f in check_message(TEXT, check_context(None), recipient=None, channel="linkedin-note")}
    assert "spelling-unknown" in bare
    store.contacts.add(Contact("Paul", "Qwxyzmann"))
    store.settings.save(replace(store.settings.load(), linkedin_premium=True, advisor_name="Julia Hoffmann"))
    context = check_context(store)
    assert context.settings.linkedin_premium and "qwxyzmann" in context.known_words
    found = {f.code for f in check_message(TEXT, context, recipient=None, channel="linkedin-note")}
    assert "spelling-unknown" not in found
