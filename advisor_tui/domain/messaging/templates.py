"""Default German message templates with placeholders for greeting, names, company and signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor_tui.domain.messaging.greeting import Recipient, build_greeting

PLACEHOLDERS = ("anrede", "vorname", "nachname", "firma", "signatur")
_PLACEHOLDER_RE = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True, slots=True)
class Template:
    """A message skeleton; `blocks_contact` marks the final refusal after which the contact is blocked."""

    key: str
    name: str
    channel: str
    body: str
    blocks_contact: bool = False


DEFAULT_TEMPLATES: tuple[Template, ...] = (
    Template(
        "vernetzung",
        "Vernetzungsanfrage mit Anschreiben",
        "linkedin-note",
        "{anrede}\nich begleite Familienunternehmen bei Finanzierung und Nachfolge. "
        "Über eine Vernetzung mit Ihnen würde ich mich freuen.\n\nBeste Grüße\n{signatur}",
    ),
    Template(
        "antwort",
        "Antwort",
        "linkedin-message",
        "{anrede}\n\nvielen Dank für Ihre Nachricht und Ihr Interesse. Gern nehme ich mir Zeit für ein "
        "persönliches Gespräch über die Pläne von {firma}. Passt Ihnen ein Termin in der kommenden Woche? "
        "Nennen Sie mir einfach zwei Zeitfenster, ich richte mich gern nach Ihnen.\n\n"
        "Mit freundlichen Grüßen\n{signatur}",
    ),
    Template(
        "nachfassen",
        "Nachfassen",
        "linkedin-message",
        "{anrede}\n\nvor einigen Wochen haben wir uns hier vernetzt. Viele Unternehmerinnen und Unternehmer "
        "beschäftigen derzeit Fragen zur Nachfolgeplanung und zur Finanzierung von Investitionen. "
        "Wenn das auch bei {firma} ein Thema ist, tausche ich mich gern in einem kurzen Telefonat mit Ihnen aus.\n\n"
        "Mit freundlichen Grüßen\n{signatur}",
    ),
    Template(
        "absage",
        "Höfliche Absage",
        "linkedin-message",
        "{anrede}\n\nvielen Dank für Ihre Nachricht und Ihr Angebot. Derzeit habe ich dafür keinen Bedarf. "
        "Sollte sich das ändern, komme ich gern auf Sie zu. "
        "Für Ihre weitere Arbeit wünsche ich Ihnen viel Erfolg.\n\n"
        "Mit freundlichen Grüßen\n{signatur}",
    ),
    Template(
        "ablehnung",
        "Endgültige Ablehnung",
        "linkedin-message",
        "{anrede}\n\nvielen Dank für Ihre erneute Nachricht. Ich habe Ihr Angebot geprüft und mich entschieden, "
        "es nicht wahrzunehmen. Bitte sehen Sie von weiteren Anfragen ab. Ich danke Ihnen für Ihr Verständnis.\n\n"
        "Mit freundlichen Grüßen\n{signatur}",
        blocks_contact=True,
    ),
    Template(
        "dank-vernetzung",
        "Dank für die Vernetzung",
        "linkedin-message",
        "{anrede}\n\nvielen Dank für Ihre Vernetzungsanfrage, die ich gern angenommen habe. Ich freue mich auf "
        "den Austausch mit Ihnen. Wenn bei {firma} Fragen zur Finanzierung oder zur Nachfolge anstehen, "
        "bin ich gern für Sie da.\n\nMit freundlichen Grüßen\n{signatur}",
    ),
)

TEMPLATE_BY_KEY: dict[str, Template] = {template.key: template for template in DEFAULT_TEMPLATES}


def render_template(template: Template, recipient: Recipient | None, contact_company: str, signature: str) -> str:
    """The template's text with every placeholder filled; unknown braces are left as written."""
    values = {
        "anrede": build_greeting(recipient),
        "vorname": recipient.first_name if recipient else "",
        "nachname": recipient.last_name if recipient else "",
        "firma": contact_company.strip() or "Ihrem Unternehmen",
        "signatur": signature.strip(),
    }
    return _PLACEHOLDER_RE.sub(lambda match: values[match.group(1)], template.body)
