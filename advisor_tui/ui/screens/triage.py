"""Shitstorm-Triage: where is the headwind, how many against how many reached, who — then a plain advice, a
statement draft checked as Nachricht checks a message, and every decision logged with its time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.courtesy import Finding
from advisor_tui.domain.courtesy.live import LiveCheck, run_live
from advisor_tui.domain.feedback.triage import (
    ADVICE_LABELS,
    Advice,
    TriageDecision,
    decision_text,
    statement_draft,
)
from advisor_tui.domain.models import Contact
from advisor_tui.domain.numbers import german_number
from advisor_tui.ui.text import literal, plain
from advisor_tui.ui.widgets.findings import FindingsList, known_words_of
from advisor_tui.ui.workers import background
from advisor_tui.usecases.checking import CheckContext, check_message
from advisor_tui.usecases.triage import CHANNELS, TriageStart, TriageState, log_decision, open_triage

if TYPE_CHECKING:
    from advisor_tui.ui.app import AdvisorApp

TITLE = "Shitstorm-Triage"
CHANNEL = "linkedin-post"  # a statement goes under the post: the post's length limit, no recipient
DRAFT_TITLES = {
    Advice.NONE: "Entwurf einer Antwort (falls Sie doch antworten)",
    Advice.STATEMENT: "Statement-Entwurf",
    Advice.PERSONAL: "Entwurf der persönlichen Antworten",
}
CHOICES = {"tr-none": Advice.NONE, "tr-statement-button": Advice.STATEMENT, "tr-personal": Advice.PERSONAL}


def count_of(text: str) -> int:
    """A count typed by the advisor („1.200“ too); ValueError in German."""
    cleaned = text.strip().replace(".", "").replace(" ", "")
    if not cleaned:
        return 0
    if not cleaned.isdigit():
        raise ValueError(f"„{text.strip()}“ ist keine Anzahl.")
    return int(cleaned)


def count_input(input_id: str, placeholder: str = "0") -> Input:
    """A field for a count: digits (and a German thousands dot) only."""
    return Input(
        placeholder=placeholder, id=input_id, classes="tr-count", restrict=r"[0-9. ]*", max_length=13, compact=True
    )


class TriageScreen(Screen):
    """The guided triage over a view: count, judge, decide, and the statement draft with the courtesy check."""

    AUTO_FOCUS = "#tr-ch-0"
    BINDINGS = [
        Binding("escape", "close", "Zurück", id="tr-close", tooltip="Triage schließen (Entscheidungen sind geloggt)"),
        Binding(
            "ctrl+s",
            "decide_advised",
            "Entscheiden",
            id="tr-decide",
            tooltip="Der Empfehlung folgen und die Entscheidung mit Uhrzeit loggen",
        ),
        Binding(
            "ctrl+d",
            "remove_critic",
            "Kritiker entfernen",
            id="tr-remove-critic",
            show=False,
            tooltip="Den markierten Kontakt von den Kritikern nehmen",
        ),
    ]

    def __init__(self, post_id: int | None) -> None:
        super().__init__()
        self._post_id = post_id
        self.state = TriageState()
        self._contacts: Mapping[int, Contact] = {}
        self._index: ContactIndex | None = None
        self._signature = ""
        self.decisions: list[TriageDecision] = []

    @property
    def advisor(self) -> AdvisorApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(TITLE, id="tr-head", classes="section-line")
        with Horizontal(id="tr-columns"):
            with VerticalScroll(id="tr-form"):
                yield Static("1. Wo? Negative Stimmen je Kanal", classes="section-title")
                for number, name in enumerate(CHANNELS):
                    with Horizontal(classes="tr-row"):
                        yield Label(name, classes="tr-label")
                        yield count_input(f"tr-ch-{number}")
                with Horizontal(classes="tr-row"):
                    yield Input(placeholder="anderer Kanal", id="tr-other-name", classes="tr-label-input", compact=True)
                    yield count_input("tr-other-count")
                yield Static("2. Wie viele? Erreichte Personen", classes="section-title")
                with Horizontal(classes="tr-row"):
                    yield Label("Reichweite", classes="tr-label")
                    yield count_input("tr-reach", "Impressionen")
                yield Static("", id="tr-reach-note", classes="section-line")
                yield Static("3. Wer? Kontakte unter den Kritikern", classes="section-title")
                yield Input(placeholder="Name oder Firma tippen, Enter nimmt auf", id="tr-who", compact=True)
                yield OptionList(id="tr-matches")
                yield OptionList(id="tr-critics", compact=True)
                with Horizontal(classes="tr-row"):
                    yield Label("Trolle, Bots", classes="tr-label")
                    yield count_input("tr-trolls")
            with Vertical(id="tr-side"):
                yield Static("Empfehlung", classes="section-title")
                yield Static("", id="tr-advice", classes="section-line")
                yield Static("Statement-Entwurf", id="tr-draft-title", classes="section-title")
                yield TextArea(id="tr-statement", soft_wrap=True)
                yield Static("Prüfung", id="tr-findings-title", classes="section-line")
                yield FindingsList(id="tr-findings")
                with Horizontal(id="tr-buttons"):
                    yield Button(ADVICE_LABELS[Advice.NONE], id="tr-none")
                    yield Button("Statement", id="tr-statement-button")
                    yield Button("Persönlich antworten", id="tr-personal")
                yield Static("Entscheidungen", classes="section-title")
                yield Static("Noch keine Entscheidung geloggt.", id="tr-log", classes="section-line")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#tr-matches", OptionList).display = False
        self.load()

    @background("Triage vorbereiten", group="triage-load")
    def load(self) -> None:
        """Read the post, its reach from the analytics, the log and the contacts off the UI thread."""
        start = open_triage(self.advisor.store, self._post_id)
        snapshot = self.advisor.contacts.snapshot()
        self.app.call_from_thread(self._loaded, start, snapshot.by_id, snapshot.index)

    def _loaded(self, start: TriageStart, contacts: Mapping[int, Contact], index: ContactIndex) -> None:
        self._contacts, self._index = contacts, index
        self.state.post, self.state.analytics_reach = start.post, start.reach
        self._signature = start.signature
        self.decisions = list(start.decisions)
        post = start.post
        about = f" · Beitrag „{post.title}“" if post else " · ohne bestimmten Beitrag"
        self.query_one("#tr-head", Static).update(plain(TITLE + about))
        note = (
            f"Aus Analytics: {german_number(start.reach)} Impressionen (eine eigene Zahl geht vor)."
            if start.reach is not None
            else "Keine Analytics-Zahl zu diesem Beitrag: bitte die Reichweite "
            "eintragen (Impressionen oder Reaktionen)."
        )
        self.query_one("#tr-reach-note", Static).update(note)
        self._show_critics()
        self._advise(draft=True)
        self._show_log()

    # -- counting ----------------------------------------------------------------------------------

    @on(Input.Changed, ".tr-count, #tr-other-name")
    def _count_changed(self) -> None:
        try:
            for number, name in enumerate(CHANNELS):
                self.state.set_count(name, count_of(self.query_one(f"#tr-ch-{number}", Input).value))
            other = self.query_one("#tr-other-name", Input).value.strip()
            for name in [n for n in self.state.channels if n not in CHANNELS and n != other]:
                self.state.channels.pop(name)
            if other:
                self.state.set_count(other, count_of(self.query_one("#tr-other-count", Input).value))
            reach = self.query_one("#tr-reach", Input).value
            self.state.entered_reach = count_of(reach) if reach.strip() else None
            self.state.trolls = count_of(self.query_one("#tr-trolls", Input).value)
        except ValueError as exc:
            self.query_one("#tr-advice", Static).update(plain(str(exc)))
            return
        self._advise()

    def _advise(self, *, draft: bool = False) -> None:
        """Show the advice for what is counted; a fresh draft while the advisor has not written their own."""
        recommendation = self.state.recommendation
        lines = [f"[b]{literal(recommendation.label)}[/b]", *(f"· {literal(r)}" for r in recommendation.reasons)]
        self.query_one("#tr-advice", Static).update("\n".join(lines))
        self.query_one("#tr-draft-title", Static).update(DRAFT_TITLES[recommendation.advice])
        editor = self.query_one("#tr-statement", TextArea)
        advice = recommendation.advice if recommendation.advice is not Advice.NONE else Advice.PERSONAL
        fresh = statement_draft(advice, self.state.post.title if self.state.post else "", self._signature)
        if draft or editor.text == self._last_draft:
            self._last_draft = fresh
            editor.load_text(fresh)

    _last_draft = ""

    # -- who -----------------------------------------------------------------------------------------

    @on(Input.Changed, "#tr-who")
    def _who_changed(self, event: Input.Changed) -> None:
        matches = self.query_one("#tr-matches", OptionList)
        matches.clear_options()
        query = event.value.strip()
        if not query or self._index is None:
            return
        for contact_id in self._index.search(query, limit=5):
            contact = self._contacts[contact_id]
            matches.add_option(
                Option(plain(f"{contact.full_name} · {contact.company or 'ohne Firma'}"), id=str(contact_id))
            )
        matches.highlighted = 0 if matches.option_count else None
        matches.display = bool(matches.option_count)

    @on(Input.Submitted, "#tr-who")
    @on(OptionList.OptionSelected, "#tr-matches")
    def _take_critic(self) -> None:
        matches = self.query_one("#tr-matches", OptionList)
        if matches.highlighted is None:
            return
        chosen = matches.get_option_at_index(matches.highlighted).id
        contact = self._contacts.get(int(chosen or 0))
        if contact is not None:
            self.state.add_critic(contact, self.advisor.today)
        self.query_one("#tr-who", Input).value = ""
        matches.display = False
        self._show_critics()

    def _show_critics(self) -> None:
        critics = self.query_one("#tr-critics", OptionList)
        critics.clear_options()
        for contact_id, critic in self.state.critics.items():
            kind = "Kunde/Interessent" if critic.client else "kein Zielkunde"
            critics.add_option(
                Option(
                    plain(f"{critic.contact.full_name} · {critic.role} · {critic.connected} · {kind}"),
                    id=str(contact_id),
                )
            )
        unknown = self.state.headwind.unknown
        critics.add_option(Option(plain(f"Unbekannte echte Konten: {german_number(unknown)}"), disabled=True))
        self._advise()

    def action_remove_critic(self) -> None:
        """Take the highlighted contact off the critics."""
        critics = self.query_one("#tr-critics", OptionList)
        if critics.highlighted is not None:
            chosen = critics.get_option_at_index(critics.highlighted).id
            if chosen:
                self.state.remove_critic(int(chosen))
                self._show_critics()

    # -- the statement and its check -------------------------------------------------------------------

    @on(TextArea.Changed, "#tr-statement")
    def _statement_changed(self) -> None:
        self.state.statement = self.query_one("#tr-statement", TextArea).text
        self.check_statement(self.state.statement)

    @background("Statement prüfen", group="triage-check")
    def check_statement(self, text: str) -> None:
        """The courtesy check as Nachricht runs it: findings at once, spelling suggestions in a second pass."""
        context = CheckContext(self.advisor.store.settings.load(), known_words_of(self))
        worker = get_current_worker()

        def check(live: LiveCheck) -> list[Finding]:
            return check_message(text, context, recipient=None, channel=CHANNEL, live=live)

        run_live(
            check,
            lambda: worker.is_cancelled,
            lambda findings: self.app.call_from_thread(self._checked, text, findings),
        )

    def _checked(self, text: str, findings: list[Finding]) -> None:
        if text != self.state.statement:
            return  # a newer text is being checked
        self.query_one("#tr-findings", FindingsList).show(findings, text)
        self.query_one("#tr-findings-title", Static).update(
            f"Prüfung · {len(findings)} Befund{'e' if len(findings) != 1 else ''}"
            if findings
            else "Prüfung: keine Befunde"
        )

    # -- deciding -------------------------------------------------------------------------------------

    @on(Button.Pressed, "#tr-none, #tr-statement-button, #tr-personal")
    def _decided(self, event: Button.Pressed) -> None:
        self.decide(CHOICES[event.button.id or "tr-none"])

    def action_decide_advised(self) -> None:
        """Follow the advice."""
        self.decide(self.state.recommendation.advice)

    def decide(self, chosen: Advice) -> None:
        """Log the decision with its time (off the UI thread)."""
        self._log(self.state.decision(chosen, self.advisor.now))

    @background("Entscheidung loggen", group="triage-write", exclusive=False)
    def _log(self, decision: TriageDecision) -> None:
        logged = log_decision(self.advisor.store, decision)
        self.app.call_from_thread(self._logged, logged)

    def _logged(self, decision: TriageDecision) -> None:
        self.decisions.insert(0, decision)
        self._show_log()
        self.notify(f"Entscheidung geloggt: {ADVICE_LABELS[decision.chosen]}.", title=TITLE)

    def _show_log(self) -> None:
        lines = [decision_text(d, self.advisor.now) for d in self.decisions[:5]]
        self.query_one("#tr-log", Static).update(
            plain("\n".join(lines) if lines else "Noch keine Entscheidung geloggt.", multiline=True)
        )

    def action_close(self) -> None:
        """Back to the view below."""
        self.dismiss()


NO_POST = "-"


def open_triage_screen(app: AdvisorApp, post_id: int | None) -> None:
    """Push the triage about a post; without one, let the advisor pick it (published posts first) or none."""
    if post_id is not None:
        app.push_screen(TriageScreen(post_id))
        return
    from advisor_tui.domain.models import PostStatus
    from advisor_tui.ui.dialogs.pick import PickDialog

    posts = sorted(
        app.store.plan.list(),
        key=lambda p: (
            p.status is not PostStatus.PUBLISHED,
            -(p.published_on or p.planned_on or app.today).toordinal(),
        ),
    )
    choices = [("Ohne bestimmten Beitrag", NO_POST)] + [
        (f"{p.title} · {f'{p.published_on:%d.%m.%Y}' if p.published_on else p.status.value}", str(p.id))
        for p in posts
        if p.id is not None
    ]

    def picked(value: str | None) -> None:
        if value is not None:
            app.push_screen(TriageScreen(None if value == NO_POST else int(value)))

    app.push_screen(PickDialog("Triage: zu welchem Beitrag?", choices), picked)
