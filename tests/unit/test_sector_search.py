"""The sector picker's search: WZ 2008 divisions and advisors' words lead to sections, and say why."""

from __future__ import annotations

import pytest

from advisor_tui.domain.network.sector_search import find_sectors
from advisor_tui.domain.network.vocabulary import WZ2008_SECTIONS, Sector
from advisor_tui.domain.network.wz_divisions import WZ2008_DIVISIONS, section_of


def codes(query: str, sectors=WZ2008_SECTIONS) -> list[str]:
    return [match.code for match in find_sectors(query, sectors)]


def test_the_division_table_holds_the_88_wz_2008_divisions_in_their_sections() -> None:
    assert len(WZ2008_DIVISIONS) == 88
    assert len({d.code for d in WZ2008_DIVISIONS}) == 88
    assert {d.section for d in WZ2008_DIVISIONS} == {s.code for s in WZ2008_SECTIONS}
    by_code = {d.code: d for d in WZ2008_DIVISIONS}
    assert (by_code["25"].name, by_code["25"].section) == ("Herstellung von Metallerzeugnissen", "C")
    assert by_code["46"].label == "46 Großhandel (ohne Handel mit Kraftfahrzeugen)"
    assert (by_code["87"].section, by_code["88"].section, by_code["69"].section) == ("Q", "Q", "M")
    assert [section_of(code) for code in ("01", "03", "05", "33", "35", "43", "68", "84", "96", "98", "99")] == [
        "A", "A", "B", "C", "D", "F", "L", "O", "S", "T", "U"]


@pytest.mark.parametrize(
    ("query", "code", "because"),
    [
        # the four words of the issue, none of them in a section name
        ("Metall", "C", "24 Metallerzeugung und -bearbeitung"),
        ("Großhandel", "G", "46 Großhandel (ohne Handel mit Kraftfahrzeugen)"),
        ("grosshandel", "G", "46 Großhandel (ohne Handel mit Kraftfahrzeugen)"),
        ("Pflege", "Q", "Pflege"),
        ("Kanzlei", "M", "Kanzlei"),
        # divisions by their official titles
        ("Heime", "Q", "87 Heime (ohne Erholungs- und Ferienheime)"),
        ("Rechts- und Steuerberatung", "M", "69 Rechts- und Steuerberatung, Wirtschaftsprüfung"),
        ("Metallerzeugnisse", "C", "25 Herstellung von Metallerzeugnissen"),
        # words advisors use
        ("Bäckerei", "C", "Bäckerei"),
        ("baeckerei", "C", "Baeckerei"),
        ("Autohaus", "G", "Autohaus"),
        ("Spedition", "H", "Spedition"),
        ("Arztpraxis", "Q", "Arztpraxis"),
        ("Steuerberater", "M", "Steuerberater"),
        # a word being typed, a typo in a long word
        ("Bäck", "C", "Bäckerei"),
        ("Kanz", "M", "Kanzlei"),
        ("Spedtion", "H", "Spedition…"),
    ],
)
def test_a_word_leads_to_its_section_and_says_why(query: str, code: str, because: str) -> None:
    best = find_sectors(query, WZ2008_SECTIONS)[0]
    assert (best.code, best.because) == (code, because)


def test_the_label_shows_the_reason_next_to_the_section() -> None:
    assert find_sectors("Kanzlei", WZ2008_SECTIONS)[0].label == "Kanzlei → M  Freie Berufe, Beratung"
    assert find_sectors("industr", WZ2008_SECTIONS)[0].label == "C  Industrie – Verarbeitendes Gewerbe"


def test_section_names_and_codes_come_first() -> None:
    assert codes("bau")[0] == "F"  # "Bau – Baugewerbe" before "28 Maschinenbau"
    assert "C" in codes("bau")
    assert codes("c") == ["C"]  # one letter: the code, not every name with a c in it
    assert codes("Sozialwesen") == ["Q"]  # "(ohne Sozialwesen und Sport)" in 94 leads nowhere
    assert codes("Handel") == ["G"]


def test_a_trade_over_several_sections_offers_each() -> None:
    assert codes("Handwerk") == ["C", "F", "G", "S"]


def test_nothing_alike_finds_nothing_and_an_empty_text_lists_every_section() -> None:
    assert codes("xyz") == []
    assert codes("kaelte") == []
    assert codes("  ") == [s.code for s in WZ2008_SECTIONS]


def test_only_the_offered_sections_and_the_advisors_own_ones() -> None:
    own = Sector("X1", "Erneuerbare Wärme", "Wärmepumpen")
    sectors = (*WZ2008_SECTIONS[:3], own)  # A, B, C and one of the advisor's own
    assert codes("Kanzlei", sectors) == []  # M is not offered
    assert codes("wärmepumpe", sectors) == ["X1"]
    assert codes("Metall", sectors) == ["C"]
