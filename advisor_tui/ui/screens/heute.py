"""Heute: the daily routine, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from advisor_tui.domain.today import TodaySummary
from advisor_tui.domain.today_dates import age_text
from advisor_tui.domain.vocabulary import role_label
from advisor_tui.overview import today_summary
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable

WAITING_COLUMNS = (Column("Wer", 3, 16), Column("Rolle", 2, 12), Column("Firma", 4, 16), Column("Seit", 0, 16))
REQUEST_COLUMNS = (Column("Wer", 2, 16), Column("Position", 3, 14), Column("Firma", 3, 14), Column("Notiz", 5, 16))


@dataclass(frozen=True, slots=True)
class HeuteData:
    """What the Heute view shows, loaded in one go off the UI thread."""

    contacts: int
    untagged: int
    summary: TodaySummary


class Tile(Static):
    """A big figure with a caption."""

    def show(self, value: int | str, caption: str, *, alert: bool = False) -> None:
        """Display a figure; `alert` colours it as needing attention."""
        self.update(f"[b]{value}[/b]\n{caption}")
        self.set_class(alert, "alert")


class HeuteScreen(ViewScreen):
    """Start view: figures, waiting conversations, requests, follow-ups, this week's post, the check-in."""

    MODE = "heute"
    BINDINGS = [
        Binding("p", "check_in", "Posteingang geprüft", id="heute-checkin",
                tooltip="Festhalten, dass Sie den Posteingang heute geprüft haben"),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="heute"):
            with Horizontal(id="tiles"):
                yield Tile(id="tile-contacts", classes="tile")
                yield Tile(id="tile-untagged", classes="tile")
                yield Tile(id="tile-waiting", classes="tile")
                yield Tile(id="tile-week", classes="tile")
            yield Static(id="checkin", classes="section-line")
            yield Static("Warten auf Antwort", id="waiting-title", classes="section-title")
            yield FittedTable(WAITING_COLUMNS, id="waiting")
            yield Static("Offene Vernetzungsanfragen", id="requests-title", classes="section-title")
            yield FittedTable(REQUEST_COLUMNS, id="requests")
            yield Static("Beitrag dieser Woche", classes="section-title")
            yield Static(id="week-post", classes="section-line")

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="heute-load")
    def load(self) -> None:
        """Read everything the view needs from the store, then show it."""
        store = self.advisor.store
        summary = today_summary(store, self.advisor.now)
        data = HeuteData(store.contacts.count(), store.contacts.count_untagged(), summary)
        self.app.call_from_thread(self.show, data)

    def show(self, data: HeuteData) -> None:
        """Fill the widgets from freshly loaded data."""
        summary = data.summary
        self.query_one("#tile-contacts", Tile).show(data.contacts, "Kontakte")
        self.query_one("#tile-untagged", Tile).show(data.untagged, "ohne Branche oder Rolle", alert=data.untagged > 0)
        self.query_one("#tile-waiting", Tile).show(len(summary.waiting), "warten auf Antwort",
                                                   alert=bool(summary.waiting))
        week = summary.week_post
        self.query_one("#tile-week", Tile).show(
            week.state.value.capitalize(), f"Beitrag KW {week.iso_week}", alert=week.state.value == "fehlt"
        )
        checkin = self.query_one("#checkin", Static)
        checkin.update(summary.checkin.text)
        checkin.set_class(summary.checkin.overdue, "alert")
        self._fill_waiting(summary)
        self._fill_requests(summary)
        self.query_one("#week-post", Static).update(week.text)

    def _fill_waiting(self, summary: TodaySummary) -> None:
        rows = []
        for item in summary.waiting:
            contact = item.contact
            name = contact.full_name if contact else item.conversation.title
            rows.append((name, role_label(contact.role) if contact else "", contact.company if contact else "",
                         age_text(item.age_days)))
        self.query_one("#waiting", FittedTable).set_rows(rows)
        self.query_one("#waiting-title", Static).update(f"Warten auf Antwort ({len(summary.waiting)})")

    def _fill_requests(self, summary: TodaySummary) -> None:
        rows = []
        for item in summary.requests:
            contact = item.contact
            note = " ".join(item.request.note.split()) or "(ohne Notiz)"
            rows.append((contact.full_name if contact else "", contact.position if contact else "",
                         contact.company if contact else "", note))
        self.query_one("#requests", FittedTable).set_rows(rows)
        self.query_one("#requests-title", Static).update(f"Offene Vernetzungsanfragen ({len(summary.requests)})")

    def action_check_in(self) -> None:
        """Log "Posteingang geprüft" and refresh."""
        self.advisor.store.activity.log_checkin(self.advisor.now)
        self.notify("Posteingang geprüft – gut so.", title="Heute")
        self.load()
