"""Roles and sectors by the names an advisor types: keys, codes and German labels, umlauts or not."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from advisor_tui.domain.contacts.identity import fold_name
from advisor_tui.domain.network.vocabulary import ROLES, WZ2008_SECTIONS, Role, Sector

T = TypeVar("T")


class UnknownTerm(ValueError):
    """A role or sector that the vocabulary does not know, or that fits several; the message is German."""


def _role_spellings(role: Role) -> list[str]:
    """Key, label and the label's single forms: "Unternehmer/in" also as "Unternehmer" and "Unternehmerin"."""
    spellings = [role.key, role.label]
    base, slash, other = role.label.partition("/")
    if slash:
        # "…/in" adds an ending; "Ex-Kollege/Kollegin" replaces the last word of the first form.
        stem = base.rsplit("-", 1)[0] + "-" if "-" in base else ""
        spellings += [base, base + other if other[:1].islower() else stem + other]
    return spellings


def _sector_spellings(sector: Sector) -> list[str]:
    """Code, full name, short name and each part of the short name ("Verkehr, Logistik" → "Verkehr")."""
    return [sector.code, sector.name, sector.short, *sector.short.split(",")]


def _find(value: str, entries: Iterable[T], spellings: Callable[[T], list[str]], what: str,
          listing: Callable[[T], str]) -> T:
    entries = list(entries)
    wanted = fold_name(value)
    found = [entry for entry in entries if wanted in {fold_name(s) for s in spellings(entry) if s.strip()}]
    if len(found) == 1:
        return found[0]
    names = "; ".join(listing(entry) for entry in (found or entries))
    if found:
        raise UnknownTerm(f"{what} „{value}“ ist mehrdeutig (gemeint: {names}).")
    raise UnknownTerm(f"Unbekannte {what} „{value}“ (möglich: {names}).")


def find_role(value: str, roles: Iterable[Role] = ROLES) -> Role:
    """The role named by key or label, in any case and with or without umlauts; UnknownTerm lists the names."""
    return _find(value, roles, _role_spellings, "Rolle", lambda role: f"{role.label} ({role.key})")


def find_sector(value: str, sectors: Iterable[Sector] = WZ2008_SECTIONS) -> Sector:
    """The sector named by code, name or short name (or a part of it), like find_role; a code wins over names."""
    sectors = list(sectors)
    by_code = [sector for sector in sectors if sector.code.casefold() == value.strip().casefold()]
    if by_code:
        return by_code[0]
    return _find(value, sectors, _sector_spellings, "Branche", lambda sector: f"{sector.label} ({sector.code})")
