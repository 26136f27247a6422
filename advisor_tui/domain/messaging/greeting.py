"""Who a message is addressed to, and the DIN 5008 salutation written for them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor_tui.domain.models import Contact, Salutation

NEUTRAL_GROUP_GREETING = "Sehr geehrte Damen und Herren,"
_SALUTATION_WORDS = {"frau": Salutation.FRAU, "fr.": Salutation.FRAU, "herr": Salutation.HERR,
                     "herrn": Salutation.HERR, "hr.": Salutation.HERR}
_TITLE_RE = re.compile(
    r"(?:Prof\.|Professor(?:in)?|Dr\.(?:-Ing\.)?|Doktor|Dipl\.-[\wäöü]+\.?|Mag\.|med\.|jur\.|phil\.|rer\.|nat\.|h\.|c\.)"
    r"$",
    re.IGNORECASE,
)
_NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*$")
_PARTICLES = frozenset("von van de zu vom zur ten ter di da del le la der den".split())


@dataclass(frozen=True, slots=True)
class Recipient:
    """The person a message is for: Frau/Herr (or neither), academic title, first and last name."""

    salutation: Salutation = Salutation.NONE
    title: str = ""
    first_name: str = ""
    last_name: str = ""

    @classmethod
    def from_contact(cls, contact: Contact) -> Recipient:
        """The recipient a stored contact stands for."""
        return cls(Salutation(contact.salutation), contact.title.strip(), contact.first_name.strip(),
                   contact.last_name.strip())

    @property
    def name_words(self) -> tuple[str, ...]:
        """Every word of the first and last name (for spelling and name checks)."""
        return tuple(f"{self.first_name} {self.last_name}".replace("-", " ").split())

    @property
    def display(self) -> str:
        """How the recipient is named in findings: "Frau Dr. Müller", "Kim Mayer"."""
        if self.salutation is Salutation.NONE:
            return " ".join(part for part in (self.first_name, self.last_name) if part)
        return " ".join(part for part in (self.salutation.value, salutation_title(self), self.last_name) if part)


def salutation_title(recipient: Recipient) -> str:
    """The one title used in a salutation: "Professor"/"Professorin" for any professor, else "Dr."."""
    title = recipient.title.lower()
    if "prof" in title:
        return "Professorin" if recipient.salutation is Salutation.FRAU else "Professor"
    if "dr" in title or "doktor" in title:
        return "Dr."
    return ""


def build_greeting(recipient: Recipient | None) -> str:
    """The DIN 5008 salutation line for a recipient, comma included."""
    if recipient is None or not recipient.last_name:
        return NEUTRAL_GROUP_GREETING
    if recipient.salutation is Salutation.NONE:
        return f"Guten Tag {recipient.display},"
    adjective = "geehrte" if recipient.salutation is Salutation.FRAU else "geehrter"
    return f"Sehr {adjective} {recipient.display},"


def parse_recipient(text: str) -> Recipient:
    """A recipient from text such as "Frau Dr. Anna Müller" or "Kim Mayer"; ValueError (German) if unusable."""
    words = text.replace(",", " ").split()
    salutation = Salutation.NONE
    if words and words[0].lower() in _SALUTATION_WORDS:
        salutation = _SALUTATION_WORDS[words.pop(0).lower()]
    titles: list[str] = []
    while words and _TITLE_RE.match(words[0]):
        titles.append(words.pop(0))
    if not words or not all(_NAME_RE.match(word) for word in words):
        example = "„Frau Dr. Anna Müller“"
        raise ValueError(f"Empfänger nicht verständlich: „{text.strip()}“ (Beispiel: {example}).")
    if salutation is Salutation.NONE and len(words) < 2:
        raise ValueError(
            f"Empfänger „{text.strip()}“: bitte Vor- und Nachname oder Frau/Herr und Nachname angeben."
        )
    split = len(words) - 1
    while split > 0 and words[split - 1].lower() in _PARTICLES:
        split -= 1
    return Recipient(salutation, " ".join(titles), " ".join(words[:split]), " ".join(words[split:]))
