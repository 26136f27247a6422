"""Dialogs of the Nachricht view: contact picker, template editor, confirmation before sending."""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static, TextArea

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.messaging.drafting import MESSAGE_CHANNELS, channel_label
from advisor_tui.domain.messaging.templates import PLACEHOLDERS, Template
from advisor_tui.domain.models import Contact
from advisor_tui.ui.dialogs.pick import PickDialog, candidate, unblocked_first
from advisor_tui.ui.text import literal

SHOWN_CONTACTS = 50


def contact_choice(contact: Contact) -> str:
    """A contact as one picker line: name, then company and position."""
    name = " ".join(part for part in (contact.title, contact.first_name, contact.last_name) if part)
    rest = " · ".join(part for part in (contact.company, contact.position) if part)
    return f"{name} – {rest}" if rest else name


class ContactPickDialog(PickDialog):
    """Pick a contact by typing parts of name, company or position (fuzzy, umlaut-tolerant)."""

    DEFAULT_CLASSES = "contact-pick"

    def __init__(self, contacts: Mapping[int, Contact], index: ContactIndex) -> None:
        super().__init__("Kontakt wählen", [], hint="Name, Firma oder Position tippen · Enter übernehmen · Esc")
        self._contacts = contacts
        self._index = index

    def _fill(self, query: str) -> None:
        ids = unblocked_first(self._index.search(query, limit=SHOWN_CONTACTS), self._contacts)
        self._choices = [(contact_choice(self._contacts[i]), str(i)) for i in ids]
        self._shown = list(range(len(self._choices)))
        self.show_options([candidate(label, value, blocked=self._contacts[int(value)].blocked)
                           for label, value in self._choices])


class TemplateEditorDialog(ModalScreen[Template | None]):
    """Edit a template's name, channel and text; the key stays as it is."""

    CSS = """
    .template-dialog { width: 110; height: 90%; }
    .template-dialog #template-body { height: 1fr; min-height: 6; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="template-cancel", tooltip="Nichts ändern und schließen"),
        Binding("ctrl+s", "save", "Speichern", id="template-save", tooltip="Die Vorlage speichern"),
    ]

    def __init__(self, template: Template, *, new: bool = False) -> None:
        super().__init__()
        self._template = template
        self._new = new

    def compose(self) -> ComposeResult:
        title = "Neue Vorlage" if self._new else f"Vorlage bearbeiten: {self._template.name}"
        placeholders = " ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        with Vertical(classes="dialog template-dialog"):
            yield Static(literal(title), classes="dialog-title")
            yield Input(self._template.name, placeholder="Name der Vorlage", id="template-name")
            yield Select([(channel_label(key), key) for key in MESSAGE_CHANNELS], value=self._template.channel,
                         allow_blank=False, id="template-channel")
            yield TextArea(self._template.body, id="template-body")
            hint = Static(literal(f"Platzhalter: {placeholders}"), classes="dialog-hint", id="template-placeholders")
            hint.tooltip = "\n".join(f"{{{name}}}: {meaning}" for name, (meaning, _) in PLACEHOLDERS.items())
            yield hint
            with Horizontal(classes="dialog-buttons"):
                yield Button("Speichern (Strg+S)", variant="primary", id="template-save-button")
                yield Button("Abbrechen (Esc)", id="template-cancel-button")

    def on_mount(self) -> None:
        self.query_one("#template-name", Input).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "template-save-button":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        """Return the edited template, if it has a name and a text."""
        name = self.query_one("#template-name", Input).value.strip()
        body = self.query_one("#template-body", TextArea).text
        if not name or not body.strip():
            self.notify("Bitte Name und Text der Vorlage angeben.", severity="warning")
            return
        channel = str(self.query_one("#template-channel", Select).value)
        self.dismiss(Template(self._template.key, name, channel, body, self._template.blocks_contact))
