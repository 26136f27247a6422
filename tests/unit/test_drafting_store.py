"""Templates and drafts in the store, and the pure drafting helpers."""

from __future__ import annotations

from dataclasses import replace

from advisor_tui.domain.courtesy import Finding, Severity
from advisor_tui.domain.messaging.drafting import (
    Draft,
    carry_over,
    counter_text,
    line_and_column,
    merge_findings,
    new_template_key,
    next_channel,
    signature_for,
)
from advisor_tui.domain.messaging.templates import DEFAULT_TEMPLATES, Template
from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store


def _finding(start: int, end: int, suggestion: str | None = None, code: str = "spelling") -> Finding:
    return Finding(code, Severity.WARNING, "x", start, end, suggestion)


def test_templates_are_seeded_on_first_use_in_shipped_order(store: Store):
    assert [t.key for t in store.templates.list()] == [t.key for t in DEFAULT_TEMPLATES]
    assert store.templates.get("ablehnung").blocks_contact


def test_edited_shipped_template_keeps_its_key_and_survives_reseeding(store: Store, tmp_path):
    edited = replace(store.templates.get("antwort"), name="Meine Antwort", body="{anrede}\n\nDanke.")
    store.templates.save(edited)
    reopened = Store.open(store.path)
    try:
        assert reopened.templates.get("antwort") == edited
        assert len(reopened.templates.list()) == len(DEFAULT_TEMPLATES)
    finally:
        reopened.close()


def test_own_template_is_added_last_and_can_be_deleted_but_shipped_ones_cannot(store: Store):
    own = Template("einladung", "Einladung", "xing-message", "{anrede}\n\nText")
    store.templates.save(own)
    assert store.templates.list()[-1] == own
    assert not store.templates.delete("antwort")
    assert store.templates.delete("einladung")
    assert store.templates.get("einladung") is None


def test_reset_restores_the_shipped_wording(store: Store):
    store.templates.save(replace(store.templates.get("absage"), body="anders"))
    store.templates.reset("absage")
    assert store.templates.get("absage") == next(t for t in DEFAULT_TEMPLATES if t.key == "absage")


def test_draft_is_saved_replaced_and_cleared_per_contact(store: Store):
    anna = store.contacts.add(Contact("Anna", "Müller"))
    store.drafts.save(Draft(anna, "Erster Text", "linkedin-note", "vernetzung"))
    store.drafts.save(Draft(anna, "Zweiter Text", "xing-message", "antwort"))
    store.drafts.save(Draft(None, "An niemanden"))
    loaded = store.drafts.load(anna)
    assert (loaded.text, loaded.channel, loaded.template_key) == ("Zweiter Text", "xing-message", "antwort")
    assert store.drafts.load(None).text == "An niemanden"
    store.drafts.clear(anna)
    assert store.drafts.load(anna) is None


def test_empty_draft_removes_the_saved_one_and_latest_is_the_newest(store: Store):
    anna = store.contacts.add(Contact("Anna", "Müller"))
    ben = store.contacts.add(Contact("Ben", "Kurz"))
    store.drafts.save(Draft(anna, "A"))
    store.drafts.save(Draft(ben, "B"))
    assert store.drafts.latest().contact_id == ben
    store.drafts.save(Draft(ben, "   "))
    assert store.drafts.load(ben) is None
    assert store.drafts.latest().contact_id == anna


def test_forgetting_a_contact_removes_its_draft(store: Store):
    anna = store.contacts.add(Contact("Anna", "Müller"))
    store.drafts.save(Draft(anna, "Text"))
    store.contacts.forget(anna)
    assert store.drafts.load(anna) is None


def test_signature_for_a_note_is_just_the_name():
    assert signature_for("linkedin-note", "Julia Hoffmann\nBankhaus", "Julia Hoffmann") == "Julia Hoffmann"
    assert signature_for("linkedin-message", "Julia Hoffmann\nBankhaus", "Julia") == "Julia Hoffmann\nBankhaus"
    assert signature_for("xing-message", " ", "Julia") == "Julia"


def test_carry_over_keeps_findings_whose_characters_are_unchanged():
    old = "Hallo Nachicht"
    kept, moved = _finding(6, 14), _finding(0, 5)
    assert carry_over([kept, moved], old, "Hallo Nachicht!") == [kept, moved]
    assert carry_over([kept, moved], old, "Hi Nachicht") == []


def test_merge_findings_in_text_order():
    a, b = _finding(5, 6, code="du-form"), _finding(1, 2)
    assert merge_findings([a], [b]) == [b, a]


def test_counter_text():
    assert counter_text(120, 200) == "120 / 200 Zeichen"
    assert counter_text(2345, 2000) == "2.345 / 2.000 Zeichen – 345 zu viel"
    assert counter_text(5, None) == "5 Zeichen"


def test_next_channel_cycles_over_message_channels():
    assert next_channel("linkedin-note") == "linkedin-message"
    assert next_channel("xing-message") == "linkedin-note"
    assert next_channel("linkedin-note", -1) == "xing-message"
    assert next_channel("unknown") == "linkedin-note"


def test_new_template_key_is_ascii_and_unique():
    assert new_template_key("Einladung Unternehmerabend", []) == "einladung-unternehmerabend"
    assert new_template_key("Grüße", ["gruesse"]) == "gruesse-2"
    assert new_template_key("!!!", []) == "vorlage"


def test_line_and_column():
    assert line_and_column("ab\ncd", 4) == (2, 2)
    assert line_and_column("ab", 0) == (1, 1)
