"""Finds and dissects the salutation at the start of a message ("Sehr geehrte Frau Dr. Müller,")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENER_RE = re.compile(
    r"""[ \t\r\n]*(?:
        (?P<formal>(?:sehr[ \t]+)?(?P<formal_adj>geehrte[rs]?|geehrt|werte[rs]?))
      | (?P<dear>(?P<dear_adj>liebe[rs]?|lieb))
      | (?P<neutral>guten[ \t]+(?:tag|morgen|abend)|grüß[ \t]+gott|grüezi)
      | (?P<casual>hallo|hi|hey|moin(?:[ \t]+moin)?|servus|tach|huhu|hello|salut|ciao)
    )(?![\w])""",
    re.IGNORECASE | re.VERBOSE,
)
_GROUP_RE = re.compile(
    r"[ \t]*(?P<group>Damen[ \t]+und[ \t]+Herren|[A-ZÄÖÜ]\w*innen[ \t]+und[ \t]+[A-ZÄÖÜ]\w*"
    r"|Team|zusammen|alle|allerseits|Community|Netzwerk)(?![\w])",
    re.IGNORECASE,
)
_SALUTATION_RE = re.compile(r"[ \t]*(?P<word>Frau|Herrn?|Fr\.|Hr\.)(?![\w])")
_TITLE_RE = re.compile(
    r"[ \t]*(?P<word>Prof\.|Professorin|Professor|Doktor"
    r"|Dr\.(?:-Ing\.)?(?:[ \t]*(?:med|jur|phil|rer\.[ \t]*nat|h\.[ \t]*c)\.)*"
    r"|Dipl\.-[\wäöü]+\.?|Mag\.|Ing\.)"
)
_NAME_RE = re.compile(
    r"[ \t]*(?P<word>[A-ZÄÖÜ][\wäöüß'’]*(?:-[A-ZÄÖÜ][\wäöüß'’]*)*|von|van|de|zu|vom|zur|ten|ter|di|da|del|le|la)"
    r"(?![\w.])"
)
_PUNCT_RE = re.compile(r"[ \t]*([,!.:;]?)")
_COMMA_THEN_NAME_RE = re.compile(r"[ \t]*,(?=[ \t]*(?:Frau|Herrn?|Damen|[A-ZÄÖÜ]\w+[ \t]*,?[ \t]*$))", re.MULTILINE)
# Capitalised words that start the text after a comma-less greeting, not names.
_NOT_NAMES = frozenset(
    "Ich Wir Sie Ihnen Ihr Ihre Vielen Danke Herzlichen Herzlich Mit Bitte Gerne Gern Wie Was Wann Heute Es Das Die Der"
    " Schön Kurz Anbei Haben Hast Können Kannst Darf Dürfen Würden Hätten Sind Bist Ist Gestern Morgen Nach Vor"
    " Seit"
    " Im In Am Zu Zur Auf Für Über Ein Eine Einen Kennen Leider Als Ob Da Nur Man".split()
)


@dataclass(frozen=True, slots=True)
class GreetingMatch:
    """A parsed salutation: its kind, adjective, Frau/Herr, titles, names and the mark after it."""

    start: int
    end: int
    kind: str  # formal, dear, neutral or casual
    adjective: tuple[int, int, str] | None
    salutation: str  # "Frau", "Herr" or ""
    group: str  # "Damen und Herren", "Team" … or ""
    titles: tuple[str, ...]
    names: tuple[str, ...]
    punct: str
    punct_start: int


def _take(pattern: re.Pattern[str], text: str, pos: int) -> tuple[str, int] | None:
    """The word a pattern matches at `pos` and the position after it."""
    match = pattern.match(text, pos)
    return (match.group("word"), match.end()) if match else None


def _names(text: str, pos: int) -> tuple[list[str], list[str], int]:
    """Titles and names following a salutation word, and where they end."""
    titles: list[str] = []
    names: list[str] = []
    while len(titles) + len(names) < 6:
        title = _take(_TITLE_RE, text, pos)
        if title and not names:
            titles.append(title[0])
            pos = title[1]
            continue
        name = _take(_NAME_RE, text, pos)
        if not name or name[0] in _NOT_NAMES:
            break
        names.append(name[0])
        pos = name[1]
    return titles, names, pos


def parse_greeting(text: str) -> GreetingMatch | None:
    """The salutation at the start of `text`, or None when the text does not open with one."""
    opener = _OPENER_RE.match(text)
    if not opener:
        return None
    kind = next(name for name in ("formal", "dear", "neutral", "casual") if opener.group(name))
    adj_group = {"formal": "formal_adj", "dear": "dear_adj"}.get(kind)
    adjective = (opener.start(adj_group), opener.end(adj_group), opener.group(adj_group)) if adj_group else None
    pos = opener.end()
    comma = _COMMA_THEN_NAME_RE.match(text, pos)
    if comma and kind in ("neutral", "casual"):
        pos = comma.end()
    salutation, group = "", ""
    titles: list[str] = []
    names: list[str] = []
    group_match = _GROUP_RE.match(text, pos)
    if group_match:
        group = " ".join(group_match.group("group").split())
        pos = group_match.end()
    else:
        said = _take(_SALUTATION_RE, text, pos)
        if said:
            salutation = "Frau" if said[0].startswith("F") else "Herr"
            pos = said[1]
        titles, names, pos = _names(text, pos)
    punct = _PUNCT_RE.match(text, pos)  # everything in it is optional: no mark is an empty one at `pos`
    mark, mark_start = (punct.group(1), punct.start(1)) if punct else ("", pos)
    return GreetingMatch(
        start=opener.start(kind),
        end=pos,
        kind=kind,
        adjective=adjective,
        salutation=salutation,
        group=group,
        titles=tuple(titles),
        names=tuple(names),
        punct=mark,
        punct_start=mark_start,
    )
