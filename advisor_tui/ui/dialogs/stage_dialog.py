"""What came of a contact: set the next stage (Gespräch, Termin, Mandat, kein Bedarf) with its day."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from advisor_tui.domain.days import format_day, parse_day
from advisor_tui.domain.models import Contact
from advisor_tui.domain.results.stages import (
    FUNNEL,
    PRODUCT_LABELS,
    STAGE_LABELS,
    Stage,
    StageChange,
    check_change,
    current_stage,
    format_volume,
    parse_euros,
)
from advisor_tui.store.store import Store
from advisor_tui.ui.text import literal, plain
from advisor_tui.ui.workers import background
from advisor_tui.usecases.results import ContactGone, record_stage, stage_history

_HISTORY_SHOWN = 5


def history_text(history: list[StageChange]) -> str:
    """The latest changes as short German lines, newest first."""
    if not history:
        return "Noch keine Stufe vermerkt: der Kontakt steht am Anfang."
    lines = []
    for change in reversed(history[-_HISTORY_SHOWN:]):
        extra = [format_volume(change.volume_eur)] if change.volume_eur is not None else []
        extra += [PRODUCT_LABELS[change.product]] if change.product is not None else []
        extra += [f"„{' '.join(change.note.split())}“"] if change.note else []
        lines.append(" · ".join([f"{format_day(change.on)}  {STAGE_LABELS[change.stage]}", *extra]))
    return "\n".join(lines)


def next_stage(stage: Stage) -> Stage:
    """The stage the advisor most likely sets next: one step further down the funnel (a closed thread reopens)."""
    if stage is Stage.NO_NEED:
        return Stage.CONVERSATION
    position = FUNNEL.index(stage)
    return FUNNEL[min(position + 1, len(FUNNEL) - 1)]


class StageDialog(ModalScreen[StageChange | None]):
    """Shows a contact's stages and records the next one; returns the change it kept, or None."""

    CSS = """
    .stage-dialog { width: 76; }
    .stage-dialog .field { height: auto; }
    .stage-dialog .field-label { width: 14; color: $text-muted; }
    .stage-dialog .field Input, .stage-dialog .field Select { width: 1fr; }
    #stage-history { height: auto; max-height: 6; margin-bottom: 1; color: $text-muted; }
    #stage-status.error { color: $error; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="stage-cancel", tooltip="Nichts vermerken und schließen"),
        Binding("ctrl+s", "save", "Vermerken", id="stage-save", tooltip="Die Stufe mit diesem Tag festhalten"),
    ]

    def __init__(self, store: Store, contact: Contact, today: date) -> None:
        super().__init__()
        self._store, self._contact, self._today = store, contact, today
        self._writing = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog stage-dialog"):
            yield Static(literal(f"Stufe: {self._contact.full_name}"), classes="dialog-title")
            yield Static("Verlauf wird gelesen …", id="stage-history")
            yield from self._field("Stufe", Select([(label, stage) for stage, label in STAGE_LABELS.items()],
                                                   allow_blank=False, compact=True, id="stage-stage"))
            yield from self._field("Datum", Input(format_day(self._today), placeholder="TT.MM.JJJJ", compact=True,
                                                  id="stage-day"))
            yield from self._field("Volumen (€)", Input(placeholder="nur bei Mandat, z. B. 250.000", compact=True,
                                                        id="stage-volume"))
            yield from self._field("Produktlinie", Select([(label, p) for p, label in PRODUCT_LABELS.items()],
                                                          prompt="(keine)", compact=True, id="stage-product"))
            yield from self._field("Notiz", Input(placeholder="kurz, z. B. Hallenneubau", compact=True,
                                                  id="stage-note"))
            yield Static("", id="stage-status")
            yield Static("Strg+S vermerkt · Esc bricht ab · jede Änderung bleibt mit ihrem Tag erhalten",
                         classes="dialog-hint")

    @staticmethod
    def _field(label: str, widget: Input | Select) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Static(label, classes="field-label")
            yield widget

    def on_mount(self) -> None:
        self.query_one("#stage-stage").focus()
        self.load()

    @background("Stufen lesen", group="stage-history")
    def load(self) -> None:
        """Read the contact's stages off the UI thread."""
        history = stage_history(self._store, self._contact.id) if self._contact.id is not None else []
        self.app.call_from_thread(self._show, history)

    def _show(self, history: list[StageChange]) -> None:
        self.query_one("#stage-history", Static).update(plain(history_text(history), multiline=True))
        self.query_one("#stage-stage", Select).value = next_stage(current_stage(history, until=self._today))

    def _change(self) -> StageChange:
        """The change the form describes (ValueError with a German reason)."""
        stage = self.query_one("#stage-stage", Select).value
        product = self.query_one("#stage-product", Select).value
        assert isinstance(stage, Stage) and self._contact.id is not None
        change = StageChange(
            contact_id=self._contact.id, stage=stage,
            on=parse_day(self.query_one("#stage-day", Input).value) or self._today,
            volume_eur=parse_euros(self.query_one("#stage-volume", Input).value),
            product=None if product is Select.NULL else product,  # type: ignore[arg-type]
            note=" ".join(self.query_one("#stage-note", Input).value.split())[:500],
        )
        check_change(change, self._today)
        return change

    def action_save(self) -> None:
        """Check the form and keep the change."""
        if self._writing:
            return
        try:
            change = self._change()
        except ValueError as exc:
            status = self.query_one("#stage-status", Static)
            status.update(plain(str(exc)))
            status.set_class(True, "error")
            return
        self._writing = True
        self.save(change)

    @background("Stufe vermerken", group="stage-write")
    def save(self, change: StageChange) -> None:
        """Write the change off the UI thread."""
        try:
            kept: StageChange | None = record_stage(self._store, change, today=self._today)
        except ContactGone:
            kept = None
        self.app.call_from_thread(self._saved, kept)

    def _saved(self, kept: StageChange | None) -> None:
        name = self._contact.full_name
        if kept is None:
            self.notify(f"{name} wurde inzwischen gelöscht; nichts vermerkt.", title="Stufe", severity="warning",
                        markup=False)
        else:
            self.notify(f"{name}: {STAGE_LABELS[kept.stage]} am {format_day(kept.on)} vermerkt.", title="Stufe",
                        markup=False)
        self.dismiss(kept)

    def background_failed(self, group: str) -> None:
        """A write failed (the app said so): the form stays open to try again."""
        self._writing = False
