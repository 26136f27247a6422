"""Role and sector suggestions from real-looking LinkedIn and XING titles."""

from __future__ import annotations

import time

import pytest

from advisor_tui.domain.network.roles import same_institution, suggest_role, suggest_sector
from advisor_tui.domain.network.vocabulary import ROLE_BY_KEY, SECTOR_BY_CODE

OWN = "Sparkasse KölnBonn"

ROLE_CASES = [
    # owners and managing directors of non-banks
    ("Geschäftsführer", "Müller Bau GmbH", "unternehmer"),
    ("Geschäftsführerin", "Schneider Haustechnik GmbH & Co. KG", "unternehmer"),
    ("Geschaeftsfuehrer", "Weber Metallbau GmbH", "unternehmer"),
    ("Geschäftsfüher", "Autohaus Becker", "unternehmer"),
    ("Geschaftsfuhrer", "Hoffmann Logistik", "unternehmer"),
    ("Geschäftsführender Gesellschafter", "Krämer Maschinenbau GmbH", "unternehmer"),
    ("Inhaber", "Bäckerei Schulz", "unternehmer"),
    ("Inhaberin", "Praxis für Physiotherapie Wagner", "unternehmer"),
    ("Gründer & CEO", "Lumen Software GmbH", "unternehmer"),
    ("CEO & Co-Founder", "greenfleet.io", "unternehmer"),
    ("Owner", "Rhein Catering", "unternehmer"),
    ("Managing Director", "Kessler Automotive GmbH", "unternehmer"),
    ("Vorstand", "Brandt Industrie AG", "unternehmer"),
    ("Vorstandsvorsitzender", "Solarpark Eifel AG", "unternehmer"),
    ("Mitglied der Geschäftsleitung", "Fischer Spedition", "unternehmer"),
    ("Geschäftsführer in 2. Generation", "Holzbau Zimmermann", "unternehmer"),
    ("Geschäftsführer / CFO", "Neumann Kunststofftechnik", "unternehmer"),
    ("Inhaber / Vertrieb", "Elektro Richter", "unternehmer"),
    ("Geschäftsführer Vertrieb und Marketing", "Schwarz Antriebstechnik GmbH", "unternehmer"),
    ("Selbstständig", "", "unternehmer"),
    ("GF", "Kuhn Transporte", "unternehmer"),
    ("Eigentümerin", "Hotel Adler", "unternehmer"),
    ("Geschäftsführer bei Müller Bau GmbH", "", "unternehmer"),
    # successors
    ("Nachfolger", "Zimmermann Holzbau", "nachfolger"),
    ("Designierter Geschäftsführer", "Koch Fensterbau GmbH", "nachfolger"),
    ("Geschäftsführer (designiert)", "Lang Präzisionstechnik", "nachfolger"),
    ("Junior-Geschäftsführer", "Hartmann Druckerei", "nachfolger"),
    ("Juniorchefin", "Weingut Busch", "nachfolger"),
    ("Nachfolgerin in 3. Generation, Prokuristin", "Schmitt Stahlbau", "nachfolger"),
    ("Next Generation / Head of Strategy", "Berger Group", "nachfolger"),
    ("Künftiger Inhaber", "Autohaus Peters", "nachfolger"),
    ("Sohn des Inhabers", "Metzgerei Vogt", "nachfolger"),
    ("Junior Consultant", "Accenture", None),
    # finance leads
    ("CFO", "Vogel Verpackungen GmbH", "kaufm-leitung"),
    ("Kaufmännischer Leiter", "Roth Anlagenbau", "kaufm-leitung"),
    ("kaufm. Leiterin", "Friedrich Pflegedienste", "kaufm-leitung"),
    ("Kaufmännischer Geschäftsführer", "Keller Bauunternehmung", "kaufm-leitung"),
    ("Leiter Finanzen und Controlling", "Stadtwerke Neuss", "kaufm-leitung"),
    ("Head of Finance", "Nordwind Logistics GmbH", "kaufm-leitung"),
    ("Prokurist", "Günther Baustoffe", "kaufm-leitung"),
    ("Leitung Rechnungswesen", "Schuster Möbelwerke", "kaufm-leitung"),
    ("Finanzvorstand", "Albrecht Holding AG", "kaufm-leitung"),
    ("Finance Director DACH", "Polymer Solutions GmbH", "kaufm-leitung"),
    # competitors: banks, Sparkassen, insurers and their people
    ("Firmenkundenberater", "Sparkasse Aachen", "wettbewerb"),
    ("Vorstand", "Volksbank Mittelhessen eG", "wettbewerb"),
    ("Filialleiter", "Raiffeisenbank Erding eG", "wettbewerb"),
    ("Generalvertreter", "Allianz Beratungs- und Vertriebs-AG", "wettbewerb"),
    ("Kundenbetreuerin", "HUK-COBURG", "wettbewerb"),
    ("Geschäftsführer", "Müller Versicherungsmakler GmbH", "wettbewerb"),
    ("Relationship Manager", "Deutsche Bank AG", "wettbewerb"),
    ("Firmenkundenbetreuer", "", "wettbewerb"),
    ("Leiter Firmenkunden", "Kreissparkasse Köln", "wettbewerb"),
    # the advisor's own house
    ("Firmenkundenberater", "Sparkasse KölnBonn", "kollege"),
    ("Vorstandsvorsitzender", "Sparkasse Köln Bonn", "kollege"),
    ("Teamleiterin Private Banking", "", "wettbewerb"),
    # referral partners
    ("Steuerberater", "Kanzlei Lehmann & Partner", "umfeld"),
    ("Steuerberaterin, Partnerin", "ETL Wagner Steuerberatungsgesellschaft mbH", "umfeld"),
    ("Rechtsanwalt und Notar", "Dr. Huber Rechtsanwälte", "umfeld"),
    ("Fachanwältin für Erbrecht", "", "umfeld"),
    ("Wirtschaftsprüfer", "KPMG AG", "umfeld"),
    ("Geschäftsführer", "Schäfer Steuerberatungsgesellschaft mbH", "umfeld"),
    ("Tax Advisor", "Rödl & Partner", "umfeld"),
    ("Lawyer", "Hengeler Mueller", "umfeld"),
    ("Inhaber / Steuerberater", "", "umfeld"),
    # multipliers
    ("Hauptgeschäftsführer", "IHK Köln", "multiplikator"),
    ("Referentin für Unternehmensförderung", "Handwerkskammer Düsseldorf", "multiplikator"),
    ("Geschäftsführer", "Bauindustrieverband NRW e.V.", "multiplikator"),
    ("Redakteur Wirtschaft", "Kölner Stadt-Anzeiger", "multiplikator"),
    ("Journalistin", "", "multiplikator"),
    ("Leiter", "Wirtschaftsförderung Rhein-Erft GmbH", "multiplikator"),
    # people who want to sell to the advisor
    ("Senior Recruiter", "Hays AG", "dienstleister"),
    ("Personalberater", "Kienbaum Consultants", "dienstleister"),
    ("Inhaber & Personalberater", "Müller Executive Search", "dienstleister"),
    ("Key Account Manager", "SAP Deutschland", "dienstleister"),
    ("Vertriebsleiter", "Maschinenbau Schmidt GmbH", "dienstleister"),
    ("Head of Sales", "Cloudware GmbH", "dienstleister"),
    ("Business Development Manager", "Digitalagentur Pixel", "dienstleister"),
    ("Außendienstmitarbeiter", "Würth", "dienstleister"),
    # nothing sensible to say
    ("Student", "Universität zu Köln", None),
    ("Werkstudent Vertrieb", "Bosch", None),
    ("Assistentin der Geschäftsführung", "Müller Bau GmbH", None),
    ("Controller", "Henkel", None),
    ("Projektingenieur", "Siemens Energy", None),
    ("Bauleiter", "Strabag", None),
    ("", "", None),
    ("Auf der Suche nach neuen Herausforderungen", "", None),
]


@pytest.mark.parametrize(("position", "company", "expected"), ROLE_CASES)
def test_suggest_role(position: str, company: str, expected: str | None) -> None:
    assert suggest_role(position, company, own_company=OWN) == expected


@pytest.mark.parametrize(
    ("company", "own", "expected"),
    [
        ("Sparkasse KölnBonn", "Sparkasse Köln Bonn", True),
        ("Volksbank Mittelhessen eG", "Volksbank Mittelhessen", True),
        ("Deutsche Bank Privat- und Firmenkunden AG", "Deutsche Bank AG", True),
        ("Kreissparkasse Köln", "Sparkasse KölnBonn", False),
        ("Commerzbank", "comdirect", False),
        ("", "Sparkasse KölnBonn", False),
        ("Sparkasse KölnBonn", "", False),
    ],
)
def test_same_institution(company: str, own: str, expected: bool) -> None:
    assert same_institution(company, own) is expected


def test_without_own_company_a_sparkasse_is_competition() -> None:
    assert suggest_role("Firmenkundenberater", "Sparkasse KölnBonn") == "wettbewerb"


SECTOR_CASES = [
    ("Müller Bau GmbH", "Geschäftsführer", "F"),
    ("Bauunternehmung Keller GmbH & Co. KG", "", "F"),
    ("Zimmermann Holzbau", "", "F"),
    ("Schneider Haustechnik GmbH", "", "F"),
    ("Dachdeckerei Braun", "", "F"),
    ("Krämer Maschinenbau GmbH", "", "C"),
    ("Weber Metallbau", "", "C"),
    ("Porzellanmanufaktur Fürstenberg", "", "C"),
    ("Schuster Möbelwerke", "", "C"),
    ("Bäckerei Schulz", "Inhaber", "C"),
    ("Autohaus Becker", "", "G"),
    ("Holzhandel Meyer", "", "G"),
    ("Fischer Spedition", "", "H"),
    ("Nordwind Logistics GmbH", "", "H"),
    ("Hotel Adler", "", "I"),
    ("Landgasthof zur Linde", "", "I"),
    ("Lumen Software GmbH", "", "J"),
    ("Sparkasse Aachen", "", "K"),
    ("Allianz Versicherungs-AG", "", "K"),
    ("Rhein Immobilien GmbH", "", "L"),
    ("Hausverwaltung Lange", "", "L"),
    ("Schäfer Steuerberatungsgesellschaft mbH", "", "M"),
    ("Kanzlei Lehmann & Partner", "", "M"),
    ("Ingenieurbüro Vogt", "", "M"),
    ("Zahnarztpraxis Dr. Wolf", "", "Q"),
    ("Pflegedienst Sonnenschein", "", "Q"),
    ("Weingut Busch", "", "A"),
    ("Stadtwerke Neuss", "", "D"),
    ("Solartechnik Süd GmbH", "", "D"),
    ("Garten- und Landschaftsbau Kuhn", "", "N"),
    ("IHK Köln", "", "S"),
    ("Kieswerk Rheinau", "", "B"),
    ("Entsorgung Jansen", "", "E"),
    ("Stadtverwaltung Bonn", "", "O"),
    ("Berufskolleg Ehrenfeld", "Lehrerin", "P"),
    ("", "Steuerberater", "M"),
    ("", "Landwirt", "A"),
    ("", "Geschäftsführer bei Müller Bau GmbH", "F"),
    ("Müller GmbH", "Geschäftsführer", None),
    ("Netzwerk Handwerk", "", None),
    ("Albrecht Holding AG", "", None),
    ("", "", None),
]


@pytest.mark.parametrize(("company", "position", "expected"), SECTOR_CASES)
def test_suggest_sector(company: str, position: str, expected: str | None) -> None:
    assert suggest_sector(company, position) == expected


@pytest.mark.parametrize(
    ("table", "minimum", "known"), [(ROLE_CASES, 60, set(ROLE_BY_KEY)), (SECTOR_CASES, 25, set(SECTOR_BY_CODE))]
)
def test_tables_are_large_and_use_known_values(table: list[tuple], minimum: int, known: set[str]) -> None:
    assert len(table) >= minimum
    assert {expected for *_, expected in table} - {None} <= known


def test_suggestions_are_fast_for_many_new_titles() -> None:
    # A generous bound that still fails when the fuzzy fallback runs uncached for every word.
    titles = [(f"{position} {index}", f"{company} {index} GmbH") for index, (position, company, _) in
              enumerate(ROLE_CASES * 40)]
    started = time.perf_counter()
    for position, company in titles:
        suggest_role(position, company, own_company=OWN)
    per_call = (time.perf_counter() - started) / len(titles)
    assert per_call < 500e-6


@pytest.mark.parametrize(("position", "role"), [
    ("Proprietário", "unternehmer"), ("Sócio-diretor", "unternehmer"), ("Empresária", "unternehmer"),
    ("Diretor financeiro", "kaufm-leitung"), ("Gerente de banco", "wettbewerb"),
    ("Relationship Manager", "wettbewerb"), ("Financial Advisor", "wettbewerb"),
])
def test_english_and_portuguese_titles(position: str, role: str) -> None:
    """LinkedIn's job-title demographics come in the member's UI language; the same suggestion reads them."""
    assert suggest_role(position, "") == role
