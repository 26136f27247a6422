"""The findings beside the Nachricht editor: the rules at once, spelling from a worker, all from the draft state."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from advisor_tui.domain.courtesy import Finding
from advisor_tui.domain.courtesy.live import LiveCheck, run_live
from advisor_tui.domain.messaging.greeting import Recipient
from advisor_tui.ui.widgets.findings import FindingsList, known_words_of
from advisor_tui.ui.workers import background
from advisor_tui.usecases.checking import CheckContext, check_message
from advisor_tui.usecases.draft_state import DraftState


class DraftChecks(Vertical):
    """Shows what the checker found in the draft; the spelling check runs off the UI thread."""

    class Shown(Message):
        """Other findings are shown (the screen follows with its status line and keys)."""

    def __init__(self, draft: DraftState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Static("Prüfung", id="findings-title")
        yield FindingsList(id="findings")

    def recheck(self) -> None:
        """Run the rules now, keep still-valid spelling findings, and start a spelling check."""
        text = self.draft.recheck()
        if text is not None:
            self.check_spelling(text, self.draft.recipient, self.draft.channel)
        self.show()

    def ensure_checked(self) -> None:
        """Make the findings match the text exactly (before acting on their offsets)."""
        if not self.draft.checked:
            self.recheck()

    @background("Rechtschreibprüfung", group="nachricht-spelling")
    def check_spelling(self, text: str, recipient: Recipient | None, channel: str) -> None:
        """Spelling off the UI thread (the dictionary loads on first use): the findings at once, suggestions not
        known yet in a second pass; a newer text (a new worker in the group) stops it between words."""
        known = self.draft.known_words
        if known is None:
            known = self.draft.known_words = known_words_of(self)
        context = CheckContext(self.draft.settings, known)
        worker = get_current_worker()

        def check(live: LiveCheck) -> list[Finding]:
            return check_message(text, context, recipient=recipient, channel=channel, live=live)

        run_live(check, lambda: worker.is_cancelled,
                 lambda findings: self.app.call_from_thread(self._spelling_done, text, findings))

    def _spelling_done(self, text: str, findings: list[Finding]) -> None:
        if self.is_mounted and self.draft.spelling_done(text, findings):
            self.show()

    def show(self) -> None:
        """Fill the findings list and its title."""
        findings = self.draft.findings
        self.query_one(FindingsList).show(findings, self.draft.text)
        title = f"Prüfung · {len(findings)} Befund{'e' if len(findings) > 1 else ''}" if findings else "Prüfung"
        heading = self.query_one("#findings-title", Static)
        if str(heading.content) != title:
            heading.update(title, layout=False)  # one line high, always
        self.post_message(self.Shown())
