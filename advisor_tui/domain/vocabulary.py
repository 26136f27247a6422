"""Roles and sectors: the vocabulary every contact is tagged with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RoleGroup(StrEnum):
    """Whether a role is a client target, part of the useful network, or neither."""

    TARGET = "target"
    NETWORK = "network"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Role:
    """A contact role with a stable key and a German label."""

    key: str
    label: str
    group: RoleGroup
    description: str = ""


@dataclass(frozen=True, slots=True)
class Sector:
    """A sector (Branche): a WZ 2008 section or one the advisor added."""

    code: str
    name: str


ROLES: tuple[Role, ...] = (
    Role("unternehmer", "Unternehmer/in", RoleGroup.TARGET, "Inhaber, Geschäftsführende Gesellschafter"),
    Role("nachfolger", "Nachfolger/in", RoleGroup.TARGET, "Die nächste Generation im Familienunternehmen"),
    Role("kaufm-leitung", "Kaufmännische Leitung", RoleGroup.TARGET, "CFO, Leitung Finanzen, Prokurist"),
    Role("umfeld", "Umfeld", RoleGroup.NETWORK, "Steuerberater, Anwalt, Wirtschaftsprüfer, Notar"),
    Role("multiplikator", "Multiplikator", RoleGroup.NETWORK, "Verbände, Kammern, Netzwerke, Presse"),
    Role("kollege", "Kollege/Kollegin", RoleGroup.OTHER, "Aus dem eigenen Haus"),
    Role("ex-kollege", "Ex-Kollege/Kollegin", RoleGroup.OTHER, "Früher im eigenen Haus"),
    Role("privat", "Privat", RoleGroup.OTHER, "Freunde, Familie"),
    Role("wettbewerb", "Wettbewerb", RoleGroup.OTHER, "Andere Banken, Sparkassen, Versicherer"),
    Role("dienstleister", "Dienstleister", RoleGroup.OTHER, "Vertrieb, Personalberatung"),
)

ROLE_BY_KEY: dict[str, Role] = {role.key: role for role in ROLES}
TARGET_ROLE_KEYS: frozenset[str] = frozenset(r.key for r in ROLES if r.group is RoleGroup.TARGET)

# WZ 2008 sections (Destatis, Klassifikation der Wirtschaftszweige, Ausgabe 2008).
WZ2008_SECTIONS: tuple[Sector, ...] = (
    Sector("A", "Land- und Forstwirtschaft, Fischerei"),
    Sector("B", "Bergbau und Gewinnung von Steinen und Erden"),
    Sector("C", "Verarbeitendes Gewerbe"),
    Sector("D", "Energieversorgung"),
    Sector("E", "Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen"),
    Sector("F", "Baugewerbe"),
    Sector("G", "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen"),
    Sector("H", "Verkehr und Lagerei"),
    Sector("I", "Gastgewerbe"),
    Sector("J", "Information und Kommunikation"),
    Sector("K", "Erbringung von Finanz- und Versicherungsdienstleistungen"),
    Sector("L", "Grundstücks- und Wohnungswesen"),
    Sector("M", "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen"),
    Sector("N", "Erbringung von sonstigen wirtschaftlichen Dienstleistungen"),
    Sector("O", "Öffentliche Verwaltung, Verteidigung; Sozialversicherung"),
    Sector("P", "Erziehung und Unterricht"),
    Sector("Q", "Gesundheits- und Sozialwesen"),
    Sector("R", "Kunst, Unterhaltung und Erholung"),
    Sector("S", "Erbringung von sonstigen Dienstleistungen"),
    Sector("T", "Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von "
           "Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt"),
    Sector("U", "Exterritoriale Organisationen und Körperschaften"),
)

SECTOR_BY_CODE: dict[str, Sector] = {sector.code: sector for sector in WZ2008_SECTIONS}


def role_label(key: str | None) -> str:
    """The German label of a role key, or an empty string for none or an unknown key."""
    if key is None:
        return ""
    role = ROLE_BY_KEY.get(key)
    return role.label if role else key
