"""Field rules every importer shares: length limits, names and titles, dates, HTML to plain text."""

from __future__ import annotations

import html
import re
import time
from datetime import UTC, date, datetime, timedelta

from advisor_tui.domain.contacts.identity import normalize_profile_url
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
    # LinkedIn allows 3,000 characters in a post and about 110,000 in an article.
    "post": 20_000,
    "article": 250_000,
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
    "post": "Beitrag",
    "article": "Artikel",
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


# Dates outside this range are not a LinkedIn event but a placeholder (9999-12-31) or damage.
EARLIEST_YEAR = 1990
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d+)(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d+)(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
# 2018 exports (Shares.csv, endorsements): '2017/06/08 08:15:44 UTC'.
_SLASHED_ISO_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*UTC)?")
_NAMED_DATE = re.compile(r"(\d{1,2})[ -]([^\W\d_]{3,9})\.?[ -](\d+)")
_ISO_DATE = re.compile(
    r"(\d+)-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(UTC|Z|[+-]\d{2}:?\d{2})?"
)
_EMPTY_CELLS = frozenset({"na", "n/a", "#n/a", "null", "none", "nan", "-"})
PLACEHOLDER_LENGTH = max(map(len, _EMPTY_CELLS)) + 2  # a longer cell is no placeholder, even with spaces


def plain_cell(text: str) -> str:
    """A cell with `NA`, `N/A`, `null` (R, pandas and database re-saves) read as empty."""
    if len(text) > PLACEHOLDER_LENGTH:  # the usual company or position: no need to look closer
        return text.strip()
    text = text.strip()
    return "" if text.casefold() in _EMPTY_CELLS else text


def email_cell(text: str) -> str:
    """An e-mail cell: empty unless it looks like an address at all."""
    text = plain_cell(text)
    return text if "@" in text else ""


def read_moment(text: str) -> datetime | str:
    """An aware UTC moment from every date layout of LinkedIn exports and their re-saves, else a German reason.

    '09 Sep 2022', '1/8/18, 6:14 PM' (US month first), Excel's '9-Sep-22', Danish '16.09.2021',
    '2022-09-08 18:08:14 UTC', '2019-11-06T02:08:20', 2018's '2017/06/08 08:15:44 UTC'. Times without a zone
    are taken as UTC.
    """
    text = " ".join(text.split())
    parts = _date_parts(text)
    if parts is None:
        return _unreadable(text)
    year, month, day, hour, minute, second, offset = parts
    reason = _out_of_range(year, text)
    if reason:
        return reason
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC) - offset
    except ValueError:
        return _unreadable(text)


def read_day(text: str) -> date | str:
    """The calendar day of a date text as `read_moment` reads it (the time of day dropped), else the reason."""
    text = " ".join(text.split())
    parts = _date_parts(text)
    if parts is not None and parts[6]:  # a zone other than UTC may move the day
        moment = read_moment(text)
        return moment if isinstance(moment, str) else moment.date()
    if parts is None:
        return _unreadable(text)
    reason = _out_of_range(parts[0], text)
    if reason:
        return reason
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return _unreadable(text)


def _unreadable(text: str) -> str:
    return f"Datum „{text[:40]}“ nicht lesbar"


_latest = [0.0, 0]  # (valid until, year): asking the clock for the year costs more than parsing a date


def _out_of_range(year: int, text: str) -> str:
    if time.time() >= _latest[0]:
        _latest[:] = [time.time() + 3600, datetime.now(UTC).year + 1]
    if EARLIEST_YEAR <= year <= _latest[1]:
        return ""
    return f"Datum „{text[:40]}“ liegt nicht zwischen {EARLIEST_YEAR} und {_latest[1]}"


def _date_parts(text: str) -> tuple[int, int, int, int, int, int, timedelta] | None:
    """(year, month, day, hour, minute, second, offset from UTC) of a date text, without judging the values."""
    zero = timedelta()
    if match := _NAMED_DATE.fullmatch(text):  # the most frequent: '09 Sep 2022', '9-Sep-22'
        day, name, year = match.groups()
        number = _MONTHS.get(name.casefold())
        return None if number is None else (_full_year(year), number, int(day), 0, 0, 0, zero)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day, hour, minute, second, zone = match.groups()
        offset = zero
        if zone and zone[0] in "+-":
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return _full_year(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), offset
    if match := _SLASHED_ISO_DATE.fullmatch(text):
        year, month, day, hour, minute, second = match.groups()
        half = None
    elif match := _US_DATE.fullmatch(text):
        month, day, year, hour, minute, second, half = match.groups()
    elif match := _DOTTED_DATE.fullmatch(text):
        day, month, year, hour, minute, second = match.groups()
        half = None
    else:
        return None
    clock = int(hour or 0)
    if half:
        if not 1 <= clock <= 12:
            return None
        clock = clock % 12 + (12 if half.casefold() == "pm" else 0)
    return _full_year(year), int(month), int(day), clock, int(minute or 0), int(second or 0), zero


def _full_year(digits: str) -> int:
    """The year of its digits, '22' being 2022; a number too long to convert stands for 'far too late'."""
    if len(digits) > 9:  # Python refuses to convert thousands of digits; no such year is plausible anyway
        return 10**9
    year = int(digits)
    return year + 2000 if year < 100 and len(digits) <= 2 else year


def html_to_text(text: str) -> str:
    """Plain text of a message that may hold HTML, with line breaks kept and entities resolved."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", _HTML_PARAGRAPH.sub("\n\n", text)))
    if "&" in text:
        text = html.unescape(text)
    return _BLANK_LINES.sub("\n\n", text.replace("\xa0", " ")).strip()
