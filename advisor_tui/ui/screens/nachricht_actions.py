"""The keys of the Nachricht view: recipient, template, channel, suggestion, copy and send."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual.screen import Screen

from advisor_tui.domain.courtesy import SPELLING_CODES
from advisor_tui.domain.drafting import (
    channel_label,
    new_template_key,
    next_channel,
    signature_for,
)
from advisor_tui.domain.models import Direction, Message
from advisor_tui.domain.templates import Template, render_template
from advisor_tui.ui.clipboard import copy_text
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.drafting import ContactPickDialog, TemplateEditorDialog
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.widgets.findings import add_own_word

NEW_TEMPLATE = "\0new"


class DraftingActions:
    """Actions of NachrichtScreen that open dialogs or change the store; mixed into the screen."""

    dialog_open = False

    def open_dialog(self, dialog: Screen, callback: Callable | None = None) -> None:
        """Push a dialog; coming back from it neither reloads nor saves."""
        self.dialog_open = True
        self.app.push_screen(dialog, callback)

    def action_pick_contact(self) -> None:
        """Choose the recipient (fuzzy over name, company and position)."""
        if self.index is None:
            self.notify("Die Kontakte werden noch geladen …", timeout=2)
            return

        def picked(value: str | None) -> None:
            if value:
                self.open_contact(int(value))

        self.open_dialog(ContactPickDialog(self.contacts, self.index), picked)

    def action_pick_template(self) -> None:
        """Put a template's text, filled for the recipient, into the editor."""
        choices = [(f"{t.name} – {channel_label(t.channel)}", t.key) for t in self.advisor.store.templates.list()]

        def picked(key: str | None) -> None:
            if key:
                self.apply_template(key)

        self.open_dialog(PickDialog("Vorlage wählen", choices), picked)

    def apply_template(self, key: str) -> None:
        """Fill the template for the recipient and use its channel; the former text stays undoable."""
        template = self.advisor.store.templates.get(key)
        if template is None:
            self.notify(f"Die Vorlage „{key}“ gibt es nicht.", severity="warning")
            return
        had_text = bool(self.text.strip())
        company = self.contact.company if self.contact else ""
        signature = signature_for(template.channel, self.settings.signature, self.settings.advisor_name)
        self.channel, self.template_key = template.channel, template.key
        self.set_text(render_template(template, self.recipient, company, signature))
        self.save_draft(force=True)
        self.show_head()
        if had_text:
            self.notify("Vorlage eingesetzt. Strg+Z im Editor (e) holt den vorigen Text zurück.",
                        title=template.name, timeout=4)

    def action_edit_templates(self) -> None:
        """Pick a template to edit, or start a new one."""
        templates = self.advisor.store.templates.list()
        choices = [("＋ Neue Vorlage …", NEW_TEMPLATE)] + [(t.name, t.key) for t in templates]

        def picked(key: str | None) -> None:
            if key == NEW_TEMPLATE:
                blank = Template("", "", self.channel, "{anrede}\n\n\n\nMit freundlichen Grüßen\n{signatur}")
                self.open_dialog(TemplateEditorDialog(blank, new=True), self._template_saved)
            elif key:
                self.open_dialog(TemplateEditorDialog(self.advisor.store.templates.get(key)), self._template_saved)

        self.open_dialog(PickDialog("Vorlage bearbeiten", choices), picked)

    def _template_saved(self, template: Template | None) -> None:
        if template is None:
            return
        if not template.key:
            existing = [t.key for t in self.advisor.store.templates.list()]
            template = replace(template, key=new_template_key(template.name, existing))
        self.advisor.store.templates.save(template)
        self.show_head()
        self.notify(f"Vorlage „{template.name}“ gespeichert; v setzt sie ein.", title="Vorlagen")

    def action_next_channel(self) -> None:
        """Switch to the next channel; the counter and the length check follow."""
        self.channel = next_channel(self.channel)
        self.save_draft(force=True)
        self.show_head()
        self.recheck()
        self.notify(channel_label(self.channel), title="Kanal", timeout=2)

    def action_apply_suggestion(self) -> None:
        """Replace the highlighted finding's characters with its suggestion (undoable in the editor)."""
        self.ensure_checked()
        finding = self.findings.current
        if finding is None or finding.suggestion is None:
            return
        document = self.editor.document
        start, end = document.get_location_from_index(finding.start), document.get_location_from_index(finding.end)
        self.editor.replace(finding.suggestion, start, end, maintain_selection_offset=False)
        self.text = self.editor.text
        self.recheck()

    def action_add_word(self) -> None:
        """Zum Wörterbuch hinzufügen: the highlighted word is never a spelling finding again."""
        self.ensure_checked()
        finding = self.findings.current
        if finding is None or finding.code not in SPELLING_CODES:
            return
        word = add_own_word(self, self.text[finding.start : finding.end])
        if word is None:
            return
        self.known_words = None
        self._spelling = [f for f in self._spelling if self.text[f.start : f.end].lower() != word.lower()]
        self._spelling_text = ""  # check again with the new word
        self.recheck()

    def action_copy(self) -> None:
        """Copy the text to the clipboard."""
        self.notify(copy_text(self.app, self.text), title="Kopiert")

    def action_mark_sent(self) -> None:
        """Log the text as sent to the contact; asks first for a final refusal or remaining errors."""
        if self.contact is None or not self.text.strip():
            return
        if self.advisor.store.contacts.get(self.contact.id) is None:
            self.recipient_gone()
            return
        self.ensure_checked()
        template = self.advisor.store.templates.get(self.template_key) if self.template_key else None
        blocks = template is not None and template.blocks_contact and not self.contact.blocked
        errors = sum(1 for f in self._rules if f.severity == "error")
        if not blocks and not errors:
            self.log_sent(block=False)
            return
        lines = []
        if errors:
            lines.append(f"Die Nachricht hat noch {errors} Fehler (siehe Prüfung).")
        if blocks:
            lines.append(f"Endgültige Ablehnung: {self.contact.full_name} wird danach als blockiert markiert.")
        title = "Endgültige Ablehnung senden?" if blocks else "Trotz Fehlern als gesendet markieren?"

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.log_sent(block=blocks)

        self.open_dialog(ConfirmDialog(title, "\n".join(lines), "Ja, als gesendet markieren"), confirmed)

    def log_sent(self, *, block: bool) -> None:
        """Add the message to the conversation, mark the contact blocked if asked, and clear the draft."""
        store, contact = self.advisor.store, self.contact
        store.activity.log_message(Message(contact.id, Direction.OUTGOING, self.advisor.now, self.text,
                                           channel=self.channel))
        if block:
            store.contacts.update(replace(contact, blocked=True), edited=("blocked",))
        store.drafts.clear(contact.id)
        self.contact = store.contacts.get(contact.id)
        self.template_key = ""
        self.saved_text = ""
        self.set_text("", undoable=False)
        self.show_head()
        note = " und als blockiert markiert" if block else ""
        self.notify(f"Im Verlauf von {contact.full_name} vermerkt{note}; die Unterhaltung gilt als beantwortet.",
                    title="Als gesendet markiert")
