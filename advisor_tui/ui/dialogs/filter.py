"""Filter the contact table by roles, sectors and labels (OR within a list, AND across lists)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static

from advisor_tui.domain.contacts.curation import sector_choices
from advisor_tui.domain.models import Segment
from advisor_tui.domain.network.vocabulary import ROLES, Sector
from advisor_tui.ui.text import plain


class FilterDialog(ModalScreen[Segment | None]):
    """Three lists to tick; returns the filter as a Segment, or None when cancelled."""

    CSS = """
    .filter-dialog { width: 130; height: 90%; }
    #filter-lists { height: 1fr; }
    #filter-lists SelectionList { width: 1fr; height: 1fr; border: round $panel; }
    #filter-lists SelectionList:focus-within, #filter-lists SelectionList:focus { border: round $accent; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="filter-cancel", tooltip="Filter unverändert lassen"),
        Binding("f,ctrl+s", "apply", "Anwenden", id="filter-apply", tooltip="Die angehakten Werte als Filter nehmen"),
        Binding("x", "clear", "Alle abwählen", id="filter-clear", tooltip="Alle Haken entfernen"),
    ]

    def __init__(self, current: Segment, sectors: Sequence[Sector], labels: Sequence[str]) -> None:
        super().__init__()
        self._current = current
        self._sectors = list(sectors)
        self._labels = list(labels)

    def compose(self) -> ComposeResult:
        current = self._current
        with Vertical(classes="dialog filter-dialog"):
            yield Static("Filter", classes="dialog-title")
            with Horizontal(id="filter-lists"):
                yield SelectionList[str](*((r.label, r.key, r.key in current.roles) for r in ROLES), id="filter-roles")
                yield SelectionList[str](
                    *((plain(label), code, code in current.sectors) for label, code in sector_choices(self._sectors)),
                    id="filter-sectors")
                yield SelectionList[str](*((plain(name), name, name in current.labels) for name in self._labels),
                                         id="filter-labels")
            yield Static("Leertaste hakt an · Tab wechselt die Liste · f übernimmt · x wählt alles ab · Esc bricht ab",
                         classes="dialog-hint")

    def on_mount(self) -> None:
        titles = {"filter-roles": "Rolle", "filter-sectors": "Branche", "filter-labels": "Label"}
        for widget_id, title in titles.items():
            self.query_one(f"#{widget_id}").border_title = title
        self.query_one("#filter-roles").focus()

    def _ticked(self, widget_id: str) -> tuple[str, ...]:
        return tuple(self.query_one(f"#{widget_id}", SelectionList).selected)

    def action_apply(self) -> None:
        """Return the ticked values."""
        self.dismiss(Segment(roles=self._ticked("filter-roles"), sectors=self._ticked("filter-sectors"),
                             labels=self._ticked("filter-labels"), text=self._current.text))

    def action_clear(self) -> None:
        """Untick everything."""
        for selection in self.query(SelectionList):
            selection.deselect_all()
