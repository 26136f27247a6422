"""Field rules every importer shares: length limits, names and titles, dates, HTML to plain text."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime

from advisor_tui.domain.identity import normalize_profile_url
from advisor_tui.domain.models import Salutation
from advisor_tui.domain.numbers import german_number

# Longer values are not a person's data but an error or an attack; the row is skipped, never cut.
LIMITS: dict[str, int] = {
    "name": 200,
    "first_name": 200,
    "last_name": 200,
    "title": 100,
    "company": 500,
    "position": 500,
    "email": 320,
    "profile_url": 500,
    "note": 5_000,
    "label": 100,
    "message": 20_000,
    "conversation_title": 500,
}

FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "title": "Titel",
    "company": "Firma",
    "position": "Position",
    "email": "E-Mail",
    "profile_url": "Profil-URL",
    "note": "Notiz",
    "label": "Kategorie",
    "message": "Nachricht",
    "conversation_title": "Titel der Unterhaltung",
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januar"),
            ("feb", "februar"),
            ("mar", "mär", "märz", "maerz"),
            ("apr", "april"),
            ("may", "mai"),
            ("jun", "juni"),
            ("jul", "juli"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "okt", "oktober", "october"),
            ("nov", "november"),
            ("dec", "dez", "dezember", "december"),
        ),
        start=1,
    )
    for name in names
}

# Academic and professional titles that belong in Contact.title, never in the name.
_TITLE_TOKEN = re.compile(
    r"^(?:prof\.|dr\.(?:-ing\.)?|med\.|dent\.|rer\.|nat\.|pol\.|oec\.|jur\.|phil\.|h\.\s?c\.|"
    r"dipl\.-[\w.]+|mag\.|ing\.)$",
    re.IGNORECASE,
)
_SALUTATION_WORDS = {"herr": "Herr", "frau": "Frau", "hr.": "Herr", "fr.": "Frau"}
# Lower-case name particles that belong to the last name: "Anna von der Heide".
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "zu", "zum", "zur", "vom", "di", "da", "ten", "ter", "le", "la"}
)
_HTML_BREAK = re.compile(r"<\s*(?:br|/li)\s*/?\s*>", re.IGNORECASE)
_HTML_PARAGRAPH = re.compile(r"<\s*/(?:p|div|h\d|ul|ol)\s*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_BLANK_LINES = re.compile(r"\n{3,}")


def profile_url(url: str) -> str:
    """The normalised profile URL of an export cell."""
    return normalize_profile_url(url)


def too_long(values: dict[str, str]) -> str:
    """The German reason if one value is over its limit, else ''."""
    for key, value in values.items():
        limit = LIMITS[key]
        if len(value) > limit:
            size, most = german_number(len(value)), german_number(limit)
            return f"{FIELD_LABELS[key]} ist zu lang ({size} Zeichen, höchstens {most})"
    return ""



def split_title(given: str) -> tuple[str, str, str]:
    """(salutation word, academic title, rest) of a name field such as 'Frau Prof. Dr. Anna'."""
    words = given.split()
    salutation = ""
    titles: list[str] = []
    while words:
        word = words[0]
        if not salutation and not titles and word.casefold() in _SALUTATION_WORDS:
            salutation = _SALUTATION_WORDS[word.casefold()]
        elif _TITLE_TOKEN.match(word):
            titles.append(word)
        else:
            break
        words.pop(0)
    return salutation, " ".join(titles), " ".join(words)


def may_hold_title(given: str) -> bool:
    """A cheap test whether a given-name field may start with 'Dr.', 'Herr' or the like."""
    return "." in given or given[:4].casefold() in ("herr", "frau")


def name_parts(given: str) -> tuple[Salutation, str, str]:
    """(salutation, title, first name) of a given-name field such as 'Dr. Anna' or 'Frau Anna'."""
    # Only an explicit "Herr"/"Frau" sets a salutation; gender is never guessed from a first name.
    if not may_hold_title(given):
        return Salutation.NONE, "", given
    word, title, rest = split_title(given)
    return Salutation(word) if word else Salutation.NONE, title, rest


def split_full_name(full: str) -> tuple[str, str, str]:
    """(title, first name, last name) of a display name; credentials after a comma are dropped."""
    name = re.sub(r"\([^)]*\)", " ", full).split(",")[0]
    _, title, rest = split_title(name)
    words = rest.split()
    if len(words) < 2:
        return title, "", " ".join(words)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in _PARTICLES:
        cut -= 1
    return title, " ".join(words[:cut]), " ".join(words[cut:])


def parse_day(text: str) -> date | None:
    """A date like '24 Aug 2023', '24.08.2023', '8/24/23' or '2023-08-24'; None if it is none of these."""
    text = text.strip()
    try:
        if "." in text:
            day, month, year = text.split(".")
            return date(_full_year(int(year)), int(month), int(day))
        if "/" in text:  # US order, as older LinkedIn exports and US spreadsheets write it
            month, day, year = text.split("/")
            return date(_full_year(int(year)), int(month), int(day))
        if "-" in text:
            year, month, day = text.split("-")
            return date(int(year), int(month), int(day))
        day, month_name, year = text.split()
        return date(_full_year(int(year)), _MONTHS[month_name.casefold().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


_SENT_AT_FORMATS = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p", "%d.%m.%Y %H:%M", "%d.%m.%y %H:%M")


def parse_sent_at(text: str) -> datetime | None:
    """An invitation time like '7/8/26, 3:43 PM' (US month first) or a German Excel re-save of it."""
    text = " ".join(text.split())
    for pattern in _SENT_AT_FORMATS:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def parse_utc(text: str) -> datetime | None:
    """A message time like '2024-12-01 09:30:00 UTC' as an aware UTC datetime."""
    text = text.strip().removesuffix("UTC").strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def html_to_text(text: str) -> str:
    """Plain text of a message that may hold HTML, with line breaks kept and entities resolved."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", _HTML_PARAGRAPH.sub("\n\n", text)))
    if "&" in text:
        text = html.unescape(text)
    return _BLANK_LINES.sub("\n\n", text.replace("\xa0", " ")).strip()
