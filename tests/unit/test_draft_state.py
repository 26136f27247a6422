"""The draft of Nachricht as a plain object: recipient, channel, template, text, saved state, what is checked."""

from __future__ import annotations

from advisor_tui.domain.courtesy import Finding, Severity
from advisor_tui.domain.messaging.drafting import Draft
from advisor_tui.domain.messaging.templates import TEMPLATE_BY_KEY
from advisor_tui.domain.models import Contact, Salutation, Settings
from advisor_tui.usecases.draft_state import DraftState

ANNA = Contact("Anna", "Müller", Salutation.FRAU, title="Dr.", company="Müller Bau", id=7)
SETTINGS = Settings(advisor_name="Julia Hoffmann", signature="Julia Hoffmann\nFirmenkundenberaterin")


def _state() -> DraftState:
    return DraftState(SETTINGS)


def test_an_empty_page_has_nothing_to_send_and_nothing_to_save() -> None:
    state = _state()
    assert state.contact is None and state.text == "" and not state.dirty
    assert not state.can_send and state.status().text.endswith("· leer")
    assert state.recheck() is None and state.findings == []  # nothing written: nothing to spell


def test_a_new_page_to_a_contact_greets_them_and_is_not_yet_a_draft() -> None:
    state = _state()
    state.start_for(ANNA)
    assert state.text == "Sehr geehrte Frau Dr. Müller,\n\n"
    assert not state.dirty  # an untouched greeting is not worth a draft
    assert state.as_draft() == Draft(7, state.text, "linkedin-message", "")


def test_typing_makes_it_dirty_until_saved() -> None:
    state = _state()
    state.start_for(ANNA)
    assert state.edit(state.text + "vielen Dank")
    assert state.dirty and "wird gespeichert" in state.status().text
    state.mark_saved()
    assert not state.dirty and "Entwurf gespeichert" in state.status().text
    assert not state.edit(state.text)  # the editor echoing the same text is no change


def test_a_template_fills_the_recipient_takes_its_channel_and_must_be_saved() -> None:
    state = _state()
    state.open(Draft(7), ANNA)
    text = state.apply_template(TEMPLATE_BY_KEY["vernetzung"])
    assert text.startswith("Sehr geehrte Frau Dr. Müller,") and text.rstrip().endswith("Julia Hoffmann")
    assert "Firmenkundenberaterin" not in text  # a connection note signs with the name only
    assert (state.channel, state.template_key, state.dirty) == ("linkedin-note", "vernetzung", True)


def test_switching_the_channel_is_a_change_and_the_limit_follows() -> None:
    state = _state()
    state.open(Draft(7, "x" * 250, "linkedin-message"), ANNA)
    assert not state.status().over_limit
    while state.channel != "linkedin-note":
        state.next_channel()
    assert state.dirty and not state.checked
    status = state.status()
    assert status.over_limit and "50 zu viel" in status.text
    state.settings = Settings(linkedin_premium=True)
    assert not state.status().over_limit  # premium: 300 characters


def test_the_checker_sees_recipient_channel_premium_and_sender() -> None:
    state = _state()
    state.open(Draft(7, "Hallo Anna, hast du Zeit?", "xing-message"), ANNA)
    options = state.check_options()
    assert options["recipient"].last_name == "Müller" and options["channel"] == "xing-message"
    assert (options["premium"], options["sender_name"]) == (False, "Julia Hoffmann")
    assert state.recheck() == "Hallo Anna, hast du Zeit?"  # spelling must run on this text
    codes = {f.code for f in state.rules}
    assert {"greeting-informal", "du-form"} <= codes and state.checked
    assert state.recheck() is None  # same text: spelling findings are current
    assert state.send_check(None).errors == sum(f.severity == Severity.ERROR for f in state.rules) > 0


def test_spelling_results_for_an_older_text_are_dropped() -> None:
    state = _state()
    state.open(Draft(7, "Sehr geehrte Frau Dr. Müller, Nachicht"), ANNA)
    typo = Finding("spelling", Severity.WARNING, "Tippfehler?", 30, 38, "Nachricht")
    assert state.spelling_done(state.text, [typo]) and state.findings[-1] == typo
    state.edit(state.text + " mehr")
    assert not state.spelling_done("Sehr geehrte Frau Dr. Müller, Nachicht", [])  # stale
    state.recheck()
    assert typo in state.spelling  # still marks the same characters until the new check is back


def test_a_word_added_to_the_dictionary_vanishes_at_once_and_is_checked_again() -> None:
    state = _state()
    state.open(Draft(7, "Wir sehen uns im Qwxyzforum."), ANNA)
    state.recheck()
    unknown = Finding("spelling-unknown", Severity.HINT, "Unbekannt", 17, 27)
    state.spelling_done(state.text, [unknown])
    state.known_words = frozenset({"anna"})
    state.word_added("qwxyzforum")
    assert state.spelling == [] and state.known_words is None
    assert state.recheck() == state.text


def test_a_final_refusal_asks_first_unless_the_contact_is_already_blocked() -> None:
    refusal = TEMPLATE_BY_KEY["ablehnung"]
    state = _state()
    state.open(Draft(7), ANNA)
    state.apply_template(refusal)
    state.recheck()
    check = state.send_check(refusal)
    assert check.blocks and check.needs_confirmation
    state.recipient_updated(Contact("Anna", "Müller", Salutation.FRAU, blocked=True, id=7))
    assert not state.send_check(refusal).blocks


def test_the_recipient_forgotten_elsewhere_empties_the_page() -> None:
    state = _state()
    state.open(Draft(7, "Entwurf an Anna", template_key="antwort"), ANNA)
    assert state.recipient_updated(None) is False
    assert (state.contact, state.text, state.template_key, state.dirty) == (None, "", "", False)
    assert state.recipient_updated(None) is True  # nobody was chosen: nothing to lose


def test_edited_elsewhere_the_recipient_is_taken_as_stored() -> None:
    state = _state()
    state.open(Draft(7, "Text"), ANNA)
    renamed = Contact("Anna", "Schmidt", Salutation.FRAU, id=7)
    assert state.recipient_updated(renamed) and state.recipient.last_name == "Schmidt"


def test_after_sending_the_page_is_empty_for_the_same_contact() -> None:
    state = _state()
    state.open(Draft(7, "Gesendet", template_key="antwort"), ANNA)
    blocked = Contact("Anna", "Müller", Salutation.FRAU, blocked=True, id=7)
    state.sent(blocked)
    assert (state.contact, state.text, state.template_key, state.dirty) == (blocked, "", "", False)


def test_imported_control_characters_never_reach_the_editor() -> None:
    state = _state()
    assert "\x1b" not in state.set_text("Hallo \x1b[31mrot")


def test_only_text_the_advisor_typed_counts_as_own_text_before_a_template_replaces_it() -> None:
    state = _state()
    assert not state.holds_typed_text(None)  # an empty page
    state.start_for(ANNA)
    assert not state.holds_typed_text(None)  # the untouched greeting
    template = TEMPLATE_BY_KEY["vernetzung"]
    state.apply_template(template)
    assert not state.holds_typed_text(template)  # the untouched template
    state.edit(state.text + "\nP. S. Bis bald.")
    assert state.holds_typed_text(template)
    state.open(Draft(7, "Liebe Frau Müller, danke!"), ANNA)  # a saved draft is the advisor's text
    assert state.holds_typed_text(None)


def test_templates_are_filled_from_the_recipients_facts_as_of_the_states_day() -> None:
    from dataclasses import replace
    from datetime import date, datetime

    from advisor_tui.domain.messaging.facts import Correspondence, Incoming

    state = DraftState(SETTINGS, today=date(2026, 11, 20))
    state.start_for(replace(ANNA, connected_on=date(2019, 4, 2), position="Geschäftsführerin"))
    follow_up = state.apply_template(TEMPLATE_BY_KEY["nachfassen"])
    assert "seit 2019 sind wir hier vernetzt." in follow_up and "als Geschäftsführerin bei Müller Bau" in follow_up
    question = Incoming(datetime(2026, 11, 18, 10, 0), "linkedin-message", "Hallo Frau Hoffmann,\nwie geht es weiter?")
    state.open(Draft(7), ANNA, Correspondence(question))
    assert state.incoming == question
    assert "vielen Dank für Ihre Nachricht vom 18. November („wie geht es weiter?“)." in \
        state.apply_template(TEMPLATE_BY_KEY["antwort"])
    state.open(Draft(None), None, Correspondence(question))
    assert state.incoming is None  # no recipient, nothing being answered
