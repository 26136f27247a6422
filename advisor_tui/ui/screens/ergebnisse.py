"""Ergebnisse: what the network brought in a quarter (the funnel, conversions, origins) beside the effort."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from advisor_tui.domain.days import format_day
from advisor_tui.domain.numbers import counted
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.funnel import QuarterResults, origin_of
from advisor_tui.domain.results.stages import COUNTED_STAGES, PRODUCT_LABELS, STAGE_LABELS, StageChange, format_volume
from advisor_tui.domain.today.dates import age_text
from advisor_tui.ui.dialogs.stage_dialog import StageDialog
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.text import literal
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases.results import OpenThread, ResultsView, results_view

THREAD_COLUMNS = (Column("Kontakt", 3, 14), Column("Firma", 3, 12), Column("Stufe", 0, 9),
                  Column("Dauer", 1, 12), Column("Beginn", 0, 11))
_BAR = 16  # bars, counts and a short origin note fit the funnel panel from 100 columns on


def funnel_text(results: QuarterResults, width: int = _BAR) -> str:
    """Markup: the target contacts, then who first reached each stage this quarter, with bars and origins."""
    rows = [("Zielkontakte", results.target_contacts, f"{results.new_target_contacts} neu im Quartal")]
    for stage, label in COUNTED_STAGES.items():
        figures = results.figures(stage)
        origins = ", ".join(f"{name} {count}" for name, count in sorted(figures.by_origin.items()))
        rows.append((label, figures.count, origins))
    top = max((count for _, count, _ in rows[1:]), default=0) or 1
    lines = []
    for number, (label, count, note) in enumerate(rows):
        bar = "" if number == 0 else "█" * max(round(width * count / top), 1 if count else 0)
        lines.append(f"{label:<13}[b]{count:>5}[/b]  {bar:<{width}}  [dim]{literal(note)}[/dim]".rstrip())
    return "\n".join(lines)


def effort_text(results: QuarterResults) -> str:
    """Markup: what the advisor put in during the quarter."""
    effort = results.effort
    return "\n".join([
        f"Beiträge veröffentlicht  [b]{effort.posts_published:>4}[/b]",
        f"Nachrichten gesendet     [b]{effort.messages_sent:>4}[/b]",
        f"Posteingang geprüft      [b]{effort.checkins:>4}[/b]",
        f"Offene Gespräche/Termine [b]{results.open_threads:>4}[/b]",
    ])


def effort_line(results: QuarterResults) -> str:
    """Markup: the effort in one line, for terminals too narrow for its panel."""
    effort = results.effort
    return (f"[b]Aufwand[/b]: {counted(effort.posts_published, 'Beitrag', 'Beiträge')} veröffentlicht · "
            f"{counted(effort.messages_sent, 'Nachricht', 'Nachrichten')} gesendet · "
            f"Posteingang {effort.checkins}× geprüft · {results.open_threads} offen")


def facts_text(results: QuarterResults) -> str:
    """Markup: conversions (with counts), time to appointment, volume by product line."""
    conversions = " · ".join(f"{label} {ratio.text()}" for label, ratio in results.conversions)
    lines = [f"[b]Umwandlung[/b] (bis Quartalsende): {conversions}"]
    days = results.days_to_appointment
    if days:
        median = results.median_days_to_appointment or 0
        span = f", {days[0]}–{days[-1]} Tage" if len(days) > 1 else ""
        lines.append(f"[b]Erster Kontakt bis Termin[/b]: Median {round(median)} Tage "
                     f"({counted(len(days), 'Termin', 'Termine')}{span})")
    else:
        lines.append("[b]Erster Kontakt bis Termin[/b]: in diesem Quartal kein Termin")
    if results.volume_by_product or results.mandates_without_volume:
        parts = [f"{PRODUCT_LABELS[p] if p else 'ohne Produktlinie'} {format_volume(v)}"
                 for p, v in sorted(results.volume_by_product.items(), key=lambda item: -item[1])]
        lines.append(f"[b]Volumen der Mandate[/b]: {format_volume(results.volume_total)}"
                     + (f" ({', '.join(parts)})" if parts else "")
                     + (f"; {counted(results.mandates_without_volume, 'Mandat', 'Mandate')} ohne Volumen"
                        if results.mandates_without_volume else ""))
    return "\n".join(lines)


class ErgebnisseScreen(ViewScreen):
    """The quarter's funnel and effort, and the threads under way; `s` records what came of one."""

    MODE = "ergebnisse"
    AUTO_FOCUS = "#threads"
    BINDINGS = [
        Binding("minus", "quarter(-1)", "Voriges Quartal", key_display="-", id="results-earlier",
                tooltip="Das Quartal davor zeigen"),
        Binding("plus", "quarter(1)", "Nächstes Quartal", key_display="+", id="results-later",
                tooltip="Das Quartal danach zeigen"),
        Binding("s", "stage", "Stufe", id="results-stage",
                tooltip="Für den markierten Kontakt festhalten, was daraus wurde (Termin, Mandat, kein Bedarf …)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.quarter: Quarter | None = None  # the current one, once the app's today is known
        self._threads: tuple[OpenThread, ...] = ()

    def compose_body(self) -> ComposeResult:
        yield Static(id="results-title", classes="section-title")
        with Horizontal(id="results-panels"):
            yield Static("Ergebnisse werden gelesen …", id="results-funnel", classes="results-panel")
            yield Static(id="results-effort", classes="results-panel")
        yield Static(id="results-effort-line")
        yield Static(id="results-facts")
        yield Static("Offene Gespräche und Termine", id="threads-title", classes="section-title")
        yield FittedTable(THREAD_COLUMNS, id="threads")

    def on_mount(self) -> None:
        self.quarter = Quarter.of(self.advisor.today)
        self.load()

    def reload(self) -> None:
        """Read the quarter again."""
        self.load()

    @background("Ergebnisse lesen", group="results-load")
    def load(self) -> None:
        """Read the quarter's results and the open threads off the UI thread."""
        self.loading_data()
        view = results_view(self.advisor.store, self.quarter or Quarter.of(self.advisor.today), self.advisor.today)
        self.app.call_from_thread(self.show, view)

    def show(self, view: ResultsView) -> None:
        """Fill the panels and the list."""
        results = view.results
        quarter = results.quarter
        current = " (laufend)" if quarter.contains(self.advisor.today) else ""
        self.query_one("#results-title", Static).update(
            f"Ergebnisse {quarter.label}{current} · {format_day(quarter.start)} – {format_day(quarter.end)}")
        self.query_one("#results-funnel", Static).update(funnel_text(results))
        self.query_one("#results-effort", Static).update(effort_text(results))
        self.query_one("#results-effort-line", Static).update(effort_line(results))
        self.query_one("#results-facts", Static).update(facts_text(results))
        self._threads = view.open_threads
        today = self.advisor.today
        rows = [(t.contact.full_name, t.contact.company, STAGE_LABELS[t.stage], age_text(t.since, today),
                 origin_of(t.contact)) for t in view.open_threads]
        self.query_one("#threads", FittedTable).set_rows(rows, [str(t.contact.id) for t in view.open_threads])
        self.query_one("#threads-title", Static).update(
            f"Offene Gespräche und Termine ({len(rows)})" if rows else
            "Offene Gespräche und Termine: keine – mit „s“ im Kontakt oder „advisor-tui stage“ festhalten")

    def action_quarter(self, step: int) -> None:
        """Show the quarter before or after."""
        quarter = self.quarter or Quarter.of(self.advisor.today)
        self.quarter = quarter.next() if step > 0 else quarter.previous()
        self.load()

    def action_stage(self) -> None:
        """Record what came of the marked thread's contact."""
        table = self.query_one("#threads", FittedTable)
        if not self._threads or table.cursor_row >= len(self._threads):
            self.notify("Keine offenen Gespräche; eine Stufe setzen Sie im Kontakt (Kontakte, Enter).",
                        title="Stufe", markup=False)
            return
        thread = self._threads[table.cursor_row]

        def recorded(kept: StageChange | None) -> None:
            if kept is not None:
                self.load()

        self.app.push_screen(StageDialog(self.advisor.store, thread.contact, self.advisor.today), recorded)
