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
    short: str = ""

    @property
    def label(self) -> str:
        """A compact label for tables: the short name, else the full one."""
        return self.short or self.name


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
# Friends and family have no sector worth tagging; a role alone makes them tagged.
ROLES_WITHOUT_SECTOR: frozenset[str] = frozenset({"privat"})


def is_fully_tagged(role: str | None, sector: str | None) -> bool:
    """A role and, where it matters, a sector: the one rule behind "tagged" everywhere."""
    return bool(role) and (bool(sector) or role in ROLES_WITHOUT_SECTOR)

# WZ 2008 sections (Destatis, Klassifikation der Wirtschaftszweige, Ausgabe 2008).
WZ2008_SECTIONS: tuple[Sector, ...] = (
    Sector("A", "Land- und Forstwirtschaft, Fischerei", "Landwirtschaft"),
    Sector("B", "Bergbau und Gewinnung von Steinen und Erden", "Bergbau"),
    Sector("C", "Verarbeitendes Gewerbe", "Industrie"),
    Sector("D", "Energieversorgung", "Energie"),
    Sector("E", "Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen",
           "Wasser, Entsorgung"),
    Sector("F", "Baugewerbe", "Bau"),
    Sector("G", "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen", "Handel, Kfz"),
    Sector("H", "Verkehr und Lagerei", "Verkehr, Logistik"),
    Sector("I", "Gastgewerbe", "Gastgewerbe"),
    Sector("J", "Information und Kommunikation", "IT, Medien"),
    Sector("K", "Erbringung von Finanz- und Versicherungsdienstleistungen", "Finanzen, Versicherung"),
    Sector("L", "Grundstücks- und Wohnungswesen", "Immobilien"),
    Sector("M", "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen",
           "Freie Berufe, Beratung"),
    Sector("N", "Erbringung von sonstigen wirtschaftlichen Dienstleistungen", "Wirtschaftl. Dienste"),
    Sector("O", "Öffentliche Verwaltung, Verteidigung; Sozialversicherung", "Öffentl. Verwaltung"),
    Sector("P", "Erziehung und Unterricht", "Bildung"),
    Sector("Q", "Gesundheits- und Sozialwesen", "Gesundheit, Soziales"),
    Sector("R", "Kunst, Unterhaltung und Erholung", "Kultur, Freizeit"),
    Sector("S", "Erbringung von sonstigen Dienstleistungen", "Sonstige Dienste"),
    Sector("T", "Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von "
           "Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt",
           "Private Haushalte"),
    Sector("U", "Exterritoriale Organisationen und Körperschaften", "Exterritoriale Org."),
)

SECTOR_BY_CODE: dict[str, Sector] = {sector.code: sector for sector in WZ2008_SECTIONS}


def sector_label(code: str | None) -> str:
    """The compact label of a sector code, or an empty string for none; unknown codes show as they are."""
    if code is None:
        return ""
    sector = SECTOR_BY_CODE.get(code)
    return sector.label if sector else code


def role_label(key: str | None) -> str:
    """The German label of a role key, or an empty string for none or an unknown key."""
    if key is None:
        return ""
    role = ROLE_BY_KEY.get(key)
    return role.label if role else key
