"""The dialogs of the Nachricht view, built from plain values: template choices, the confirmation before sending."""

from __future__ import annotations

from collections.abc import Iterable

from advisor_tui.domain.drafting import channel_label
from advisor_tui.domain.templates import Template
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.usecases.draft_state import SendCheck

NEW_TEMPLATE = "\0new"


def template_picker(templates: Iterable[Template]) -> PickDialog:
    """Choose a template to put into the editor."""
    return PickDialog("Vorlage wählen", [(f"{t.name} – {channel_label(t.channel)}", t.key) for t in templates])


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
        lines.append(f"Die Nachricht hat noch {check.errors} Fehler (siehe Prüfung).")
    if check.blocks:
        lines.append(f"Endgültige Ablehnung: {name} wird danach als blockiert markiert.")
    title = "Endgültige Ablehnung senden?" if check.blocks else "Trotz Fehlern als gesendet markieren?"
    return ConfirmDialog(title, "\n".join(lines), "Ja, als gesendet markieren")
