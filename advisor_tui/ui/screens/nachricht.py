"""Nachricht: drafting a message with live courtesy checks, autosaved drafts and sending."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Mapping, MutableMapping
from typing import TypeVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import DescendantFocus
from textual.timer import Timer
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.text_area import Document, Location, Selection

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.courtesy import SPELLING_CODES, Finding
from advisor_tui.domain.messaging.drafting import Draft, channel_label
from advisor_tui.domain.messaging.facts import Correspondence
from advisor_tui.domain.messaging.templates import Template
from advisor_tui.domain.models import Contact
from advisor_tui.ui.clipboard import copy_text
from advisor_tui.ui.dialogs.drafting import ContactPickDialog, TemplateEditorDialog
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.screens.nachricht_actions import (
    NACHRICHT_KEYS,
    NEW_TEMPLATE,
    blank_template,
    head_text,
    send_confirmation,
    template_edit_picker,
    template_picker,
    template_question,
)
from advisor_tui.ui.screens.nachricht_checks import DraftChecks
from advisor_tui.ui.widgets.findings import FindingsList, add_own_word
from advisor_tui.ui.widgets.incoming import IncomingDialog, IncomingPanel
from advisor_tui.ui.workers import background
from advisor_tui.usecases import messaging
from advisor_tui.usecases.draft_state import DraftState

# Seconds of quiet typing before the checks run again: keys typed faster than that are checked together; the
# findings follow each key within about 100 ms (bench/draft_latency_probe.py).
CHECK_DELAY = 0.03
SAVE_DELAY = 1.0  # seconds of quiet typing before the draft is written to the store
EDITING_ACTIONS = frozenset({"leave_editor"})
R = TypeVar("R")


class NachrichtScreen(ViewScreen):
    """The editor with the findings beside it; letters act as keys until the editor is entered."""

    MODE = "nachricht"
    AUTO_FOCUS = "#findings"  # keeps h/k/n/r free: the editor takes letters only after "e"
    BINDINGS = [*NACHRICHT_KEYS]

    def __init__(self) -> None:
        super().__init__()
        self.draft = DraftState()
        self.contacts: ChainMap[int, Contact] = ChainMap()
        self.index: ContactIndex | None = None
        self._opened = False
        self._check_timer: Timer | None = None
        self._save_timer: Timer | None = None
        self._footer_keys: tuple[tuple[str, str, str, bool], ...] | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("", id="draft-head", classes="section-line")
        yield IncomingPanel(id="draft-incoming")
        with Horizontal(id="draft-body"):
            yield TextArea(id="draft-editor", soft_wrap=True,
                           placeholder="c: Kontakt wählen · v: Vorlage · e: schreiben")
            yield DraftChecks(self.draft, id="draft-side")
        yield Static("", id="draft-status", classes="section-line")

    @property
    def editor(self) -> TextArea:
        """The text being written."""
        return self.query_one("#draft-editor", TextArea)

    def location(self, index: int) -> Location:
        """The editor's (row, column) of a character offset."""
        return cast(Document, self.editor.document).get_location_from_index(index)

    @property
    def checks(self) -> DraftChecks:
        """The findings beside the editor, with their title."""
        return self.query_one(DraftChecks)

    @property
    def findings(self) -> FindingsList:
        """The findings beside the editor."""
        return self.query_one("#findings", FindingsList)

    @property
    def editing(self) -> bool:
        """Whether the editor has the keyboard."""
        return self.focused is self.editor

    # The state's fields, read by other views and tests.

    @property
    def contact(self) -> Contact | None:
        """The recipient, if chosen."""
        return self.draft.contact

    @property
    def template_key(self) -> str:
        """The template the text came from, if any."""
        return self.draft.template_key

    def current_template(self) -> Template | None:
        """The template the text came from, as stored now (None if none or deleted)."""
        return self.advisor.store.templates.get(self.template_key) if self.template_key else None

    # Lifecycle: read again only when the data changed; open what was asked for or left; save when left.

    def refresh_if_changed(self) -> None:
        """Shown again: read again if the data changed, then open what another view asked for (or, the first
        time, the draft written to last)."""
        super().refresh_if_changed()
        request, self.advisor.draft_request = self.advisor.draft_request, None
        if request is not None:
            self.open_contact(request.contact_id, request.template_key)
        elif not self._opened:
            self.show_draft(*messaging.last_draft(self.advisor.store))
        self._opened = True

    def reload(self) -> None:
        """The data changed (here, in a dialog or in another window): settings, contacts and the recipient."""
        store = self.advisor.store
        self.loading_data()  # now: a second resume in the same moment (a mode's first show sends two) reads nothing
        self.draft.settings = store.settings.load()
        self.load_contacts()
        contact = self.draft.contact
        if contact is not None and contact.id is not None:
            if not self.draft.recipient_updated(store.contacts.get(contact.id)):
                self.recipient_gone()
            else:  # an import may have brought a newer message to answer
                self.draft.seen = messaging.correspondence_of(store, self.draft.contact or contact)
        self.show_head()
        self.recheck()

    def recipient_gone(self) -> None:
        """The recipient was forgotten (perhaps in another window): its draft went with it; say so, go on."""
        self.draft.recipient_updated(None)
        self.show_draft(Draft(None), None)
        self.notify("Der Empfänger wurde gelöscht (vergessen); sein Entwurf ebenso.", severity="warning")

    def on_screen_suspend(self) -> None:
        self.save_draft()

    def on_unmount(self) -> None:
        self.save_draft()

    @background("Kontakte laden", group="nachricht-contacts")
    def load_contacts(self) -> None:
        """Take the shared contacts and their search index for the picker (read off the UI thread if stale)."""
        self.loading_data()
        snapshot = self.advisor.contacts.snapshot()
        self.app.call_from_thread(self._contacts_loaded, snapshot.by_id, snapshot.index)

    def _contacts_loaded(self, contacts: Mapping[int, Contact], index: ContactIndex) -> None:
        # The shared contacts stay as read: a contact this view changes (sent, blocked) goes into the front map,
        # ChainMap writes only there (the cast: it types every map as mutable).
        self.contacts, self.index = ChainMap({}, cast("MutableMapping[int, Contact]", contacts)), index
        self.draft.known_words = None  # contact and company names may have changed: read them with the next check

    def own_write(self, write: Callable[[], R]) -> R:
        """Run a write of this view that leaves its loaded data as it is: it does not count as a change.

        Only if nothing else changed since the last load; a change by someone else still reloads on return.
        """
        store = self.advisor.store
        current = self._seen_version == store.data_version()
        result = write()
        if current:
            self._seen_version = store.data_version()
        return result

    # Opening and saving drafts.

    def show_draft(self, draft: Draft, contact: Contact | None, seen: Correspondence | None = None) -> None:
        """Show a draft (or an empty page) to a contact, below the last message they wrote."""
        self.draft.today = self.advisor.now.date()
        self.draft.open(draft, contact, seen)
        self._show_text(undoable=False)

    def open_contact(self, contact_id: int, template_key: str = "") -> None:
        """Switch to a contact: their saved draft, else the template asked for, else just the greeting."""
        opened = messaging.open_for_contact(self.advisor.store, contact_id)
        if opened is None:
            self.notify("Diesen Kontakt gibt es nicht mehr.", severity="warning")
            return
        self.save_draft()
        if opened.draft is not None:
            self.show_draft(opened.draft, opened.contact, opened.seen)
            if template_key and template_key != opened.draft.template_key:
                self.notify("Der gespeicherte Entwurf ist geöffnet; v setzt eine Vorlage ein.", title="Entwurf")
            return
        if template_key:
            self.show_draft(Draft(contact_id, "", self.draft.channel), opened.contact, opened.seen)
            self.apply_template(template_key)
        else:
            self.draft.today = self.advisor.now.date()
            self.draft.start_for(opened.contact, opened.seen)
            self._show_text(undoable=False)

    def _show_text(self, *, undoable: bool = True) -> None:
        """Put the state's text into the editor; undoable replacements keep the editor's history."""
        editor = self.editor
        if undoable:
            editor.replace(self.draft.text, (0, 0), editor.document.end)
        else:
            editor.load_text(self.draft.text)
        editor.move_cursor(editor.document.end)
        self.show_head()
        self.recheck()

    def set_text(self, text: str, *, undoable: bool = True) -> None:
        """Replace the whole text."""
        self.draft.set_text(text)
        self._show_text(undoable=undoable)

    def save_draft(self) -> None:
        """Write the draft to the store if it changed since the last save."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if not self.draft.dirty:
            return
        if not self.own_write(lambda: messaging.save_draft(self.advisor.store, self.draft.as_draft())):
            self.recipient_gone()
            return
        self.draft.mark_saved()

    def _autosave(self) -> None:
        self.save_draft()
        self.show_status()

    # Live checks.

    @on(TextArea.Changed, "#draft-editor")
    def _text_changed(self) -> None:
        self.draft.edit(self.editor.text)
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(CHECK_DELAY, self.recheck)
        if self.draft.dirty:
            if self._save_timer is not None:
                self._save_timer.stop()
            self._save_timer = self.set_timer(SAVE_DELAY, self._autosave)
        self.show_status()

    def recheck(self) -> None:
        """Check the text now (spelling follows from a worker)."""
        self.checks.recheck()
        self.show_status()
        self.refresh_bindings()

    def ensure_checked(self) -> None:
        """Make the findings match the text exactly (before acting on their offsets)."""
        self.checks.ensure_checked()

    @on(DraftChecks.Shown)
    def _findings_shown(self) -> None:
        self.show_status()
        self.refresh_bindings()

    def refresh_bindings(self) -> None:
        """Redraw the footer only when the keys it shows changed: it rebuilds itself on each call, which cost
        more than the check itself on every keystroke."""
        keys = None
        if self.is_current and self.app.app_focus:  # else the footer ignores the call, or the screen is going
            keys = tuple((key, active.binding.action, active.binding.description, active.enabled)
                         for key, active in self.active_bindings.items())
            if keys == self._footer_keys:
                return
        self._footer_keys = keys
        super().refresh_bindings()

    def show_head(self) -> None:
        """Who the message is for, from which template, on which channel; below it the message being answered."""
        template = self.current_template()
        draft = self.draft
        self.query_one("#draft-head", Static).update(
            head_text(draft.contact, draft.recipient, template.name if template else "", draft.channel,
                      draft.seen.hint))
        self.query_one(IncomingPanel).show_message(draft.incoming, draft.contact.full_name if draft.contact else "")

    def show_status(self) -> None:
        """The character counter against the channel limit, and whether the draft is saved."""
        status = self.draft.status()
        line = self.query_one("#draft-status", Static)
        line.set_class(status.over_limit, "over-limit")
        shown = str(line.content)
        if status.text != shown:  # a new layout only if the line may wrap differently, not for each digit
            line.update(status.text, layout=len(status.text) != len(shown))

    # Findings and the editor.

    def select_finding(self, finding: Finding) -> None:
        """Select the finding's characters in the editor."""
        end = min(finding.end, len(self.draft.text))
        self.editor.selection = Selection(self.location(min(finding.start, end)), self.location(end))
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
        if action not in self.own_actions():
            return True  # the app's keys (asked even while the screen is taken down, without its findings)
        if self.editing:
            return False
        current = self.findings.current
        if action == "apply_suggestion":
            return current is not None and current.suggestion is not None
        if action == "add_word":
            return current is not None and current.code in SPELLING_CODES
        if action == "copy":
            return self.draft.has_text
        if action == "mark_sent":
            return self.draft.can_send
        if action == "show_incoming":
            return self.draft.incoming is not None
        if action == "feedback":
            return self.draft.contact is not None
        return True

    @classmethod
    def own_actions(cls) -> set[str]:
        """The actions of this view's own keys."""
        return {binding.action for binding in cls.BINDINGS if isinstance(binding, Binding)}

    # The keys.

    def action_edit(self) -> None:
        """Give the keyboard to the editor."""
        self.editor.focus()

    def action_leave_editor(self) -> None:
        """Esc: leave the editor so that letters are keys again."""
        self.save_draft()
        self.show_status()  # "Entwurf gespeichert" now, not only when a late check happens to redraw it
        self.findings.focus()

    def action_feedback(self) -> None:
        """Record feedback from the recipient (about their latest conversation)."""
        from advisor_tui.ui.dialogs.feedback_entry import ask_feedback_about

        if self.draft.contact is not None:
            ask_feedback_about(self.advisor, self.draft.contact)

    def action_show_incoming(self) -> None:
        """Read the whole message being answered."""
        if self.draft.incoming is not None and self.draft.contact is not None:
            self.app.push_screen(IncomingDialog(self.draft.incoming, self.draft.contact.full_name))

    def action_pick_contact(self) -> None:
        """Choose the recipient (fuzzy over name, company and position)."""
        if self.index is None:
            self.notify("Die Kontakte werden noch geladen …", timeout=2)
            return

        def picked(value: str | None) -> None:
            if value:
                self.open_contact(int(value))

        self.app.push_screen(ContactPickDialog(self.contacts, self.index), picked)

    def action_pick_template(self) -> None:
        """Put a template's text, filled for the recipient, into the editor; asks first to replace typed text."""

        def put_in(key: str | None) -> None:
            if key:
                self.apply_template(key)

        def picked(key: str | None) -> None:
            chosen = self.advisor.store.templates.get(key) if key else None
            if chosen is not None and self.draft.holds_typed_text(self.current_template()):
                self.app.push_screen(template_question(chosen), lambda yes: put_in(key if yes else None))
            else:
                put_in(key)

        self.app.push_screen(template_picker(self.advisor.store.templates.list()), picked)

    def apply_template(self, key: str) -> None:
        """Fill the template for the recipient and use its channel; the former text stays undoable."""
        template = self.advisor.store.templates.get(key)
        if template is None:
            self.notify(f"Die Vorlage „{key}“ gibt es nicht.", severity="warning")
            return
        had_text = self.draft.has_text
        self.draft.apply_template(template)
        self._show_text()
        self.save_draft()
        if had_text:
            self.notify("Vorlage eingesetzt. Strg+Z im Editor (e) holt den vorigen Text zurück.",
                        title=template.name, timeout=4)

    def action_edit_templates(self) -> None:
        """Pick a template to edit, or start a new one."""
        templates = self.advisor.store.templates

        def picked(key: str | None) -> None:
            if key == NEW_TEMPLATE:
                self.app.push_screen(TemplateEditorDialog(blank_template(self.draft.channel), new=True),
                                     self._template_saved)
            elif key and (template := templates.get(key)) is not None:
                self.app.push_screen(TemplateEditorDialog(template), self._template_saved)

        self.app.push_screen(template_edit_picker(templates.list()), picked)

    def _template_saved(self, template: Template | None) -> None:
        if template is None:
            return
        saved = self.own_write(lambda: messaging.save_template(self.advisor.store, template))
        self.show_head()
        self.notify(f"Vorlage „{saved.name}“ gespeichert; v setzt sie ein.", title="Vorlagen")

    def action_next_channel(self) -> None:
        """Switch to the next channel; the counter and the length check follow."""
        self.draft.next_channel()
        self.save_draft()
        self.show_head()
        self.recheck()
        self.notify(channel_label(self.draft.channel), title="Kanal", timeout=2)

    def action_apply_suggestion(self) -> None:
        """Replace the highlighted finding's characters with its suggestion (undoable in the editor)."""
        self.ensure_checked()
        finding = self.findings.current
        if finding is None or finding.suggestion is None:
            return
        self.editor.replace(finding.suggestion, self.location(finding.start), self.location(finding.end),
                            maintain_selection_offset=False)
        self.draft.edit(self.editor.text)
        self.recheck()

    def action_add_word(self) -> None:
        """Zum Wörterbuch hinzufügen: the highlighted word is never a spelling finding again."""
        self.ensure_checked()
        finding = self.findings.current
        if finding is None or finding.code not in SPELLING_CODES:
            return
        word = self.own_write(lambda: add_own_word(self, self.draft.text[finding.start : finding.end]))
        if word is None:
            return
        self.draft.word_added(word)
        self.recheck()

    def action_copy(self) -> None:
        """Copy the text to the clipboard."""
        self.notify(copy_text(self.app, self.draft.text), title="Kopiert")

    def action_mark_sent(self) -> None:
        """Log the text as sent to the contact; asks first for a final refusal or remaining errors."""
        contact = self.contact
        if contact is None or not self.draft.has_text:
            return
        self.ensure_checked()
        template = self.current_template()
        decision = self.draft.send_check(template)
        if not decision.needs_confirmation:
            self.send(block=False)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.send(block=decision.blocks)

        self.app.push_screen(send_confirmation(decision, contact.full_name), confirmed)

    def send(self, *, block: bool) -> None:
        """Log the text as sent (and block the contact if asked), one transaction off the UI thread."""
        if self.contact is not None and self.contact.id is not None:
            self._send(self.contact.id, self.draft.text, self.draft.channel, block)

    @background("Als gesendet markieren", group="nachricht-send")
    def _send(self, contact_id: int, text: str, channel: str, block: bool) -> None:
        store = self.advisor.store
        try:
            sent = self.own_write(lambda: messaging.send_message(store, contact_id, text, channel,
                                                                 self.advisor.now, block=block))
        except LookupError:
            self.app.call_from_thread(self.recipient_gone)
            return
        self.app.call_from_thread(self._sent, contact_id, sent, text)

    def _sent(self, contact_id: int, sent: messaging.Sent, text: str) -> None:
        self.contacts[contact_id] = sent.contact  # the picker's copy, updated in place
        if self.contact is not None and self.contact.id == contact_id and self.draft.text == text:
            self.draft.sent(sent.contact)
            self._show_text(undoable=False)
        note = " und als blockiert markiert" if sent.blocked else ""
        self.notify(f"Im Verlauf von {sent.contact.full_name} vermerkt{note}; die Unterhaltung gilt als "
                    "beantwortet.", title="Als gesendet markiert")
