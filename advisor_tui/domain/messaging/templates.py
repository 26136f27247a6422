"""Default German message templates with placeholders for greeting, names, company and signature."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from advisor_tui.domain.messaging.facts import ContactFacts, connected_sentence, reference_phrase, role_phrase
from advisor_tui.domain.messaging.greeting import Recipient, build_greeting


@dataclass(frozen=True, slots=True)
class Filling:
    """Everything a placeholder is filled from."""

    recipient: Recipient | None
    facts: ContactFacts
    signature: str

    @property
    def name(self) -> str:
        """The recipient's first and last name."""
        return f"{self.recipient.first_name} {self.recipient.last_name}".strip() if self.recipient else ""


# The one definition of the placeholders: name → (what it says, for the template editor; how it is filled).
# Each one reads as correct German whether its fact is known or not.
PLACEHOLDERS: dict[str, tuple[str, Callable[[Filling], str]]] = {
    "anrede": ("Anrede mit Komma", lambda f: build_greeting(f.recipient)),
    "vorname": ("Vorname", lambda f: f.recipient.first_name if f.recipient else ""),
    "nachname": ("Nachname", lambda f: f.recipient.last_name if f.recipient else ""),
    "firma": ("Firma, sonst „Ihrem Unternehmen“", lambda f: f.facts.company.strip() or "Ihrem Unternehmen"),
    "als_position": ("„ als Geschäftsführerin“, wenn die Position kurz ist, sonst nichts",
                     lambda f: role_phrase(f.facts.position)),
    "vernetzt": ("Satz, seit wann Sie vernetzt sind (klein, nach der Anrede)",
                 lambda f: connected_sentence(f.facts.connected_on, f.facts.today)),
    "bezug": ("„ vom 12. November zum Thema …“ zur letzten Nachricht, sonst nichts",
              lambda f: reference_phrase(f.facts, f.name)),
    "signatur": ("Ihre Signatur", lambda f: f.signature.strip()),
}
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
        "{anrede}\n\nvielen Dank für Ihre Nachricht{bezug}. Gern nehme ich mir Zeit für ein "
        "persönliches Gespräch über Ihre Pläne bei {firma}. Passt Ihnen ein Termin in der kommenden Woche? "
        "Nennen Sie mir einfach zwei Zeitfenster, ich richte mich gern nach Ihnen.\n\n"
        "Mit freundlichen Grüßen\n{signatur}",
    ),
    Template(
        "nachfassen",
        "Nachfassen",
        "linkedin-message",
        "{anrede}\n\n{vernetzt} Viele Unternehmerinnen und Unternehmer "
        "beschäftigen derzeit Fragen zur Nachfolgeplanung und zur Finanzierung von Investitionen. "
        "Wenn das auch für Sie{als_position} bei {firma} ein Thema ist, tausche ich mich gern in einem kurzen "
        "Telefonat mit Ihnen aus.\n\n"
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

# SHA-256 (first 16 hex digits) of wordings shipped before; a store that still holds one untouched gets the
# new wording (the advisor never changed it), while an edited template stays the advisor's.
_FORMER_BODIES = {
    "antwort": frozenset({"12d2d41e92c9f1ff"}),  # generic, no reference to the message answered
    "nachfassen": frozenset({"334373a5e7908161"}),  # "vor einigen Wochen vernetzt" for any connection
}


def outdated_body(key: str, body: str) -> bool:
    """Whether a stored template is a former shipped wording, untouched, that the current one replaces."""
    return hashlib.sha256(body.encode()).hexdigest()[:16] in _FORMER_BODIES.get(key, frozenset())


def render_template(template: Template, recipient: Recipient | None, facts: ContactFacts, signature: str) -> str:
    """The template's text with every placeholder filled from the facts; unknown braces are left as written."""
    filling = Filling(recipient, facts, signature)
    return _PLACEHOLDER_RE.sub(lambda match: PLACEHOLDERS[match.group(1)][1](filling), template.body)
