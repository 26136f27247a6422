"""Contacts out: CSV (plain or for German Excel) and vCard 3.0 for Outlook and phones."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from advisor_tui.domain.models import Contact

CSV_HEADER = (
    "first_name", "last_name", "salutation", "title", "company", "position", "sector", "role", "labels",
    "email", "profile_url",
)
# Cells starting like a formula run as one in spreadsheets; names from a social network are not trusted.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _csv_row(contact: Contact) -> list[str]:
    values = (
        contact.first_name, contact.last_name, str(contact.salutation), contact.title, contact.company,
        contact.position, contact.sector or "", contact.role or "", "|".join(contact.labels), contact.email,
        contact.profile_url,
    )
    return [_cell(value) for value in values]


def export_csv(contacts: Iterable[Contact], *, excel: bool = False) -> bytes:
    """UTF-8 CSV with the documented header; `excel`: `;`, a BOM and CRLF for German Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(_csv_row(contact) for contact in contacts)
    data = buffer.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if excel else data


def _vcard(contact: Contact) -> str:
    import vobject  # loaded on export only: it costs start-up time

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=contact.last_name, given=contact.first_name,
                                             prefix=contact.title)
    card.add("fn").value = " ".join(p for p in (contact.title, contact.first_name, contact.last_name) if p)
    if contact.company:
        card.add("org").value = [contact.company]
    if contact.position:
        card.add("title").value = contact.position
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    if contact.profile_url:
        card.add("url").value = contact.profile_url
    if contact.labels:
        card.add("categories").value = list(contact.labels)
    if contact.salutation:
        card.add("x-gender").value = "Female" if contact.salutation == "Frau" else "Male"
    return card.serialize()


def export_vcards(contacts: Iterable[Contact]) -> bytes:
    """One vCard 3.0 per contact, tags as CATEGORIES; the advisor's private notes stay out."""
    return "".join(_vcard(contact) for contact in contacts).encode("utf-8")
