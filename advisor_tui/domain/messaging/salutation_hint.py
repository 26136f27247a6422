"""A Frau/Herr suggestion for a contact whose salutation is unknown, for the advisor to confirm, never set silently.

Evidence, strongest first: how the advisor's messages in the person's conversations address or name them
("Sehr geehrte Frau Müller", "Herr Weber" with the contact's own last name; the person's own messages are
left out there, as their "Herr …" addresses the advisor); a female job title the person holds or signs with
("Geschäftsführerin"); their first name (as stored, or as they sign) in a curated list. Conflicting evidence
gives no suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from advisor_tui.domain.messaging.first_names import AMBIGUOUS, FEMALE, MALE
from advisor_tui.domain.models import Contact, Direction, Message, Salutation

_TITLES = r"(?:(?:Prof\.|Dr\.(?:-Ing\.)?|Dipl\.-\w+\.?)\s+)*"
# Female forms of job titles (Geschäftsführerin, Inhaberin, Prokuristin, Direktorin …); the male form is generic.
_FEMALE_TITLE = re.compile(
    r"\b(?:[A-ZÄÖÜ]\w*(?:erin|orin|istin|entin|antin|eurin|ärin|ektin)|Vorständin|Kauffrau|Chefin)(?:nen)?\b"
)
SIGNATURE_LINES = 4  # a signature is at the end of a message


@dataclass(frozen=True, slots=True)
class SalutationHint:
    """A suggested salutation and why (German, for the advisor to judge)."""

    salutation: Salutation
    reason: str

    @property
    def label(self) -> str:
        """"Frau" or "Herr"."""
        return self.salutation.value


def _signature(message: Message) -> str:
    return "\n".join(message.text.strip().splitlines()[-SIGNATURE_LINES:])


def _addressed(last_name: str, messages: Iterable[Message]) -> dict[Salutation, Message]:
    """The advisor's messages that call the person Frau/Herr <last name> (in a salutation or in passing)."""
    pattern = re.compile(rf"\b(Frau|Herrn?)\s+{_TITLES}{re.escape(last_name)}\b")
    found: dict[Salutation, Message] = {}
    for message in messages:
        if message.direction is not Direction.OUTGOING:
            continue
        for match in pattern.finditer(message.text):
            salutation = Salutation.FRAU if match.group(1) == "Frau" else Salutation.HERR
            found.setdefault(salutation, message)
    return found


def _signed_female(messages: Iterable[Message]) -> bool:
    """Whether the person signs one of their own messages with a female job title."""
    return any(_FEMALE_TITLE.search(_signature(m)) for m in messages if m.direction is Direction.INCOMING)


def _signed_first_name(last_name: str, messages: Iterable[Message]) -> str:
    """The first name the person signs with ("Anna Müller" under their message), or ""."""
    pattern = re.compile(rf"^\s*([A-ZÄÖÜ][a-zäöüß]+)(?:[\s-]+[A-ZÄÖÜ][\wäöüß.]*)?\s+{re.escape(last_name)}\s*$",
                         re.MULTILINE)
    for message in messages:
        if message.direction is Direction.INCOMING and (match := pattern.search(_signature(message))):
            return match.group(1)
    return ""


def first_name_salutation(first_name: str) -> Salutation:
    """Frau/Herr for a listed first name (its first part: "Hans-Peter" → Hans); NONE when unlisted or ambiguous."""
    first = re.split(r"[\s-]+", first_name.strip().casefold(), maxsplit=1)[0] if first_name.strip() else ""
    if not first or first in AMBIGUOUS:
        return Salutation.NONE
    if first in FEMALE:
        return Salutation.FRAU
    return Salutation.HERR if first in MALE else Salutation.NONE


def suggest_salutation(contact: Contact, messages: Iterable[Message] = ()) -> SalutationHint | None:
    """A salutation to suggest for a contact that has none, or None when nothing speaks clearly for one."""
    if contact.salutation is not Salutation.NONE:
        return None
    messages = list(messages)
    last_name = contact.last_name.strip()
    addressed = _addressed(last_name, messages) if last_name else {}
    if len(addressed) > 1:
        return None  # "Frau Müller" and "Herr Müller": perhaps two people; the advisor knows
    if addressed:
        ((salutation, message),) = addressed.items()
        return SalutationHint(salutation, f"„{salutation.value} {last_name}“ im Verlauf ({message.sent_at:%d.%m.%Y})")
    first_name = contact.first_name.strip()
    if len(first_name.rstrip(".")) < 2 and last_name:  # none or an initial: how they sign tells more
        first_name = _signed_first_name(last_name, messages) or first_name
    by_name = first_name_salutation(first_name)
    if _FEMALE_TITLE.search(contact.position) or _signed_female(messages):
        if by_name is Salutation.HERR:
            return None
        source = "Position" if _FEMALE_TITLE.search(contact.position) else "Signatur"
        return SalutationHint(Salutation.FRAU, f"weibliche Berufsbezeichnung in der {source}")
    if by_name is not Salutation.NONE:
        return SalutationHint(by_name, f"Vorname „{first_name.split()[0]}“")
    return None
