"""The 88 divisions (Abteilungen) of the WZ 2008 and the section each belongs to: what the sector picker searches.

Source: Statistisches Bundesamt (Destatis), Klassifikation der Wirtschaftszweige, Ausgabe 2008 (WZ 2008),
Gliederung, level "Abteilung" (two-digit codes 01–99), official German titles. The contacts are tagged with
the section (A–U); a division only explains why a typed word leads to its section.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Division:
    """A WZ 2008 division: two-digit code, official German title, and its section letter."""

    code: str
    name: str
    section: str

    @property
    def label(self) -> str:
        """Code and title as the WZ writes them: "46 Großhandel (ohne Handel mit Kraftfahrzeugen)"."""
        return f"{self.code} {self.name}"


# The first division of each section, in order; a division belongs to the last section starting at or before it.
_SECTION_STARTS: tuple[tuple[int, str], ...] = (
    (1, "A"), (5, "B"), (10, "C"), (35, "D"), (36, "E"), (41, "F"), (45, "G"), (49, "H"), (55, "I"), (58, "J"),
    (64, "K"), (68, "L"), (69, "M"), (77, "N"), (84, "O"), (85, "P"), (86, "Q"), (90, "R"), (94, "S"), (97, "T"),
    (99, "U"),
)

_NAMES: dict[str, str] = {
    "01": "Landwirtschaft, Jagd und damit verbundene Tätigkeiten",
    "02": "Forstwirtschaft und Holzeinschlag",
    "03": "Fischerei und Aquakultur",
    "05": "Kohlenbergbau",
    "06": "Gewinnung von Erdöl und Erdgas",
    "07": "Erzbergbau",
    "08": "Gewinnung von Steinen und Erden, sonstiger Bergbau",
    "09": "Erbringung von Dienstleistungen für den Bergbau und für die Gewinnung von Steinen und Erden",
    "10": "Herstellung von Nahrungs- und Futtermitteln",
    "11": "Getränkeherstellung",
    "12": "Tabakverarbeitung",
    "13": "Herstellung von Textilien",
    "14": "Herstellung von Bekleidung",
    "15": "Herstellung von Leder, Lederwaren und Schuhen",
    "16": "Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)",
    "17": "Herstellung von Papier, Pappe und Waren daraus",
    "18": "Herstellung von Druckerzeugnissen; Vervielfältigung von bespielten Ton-, Bild- und Datenträgern",
    "19": "Kokerei und Mineralölverarbeitung",
    "20": "Herstellung von chemischen Erzeugnissen",
    "21": "Herstellung von pharmazeutischen Erzeugnissen",
    "22": "Herstellung von Gummi- und Kunststoffwaren",
    "23": "Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden",
    "24": "Metallerzeugung und -bearbeitung",
    "25": "Herstellung von Metallerzeugnissen",
    "26": "Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen",
    "27": "Herstellung von elektrischen Ausrüstungen",
    "28": "Maschinenbau",
    "29": "Herstellung von Kraftwagen und Kraftwagenteilen",
    "30": "Sonstiger Fahrzeugbau",
    "31": "Herstellung von Möbeln",
    "32": "Herstellung von sonstigen Waren",
    "33": "Reparatur und Installation von Maschinen und Ausrüstungen",
    "35": "Energieversorgung",
    "36": "Wasserversorgung",
    "37": "Abwasserentsorgung",
    "38": "Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung",
    "39": "Beseitigung von Umweltverschmutzungen und sonstige Entsorgung",
    "41": "Hochbau",
    "42": "Tiefbau",
    "43": "Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe",
    "45": "Handel mit Kraftfahrzeugen; Instandhaltung und Reparatur von Kraftfahrzeugen",
    "46": "Großhandel (ohne Handel mit Kraftfahrzeugen)",
    "47": "Einzelhandel (ohne Handel mit Kraftfahrzeugen)",
    "49": "Landverkehr und Transport in Rohrfernleitungen",
    "50": "Schifffahrt",
    "51": "Luftfahrt",
    "52": "Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr",
    "53": "Post-, Kurier- und Expressdienste",
    "55": "Beherbergung",
    "56": "Gastronomie",
    "58": "Verlagswesen",
    "59": "Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Kinos; Tonstudios und "
          "Verlegen von Musik",
    "60": "Rundfunkveranstalter",
    "61": "Telekommunikation",
    "62": "Erbringung von Dienstleistungen der Informationstechnologie",
    "63": "Informationsdienstleistungen",
    "64": "Erbringung von Finanzdienstleistungen",
    "65": "Versicherungen, Rückversicherungen und Pensionskassen (ohne Sozialversicherung)",
    "66": "Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten",
    "68": "Grundstücks- und Wohnungswesen",
    "69": "Rechts- und Steuerberatung, Wirtschaftsprüfung",
    "70": "Verwaltung und Führung von Unternehmen und Betrieben; Unternehmensberatung",
    "71": "Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung",
    "72": "Forschung und Entwicklung",
    "73": "Werbung und Marktforschung",
    "74": "Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten",
    "75": "Veterinärwesen",
    "77": "Vermietung von beweglichen Sachen",
    "78": "Vermittlung und Überlassung von Arbeitskräften",
    "79": "Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen",
    "80": "Wach- und Sicherheitsdienste sowie Detekteien",
    "81": "Gebäudebetreuung; Garten- und Landschaftsbau",
    "82": "Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen und Privatpersonen a. n. g.",
    "84": "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    "85": "Erziehung und Unterricht",
    "86": "Gesundheitswesen",
    "87": "Heime (ohne Erholungs- und Ferienheime)",
    "88": "Sozialwesen (ohne Heime)",
    "90": "Kreative, künstlerische und unterhaltende Tätigkeiten",
    "91": "Bibliotheken, Archive, Museen, botanische und zoologische Gärten",
    "92": "Spiel-, Wett- und Lotteriewesen",
    "93": "Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung",
    "94": "Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen (ohne Sozialwesen und Sport)",
    "95": "Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern",
    "96": "Erbringung von sonstigen überwiegend persönlichen Dienstleistungen",
    "97": "Private Haushalte mit Hauspersonal",
    "98": "Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf "
          "ohne ausgeprägten Schwerpunkt",
    "99": "Exterritoriale Organisationen und Körperschaften",
}


def section_of(division_code: str) -> str:
    """The section letter of a two-digit division code ("46" → "G")."""
    number = int(division_code)
    return next(letter for start, letter in reversed(_SECTION_STARTS) if start <= number)


WZ2008_DIVISIONS: tuple[Division, ...] = tuple(Division(code, name, section_of(code)) for code, name in _NAMES.items())
