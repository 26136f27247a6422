"""Außenwirkung: the quarter's feedback — balance of criticism and praise overall and per factor, the trend, what
still needs an answer, every entry — with keys to record, edit, answer and delete, and the way to the triage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from advisor_tui.domain.feedback.models import KIND_SHORT, FeedbackEntry
from advisor_tui.domain.feedback.quarters import MIN_FOR_TREND, Balance, QuarterFigures
from advisor_tui.domain.feedback.triage import decision_text
from advisor_tui.domain.today.dates import age_text
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.feedback_entry import FeedbackEntryDialog
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases import feedback
from advisor_tui.usecases.feedback import FeedbackView
from advisor_tui.usecases.feedback_state import FeedbackBrowse

TITLE = "Außenwirkung"
FACTOR_COLUMNS = (
    Column("Faktor", 3, 15),
    Column("Lob", 0, 4),
    Column("Kritik", 0, 6),
    Column("Anteil Lob", 1, 10),
    Column("Vorquartal", 2, 16),
    Column("Trend", 0, 10),
)
OPEN_COLUMNS = (
    Column("Eingang", 0, 10),
    Column("Art", 1, 10),
    Column("Quelle", 2, 12),
    Column("Notiz", 5, 16),
    Column("Wartet", 0, 14),
)
ENTRY_COLUMNS = (
    Column("Datum", 0, 10),
    Column("Art", 1, 10),
    Column("Faktoren", 1, 8),
    Column("Quelle", 2, 12),
    Column("Notiz", 5, 16),
    Column("Antwort", 0, 8),
)


def short_balance(balance: Balance) -> str:
    """„3 Lob : 1 Kritik“, or „–“ when there was neither."""
    return f"{balance.praise} Lob : {balance.criticism} Kritik" if balance.judged else "–"


def answer_state(entry: FeedbackEntry) -> str:
    """Whether it needed and got an answer."""
    if not entry.needs_answer:
        return "–"
    return f"{entry.answered_on:%d.%m.}" if entry.answered_on else "offen"


class AussenwirkungScreen(ViewScreen):
    """The feedback of a quarter, what still waits for an answer, and every entry."""

    MODE = "aussenwirkung"
    AUTO_FOCUS = "#aw-open"
    BINDINGS = [
        Binding("a", "new", "Neu", id="aw-new", tooltip="Eine Rückmeldung erfassen (Kritik, Lob, Frage …)"),
        Binding("e", "edit", "Bearbeiten", id="aw-edit", tooltip="Die markierte Rückmeldung bearbeiten (auch Enter)"),
        Binding(
            "b",
            "answered",
            "Beantwortet",
            id="aw-answered",
            tooltip="Die markierte Rückmeldung als beantwortet markieren (noch einmal: wieder offen)",
        ),
        Binding(
            "delete",
            "delete",
            "Löschen",
            key_display="Entf",
            id="aw-delete",
            show=False,
            tooltip="Die markierte Rückmeldung nach Rückfrage löschen",
        ),
        Binding(
            "minus", "quarter(-1)", "Quartal ←", key_display="-", id="aw-earlier", tooltip="Das Quartal davor zeigen"
        ),
        Binding(
            "plus",
            "quarter(1)",
            "Quartal →",
            key_display="+",
            id="aw-later",
            show=False,
            tooltip="Das Quartal danach zeigen (bis zum laufenden)",
        ),
        Binding(
            "t",
            "triage",
            "Triage",
            id="aw-triage",
            tooltip="Shitstorm-Triage: Gegenwind zu einem Beitrag einordnen und entscheiden",
        ),
        Binding(
            "p",
            "audit",
            "Eigene Aktivität",
            id="aw-audit",
            show=False,
            tooltip="Eigene Kommentare, Beiträge und Reaktionen auf heikle Themen prüfen (wie im Befehl „audit“)",
        ),
        Binding(
            "tab",
            "switch_list",
            "Offen/Alle",
            key_display="Tab",
            id="aw-switch",
            show=False,
            tooltip="Zwischen offenen Rückmeldungen und allen des Quartals wechseln",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.state = FeedbackBrowse(date.today())  # replaced on mount by the app's day (fixed in tests)

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="aussenwirkung"):
            yield Static(id="aw-balance", classes="section-line")
            yield Static(id="aw-trend", classes="section-line")
            yield Static("Faktoren", id="aw-factors-title", classes="section-title")
            yield FittedTable(FACTOR_COLUMNS, id="aw-factors", cursor_type="none")
            yield Static("Offen – braucht Antwort", id="aw-open-title", classes="section-title")
            yield FittedTable(OPEN_COLUMNS, id="aw-open")
            yield Static("Einträge", id="aw-entries-title", classes="section-title")
            yield FittedTable(ENTRY_COLUMNS, id="aw-entries")
            yield Static("Triage-Entscheidungen", id="aw-decisions-title", classes="section-title")
            yield Static(id="aw-decisions", classes="section-line")

    def on_mount(self) -> None:
        self.state = FeedbackBrowse(self.advisor.today)

    def reload(self) -> None:
        """Read the quarter again."""
        self.load()

    @background("Außenwirkung laden", group="aw-load")
    def load(self) -> None:
        """Read the quarter's figures off the UI thread."""
        self.loading_data()
        view = feedback.read_quarter(self.advisor.store, self.state.quarter)
        self.app.call_from_thread(self.show, view)

    def show(self, view: FeedbackView) -> None:
        """Fill the lines and the three lists."""
        self.state.show(view)
        figures = view.figures
        self._fill_head(figures)
        self.query_one("#aw-factors", FittedTable).set_rows(
            [
                (
                    line.factor.label,
                    str(line.balance.praise),
                    str(line.balance.criticism),
                    f"{line.balance.praise_share} %" if line.balance.praise_share is not None else "–",
                    short_balance(line.before),
                    line.trend,
                )
                for line in figures.factors
            ]
        )
        self.query_one("#aw-factors", FittedTable).display = bool(figures.factors)
        today = self.advisor.today
        self.query_one("#aw-open", FittedTable).set_rows(
            [
                (
                    f"{e.received_on:%d.%m.%Y}",
                    KIND_SHORT[e.kind],
                    e.source_display,
                    e.note,
                    age_text(e.received_on, today),
                )
                for e in figures.open_items
            ],
            keys=[str(e.id) for e in figures.open_items],
        )
        self.query_one("#aw-entries", FittedTable).set_rows(
            [
                (
                    f"{e.received_on:%d.%m.%Y}",
                    KIND_SHORT[e.kind],
                    ", ".join(self._factor_labels(view, e)),
                    e.source_display,
                    e.note,
                    answer_state(e),
                )
                for e in figures.entries
            ],
            keys=[str(e.id) for e in figures.entries],
        )
        self.query_one("#aw-open-title", Static).update(
            f"Offen – braucht Antwort ({len(figures.open_items)})"
            if figures.open_items
            else "Offen – braucht Antwort: nichts offen"
        )
        self.query_one("#aw-entries-title", Static).update(
            f"Einträge {figures.quarter.label} ({len(figures.entries)})"
            if figures.entries
            else f"Einträge {figures.quarter.label}: noch keine – a erfasst eine Rückmeldung"
        )
        now = self.advisor.now
        self.query_one("#aw-decisions", Static).update(
            plain(
                "\n".join(decision_text(d, now) for d in view.decisions)
                or "Keine in diesem Quartal (t öffnet die Shitstorm-Triage).",
                multiline=True,
            )
        )
        open_row, entry_row = self.state.take_follow()
        if open_row is not None:
            self.query_one("#aw-open", FittedTable).move_cursor(row=open_row)
        if entry_row is not None:
            self.query_one("#aw-entries", FittedTable).move_cursor(row=entry_row)
        self._cursor_moved()

    @staticmethod
    def _factor_labels(view: FeedbackView, entry: FeedbackEntry) -> list[str]:
        labels = {f.key: f.label for f in view.factors}
        return [labels.get(key, key) for key in entry.factors]

    def _fill_head(self, figures: QuarterFigures) -> None:
        self.query_one("#aw-balance", Static).update(
            plain(
                f"{figures.quarter.label}: {figures.balance.text} · Trend zum Vorquartal: "
                + (figures.trend_text if figures.trend_text != "–" else f"– (erst ab je {MIN_FOR_TREND} Einträgen)")
            )
        )
        self.query_one("#aw-trend", Static).update(
            plain("Verlauf: " + " │ ".join(f"{q.label} {short_balance(b)}" for q, b in figures.trend))
        )

    # -- cursors and keys -------------------------------------------------------------------------

    @on(DataTable.RowHighlighted)
    def _cursor_moved(self) -> None:
        self.state.open_row = self.query_one("#aw-open", FittedTable).cursor_row
        self.state.entry_row = self.query_one("#aw-entries", FittedTable).cursor_row
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        if self.focused is not None and self.focused.id in ("aw-open", "aw-entries"):
            self.state.in_open = self.focused.id == "aw-open"
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out entry keys without an entry and the way past the current quarter."""
        if action == "quarter":
            return self.state.allows("later" if parameters and parameters[0] == 1 else "earlier")
        return self.state.allows(action)

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_edit()

    def action_switch_list(self) -> None:
        """Move between the open items and the quarter's entries."""
        self.query_one("#aw-entries" if self.state.in_open else "#aw-open", FittedTable).focus()

    def action_quarter(self, step: int) -> None:
        """Show an earlier or later quarter."""
        self.state.step(step)
        self.load()

    def action_new(self) -> None:
        """Record a new piece of feedback (its source typed: a call, a branch, an event)."""
        self.advisor.action_feedback_entry()

    def action_edit(self) -> None:
        """Edit the highlighted entry."""
        entry, view = self.state.current(), self.state.view
        if entry is not None and view is not None:
            self.app.push_screen(FeedbackEntryDialog(self.advisor.store, entry, view.factors), self._saved)

    def _saved(self, entry: FeedbackEntry | None) -> None:
        if entry is not None:
            self.notify("Rückmeldung gespeichert.", title=TITLE)
            self.state.follow = entry.id
            self.load()

    def action_answered(self) -> None:
        """Mark the highlighted entry answered today, or open again when it was."""
        entry = self.state.current()
        if entry is None or entry.id is None:
            return
        if not entry.needs_answer:
            self.notify("Diese Rückmeldung braucht keine Antwort (e: ändern).", title=TITLE)
            return
        on = None if entry.answered_on else self.advisor.today
        self.write(
            "Als beantwortet markieren",
            lambda done: self.notify("Als beantwortet markiert." if done.answered_on else "Wieder offen.", title=TITLE),
            feedback.mark_answered,
            entry.id,
            on,
        )

    def action_delete(self) -> None:
        """Ask, then delete the highlighted entry."""
        entry = self.state.current()
        if entry is None or entry.id is None:
            return
        entry_id = entry.id

        def answered(yes: bool | None) -> None:
            if yes:
                self.write(
                    "Rückmeldung löschen",
                    lambda _gone: self.notify("Rückmeldung gelöscht.", title=TITLE),
                    feedback.delete_feedback,
                    entry_id,
                )

        note = " ".join(entry.note.split())
        self.app.push_screen(
            ConfirmDialog("Rückmeldung löschen", f"„{note}“ wird endgültig gelöscht.", "Löschen"), answered
        )

    def action_audit(self) -> None:
        """The own-activity audit over this view: how the advisor's own likes and comments may be seen."""
        self.advisor.action_audit()

    def action_triage(self) -> None:
        """The shitstorm triage, about the highlighted entry's post if it names one."""
        entry = self.state.current()
        self.advisor.open_triage(entry.post_id if entry else None)

    @background("Außenwirkung ändern", group="aw-write", exclusive=False)
    def write(self, what: str, done: Callable[[Any], None], change: Callable[..., Any], *args: object) -> None:
        """Run a feedback use case off the UI thread, then say so and show the quarter as it is now."""
        try:
            result = change(self.advisor.store, *args)
        except (LookupError, ValueError) as exc:
            self.app.call_from_thread(self.notify, f"{what}: {exc}", severity="warning", title=TITLE)
        else:
            self.app.call_from_thread(done, result)
        self.app.call_from_thread(self.load)
