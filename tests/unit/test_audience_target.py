"""The audience mapped onto roles and sectors: realistic demographics rows in English, German and Portuguese."""

from __future__ import annotations

from datetime import date

import pytest

from advisor_tui.domain.audience.industries import industry_sector
from advisor_tui.domain.audience.models import Category, Demographics, DemographicShare, Period, Scope
from advisor_tui.domain.audience.target import Meaning, read_demographics, row_meaning, sectors_text, verdict

PERIOD = Period(date(2026, 8, 25), date(2026, 11, 22))


def rows(category: Category, *pairs: tuple[str, float | None]) -> list[DemographicShare]:
    return [DemographicShare(category, value, share, below_one_percent=share is None) for value, share in pairs]


# The legacy English layout: fractions, "< 1%" as None, five rows per category.
ENGLISH = Demographics(Scope.AUDIENCE, PERIOD, tuple(
    rows(Category.JOB_TITLE, ("Relationship Manager", 0.061), ("Owner", 0.034), ("Managing Director", 0.028),
         ("Chief Financial Officer", 0.012), ("Software Engineer", 0.011))
    + rows(Category.LOCATION, ("Cologne Bonn Region", 0.31), ("Düsseldorf", 0.08))
    + rows(Category.INDUSTRY, ("Financial Services", 0.247), ("Banking", 0.12), ("Machinery Manufacturing", 0.06),
           ("Construction", 0.041), ("Hospitality", None))
    + rows(Category.SENIORITY, ("Senior", 0.268), ("Entry", 0.2), ("Owner", 0.061), ("CXO", 0.022),
           ("Partner", None))
    + rows(Category.COMPANY_SIZE, ("10,001+ employees", 0.145),)
    + rows(Category.COMPANY, ("Sparkasse KölnBonn", 0.019),)
))

GERMAN = Demographics(Scope.CONTENT, PERIOD, tuple(
    rows(Category.JOB_TITLE, ("Geschäftsführer", 0.09), ("Firmenkundenberater", 0.05), ("Steuerberater", 0.02))
    + rows(Category.INDUSTRY, ("Maschinenbau", 0.11), ("Bauwesen", 0.07), ("Finanzdienstleistungen", 0.06),
           ("Gastgewerbe", 0.03), ("Versicherungen", 0.02))
    + rows(Category.SENIORITY, ("Inhaber", 0.18), ("Partner", 0.04), ("Manager", 0.2), ("Erfahren", 0.3))
))

PORTUGUESE = Demographics(Scope.CONTENT, PERIOD, tuple(
    rows(Category.JOB_TITLE, ("Sócio-diretor", 0.07), ("Gerente de banco", 0.05), ("Analista", 0.04))
    + rows(Category.INDUSTRY, ("Serviços financeiros", 0.3), ("Bancos", 0.1), ("Construção", 0.05),
           ("Fabricação de máquinas", 0.03))
    + rows(Category.SENIORITY, ("Proprietário", 0.03), ("Sócio", 0.02), ("Sênior", 0.25))
))


@pytest.mark.parametrize(("industry", "code"), [
    ("Financial Services", "K"), ("Banking", "K"), ("Insurance", "K"), ("Investment Banking", "K"),
    ("Construction", "F"), ("Machinery Manufacturing", "C"), ("Hospitality", "I"), ("Retail Motor Vehicles", "G"),
    ("Motor Vehicle Manufacturing", "C"), ("IT Services and IT Consulting", "J"),
    ("Business Consulting and Services", "M"),
    ("Hospitals and Health Care", "Q"), ("Truck Transportation", "H"), ("Real Estate", "L"), ("Accounting", "M"),
    ("Food and Beverage Services", "I"), ("Staffing and Recruiting", "N"), ("Government Administration", "O"),
    ("Maschinenbau", "C"), ("Finanzdienstleistungen", "K"), ("Bankwesen", "K"), ("Einzelhandel", "G"),
    ("Großhandel", "G"), ("Öffentliche Verwaltung", "O"), ("Serviços financeiros", "K"), ("Construção", "F"),
    ("Hotelaria", "I"), ("Tecnologia da informação e serviços", "J"),
])
def test_linkedin_industries_map_onto_wz_sections(industry: str, code: str) -> None:
    assert industry_sector(industry) == code


def test_an_industry_that_says_nothing_maps_to_nothing() -> None:
    assert industry_sector("Services") is None
    assert industry_sector("") is None


def test_each_row_gets_its_meaning() -> None:
    meanings = {(r.row.category, r.row.value): r for r in map(row_meaning, ENGLISH.shares)}
    assert meanings[(Category.SENIORITY, "Owner")].meaning is Meaning.TARGET
    assert meanings[(Category.SENIORITY, "Partner")].meaning is Meaning.TARGET
    assert meanings[(Category.SENIORITY, "Senior")].meaning is Meaning.OTHER
    assert meanings[(Category.JOB_TITLE, "Managing Director")].role == "unternehmer"
    assert meanings[(Category.JOB_TITLE, "Chief Financial Officer")].label == "Zielkunden · Kaufmännische Leitung"
    assert meanings[(Category.JOB_TITLE, "Relationship Manager")].meaning is Meaning.PEER
    assert meanings[(Category.JOB_TITLE, "Software Engineer")].meaning is Meaning.UNKNOWN
    assert meanings[(Category.INDUSTRY, "Financial Services")].meaning is Meaning.PEER
    assert meanings[(Category.INDUSTRY, "Machinery Manufacturing")].label == "Zielkunden · Industrie"
    assert meanings[(Category.LOCATION, "Düsseldorf")].meaning is Meaning.UNKNOWN
    steuer = row_meaning(DemographicShare(Category.JOB_TITLE, "Steuerberater", 0.02))
    assert (steuer.meaning, steuer.label) == (Meaning.NETWORK, "Umfeld · Umfeld")


def test_english_report_rests_on_seniority_and_counts_financial_services_as_peers() -> None:
    report = read_demographics(ENGLISH, network_share=23.0)
    assert report.target_share == pytest.approx(6.1 + 2.2 + 0.5)  # Owner, CXO, Partner "< 1%"
    assert report.target_basis == "Karrierestufe (Owner, CXO, Partner)"
    assert report.peer_share == pytest.approx(24.7 + 12.0)
    assert [code for code, _ in report.top_sectors] == ["C", "F", "I"]
    assert report.headline == "mind. 9 % des Publikums sind Zielkunden"
    assert report.verdict == ("Vor allem Kollegen und Wettbewerb: 37 % aus Banken, Finanzdienstleistern und "
                              "Versicherungen, nur 9 % Zielkunden. Ihr Netzwerk hat 23 % Zielkunden – die Beiträge "
                              "erreichen sie zu selten.")


def test_german_report() -> None:
    report = read_demographics(GERMAN, network_share=15.0)
    assert report.target_share == pytest.approx(22.0)
    assert report.peer_share == pytest.approx(8.0)
    assert sectors_text(report.top_sectors) == "Industrie 11 %, Bau 7 %, Gastgewerbe 3 %"
    assert report.verdict == "Gut: mindestens 22 % Unternehmer und Entscheider. Ihr Netzwerk hat 15 % Zielkunden."


def test_portuguese_report() -> None:
    report = read_demographics(PORTUGUESE)
    assert report.target_share == pytest.approx(5.0)
    assert report.peer_share == pytest.approx(40.0)
    assert [code for code, _ in report.top_sectors] == ["F", "C"]
    assert "Kollegen und Wettbewerb" in report.verdict


def test_job_titles_carry_the_estimate_when_no_seniority_was_reported() -> None:
    table = Demographics(Scope.POST, None, tuple(rows(Category.JOB_TITLE, ("Inhaber", 0.12), ("Bankkaufmann", 0.1))))
    report = read_demographics(table)
    assert report.target_share == pytest.approx(12.0)
    assert report.target_basis == "Berufsbezeichnungen (Inhaber)"
    assert report.peer_share == pytest.approx(10.0)


def test_no_figure_without_seniority_or_titles() -> None:
    table = Demographics(Scope.CONTENT, PERIOD, tuple(rows(Category.LOCATION, ("Köln", 0.5))))
    report = read_demographics(table)
    assert report.target_share is None and report.peer_share is None
    assert report.headline == "Zielkunden-Anteil der Betrachter: nicht ermittelbar"
    assert report.verdict.startswith("Keine Aussage möglich")


@pytest.mark.parametrize(("target", "peers", "start"), [
    (25.0, 5.0, "Gut"), (15.0, 5.0, "Ausbaufähig"), (5.0, 3.0, "Wenig Zielkunden"), (5.0, 30.0, "Vor allem Kollegen"),
])
def test_verdict_thresholds(target: float, peers: float, start: str) -> None:
    assert verdict(target, peers, None).startswith(start)


def test_hostile_values_are_kept_as_data() -> None:
    hostile = DemographicShare(Category.INDUSTRY, "[bold]Banking[/bold]\x1b[2J", 0.2)
    meaning = row_meaning(hostile)
    assert meaning.row.value == "[bold]Banking[/bold]\x1b[2J"  # quoting is the view's job
    assert meaning.meaning is Meaning.PEER
