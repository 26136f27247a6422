"""Publikum: who reads along, from LinkedIn's analytics, mapped onto the advisor's roles and sectors."""

from __future__ import annotations

from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from advisor_tui.domain.audience.models import Category, DemographicShare, Scope
from advisor_tui.domain.audience.performance import STALE_AFTER_DAYS, days_since
from advisor_tui.domain.audience.target import AudienceReport, sectors_text, share_percent
from advisor_tui.domain.network.relevance import percent_text
from advisor_tui.domain.plan.weeks import format_day_span
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.text import literal
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases.audience import AudienceView, read_audience

REPORT_COLUMNS = (Column("Zeitraum / Beitrag", 3, 18), Column("Wer", 0, 10), Column("Zielkunden", 0, 10),
                  Column("Koll./Wettb.", 0, 12), Column("Top-Zielbranchen", 4, 14))
ROW_COLUMNS = (Column("Angabe", 3, 14), Column("Anteil", 0, 6), Column("Bedeutung", 2, 14))
# the categories that carry a meaning, by the short names the rows table has room for
SHOWN_CATEGORIES = {Category.SENIORITY: "Stufe", Category.JOB_TITLE: "Beruf", Category.INDUSTRY: "Branche"}
WHO = {Scope.AUDIENCE: "Publikum", Scope.CONTENT: "Betrachter", Scope.POST: "Beitrag"}
EMPTY_TEXT = (
    "[b]Noch keine LinkedIn-Statistik eingelesen.[/b]\n\n"
    "So kommt sie herein:\n"
    "  1. Auf LinkedIn: Profil → Analysen → Beitragsimpressionen → [b]Exportieren[/b] (bis 365 Tage); für einen "
    "einzelnen Beitrag: Beitrag → Analysen anzeigen → Exportieren.\n"
    "  2. Hier einlesen: Strg+P → [b]Analytics einlesen[/b], oder in der Shell\n"
    "     [b]advisor-tui import analytics DATEI.xlsx[/b]\n\n"
    "Publikum zeigt dann, wie viele Ihrer Betrachter Zielkunden sind (Inhaber, Partner, Geschäftsführer), wie "
    "viele Kollegen und Wettbewerber aus Banken und Versicherungen, und aus welchen Branchen Ihre Zielkunden kommen."
)


def period_text(report: AudienceReport) -> str:
    """ "25.08.–22.11.2026", or "–" for a table without window."""
    return format_day_span(report.period.start, report.period.end) if report.period else "–"


def import_line(view: AudienceView, now: datetime) -> tuple[str, bool]:
    """The line on the last import, and whether it is stale."""
    age = days_since(view.last_import, now)
    if view.last_import is None or age is None:
        return "Noch nichts eingelesen.", False
    when = view.last_import.astimezone().strftime("%d.%m.%Y")
    ago = "heute" if age == 0 else "gestern" if age == 1 else f"vor {age} Tagen"
    files = len(view.imports)
    stale = age > STALE_AFTER_DAYS
    hint = " – neue Auswertung exportieren und einlesen" if stale else ""
    return f"Zuletzt eingelesen am {when} ({ago}){hint} · {files} {'Datei' if files == 1 else 'Dateien'}", stale


def summary_markup(report: AudienceReport, network_share: float | None) -> str:
    """The highlighted report: target share beside the network's, peers, sectors, verdict, what it rests on."""
    network = f" · Ihr Netzwerk: {percent_text(network_share)}" if network_share is not None else ""
    peers = "–" if report.peer_share is None else percent_text(report.peer_share)
    return "\n".join((
        f"[b]{report.headline}[/b]{network}",
        f"Kollegen/Wettbewerb: [b]{peers}[/b] · Top-Zielbranchen: {literal(sectors_text(report.top_sectors))}",
        literal(report.verdict),
        f"[dim]Grundlage: {literal(report.target_basis)}; LinkedIn nennt nur die größten Anteile.[/dim]",
    ))


class PublikumScreen(ViewScreen):
    """Per period and per post: the share of target clients, colleagues and competitors, sectors, verdict."""

    MODE = "publikum"
    AUTO_FOCUS = "#audience-reports"

    def __init__(self) -> None:
        super().__init__()
        self.view: AudienceView | None = None
        self._shown: list[tuple[AudienceReport, str]] = []

    def compose_body(self) -> ComposeResult:
        yield Static("Publikum", id="audience-title", classes="section-title")
        yield Static(EMPTY_TEXT, id="audience-empty", classes="section-line")
        yield Static(id="audience-summary", classes="section-line")
        with Vertical(id="audience-body"):
            with Vertical(id="audience-left"):
                yield Static("Zeiträume und Beiträge", id="audience-reports-title", classes="section-title")
                yield FittedTable(REPORT_COLUMNS, id="audience-reports")
            with Vertical(id="audience-right"):
                yield Static("Angaben und ihre Bedeutung", id="audience-rows-title", classes="section-title")
                yield FittedTable(ROW_COLUMNS, id="audience-rows", cursor_type="none")

    def on_mount(self) -> None:
        self.query_one("#audience-summary").display = False
        self.query_one("#audience-body").display = False

    def reload(self) -> None:
        """Read the analytics again."""
        self.load()

    @background("Publikum laden", group="audience-load")
    def load(self) -> None:
        """Read the audience off the UI thread."""
        self.loading_data()
        view = read_audience(self.advisor.store)
        self.app.call_from_thread(self.show, view)

    def show(self, view: AudienceView) -> None:
        """Fill the view from freshly loaded data."""
        self.view = view
        line, stale = import_line(view, self.advisor.now)
        title = self.query_one("#audience-title", Static)
        title.update(f"Publikum · {line}")
        title.set_class(stale, "alert")
        self.query_one("#audience-empty").display = view.empty
        self.query_one("#audience-summary").display = not view.empty
        self.query_one("#audience-body").display = not view.empty
        self._shown = [(report, f"{period_text(report)} · {WHO[report.scope]}") for report in view.reports]
        self._shown += [(post.report, post.title) for post in view.posts]
        rows = [(name if report.scope is Scope.POST else period_text(report), WHO[report.scope],
                 _share(report.target_share), _share(report.peer_share), sectors_text(report.top_sectors))
                for report, name in self._shown]
        self.query_one("#audience-reports-title", Static).update(
            f"Zeiträume ({len(view.reports)}) und Beiträge ({len(view.posts)})")
        self.query_one("#audience-reports", FittedTable).set_rows(rows)
        self._highlighted()

    @on(DataTable.RowHighlighted, "#audience-reports")
    def _highlighted(self) -> None:
        """The summary and the rows follow the highlighted period or post."""
        table = self.query_one("#audience-reports", FittedTable)
        if not self._shown or self.view is None:
            return
        report, _name = self._shown[min(max(table.cursor_row, 0), len(self._shown) - 1)]
        self.query_one("#audience-summary", Static).update(summary_markup(report, self.view.network_share))
        meanings = [row for row in report.rows if row.row.category in SHOWN_CATEGORIES]
        self.query_one("#audience-rows", FittedTable).set_rows([
            (f"{SHOWN_CATEGORIES[row.row.category]}: {row.row.value}",
             _row_share(row.row), row.label or "–")
            for row in meanings])


def _row_share(row: DemographicShare) -> str:
    if row.below_one_percent:
        return "< 1 %"
    return "–" if row.share is None else percent_text(share_percent(row))


def _share(value: float | None) -> str:
    return "–" if value is None else percent_text(value)
