"""Rules on the salutation: missing, agreement, wrong person, informal, title, comma."""

from __future__ import annotations

from collections.abc import Iterator

from advisor_tui.domain.contacts.identity import fold_name
from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.greeting_parse import GreetingMatch
from advisor_tui.domain.messaging.greeting import Recipient, build_greeting, salutation_title
from advisor_tui.domain.models import Salutation

_FEMININE = {"formal": "geehrte", "dear": "liebe"}
_MASCULINE = {"formal": "geehrter", "dear": "lieber"}
_ALWAYS_INFORMAL = frozenset({"hi", "hey", "moin", "servus", "tach", "huhu", "hello", "salut", "ciao"})
_WERTE = {"Frau": "werte", "Herr": "werter", "Damen und Herren": "werte"}
# Nouns for a group or a role ("Sehr geehrte Kundin, sehr geehrter Kunde," / "Liebe Interessenten,"): formal
# salutations, never a first name.
_ROLE_NOUNS = frozenset(
    """kunde kundin kunden kundinnen interessent interessentin interessenten interessentinnen kollege kollegin
    kollegen kolleginnen mitglied mitglieder partner partnerin partnerinnen geschäftspartner geschäftspartnerin
    leser leserin leserinnen teilnehmer teilnehmerin teilnehmerinnen teilnehmende gäste gast freunde
    unternehmer unternehmerin unternehmerinnen mandant mandantin mandanten mandantinnen nachbarn nachbar
    anleger anlegerin anlegerinnen aktionäre aktionärinnen gesellschafter eltern bewerber bewerberin
    abonnenten abonnentin kundschaft""".split()
)


def _role_nouns_only(greeting: GreetingMatch) -> bool:
    """A salutation of role nouns only ("Sehr geehrte Interessenten"), which names no person."""
    return bool(greeting.names) and all(name.lower() in _ROLE_NOUNS for name in greeting.names)


def _expected_adjective(greeting: GreetingMatch) -> str | None:
    """The adjective ending Frau, Herr or "Damen und Herren" require (None: nothing to check)."""
    assert greeting.adjective is not None
    if greeting.adjective[2].lower().startswith("wert"):
        return _WERTE.get(greeting.salutation or greeting.group)
    if greeting.salutation == "Herr":
        return _MASCULINE[greeting.kind]
    if greeting.salutation == "Frau" or greeting.group == "Damen und Herren":
        return _FEMININE[greeting.kind]
    return None


def _agreement(greeting: GreetingMatch) -> Iterator[Finding]:
    """ "Sehr geehrter Frau …" and "Sehr geehrte Herr …"."""
    if greeting.adjective is None:
        return
    start, end, word = greeting.adjective
    expected = _expected_adjective(greeting)
    if expected is None or word.lower() == expected:
        return
    fixed = expected.capitalize() if word[0].isupper() else expected
    addressed = greeting.salutation or greeting.group
    message = f"„{word} {addressed}“ passt nicht zusammen: richtig ist „{fixed} {addressed}“."
    yield finding("greeting-agreement", message, start, end, fixed)


# Openers too familiar for any Sie-letter; "Hallo" and "Hi" are casual but fine with a full name or alone.
_TOO_FAMILIAR = _ALWAYS_INFORMAL - {"hi", "hello"}


def _informal(greeting: GreetingMatch, written: str, suggestion: str | None) -> Iterator[Finding]:
    """Hey/Moin/Servus or a first name alone (a warning); Hallo alone or with a full name, Hi (a hint)."""
    opener = written.split()[0].lower()
    # "Sehr geehrte …" is formal whatever follows; "Liebe Kundin" is too, "Liebe Anna" is not.
    first_name_only = (len(greeting.names) == 1 and not greeting.salutation and greeting.kind != "formal"
                       and not _role_nouns_only(greeting))
    if opener in _TOO_FAMILIAR or first_name_only:
        yield finding("greeting-informal",
                      f"„{written}“ ist zu vertraulich für eine Nachricht in der Sie-Form: "
                      "schreiben Sie „Sehr geehrte Frau …“, „Sehr geehrter Herr …“ "
                      "oder „Guten Tag Vorname Nachname“.",
                      greeting.start, greeting.end, suggestion)
    elif greeting.kind == "casual" and (opener != "hallo" or not greeting.salutation):  # "Hallo Frau X" is usual
        yield finding("greeting-casual",
                      f"„{written}“ ist locker; für einen neuen Kontakt passt „Guten Tag …“ oder "
                      "„Sehr geehrte Frau …“ besser.", greeting.start, greeting.end, suggestion)


def _wrong_person(greeting: GreetingMatch, recipient: Recipient) -> str | None:
    """Why the salutation names someone else, the wrong Frau/Herr, or nobody though the name is known."""
    if (greeting.group == "Damen und Herren" or _role_nouns_only(greeting)) and recipient.last_name:
        return f"Sie kennen den Namen: sprechen Sie {recipient.display} persönlich an."
    known = recipient.salutation is not Salutation.NONE
    if greeting.salutation and known and greeting.salutation != recipient.salutation.value:
        return f"Die Anrede „{greeting.salutation}“ passt nicht: die Nachricht geht an {recipient.display}."
    written = {fold_name(name) for name in greeting.names}
    first_name_only = len(written) == 1 and not greeting.salutation and fold_name(recipient.first_name) in written
    if not written or first_name_only or fold_name(recipient.last_name.split()[-1]) in written:
        return None
    return f"Die Anrede nennt „{' '.join(greeting.names)}“, die Nachricht geht aber an {recipient.display}."


def _missing_title(greeting: GreetingMatch, recipient: Recipient) -> str | None:
    """Why the title is wrong: Dr./Professor left out, or "Prof." abbreviated in the salutation."""
    title = salutation_title(recipient)
    if not title or not greeting.salutation or greeting.kind == "casual":
        return None
    written = " ".join(greeting.titles)
    if title.startswith("Prof") and written.startswith("Prof."):
        return "In der Anrede wird „Professor“ ausgeschrieben und nur der höchste Titel genannt."
    if not written:
        return f"{recipient.display} führt einen akademischen Titel; nennen Sie ihn in der Anrede."
    return None


def _recipient_findings(greeting: GreetingMatch, recipient: Recipient, suggestion: str) -> Iterator[Finding]:
    """The salutation measured against the known recipient: right person first, then the title."""
    wrong = _wrong_person(greeting, recipient)
    code, message = ("greeting-name", wrong) if wrong else ("greeting-title", _missing_title(greeting, recipient))
    if message:
        yield finding(code, message, greeting.start, greeting.end, suggestion)


def _comma(greeting: GreetingMatch) -> Iterator[Finding]:
    """DIN 5008: the salutation ends with a comma, not with nothing or "!"."""
    if greeting.punct == ",":
        return
    if greeting.punct:
        yield finding("greeting-comma", f"Nach der Anrede steht ein Komma statt „{greeting.punct}“ (DIN 5008).",
                      greeting.punct_start, greeting.punct_start + 1, ",")
    else:
        message = "Nach der Anrede steht ein Komma (DIN 5008)."
        yield finding("greeting-comma", message, greeting.end, greeting.end, ",")


def greeting_findings(doc: Document) -> Iterator[Finding]:
    """All findings about the salutation of a message."""
    if not doc.context.is_letter:
        return
    recipient = doc.context.recipient
    suggestion = build_greeting(recipient)
    greeting = doc.greeting
    if greeting is None:
        first = len(doc.text) - len(doc.text.lstrip())
        yield finding("greeting-missing",
                      f"Die Nachricht beginnt ohne Anrede. Beginnen Sie mit „{suggestion}“.", first, first,
                      suggestion + "\n")
        return
    yield from _agreement(greeting)
    informal_fix = suggestion[:-1] if recipient is not None else None
    yield from _informal(greeting, doc.text[greeting.start : greeting.end], informal_fix)
    if recipient is not None:
        yield from _recipient_findings(greeting, recipient, suggestion[:-1])
    yield from _comma(greeting)
