"""Publikum (key P) and the Redaktionsplan's LinkedIn figures at 80x24: each a single app run asserting a lot."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import update

from advisor_tui.domain.audience.models import (
    AnalyticsWorkbook,
    Category,
    Demographics,
    DemographicShare,
    Period,
    Scope,
    WorkbookKind,
)
from advisor_tui.store.store import Store
from advisor_tui.store.tables import ANALYTICS_WORKBOOK
from advisor_tui.ui.app import make_app
from advisor_tui.ui.widgets.fitted_table import FittedTable
from advisor_tui.ui.widgets.navbar import NavBar
from tests.conftest import FIXED_NOW
from tests.ui.conftest import settle, text_of

SMALL = (80, 24)
HOSTILE = "[bold red]Banking[/]\x1b[2J"
PERIOD = Period(date(2026, 8, 25), date(2026, 11, 22))


def workbook() -> AnalyticsWorkbook:
    shares = (DemographicShare(Category.SENIORITY, "Owner", 0.1), DemographicShare(Category.INDUSTRY, HOSTILE, 0.3),
              DemographicShare(Category.INDUSTRY, "Construction", 0.07))
    return AnalyticsWorkbook("AggregateAnalytics_[X]_2026.xlsx", WorkbookKind.AGGREGATE, PERIOD, as_of=PERIOD.end,
                             demographics=[Demographics(Scope.CONTENT, PERIOD, shares)])


def cells(app, selector: str) -> list[list[str]]:
    table = app.screen.query_one(selector, FittedTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_publikum_empty_then_filled_with_hostile_values_at_80x24(store: Store) -> None:
    app = make_app(store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("P")
        await settle(pilot)
        assert app.current_mode == "publikum"
        navbar = str(app.screen.query_one(NavBar).render())
        assert navbar.split() == ["h", "Heute", "k", "Kontakte", "n", "Nachricht", "r", "Plan", "P", "Publikum",
                                  "A", "Wirkung", "E", "Ergebnis"]
        empty = text_of(app, "#audience-empty")
        assert "Analytics einlesen" in empty and "advisor-tui import analytics DATEI.xlsx" in empty
        assert not app.screen.query_one("#audience-body").display
        with store.transaction() as unit:  # another window imports meanwhile, 45 days before the app's today
            saved = unit.analytics.save(workbook(), "digest")
            unit.conn.execute(update(ANALYTICS_WORKBOOK).where(ANALYTICS_WORKBOOK.c.id == saved.id)
                              .values(imported_at=datetime(2026, 10, 9, 12, tzinfo=UTC)))
        await pilot.press("h")
        await settle(pilot)
        assert text_of(app, "#analytics-hint") == (
            "LinkedIn-Statistik zuletzt vor 45 Tagen eingelesen – neue Auswertung exportieren und einlesen.")
        await pilot.press("P")
        await settle(pilot)
        assert not app.screen.query_one("#audience-empty").display
        title = app.screen.query_one("#audience-title")
        assert title.has_class("alert") and "(vor 45 Tagen) – neue Auswertung" in text_of(app, "#audience-title")
        assert "1 Datei" in text_of(app, "#audience-title")
        summary = text_of(app, "#audience-summary")
        assert "mind. 10 % der Betrachter sind Zielkunden" in summary
        assert "Kollegen/Wettbewerb: 30 %" in summary and "Bau 7 %" in summary
        assert "Grundlage: Karrierestufe (Owner)" in summary
        rows = cells(app, "#audience-rows")
        hostile = next(row for row in rows if "Banking" in row[0])
        assert hostile[0].startswith("Branche: [bold red]Banking[/]") and "\x1b" not in hostile[0]
        assert hostile[2] == "Kollegen/Wettbewerb"
        assert cells(app, "#audience-reports")[0][:4] == ["25.08.–22.11.2026", "Betrachter", "10 %", "30 %"]
        assert not app.failures


async def test_plan_figures_fold_at_80x24_and_unfold_with_w(demo_store: Store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        line = text_of(app, "#figures-line")
        assert line.startswith("✓ Impr. · Interakt.: 12 Wochen") and "w: Verlauf" in line
        assert screen.query_one("#figures-line").region.height == 1  # one line: the weeks keep their rows
        assert not screen.query_one("#plan-figures").display and screen.query_one("#weeks").display
        published = [row[3] for row in cells(app, "#weeks") if row[3].startswith("✓")]
        assert published == ["✓ 612 · 27", "✓ 388 · 9", "✓ 447 · 21"]
        await pilot.press("w")
        await settle(pilot)
        assert screen.query_one("#plan-figures").display and not screen.query_one("#weeks").display
        best = cells(app, "#figures-best")
        assert [row[1:] for row in best] == [["4,7 %", "447", "21"], ["4,4 %", "612", "27"], ["2,3 %", "388", "9"]]
        assert screen.query_one("#figures-trend").region.height >= 8
        await pilot.press("e")  # the list keys rest while the figures cover the weeks
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("w")
        await settle(pilot)
        assert not screen.query_one("#plan-figures").display and screen.query_one("#weeks").display
        assert not app.failures
