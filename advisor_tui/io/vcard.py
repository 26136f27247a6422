"""vCard files (2.1, 3.0, 4.0; one or many cards) into contacts, parsed card by card with vobject."""

from __future__ import annotations

from pathlib import Path

import vobject

from advisor_tui.domain.contacts.batch import ImportBatch, SkippedRow
from advisor_tui.domain.contacts.identity import normalize_profile_url
from advisor_tui.domain.models import Contact, Salutation
from advisor_tui.io.fields import name_parts, split_full_name, split_title, too_long
from advisor_tui.io.textfile import read_bytes
from advisor_tui.io.vcard_lines import RawCard, read_cards

PROFILE_HOSTS = ("linkedin.com", "xing.com")
_FIELD_PROPERTIES = {"title": "N", "company": "ORG", "position": "TITLE", "email": "EMAIL", "profile_url": "URL",
                     "note": "NOTE", "label": "CATEGORIES"}
_URL_PROPERTIES = ("url", "x-socialprofile", "x-xing", "x-linkedin")
_GENDERS = {
    "m": Salutation.HERR,
    "male": Salutation.HERR,
    "männlich": Salutation.HERR,
    "herr": Salutation.HERR,
    "f": Salutation.FRAU,
    "w": Salutation.FRAU,
    "female": Salutation.FRAU,
    "weiblich": Salutation.FRAU,
    "frau": Salutation.FRAU,
}


def parse_vcards(path: Path) -> ImportBatch:
    """Contacts from every card with a readable name; unreadable cards and properties are listed with their line."""
    batch = ImportBatch(source=path.name)
    for raw in read_cards(read_bytes(path), path.name):
        result = raw.problem or _contact_of(raw)
        if isinstance(result, str):
            batch.skipped.append(SkippedRow(raw.line, result, path.name))
            continue
        batch.contacts.append(result)
        batch.skipped.extend(
            SkippedRow(line, f"{prop or 'Zeile'} übergangen, vCard ohne sie übernommen: {reason}", path.name)
            for line, prop, reason in sorted(raw.dropped)
        )
    return batch


def _contact_of(raw: RawCard) -> Contact | str:
    """The contact of one card, or the German reason why the card cannot be used."""
    card = _vobject_card(raw)
    if card is None:
        return "vCard nicht lesbar (fehlerhafte Zeile oder Kodierung)"
    try:
        result = _build_contact(card, raw)
    except (AttributeError, TypeError, ValueError):
        return "vCard nicht lesbar (unerwarteter Aufbau)"
    if isinstance(result, str) and raw.dropped:
        line, prop, reason = raw.dropped[0]
        return f"{result} ({prop or 'Zeile'} in Zeile {line}: {reason})"
    return result


def _vobject_card(raw: RawCard) -> vobject.base.Component | None:
    """The card as vobject reads it; a property vobject cannot read is moved to `raw.dropped`."""
    try:
        return _read_one(raw.version, [text for _, _, text in raw.properties])
    except Exception:  # vobject raises ParseError, ValueError, binascii.Error …: find the culprit below
        pass
    kept = []
    for line, prop, text in raw.properties:
        try:
            _read_one(raw.version, [text])
        except Exception:
            raw.dropped.append((line, prop, "fehlerhafte Zeile"))
        else:
            kept.append(text)
    raw.dropped.sort()
    try:
        return _read_one(raw.version, kept)
    except Exception:  # each line alone was fine; together they are not
        return None


def _read_one(version: str, lines: list[str]) -> vobject.base.Component:
    body = "".join(f"{line}\r\n" for line in lines)
    return vobject.readOne(f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n")


def _build_contact(card: vobject.base.Component, raw: RawCard) -> Contact | str:
    salutation, title, first, last = _names(card)
    if not (first or last):
        return "vCard ohne Personennamen"
    if reason := too_long({"first_name": first, "last_name": last}):
        return reason
    company = _first(card, "org")
    position = _first(card, "title") or _first(card, "role")
    email = _preferred_email(card)
    profile_url = _profile_url(card)
    notes = _first(card, "note").replace("\r\n", "\n")
    labels = _labels(card)
    # A value over its limit costs that value, listed with its property, not the card.
    values = _within_limits(raw, {"title": title, "company": company, "position": position, "email": email,
                                  "profile_url": profile_url, "note": notes})
    kept_labels = tuple(label for label in labels if _within_limits(raw, {"label": label})["label"])
    return Contact(
        first_name=first,
        last_name=last,
        salutation=salutation if salutation is not Salutation.NONE else _gender(card),
        title=values["title"],
        company=values["company"],
        position=values["position"],
        email=values["email"],
        profile_url=values["profile_url"],
        source="xing" if "xing.com" in values["profile_url"] else "vcard",
        notes=values["note"],
        labels=kept_labels,
    )


def _within_limits(raw: RawCard, values: dict[str, str]) -> dict[str, str]:
    for key, value in values.items():
        if reason := too_long({key: value}):
            prop = _FIELD_PROPERTIES[key]
            line = next((line for line, name, _ in raw.properties if name == prop), raw.line)
            raw.dropped.append((line, prop, reason))
            values[key] = ""
    return values


def _names(card: vobject.base.Component) -> tuple[Salutation, str, str, str]:
    """(salutation, academic title, first name, last name) from N, else from FN."""
    name = card.contents.get("n", [None])[0]
    value = name.value if name is not None else ""
    if isinstance(value, str):  # a card without vobject's N behaviour keeps the raw 'Family;Given;…'
        value = _RawName(*(value.split(";") + [""] * 5)[:5])
    given = " ".join(part for part in (_text(value.given), _text(value.additional)) if part)
    word, title, _ = split_title(_text(value.prefix))
    salutation, given_title, first = name_parts(given)
    last = _text(value.family)
    if not (first or last):
        fn_title, first, last = split_full_name(_first(card, "fn"))
        given_title = given_title or fn_title
    title = " ".join(part for part in (title, given_title) if part)
    return Salutation(word) if word else salutation, title, first, last


class _RawName:
    """The five components of an N value that vobject left as text."""

    def __init__(self, family: str, given: str, additional: str, prefix: str, suffix: str) -> None:
        self.family, self.given, self.additional, self.prefix, self.suffix = family, given, additional, prefix, suffix


def _text(value: object) -> str:
    """A property value (text or list of texts, as vobject gives them) as one stripped string."""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(part) for part in value if part).strip()
    return str(value or "").strip()


def _first(card: vobject.base.Component, key: str) -> str:
    lines = card.contents.get(key) or []
    if not lines:
        return ""
    value = lines[0].value
    if isinstance(value, (list, tuple)):  # ORG is 'Company;Department': the company is enough here
        value = value[0] if value else ""
    return _text(value)


def _preferred_email(card: vobject.base.Component) -> str:
    lines = card.contents.get("email") or []
    ranked = sorted(lines, key=lambda line: not ({"WORK", "PREF"} & _types(line)))
    return _text(ranked[0].value) if ranked else ""


def _types(line: vobject.base.ContentLine) -> set[str]:
    types = {value.upper() for value in line.params.get("TYPE", [])}
    return types | {value.upper() for value in line.singletonparams}


def _profile_url(card: vobject.base.Component) -> str:
    """The LinkedIn profile if the card has one, else the XING profile; never a company website."""
    urls = [
        _profile_or_blank(_text(line.value).removeprefix("x-apple:"))
        for key in _URL_PROPERTIES
        for line in card.contents.get(key, [])
    ]
    for host in PROFILE_HOSTS:
        for url in urls:
            if url.startswith(f"https://{host}/"):
                return url
    return ""


def _profile_or_blank(url: str) -> str:
    try:
        return normalize_profile_url(url)
    except ValueError:  # 'https://[x': an unreadable URL costs that URL, not the card
        return ""


def _labels(card: vobject.base.Component) -> tuple[str, ...]:
    found: list[str] = []
    for line in card.contents.get("categories", []):
        values = line.value if isinstance(line.value, (list, tuple)) else str(line.value).split(",")
        found.extend(label.strip() for label in values if label and label.strip())
    return tuple(dict.fromkeys(found))


def _gender(card: vobject.base.Component) -> Salutation:
    value = _first(card, "gender") or _first(card, "x-gender")
    return _GENDERS.get(value.split(";")[0].strip().casefold(), Salutation.NONE)
