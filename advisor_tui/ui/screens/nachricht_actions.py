"""The keys of the Nachricht view, its head line and its dialogs, built from plain values."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding

from advisor_tui.domain.messaging.drafting import channel_label
from advisor_tui.domain.messaging.greeting import Recipient
from advisor_tui.domain.messaging.salutation_hint import SalutationHint
from advisor_tui.domain.messaging.templates import Template
from advisor_tui.domain.models import Contact, Salutation
from advisor_tui.ui.dialogs.confirm import ConfirmDialog, remaining_errors
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.text import literal
from advisor_tui.usecases.draft_state import SendCheck

NEW_TEMPLATE = "\0new"

NACHRICHT_KEYS = [
    Binding("escape", "leave_editor", "Editor verlassen", id="nachricht-leave",
            tooltip="Schreiben beenden; die Buchstaben wirken wieder als Tasten"),
    Binding("e", "edit", "Schreiben", id="nachricht-edit", tooltip="In den Text wechseln und schreiben"),
    Binding("c", "pick_contact", "Kontakt", id="nachricht-contact",
            tooltip="Empfänger wählen: Name, Firma oder Position tippen"),
    Binding("v", "pick_template", "Vorlage", id="nachricht-template",
            tooltip="Den Text aus einer Vorlage setzen (Strg+Z im Editor macht es rückgängig)"),
    Binding("w", "next_channel", "Kanal", id="nachricht-channel", show=False,
            tooltip="Kanal wechseln: Vernetzungsnotiz, Nachricht, InMail, XING"),
    Binding("a", "apply_suggestion", "Vorschlag", id="nachricht-apply", show=False,  # the finding says "(a)"
            tooltip="Den Vorschlag des markierten Befunds in den Text übernehmen"),
    Binding("b", "add_word", "Wörterbuch", id="nachricht-add-word", show=False,
            tooltip="Zum Wörterbuch hinzufügen: das markierte Wort nie mehr anmerken"),
    Binding("y", "copy", "Kopieren", id="nachricht-copy",
            tooltip="Den Text in die Zwischenablage kopieren (über das Terminal, auch per SSH)"),
    Binding("s", "mark_sent", "Gesendet", id="nachricht-sent",
            tooltip="Als gesendet markieren: in den Verlauf des Kontakts, Entwurf leeren"),
    Binding("t", "edit_templates", "Vorlagen bearbeiten", id="nachricht-templates", show=False,
            tooltip="Eine Vorlage ändern oder eine neue anlegen"),
    Binding("m", "feedback", "Feedback", id="nachricht-feedback", show=False,
            tooltip="Eine Rückmeldung dieses Kontakts erfassen (aus der Unterhaltung: Kritik, Lob, Frage …)"),
    Binding("i", "show_incoming", "Ganze Nachricht", id="nachricht-incoming", show=False,
            tooltip="Die letzte Nachricht des Kontakts, auf die Sie antworten, ganz lesen"),
]


def head_text(contact: Contact | None, recipient: Recipient | None, template_name: str, channel: str,
              hint: SalutationHint | None = None) -> str:
    """Who the message is for (blocked?), from which template, on which channel; names quoted as data.

    A contact without Frau/Herr gets the suggestion from their conversations or first name, to confirm in the
    contact (Kontakte, Enter): the greeting stays neutral until then.
    """
    if contact is None:
        who = "Noch kein Empfänger – c wählt einen Kontakt"
    else:
        who = "An: " + literal((recipient.display if recipient else "") or contact.full_name)
        who += f" ({literal(contact.company)})" if contact.company else ""
        who += " · [b $text-error]blockiert[/]" if contact.blocked else ""
        if hint is not None and contact.salutation is Salutation.NONE:
            who += f" · Anrede unbekannt – Vorschlag: {hint.label} (im Kontakt bestätigen)"
    parts = [who, f"Kanal: {channel_label(channel)}"]
    if template_name:
        parts.insert(1, f"Vorlage: {literal(template_name)}")
    return " · ".join(parts)


def template_picker(templates: Iterable[Template]) -> PickDialog:
    """Choose a template to put into the editor."""
    return PickDialog("Vorlage wählen", [(f"{t.name} – {channel_label(t.channel)}", t.key) for t in templates])


def template_question(template: Template) -> ConfirmDialog:
    """Ask before a template replaces the text the advisor typed."""
    return ConfirmDialog("Eigenen Text ersetzen?", f"Die Vorlage „{template.name}“ ersetzt Ihren Text.",
                         "Ja, Vorlage einsetzen", hint="Strg+Z im Editor (e) holt den vorigen Text zurück.")


def template_edit_picker(templates: Iterable[Template]) -> PickDialog:
    """Choose a template to edit, or NEW_TEMPLATE to start one."""
    choices = [("＋ Neue Vorlage …", NEW_TEMPLATE)] + [(t.name, t.key) for t in templates]
    return PickDialog("Vorlage bearbeiten", choices)


def blank_template(channel: str) -> Template:
    """The starting point of a new template on the current channel."""
    return Template("", "", channel, "{anrede}\n\n\n\nMit freundlichen Grüßen\n{signatur}")


def send_confirmation(check: SendCheck, name: str) -> ConfirmDialog:
    """Ask before logging a text with errors, or a final refusal that blocks the contact."""
    lines = []
    if check.errors:
        lines.append(remaining_errors("Die Nachricht", check.errors))
    if check.blocks:
        lines.append(f"Endgültige Ablehnung: {name} wird danach als blockiert markiert.")
    title = "Endgültige Ablehnung senden?" if check.blocks else "Trotz Fehlern als gesendet markieren?"
    return ConfirmDialog(title, "\n".join(lines), "Ja, als gesendet markieren")
