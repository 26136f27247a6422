"""The draft being written in Nachricht, as a plain object: recipient, channel, template, text, findings, saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_tui.domain.channels import channel_limit
from advisor_tui.domain.courtesy import Finding, Severity, check_rules
from advisor_tui.domain.messaging.drafting import (
    Draft,
    carry_over,
    counter_text,
    merge_findings,
    next_channel,
    signature_for,
)
from advisor_tui.domain.messaging.facts import ContactFacts, Correspondence, Incoming
from advisor_tui.domain.messaging.greeting import Recipient, build_greeting
from advisor_tui.domain.messaging.templates import Template, render_template
from advisor_tui.domain.models import Contact, Settings
from advisor_tui.domain.text_safety import printable


@dataclass(frozen=True, slots=True)
class SendCheck:
    """What to ask before logging a message as sent: remaining errors, and whether it is a final refusal."""

    errors: int
    blocks: bool

    @property
    def needs_confirmation(self) -> bool:
        """Whether the advisor must confirm first."""
        return bool(self.errors) or self.blocks


@dataclass(frozen=True, slots=True)
class Status:
    """The status line under the editor: the counter against the channel's limit, and whether it is saved."""

    text: str
    over_limit: bool


class DraftState:
    """One draft: who it is for, on which channel, from which template, its text and what the checker found.

    `dirty` says whether it differs from what was last saved; the screen shows this state and saves through
    the messaging use cases. The rules run synchronously (`recheck`); spelling runs elsewhere and comes back
    through `spelling_done`, accepted only for the text it was made for.
    """

    def __init__(self, settings: Settings | None = None, today: date | None = None) -> None:
        self.settings = settings or Settings()
        self.today = today or date.today()  # the screen sets the app's clock; it dates "seit 2019 vernetzt"
        self.contact: Contact | None = None
        self.seen = Correspondence()  # what the recipient's conversations tell: the message being answered …
        self.channel = "linkedin-message"
        self.template_key = ""
        self.text = ""
        self._saved: tuple[str, str, str] = ("", self.channel, "")
        self.rules: list[Finding] = []
        self.spelling: list[Finding] = []
        self._spelling_text = ""
        self._checked_text: str | None = None
        # The store's known words (own dictionary, contact and company names); None: read them again.
        self.known_words: frozenset[str] | None = None

    # What is being written.

    @property
    def recipient(self) -> Recipient | None:
        """Who the message is for, if a contact is chosen."""
        return Recipient.from_contact(self.contact) if self.contact else None

    @property
    def has_text(self) -> bool:
        """Whether there is anything but blanks."""
        return bool(self.text.strip())

    @property
    def dirty(self) -> bool:
        """Whether text, channel or template differ from the last save."""
        return (self.text, self.channel, self.template_key) != self._saved

    @property
    def can_send(self) -> bool:
        """A message needs a recipient and a text."""
        return self.contact is not None and self.has_text

    def as_draft(self) -> Draft:
        """The draft to store."""
        return Draft(self.contact.id if self.contact else None, self.text, self.channel, self.template_key)

    def mark_saved(self) -> None:
        """What is shown now is what the store holds."""
        self._saved = (self.text, self.channel, self.template_key)

    @property
    def incoming(self) -> Incoming | None:
        """The last message the recipient wrote: what is being answered."""
        return self.seen.incoming

    def open(self, draft: Draft, contact: Contact | None, seen: Correspondence | None = None) -> None:
        """Show a saved draft (or an empty page) to a contact, as saved, with what their conversations tell."""
        self.contact = contact
        self.seen = (seen or Correspondence()) if contact is not None else Correspondence()
        self.channel, self.template_key = draft.channel, draft.template_key
        self.set_text(draft.text)
        self.mark_saved()

    def start_for(self, contact: Contact, seen: Correspondence | None = None) -> None:
        """A new page to a contact: just the greeting, on the current channel (an untouched greeting is no draft)."""
        self.open(Draft(contact.id, "", self.channel), contact, seen)
        self.set_text(build_greeting(self.recipient) + "\n\n")
        self.mark_saved()

    def set_text(self, text: str) -> str:
        """Replace the whole text (imported names may hide terminal controls); returns the text to show."""
        self.text = printable(text, multiline=True)
        return self.text

    def edit(self, text: str) -> bool:
        """The advisor typed: take the editor's text; True if it changed."""
        changed = text != self.text
        self.text = text
        return changed

    def facts(self) -> ContactFacts:
        """What the templates may say about the recipient: company, position, since when, the last message."""
        contact = self.contact
        if contact is None:
            return ContactFacts(self.today)
        return ContactFacts(self.today, contact.company, contact.position, contact.connected_on, self.incoming)

    def filled(self, template: Template) -> str:
        """The template filled for the recipient from the facts, signed for its channel."""
        signature = signature_for(template.channel, self.settings.signature, self.settings.advisor_name)
        return render_template(template, self.recipient, self.facts(), signature)

    def apply_template(self, template: Template) -> str:
        """Fill the template for the recipient and take its channel; returns the new text."""
        self.channel, self.template_key = template.channel, template.key
        return self.set_text(self.filled(template))

    def holds_typed_text(self, template: Template | None) -> bool:
        """Whether the text is the advisor's own: not empty, not the bare greeting, not `template` untouched.

        Only such a text is worth a question before a template replaces it.
        """
        untouched = {"", build_greeting(self.recipient)}
        if template is not None:
            untouched.add(printable(self.filled(template), multiline=True).strip())
        return self.text.strip() not in untouched

    def next_channel(self) -> str:
        """Switch to the next message channel; returns it."""
        self.channel = next_channel(self.channel)
        self._checked_text = None  # the length limit changed
        return self.channel

    def recipient_updated(self, contact: Contact | None) -> bool:
        """The recipient as stored now (edited or blocked elsewhere); False if they were forgotten.

        A forgotten recipient's draft went with them: the state becomes an empty page without a recipient.
        """
        if self.contact is None:
            return True
        if contact is None:
            self.open(Draft(None), None)
            return False
        self.contact = contact
        return True

    def sent(self, contact: Contact) -> None:
        """The text was logged as sent: an empty page to the same (perhaps now blocked) contact."""
        self.contact = contact
        self.template_key = ""
        self.set_text("")
        self.mark_saved()

    # What the checker sees and found.

    def check_options(self) -> dict[str, object]:
        """The checker's arguments besides the text: recipient, channel, premium limit, sender's name."""
        return {"recipient": self.recipient, "channel": self.channel, "premium": self.settings.linkedin_premium,
                "sender_name": self.settings.advisor_name}

    def recheck(self) -> str | None:
        """Run the rules now and keep still-valid spelling findings; returns the text to check for spelling
        (None when the spelling findings are current)."""
        text = self.text
        self.rules = check_rules(text, **self.check_options()) if text.strip() else []  # type: ignore[arg-type]
        self._checked_text = text
        if text == self._spelling_text:
            return None
        self.spelling = carry_over(self.spelling, self._spelling_text, text)
        self._spelling_text = text
        return text

    @property
    def checked(self) -> bool:
        """Whether the rule findings belong to the text as it is."""
        return self._checked_text == self.text

    def spelling_done(self, text: str, findings: list[Finding]) -> bool:
        """Spelling findings arrived for `text`; taken only if it is still the text (else stale)."""
        if text != self.text:
            return False
        self.spelling, self._spelling_text = [f for f in findings if f.code.startswith("spelling")], text
        return True

    @property
    def findings(self) -> list[Finding]:
        """Rule and spelling findings in text order."""
        return merge_findings(self.rules, self.spelling)

    def word_added(self, word: str) -> None:
        """A word went into the dictionary: drop its findings now and check spelling again."""
        self.known_words = None
        self.spelling = [f for f in self.spelling if self.text[f.start : f.end].lower() != word.lower()]
        self._spelling_text = ""

    def send_check(self, template: Template | None) -> SendCheck:
        """Errors left in the text, and whether the template is a final refusal that blocks the contact."""
        blocks = template is not None and template.blocks_contact and not (self.contact and self.contact.blocked)
        return SendCheck(sum(1 for f in self.rules if f.severity == Severity.ERROR), blocks)

    def status(self) -> Status:
        """The counter against the channel's limit and the save state."""
        limit = channel_limit(self.channel, premium=self.settings.linkedin_premium)
        saved = "wird gespeichert …" if self.text != self._saved[0] else "Entwurf gespeichert"
        shown = saved if self.has_text else "leer"
        return Status(f"{counter_text(len(self.text), limit)} · {shown}", limit is not None and len(self.text) > limit)
