"""Ergebnisse: the quarter's funnel from the demo history, a stage recorded from the view, Heute's `t`."""

from textual.widgets import Input, Static

from advisor_tui.domain.results.stages import Stage
from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.stage_dialog import StageDialog
from tests.conftest import FIXED_NOW
from tests.ui.conftest import settle, text_of


async def test_the_funnel_counts_the_demo_quarter_and_a_recorded_mandate_moves_it(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW, start="ergebnisse")
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        assert text_of(app, "#results-title").startswith("Ergebnisse Q4 2026 (laufend) · 01.10.2026 – 31.12.2026")
        funnel = text_of(app, "#results-funnel")
        assert "Mandate          2" in funnel and "LinkedIn 2" in funnel  # Sabine Krämer, Claudia Fischer
        volume = "Volumen der Mandate: 530.000\u00a0€ (Finanzierung 450.000\u00a0€, Absicherung 80.000\u00a0€)"
        assert volume in text_of(app, "#results-facts")
        assert text_of(app, "#threads-title") == "Offene Gespräche und Termine (4)"
        assert app.screen.query_one("#threads").get_row_at(0)[0].plain == "Anna Müller"

        await pilot.press("s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, StageDialog)
        assert "Termin" in str(dialog.query_one("#stage-history", Static).render())
        assert dialog.query_one("#stage-stage").value is Stage.MANDATE  # one step on from Termin
        dialog.query_one("#stage-day", Input).value = "31.02.2026"
        await pilot.press("ctrl+s")
        assert "ist kein Datum" in str(dialog.query_one("#stage-status", Static).render())
        dialog.query_one("#stage-day", Input).value = "20.11.2026"
        dialog.query_one("#stage-volume", Input).value = "250.000"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, StageDialog)
        assert "Mandate          3" in text_of(app, "#results-funnel")
        assert "Volumen der Mandate: 780.000\u00a0€" in text_of(app, "#results-facts")
        assert text_of(app, "#threads-title") == "Offene Gespräche und Termine (3)"

        await pilot.press("minus")
        await settle(pilot)
        assert text_of(app, "#results-title").startswith("Ergebnisse Q3 2026 · 01.07.2026")

        await pilot.press("h")
        await settle(pilot)
        await pilot.press("t")  # on Heute's first waiting conversation: record what came of the reply
        await settle(pilot)
        assert isinstance(app.screen, StageDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "heute"
