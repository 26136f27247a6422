"""Außenwirkung and the triage in one app run each: record, answer, switch quarter, delete; count, decide, log."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, TextArea

from advisor_tui.domain.feedback.models import FeedbackKind
from advisor_tui.domain.feedback.triage import Advice
from advisor_tui.ui.dialogs.feedback_entry import FeedbackEntryDialog
from advisor_tui.ui.screens.aussenwirkung import AussenwirkungScreen
from advisor_tui.ui.screens.triage import TriageScreen
from advisor_tui.ui.widgets.fitted_table import FittedTable
from tests.ui.conftest import SIZE, enter_text, settle, text_of


async def test_feedback_recorded_answered_browsed_and_deleted(demo_app) -> None:
    store = demo_app.store
    before = len(store.feedback.list())
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m")  # Heute's quick entry
        await settle(pilot)
        dialog = demo_app.screen
        assert isinstance(dialog, FeedbackEntryDialog)
        await pilot.press("down", "down", "enter")  # Frage
        dialog.query_one("#fb-note", Input).value = "Gibt es Förderkredite für Photovoltaik?"
        dialog.query_one("#fb-source", Input).value = "Telefonat"
        dialog.query_one("#fb-needs-answer", Checkbox).value = True
        dialog.query_one("#fb-new-factor", Input).value = "Erreichbarkeit"
        dialog.query_one("#fb-new-factor", Input).focus()
        await pilot.press("enter")  # an own factor: kept, and ticked for this entry; the dialog stays
        await pilot.pause()
        assert isinstance(demo_app.screen, FeedbackEntryDialog)
        await pilot.press("ctrl+s")
        await settle(pilot)
        [new] = [e for e in store.feedback.list() if "Photovoltaik" in e.note]
        assert (new.kind, new.source_text, new.needs_answer, new.received_on, new.factors) == (
            FeedbackKind.QUESTION,
            "Telefonat",
            True,
            demo_app.today,
            ("erreichbarkeit",),
        )
        assert store.feedback.factors()[-1].label == "Erreichbarkeit"
        assert len(store.feedback.list()) == before + 1
        titles = {command.title for command in demo_app.get_system_commands(demo_app.screen)}
        assert {"Feedback erfassen", "Shitstorm-Triage", "Ansicht: Außenwirkung"} <= titles

        # from a message: about the recipient's latest conversation
        anna = next(c for c in demo_app.contacts.snapshot().by_id.values() if c.full_name == "Anna Müller")
        demo_app.draft_to(anna.id or 0, "antwort")
        await settle(pilot)
        await pilot.press("escape", "m")
        await settle(pilot)
        dialog = demo_app.screen
        assert isinstance(dialog, FeedbackEntryDialog)
        assert "Unterhaltung mit Anna Müller" in text_of(demo_app, "#fb-source-fixed")
        dialog.query_one("#fb-note", Input).value = "Fragt nach dem Zinssatz"
        await pilot.press("ctrl+s")
        await settle(pilot)
        [from_message] = [e for e in store.feedback.list() if e.note == "Fragt nach dem Zinssatz"]
        assert from_message.contact_id == anna.id and from_message.conversation_id is not None
        assert len(store.feedback.list()) == before + 2

        await pilot.press("A")
        await settle(pilot)
        view = demo_app.screen
        assert isinstance(view, AussenwirkungScreen)
        assert text_of(demo_app, "#aw-balance").startswith("Q4 2026: ")
        open_items = view.query_one("#aw-open", FittedTable)
        assert open_items.row_count == 3 and "Förderkredite für Photovolta" in str(open_items.get_row_at(2))
        open_items.move_cursor(row=2)
        await pilot.press("b")  # answered today
        await settle(pilot)
        assert store.feedback.get(new.id or 0).answered_on == demo_app.today  # type: ignore[union-attr]
        assert view.query_one("#aw-open", FittedTable).row_count == 2
        await pilot.press("minus")  # the quarter before, then back
        await settle(pilot)
        assert text_of(demo_app, "#aw-balance").startswith("Q3 2026: ")
        assert view.check_action("quarter", (1,)) is True
        await pilot.press("plus")
        await settle(pilot)
        assert view.check_action("quarter", (1,)) is None  # nothing after the current quarter
        await pilot.press("tab")  # the quarter's entries; the newest first
        entries = view.query_one("#aw-entries", FittedTable)
        assert "Fragt nach dem Zinssatz" in str(entries.get_row_at(0))  # the same day: the later one first
        assert "Förderkredite für Photovolta" in str(entries.get_row_at(1))
        entries.move_cursor(row=1)
        await pilot.press("delete")
        await pilot.press("j")  # confirm
        await settle(pilot)
        assert store.feedback.get(new.id or 0) is None and len(store.feedback.list()) == before + 1


async def test_triage_counts_advises_checks_and_logs(demo_app) -> None:
    store = demo_app.store
    post = next(p for p in store.plan.list() if p.title.startswith("Zinsentwicklung"))
    async with demo_app.run_test(size=SIZE) as pilot:
        await pilot.press("r")  # from the post in the Redaktionsplan
        await settle(pilot)
        assert demo_app.screen.weeks_table.select_post(post.id or 0)  # type: ignore[attr-defined]
        await pilot.press("g")
        await settle(pilot)
        screen = demo_app.screen
        assert isinstance(screen, TriageScreen)
        assert [d.chosen for d in screen.decisions] == [Advice.PERSONAL]  # the demo's earlier decision
        screen.query_one("#tr-ch-0", Input).value = "480"
        screen.query_one("#tr-reach", Input).value = "250.000"
        screen.query_one("#tr-ch-1", Input).focus()
        await pilot.press("2", "x", "0")  # a count field takes no letter
        await settle(pilot)
        assert screen.state.headwind.negative == 500 and screen.state.reach == 250_000
        assert "Keine Reaktion" in text_of(demo_app, "#tr-advice")  # 500 against 250.000 (0,20 %) is no storm
        screen.query_one("#tr-who", Input).focus()
        await enter_text(pilot, "Thomas Müller")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.state.headwind.clients == 1
        assert "Persönliche Antworten" in text_of(demo_app, "#tr-advice")
        editor = screen.query_one("#tr-statement", TextArea)
        assert editor.text.startswith("Guten Tag,")  # the draft follows the advice until the advisor writes
        editor.load_text("hallo, schreib mir doch direkt")
        await settle(pilot)
        assert "Befund" in text_of(demo_app, "#tr-findings-title")
        await pilot.press("ctrl+s")
        await settle(pilot)
        [logged, earlier] = store.feedback.decisions(post.id)
        assert logged.chosen is logged.advised is Advice.PERSONAL and logged.statement.startswith("hallo")
        assert logged.decided_at == demo_app.now and len(logged.critic_ids) == 1
        assert "Persönliche Antworten" in text_of(demo_app, "#tr-log").split("\n")[0]
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(demo_app.screen, TriageScreen)
        demo_app.open_triage()  # the palette's way: pick the post first (or none)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(demo_app.screen, TriageScreen) and demo_app.screen.state.post is None
        assert text_of(demo_app, "#tr-head").endswith("ohne bestimmten Beitrag")
    assert earlier.chosen is Advice.PERSONAL
