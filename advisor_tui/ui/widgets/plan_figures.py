"""The Redaktionsplan's figures from LinkedIn: the 12-week trend drawn in the terminal and the best posts."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static
from textual_plotext import PlotextPlot

from advisor_tui.domain.audience.performance import MIN_IMPRESSIONS, WeekFigures, rate_text, trend_totals
from advisor_tui.domain.numbers import german_number
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.usecases.audience import PlanFigures

BEST_COLUMNS = (Column("Beitrag", 3, 14), Column("Rate", 0, 6), Column("Impr.", 0, 6), Column("Interakt.", 0, 9))
NO_DATA = "Noch keine LinkedIn-Zahlen: Strg+P → Analytics einlesen"


def summary_line(figures: PlanFigures) -> str:
    """The folded panel beside the ideas' title: the trend's totals, the key, the best post (plain text)."""
    if not figures.has_data:
        return NO_DATA
    impressions, engagements = trend_totals(figures.trend)
    line = (f"✓ Impr. · Interakt.: 12 Wochen {german_number(impressions)} · {german_number(engagements)} "
            "· w: Verlauf")
    if figures.best:
        best = figures.best[0]
        line += (f" · bester: „{best.post.title}“ {rate_text(best.rate)} "
                 f"({german_number(best.figures.engagements or 0)} von {german_number(best.figures.impressions or 0)})")
    return line


def draw_trend(plot: PlotextPlot, trend: list[WeekFigures]) -> None:
    """Impressions per week as bars, engagements as a line on the right axis."""
    plt = plot.plt
    plt.clear_data()
    plt.clear_figure()
    xs = [float(n) for n in range(len(trend))]
    impressions = [w.impressions or 0 for w in trend]
    engagements = [w.engagements or 0 for w in trend]
    plt.bar(xs, impressions, width=0.6)
    plt.plot(xs, engagements, yside="right", marker="braille")
    plt.xticks(xs, [str(w.week.week) for w in trend])
    for values, side in ((impressions, 1), (engagements, 2)):  # the left and the right axis
        top = max(max(values, default=0), 1)
        ticks = [0, top // 2, top] if top > 1 else [0, 1]
        plt.yticks([float(t) for t in ticks], [german_number(t) for t in ticks], yside=side)
    plt.title("Impressionen (Balken), Interaktionen (Linie) je Woche · w: zuklappen")
    plot.refresh()


class PlanFiguresPanel(Horizontal):
    """The 12-week trend beside (or above, when narrow) the best posts by engagement rate."""

    def compose(self) -> ComposeResult:
        yield PlotextPlot(id="figures-trend")
        with Vertical(id="figures-best-box"):
            yield Static(f"Beste Beiträge (ab {MIN_IMPRESSIONS} Impressionen)", id="figures-best-title",
                         classes="section-title")
            yield FittedTable(BEST_COLUMNS, id="figures-best", cursor_type="none")

    def show(self, figures: PlanFigures) -> None:
        """Display what the analytics say about the plan's posts."""
        draw_trend(self.query_one(PlotextPlot), figures.trend)
        rows = [(r.post.title, rate_text(r.rate), german_number(r.figures.impressions or 0),
                 german_number(r.figures.engagements or 0)) for r in figures.best]
        self.query_one("#figures-best", FittedTable).set_rows(rows or [(Text("noch keine"), "", "", "")])
