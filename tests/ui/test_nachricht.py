"""Pilot tests: drafting in Nachricht — recipient, templates, live findings, suggestions, sending, autosave."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from textual.widgets import TextArea

from advisor_tui.domain.courtesy.speller import german_speller
from advisor_tui.domain.models import Contact, Direction, Salutation
from advisor_tui.store.store import Store
from advisor_tui.ui.app import AdvisorApp, DraftRequest, make_app
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.drafting import ContactPickDialog, TemplateEditorDialog
from advisor_tui.ui.screens.heute import HeuteScreen
from advisor_tui.ui.screens.kontakte import KontakteScreen
from advisor_tui.ui.screens.nachricht import CHECK_DELAY, NachrichtScreen
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of

CLEAN_LONG = (
    "Sehr geehrte Frau Dr. Müller,\n\n"
    "vielen Dank für Ihre Nachricht und das freundliche Gespräch auf dem Unternehmerabend. Gern greife ich "
    "Ihre Fragen zur Nachfolgeplanung und zur Betriebsmittelfinanzierung auf. Für die geplante Fertigungshalle "
    "bietet sich eine Kombination aus Investitionskredit und einem angepassten Kontokorrentrahmen an; dazu "
    "bereite ich Ihnen gern eine kurze Übersicht mit den Förderprogrammen der KfW vor. Passt Ihnen ein Termin "
    "in der kommenden Woche, gern auch bei Ihnen im Unternehmen?\n\n"
    "Mit freundlichen Grüßen\nJulia Hoffmann"
)


def _anna(store: Store) -> Contact:
    return next(c for c in store.contacts.list() if c.first_name == "Anna" and c.last_name == "Müller")


@pytest.fixture
def demo_app(demo_store: Store) -> AdvisorApp:
    """The app on the demo store, opened on Nachricht (the view under test): drawing Heute first costs more than
    the whole view."""
    return make_app(demo_store, now=FIXED_NOW, start="nachricht")


def _ask(app: AdvisorApp, contact_id: int, template: str = "") -> None:
    """Before the start: the draft another view asks for, as `draft_to` leaves it for Nachricht's first show."""
    app.draft_request = DraftRequest(contact_id, template)


async def _open(pilot, contact_id: int | None = None, template: str = "") -> NachrichtScreen:
    """Switch to Nachricht (for a contact, from a template) and wait for checks and spelling."""
    if contact_id is not None:
        pilot.app.draft_to(contact_id, template)
    else:
        await pilot.press("n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, NachrichtScreen)
    return pilot.app.screen


async def _write(pilot, screen: NachrichtScreen, text: str) -> None:
    """Empty the editor, write the text (one paste), leave the editor, and let the checks run."""
    screen.editor.load_text("")
    await pilot.press("e")
    await enter_text(pilot, text)
    await pilot.press("escape")
    await pilot.pause(CHECK_DELAY + 0.05)  # the rules run once typing pauses
    await settle(pilot)


def _codes(screen: NachrichtScreen) -> list[tuple[str, str]]:
    return [(f.code, screen.draft.text[f.start:f.end]) for f in screen.findings.findings]


async def test_opens_with_the_list_focused_so_view_keys_work(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert screen.focused is screen.findings
        assert "Noch kein Empfänger" in text_of(demo_app, "#draft-head")
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(demo_app.screen, KontakteScreen)


async def test_fuzzy_contact_and_template_give_a_correct_greeting_and_a_clean_note(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(demo_app.screen, ContactPickDialog)
        await pilot.press(*"anna müler", "enter")  # a typo still finds her
        await settle(pilot)
        assert screen.contact.full_name == "Anna Müller"
        assert screen.draft.text.startswith("Sehr geehrte Frau Dr. Müller,")
        await pilot.press("v")
        await enter_text(pilot, "vernetz")
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        assert screen.template_key == "vernetzung" and screen.draft.channel == "linkedin-note"
        assert screen.draft.text.startswith("Sehr geehrte Frau Dr. Müller,\nich begleite")
        assert [f for f in screen.findings.findings if f.severity != "hint"] == []
        assert "/ 200 Zeichen" in text_of(demo_app, "#draft-status")
        assert "Vorlage: Vernetzungsanfrage" in text_of(demo_app, "#draft-head")


async def test_v_asks_before_a_template_replaces_typed_text(demo_app, demo_store) -> None:
    anna = _anna(demo_store)
    _ask(demo_app, anna.id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await _write(pilot, screen, "Sehr geehrte Frau Dr. Müller,\n\nmein eigener Text.")
        typed = screen.draft.text
        await pilot.press("v")
        await enter_text(pilot, "vernetz")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(demo_app.screen, ConfirmDialog)
        await pilot.press("escape")  # no: the typed text stays
        await settle(pilot)
        assert demo_app.screen is screen and screen.draft.text == typed and screen.template_key == ""
        await pilot.press("v")
        await enter_text(pilot, "vernetz")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert screen.template_key == "vernetzung" and "ich begleite" in screen.draft.text
        await pilot.press("v")
        await enter_text(pilot, "antwort")
        await pilot.press("enter")  # the untouched template is replaced without a question
        await settle(pilot)
        assert demo_app.screen is screen and screen.template_key == "antwort"


async def test_hallo_anna_lights_up_the_right_findings_at_the_right_places(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await _write(pilot, screen, "Hallo Anna, hast du Zeit?")
        codes = _codes(screen)
        assert ("greeting-informal", "Hallo Anna") in codes
        assert ("du-form", "hast") in codes and ("du-form", "du") in codes
        assert any(code == "closing-missing" for code, _ in codes)
        assert not any(code == "spelling" for code, _ in codes)  # her name is a known word
        assert "Fehler" in str(screen.findings.get_option_at_index(1).prompt)


async def test_a_clean_long_compound_rich_message_shows_no_warning(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        screen.set_text(CLEAN_LONG)
        await pilot.pause()
        await settle(pilot)
        assert screen.findings.findings == []
        assert "Keine Beanstandungen" in str(screen.findings.get_option_at_index(0).prompt)


async def test_spelling_arrives_from_the_worker_with_a_suggestion_applied_by_one_key(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        screen.set_text(CLEAN_LONG.replace("Nachricht", "Nachicht"))
        await pilot.pause()
        await settle(pilot)
        assert [code for code, _ in _codes(screen)] == ["spelling"]
        assert german_speller.cache_info().misses == 1  # the dictionary loads once per process, not per test
        await pilot.press("a")
        await pilot.pause()
        await settle(pilot)
        assert screen.draft.text == CLEAN_LONG and screen.findings.findings == []


async def test_choosing_a_finding_selects_it_in_the_editor_and_a_fixes_it(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        screen.set_text("Sehr geehrte Frau Dr. Müller,\n\nhast du Zeit?\n\nMit freundlichen Grüßen\nJulia")
        await pilot.pause()
        await settle(pilot)
        index = next(i for i, f in enumerate(screen.findings.findings) if screen.draft.text[f.start:f.end] == "du")
        screen.findings.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert screen.focused is screen.editor
        assert screen.editor.selected_text == "du"
        await pilot.press("escape")
        assert screen.focused is screen.findings
        screen.findings.highlighted = index
        await pilot.press("a")
        await pilot.pause()
        assert "hast Sie Zeit" in screen.draft.text


async def test_esc_leaves_the_editor_and_view_keys_work_again(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("e", "h")
        assert isinstance(demo_app.screen, NachrichtScreen) and screen.draft.text.endswith("h")
        assert [b.binding.action for b in demo_app.active_bindings.values() if b.binding.show and b.enabled
                and b.node is screen] == ["leave_editor"]
        await pilot.press("escape", "h")
        await settle(pilot)
        assert isinstance(demo_app.screen, HeuteScreen)


async def test_channel_switch_counts_against_the_note_limit(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        screen.set_text(CLEAN_LONG)
        while screen.draft.channel != "linkedin-note":
            await pilot.press("w")
        await pilot.pause()
        assert "zu viel" in text_of(demo_app, "#draft-status")
        assert demo_app.screen.query_one("#draft-status").has_class("over-limit")
        assert "length-limit" in [code for code, _ in _codes(screen)]
        assert "LinkedIn-Vernetzungsnotiz" in text_of(demo_app, "#draft-head")


async def test_copy_then_mark_sent_logs_the_message_and_clears_the_draft(demo_app, demo_store) -> None:
    anna = _anna(demo_store)
    _ask(demo_app, anna.id, "antwort")
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        text = screen.draft.text
        await pilot.press("y")
        assert demo_app.clipboard == text
        await pilot.press("s")
        await settle(pilot)
        assert screen.draft.text == "" and demo_store.drafts.load(anna.id) is None
    messages = [m for c in demo_store.activity.conversations() if c.contact_id == anna.id for m in c.messages]
    last = max(messages, key=lambda m: m.sent_at)
    assert (last.direction, last.text, last.sent_at) == (Direction.OUTGOING, text, FIXED_NOW)
    assert all(m.answered for m in messages if m.direction == Direction.INCOMING)
    assert demo_store.contacts.get(anna.id).last_contact_at == FIXED_NOW


async def test_final_refusal_asks_first_then_blocks_the_contact(demo_app, demo_store) -> None:
    anna = _anna(demo_store)
    _ask(demo_app, anna.id, "ablehnung")
    async with demo_app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(demo_app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert not demo_store.contacts.get(anna.id).blocked
        await pilot.press("s", "j")
        await settle(pilot)
        assert demo_store.contacts.get(anna.id).blocked
        assert "blockiert" in text_of(demo_app, "#draft-head")


async def test_typed_text_survives_closing_and_reopening_the_app(demo_store) -> None:
    anna = _anna(demo_store)
    app = make_app(demo_store, now=FIXED_NOW, start="nachricht")
    _ask(app, anna.id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("e", *"Danke")
        typed = screen.draft.text
        await pilot.press("ctrl+q")  # at once: before the debounced save would run
    assert demo_store.drafts.load(anna.id).text == typed
    again = make_app(demo_store, now=FIXED_NOW, start="nachricht")
    async with again.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert screen.contact.id == anna.id and screen.editor.text == typed


async def test_leaving_the_view_saves_and_a_request_opens_the_saved_draft(demo_app, demo_store) -> None:
    anna = _anna(demo_store)
    _ask(demo_app, anna.id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("e")
        await enter_text(pilot, "Notiz")
        await pilot.press("escape", "h")
        await settle(pilot)
        assert demo_store.drafts.load(anna.id).text.endswith("Notiz")
        screen = await _open(pilot, anna.id, "antwort")
        assert screen.draft.text.endswith("Notiz")  # the saved draft wins over the template


async def test_template_editor_adds_an_own_template(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        await pilot.press("t", "enter")
        await pilot.pause()
        assert isinstance(demo_app.screen, TemplateEditorDialog)
        await pilot.press(*"Einladung Abend")
        demo_app.screen.query_one("#template-body", TextArea).load_text("{anrede}\n\nich lade Sie ein.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        own = demo_store.templates.get("einladung-abend")
        assert own is not None and own.name == "Einladung Abend"


async def test_salutation_less_contact_gets_the_neutral_greeting(store: Store) -> None:
    kim = store.contacts.add(Contact("Kim", "Mayer", Salutation.NONE, company="Mayer KG"))
    app = make_app(store, now=FIXED_NOW, start="nachricht")
    _ask(app, kim, "nachfassen")
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert screen.draft.text.startswith("Guten Tag Kim Mayer,")
        assert [f for f in screen.findings.findings if f.severity != "hint"] == []


async def test_forgetting_the_open_recipient_elsewhere_empties_the_view(demo_app, demo_store) -> None:
    anna = _anna(demo_store)
    _ask(demo_app, anna.id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("e")
        await enter_text(pilot, "Text")
        await pilot.press("escape", "h")
        await settle(pilot)
        demo_store.contacts.forget(anna.id)
        screen = await _open(pilot)
        assert screen.contact is None and screen.draft.text == ""
        await pilot.press("h")  # leaving saves nothing for a contact that is gone
        await settle(pilot)
    assert demo_store.drafts.load(anna.id) is None


async def test_premium_raises_the_note_limit_to_300(demo_app, demo_store) -> None:
    demo_store.settings.save(replace(demo_store.settings.load(), linkedin_premium=True))
    _ask(demo_app, _anna(demo_store).id, "vernetzung")
    async with demo_app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        assert "/ 300 Zeichen" in text_of(demo_app, "#draft-status")


async def test_unknown_word_goes_into_the_dictionary_with_one_key(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        screen.set_text(CLEAN_LONG.replace("Unternehmerabend", "Qwxyzforum"))
        await pilot.pause()
        await settle(pilot)
        assert _codes(screen) == [("spelling-unknown", "Qwxyzforum")]
        assert screen.check_action("add_word", ()) is True
        await pilot.press("b")
        await pilot.pause()
        await settle(pilot)
        assert demo_store.words.list() == ["Qwxyzforum"]
        assert screen.findings.findings == []
        assert screen.check_action("add_word", ()) is False


async def test_contacts_are_read_again_only_when_the_data_changed(demo_app, demo_store, monkeypatch) -> None:
    demo_store.templates.list()  # the shipped templates are written on their first use ever: done here
    loads: list[int] = []
    original = NachrichtScreen.load_contacts
    monkeypatch.setattr(NachrichtScreen, "load_contacts", lambda self: (loads.append(1), original(self))[1])
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert len(loads) == 1
        for keys in (["f1"], ["ctrl+p"], ["c"], ["v"]):  # help, palette, pickers: closed without a write
            await pilot.press(*keys)
            await pilot.pause()
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("e")
        await enter_text(pilot, "Notiz")
        await pilot.press("escape", "f1")  # leaving the editor saves the draft: the view's own write
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert len(loads) == 1 and demo_store.drafts.load(screen.contact.id).text.endswith("Notiz")
        other = Store.open(demo_store.path)  # another window renames her
        try:
            other.contacts.update_fields(screen.contact.id, last_name="Schmidt")
        finally:
            other.close()
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert len(loads) == 2 and "Schmidt" in text_of(demo_app, "#draft-head")


async def test_the_message_being_answered_shows_above_the_draft_and_i_shows_it_all(demo_app, demo_store) -> None:
    from advisor_tui.ui.widgets.incoming import IncomingDialog, IncomingPanel

    anna = _anna(demo_store)
    _ask(demo_app, anna.id, "antwort")
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        panel = screen.query_one(IncomingPanel)
        assert panel.display
        shown = text_of(demo_app, "#draft-incoming")
        assert shown.startswith("Letzte Nachricht von Anna Müller · ")
        # Without its greeting line, on one line: what it is about.
        assert "\nwir planen eine neue Fertigungshalle. Hätten Sie" in shown and "Frau Hoffmann" not in shown
        # The answer refers to that message instead of a generic thanks.
        assert "vielen Dank für Ihre Nachricht vom " in screen.draft.text
        assert "(„wir planen eine neue Fertigungshalle.“)" in screen.draft.text
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(demo_app.screen, IncomingDialog)
        assert "Beste Grüße\nAnna Müller" in text_of(demo_app, "#incoming-text")
        await pilot.press("escape")
        await pilot.pause()
        assert demo_app.screen is screen


async def test_no_panel_without_a_message_a_salutation_hint_and_imported_text_stays_data(store: Store) -> None:
    from datetime import timedelta

    from advisor_tui.domain.models import Conversation, Message

    kim = store.contacts.add(Contact("Kim", "Mayer", company="Mayer KG"))
    jan = store.contacts.add(Contact("Jan", "Roth", Salutation.HERR))
    thomas = store.contacts.add(Contact("Thomas", "Keller"))
    store.activity.add_conversation(Conversation(jan, messages=[Message(
        jan, Direction.INCOMING, FIXED_NOW - timedelta(days=2), "[b]fett[/b] \x1b[31mrot\x1b[0m Frage")]))
    app = make_app(store, now=FIXED_NOW, start="nachricht")
    _ask(app, kim)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert not screen.query_one("#draft-incoming").display
        assert "Anrede unbekannt" not in text_of(app, "#draft-head")  # Kim: no suggestion
        screen.open_contact(thomas)
        await settle(pilot)
        assert "Anrede unbekannt – Vorschlag: Herr (im Kontakt bestätigen)" in text_of(app, "#draft-head")
        assert screen.draft.text.startswith("Guten Tag Thomas Keller,")  # never set silently
        screen.open_contact(jan)
        await settle(pilot)
        shown = text_of(app, "#draft-incoming")
        assert "[b]fett[/b]" in shown and "\x1b" not in shown


async def test_typing_fast_into_a_long_draft_shows_the_latest_texts_findings_never_a_stale_one(
        demo_app, demo_store, monkeypatch) -> None:
    """Keys typed faster than the check: a check of an older text gives way (it never delivers), and the
    findings end up those of the latest text, the typo's suggestion included (the second pass)."""
    from advisor_tui.ui.screens import nachricht_checks

    real_check = nachricht_checks.check_message
    delivered: list[str] = []
    stopped: list[str] = []

    def slow_check(text, context, **options):
        live = options["live"]
        deadline = time.monotonic() + 2
        while "Gesp" in text and "Gesprräch. " not in text and time.monotonic() < deadline:
            time.sleep(0.01)  # slower than the keys: the check is still running when the next key arrives
            if live.superseded():
                break
        findings = real_check(text, context, **options)
        (stopped if live.stopped else delivered).append(text)
        return findings

    monkeypatch.setattr(nachricht_checks, "check_message", slow_check)
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        long_text = CLEAN_LONG.replace("Mit freundlichen", "Ein Gespräch. " * 80 + "\n\nMit freundlichen")
        screen.set_text(long_text)
        await settle(pilot)
        screen.editor.move_cursor(screen.location(long_text.index("Mit freundlichen")))
        await pilot.press("e", *"Gesprräch.", "space")
        await pilot.pause(CHECK_DELAY + 0.05)
        await settle(pilot)
        text = screen.draft.text
        assert len(text) > 1_200 and "Gesprräch. Mit freundlichen" in text
        assert delivered[-1] == text  # the last delivery is the latest text's
        assert stopped and text not in stopped  # older texts were stopped on the way
        typo = [f for f in screen.findings.findings if text[f.start : f.end] == "Gesprräch"]
        assert [f.suggestion for f in typo] == ["Gespräch"]


async def test_typing_in_the_editor_leaves_the_footer_alone(demo_app, demo_store, monkeypatch) -> None:
    """The footer rebuilds itself on each bindings refresh; while typing its keys stay the same (only Esc)."""
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        await pilot.press("e")
        await settle(pilot)
        published: list[object] = []
        monkeypatch.setattr(screen.bindings_updated_signal, "publish", published.append)
        await pilot.press(*"Guten Morgen Frau Mülle")
        await pilot.pause(CHECK_DELAY + 0.05)
        await settle(pilot)
        assert published == []


async def test_leaving_the_editor_says_the_draft_is_saved_once_the_checks_are_done(demo_app, demo_store) -> None:
    _ask(demo_app, _anna(demo_store).id)
    async with demo_app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        await pilot.press("e", *"Bis bald")
        await pilot.pause(CHECK_DELAY + 0.05)
        await settle(pilot)
        assert "wird gespeichert" in text_of(demo_app, "#draft-status")
        await pilot.press("escape")
        await pilot.pause()
        assert "Entwurf gespeichert" in text_of(demo_app, "#draft-status")
