"""Nachricht: drafting a message with live courtesy checks, autosaved drafts and sending."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus
from textual.timer import Timer
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.text_area import Selection

from advisor_tui.domain.channels import channel_limit
from advisor_tui.domain.courtesy import SPELLING_CODES, Finding, check, check_rules
from advisor_tui.domain.drafting import (
    Draft,
    carry_over,
    channel_label,
    counter_text,
    merge_findings,
)
from advisor_tui.domain.greeting import Recipient, build_greeting
from advisor_tui.domain.models import Contact, Settings
from advisor_tui.domain.search import ContactIndex
from advisor_tui.domain.text_safety import printable
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.screens.nachricht_actions import DraftingActions
from advisor_tui.ui.text import literal
from advisor_tui.ui.widgets.findings import FindingsList, known_words_of
from advisor_tui.ui.workers import background

CHECK_DELAY = 0.15  # seconds of quiet typing before the rules run again
SAVE_DELAY = 1.0  # seconds of quiet typing before the draft is written to the store
EDITING_ACTIONS = frozenset({"leave_editor"})


class NachrichtScreen(DraftingActions, ViewScreen):
    """The editor with the findings beside it; letters act as keys until the editor is entered."""

    MODE = "nachricht"
    AUTO_FOCUS = "#findings"  # keeps h/k/n/r free: the editor takes letters only after "e"
    BINDINGS = [
        Binding("escape", "leave_editor", "Editor verlassen", id="nachricht-leave",
                tooltip="Schreiben beenden; die Buchstaben wirken wieder als Tasten"),
        Binding("e", "edit", "Schreiben", id="nachricht-edit", tooltip="In den Text wechseln und schreiben"),
        Binding("c", "pick_contact", "Kontakt", id="nachricht-contact",
                tooltip="Empfänger wählen: Name, Firma oder Position tippen"),
        Binding("v", "pick_template", "Vorlage", id="nachricht-template",
                tooltip="Den Text aus einer Vorlage setzen (Strg+Z im Editor macht es rückgängig)"),
        Binding("w", "next_channel", "Kanal", id="nachricht-channel",
                tooltip="Kanal wechseln: Vernetzungsnotiz, Nachricht, InMail, XING"),
        Binding("a", "apply_suggestion", "Vorschlag", id="nachricht-apply",
                tooltip="Den Vorschlag des markierten Befunds in den Text übernehmen"),
        Binding("b", "add_word", "Wörterbuch", id="nachricht-add-word",
                tooltip="Zum Wörterbuch hinzufügen: das markierte Wort nie mehr anmerken"),
        Binding("y", "copy", "Kopieren", id="nachricht-copy",
                tooltip="Den Text in die Zwischenablage kopieren (über das Terminal, auch per SSH)"),
        Binding("s", "mark_sent", "Gesendet", id="nachricht-sent",
                tooltip="Als gesendet markieren: in den Verlauf des Kontakts, Entwurf leeren"),
        Binding("t", "edit_templates", "Vorlagen bearbeiten", id="nachricht-templates", show=False,
                tooltip="Eine Vorlage ändern oder eine neue anlegen"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.contact: Contact | None = None
        self.template_key = ""
        self.channel = "linkedin-message"
        self.settings = Settings()
        self.text = ""
        self.saved_text = ""
        self.contacts: dict[int, Contact] = {}
        self.index: ContactIndex | None = None
        self._opened = False
        self._rules: list[Finding] = []
        self._spelling: list[Finding] = []
        self._spelling_text = ""
        self._checked_text: str | None = None
        self._check_timer: Timer | None = None
        self.known_words: frozenset[str] | None = None  # loaded with the first spelling check, in the worker
        self._save_timer: Timer | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("", id="draft-head", classes="section-line")
        with Horizontal(id="draft-body"):
            yield TextArea(id="draft-editor", soft_wrap=True,
                           placeholder="c: Kontakt wählen · v: Vorlage · e: schreiben")
            with Vertical(id="draft-side"):
                yield Static("Prüfung", id="findings-title")
                yield FindingsList(id="findings")
        yield Static("", id="draft-status", classes="section-line")

    @property
    def editor(self) -> TextArea:
        """The text being written."""
        return self.query_one("#draft-editor", TextArea)

    @property
    def findings(self) -> FindingsList:
        """The findings beside the editor."""
        return self.query_one("#findings", FindingsList)

    @property
    def recipient(self) -> Recipient | None:
        """Who the message is for, if a contact is chosen."""
        return Recipient.from_contact(self.contact) if self.contact else None

    @property
    def editing(self) -> bool:
        """Whether the editor has the keyboard."""
        return self.focused is self.editor

    # Lifecycle: open what was asked for or left, save whenever the view is left.

    def on_screen_resume(self) -> None:
        if self.dialog_open:
            self.dialog_open = False
            return
        self.settings = self.advisor.store.settings.load()
        self.load_contacts()
        self._refresh_contact()
        contact_id, template_key = self._take_request()
        if contact_id is not None:
            self.open_contact(contact_id, template_key)
        elif not self._opened:
            latest = self.advisor.store.drafts.latest()
            self.open_draft(latest or Draft(None), None)
        self._opened = True
        self.recheck()

    def _refresh_contact(self) -> None:
        """Re-read the recipient (edited, blocked or forgotten elsewhere in the meantime)."""
        if self.contact is None:
            return
        self.contact = self.advisor.store.contacts.get(self.contact.id)
        if self.contact is None:
            self.recipient_gone()
        else:
            self.show_head()

    def recipient_gone(self) -> None:
        """The recipient was forgotten (perhaps in another window): its draft went with it; say so, go on."""
        self.contact = None
        self.open_draft(Draft(None), None)
        self.notify("Der Empfänger wurde gelöscht (vergessen); sein Entwurf ebenso.", severity="warning")

    def _take_request(self) -> tuple[int | None, str]:
        """The contact (and template) another view asked for, consumed once."""
        request, self.advisor.draft_request = self.advisor.draft_request, None
        if request is None:
            return None, ""
        return request.contact_id, request.template_key

    def on_screen_suspend(self) -> None:
        if not self.dialog_open:
            self.save_draft()

    def on_unmount(self) -> None:
        self.save_draft()

    def reload(self) -> None:
        """Settings changed: limits, sender name and signature."""
        self.settings = self.advisor.store.settings.load()
        self.recheck()

    @background("Kontakte laden", group="nachricht-contacts")
    def load_contacts(self) -> None:
        """Read the contacts and build the picker's search index off the UI thread."""
        contacts = self.advisor.store.contacts.list()
        index = ContactIndex(contacts)
        self.app.call_from_thread(self._contacts_loaded, {c.id: c for c in contacts}, index)

    def _contacts_loaded(self, contacts: dict[int, Contact], index: ContactIndex) -> None:
        self.contacts, self.index = contacts, index
        self.known_words = None  # contact and company names may have changed: read them with the next check

    # Opening and saving drafts.

    def open_draft(self, draft: Draft, contact: Contact | None) -> None:
        """Show a draft (or an empty page) to a contact."""
        if contact is None and draft.contact_id is not None:
            contact = self.advisor.store.contacts.get(draft.contact_id)
        self.contact = contact
        self.channel, self.template_key = draft.channel, draft.template_key
        self.saved_text = draft.text
        self.set_text(draft.text, undoable=False)
        self.show_head()

    def open_contact(self, contact_id: int, template_key: str = "") -> None:
        """Switch to a contact: their saved draft, else the template asked for, else just the greeting."""
        contact = self.advisor.store.contacts.get(contact_id)
        if contact is None:
            self.notify("Diesen Kontakt gibt es nicht mehr.", severity="warning")
            return
        self.save_draft()
        draft = self.advisor.store.drafts.load(contact_id)
        if draft is not None:
            self.open_draft(draft, contact)
            if template_key and template_key != draft.template_key:
                self.notify("Der gespeicherte Entwurf ist geöffnet; v setzt eine Vorlage ein.", title="Entwurf")
            return
        self.open_draft(Draft(contact_id, "", self.channel), contact)
        if template_key:
            self.apply_template(template_key)
        else:
            self.set_text(build_greeting(self.recipient) + "\n\n", undoable=False)
            self.saved_text = self.text  # an untouched greeting is not worth a draft

    def set_text(self, text: str, *, undoable: bool = True) -> None:
        """Replace the whole text; undoable replacements keep the editor's history."""
        text = printable(text, multiline=True)  # the greeting quotes the contact's name from an import
        editor = self.editor
        if undoable:
            editor.replace(text, (0, 0), editor.document.end)
        else:
            editor.load_text(text)
        editor.move_cursor(editor.document.end)
        self.text = text
        self.recheck()

    def save_draft(self, *, force: bool = False) -> None:
        """Write the draft to the store if it changed since the last save (or channel/template did)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self.text == self.saved_text and not force:
            return
        contact_id = self.contact.id if self.contact else None
        if not self.advisor.store.drafts.save(Draft(contact_id, self.text, self.channel, self.template_key)):
            self.recipient_gone()
            return
        self.saved_text = self.text

    def _autosave(self) -> None:
        self.save_draft()
        self.show_status()

    # Live checks.

    @on(TextArea.Changed, "#draft-editor")
    def _text_changed(self) -> None:
        self.text = self.editor.text
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(CHECK_DELAY, self.recheck)
        if self.text != self.saved_text:
            if self._save_timer is not None:
                self._save_timer.stop()
            self._save_timer = self.set_timer(SAVE_DELAY, self._autosave)
        self.show_status()

    def recheck(self) -> None:
        """Run the rules now, keep still-valid spelling findings, and start a spelling check."""
        text = self.text
        self._rules = check_rules(text, recipient=self.recipient, channel=self.channel,
                                  premium=self.settings.linkedin_premium,
                                  sender_name=self.settings.advisor_name) if text.strip() else []
        if text != self._spelling_text:
            self._spelling = carry_over(self._spelling, self._spelling_text, text)
            self._spelling_text = text
            self.check_spelling(text, self.recipient, self.channel)
        self._checked_text = text
        self.show_findings()

    @background("Rechtschreibprüfung", group="nachricht-spelling")
    def check_spelling(self, text: str, recipient: Recipient | None, channel: str) -> None:
        """Spelling off the UI thread (the dictionary loads on first use); stale results are dropped."""
        if self.known_words is None:
            self.known_words = known_words_of(self)
        findings = check(text, recipient=recipient, channel=channel, premium=self.settings.linkedin_premium,
                         sender_name=self.settings.advisor_name, known_words=self.known_words)
        self.app.call_from_thread(self._spelling_done, text, [f for f in findings if f.code.startswith("spelling")])

    def _spelling_done(self, text: str, findings: list[Finding]) -> None:
        if text == self.text and self.is_mounted:
            self._spelling, self._spelling_text = findings, text
            self.show_findings()

    def ensure_checked(self) -> None:
        """Make the findings match the text exactly (before acting on their offsets)."""
        if self._checked_text != self.text:
            self.recheck()

    def show_findings(self) -> None:
        """Fill the findings list and its title."""
        findings = merge_findings(self._rules, self._spelling)
        self.findings.show(findings, self.text)
        title = f"Prüfung · {len(findings)} Befund{'e' if len(findings) > 1 else ''}" if findings else "Prüfung"
        self.query_one("#findings-title", Static).update(title)
        self.show_status()
        self.refresh_bindings()

    def show_head(self) -> None:
        """Who the message is for, from which template, on which channel."""
        if self.contact is None:
            who = "Noch kein Empfänger – c wählt einen Kontakt"
        else:
            who = "An: " + literal(self.recipient.display or self.contact.full_name)
            who += f" ({literal(self.contact.company)})" if self.contact.company else ""
            who += " · [b $text-error]blockiert[/]" if self.contact.blocked else ""
        template = self.advisor.store.templates.get(self.template_key) if self.template_key else None
        parts = [who, f"Kanal: {channel_label(self.channel)}"]
        if template is not None:
            parts.insert(1, f"Vorlage: {literal(template.name)}")
        self.query_one("#draft-head", Static).update(" · ".join(parts))

    def show_status(self) -> None:
        """The character counter against the channel limit, and whether the draft is saved."""
        limit = channel_limit(self.channel, premium=self.settings.linkedin_premium)
        status = self.query_one("#draft-status", Static)
        status.set_class(limit is not None and len(self.text) > limit, "over-limit")
        saved = "Entwurf gespeichert" if self.text == self.saved_text else "wird gespeichert …"
        status.update(f"{counter_text(len(self.text), limit)} · {saved if self.text.strip() else 'leer'}")

    # Findings and the editor.

    def select_finding(self, finding: Finding) -> None:
        """Select the finding's characters in the editor."""
        document = self.editor.document
        end = min(finding.end, len(self.text))
        start = min(finding.start, end)
        self.editor.selection = Selection(document.get_location_from_index(start),
                                          document.get_location_from_index(end))
        self.editor.scroll_cursor_visible()

    @on(OptionList.OptionHighlighted, "#findings")
    def _finding_highlighted(self) -> None:
        finding = self.findings.current
        if finding is not None and self.focused is self.findings:
            self.select_finding(finding)
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#findings")
    def _finding_chosen(self) -> None:
        finding = self.findings.current
        if finding is not None:
            self.select_finding(finding)
            self.editor.focus()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep the footer honest: in the editor only Esc; outside it only keys that do something."""
        if action in EDITING_ACTIONS:
            return self.editing
        if self.editing and action in self.own_actions():
            return False
        if action == "apply_suggestion":
            current = self.findings.current
            return current is not None and current.suggestion is not None
        if action == "add_word":
            current = self.findings.current
            return current is not None and current.code in SPELLING_CODES
        if action == "copy":
            return bool(self.text.strip())
        if action == "mark_sent":
            return self.contact is not None and bool(self.text.strip())
        return True

    @classmethod
    def own_actions(cls) -> set[str]:
        """The actions of this view's own keys."""
        return {binding.action for binding in cls.BINDINGS if isinstance(binding, Binding)}

    def action_edit(self) -> None:
        """Give the keyboard to the editor."""
        self.editor.focus()

    def action_leave_editor(self) -> None:
        """Esc: leave the editor so that letters are keys again."""
        self.save_draft()
        self.findings.focus()
