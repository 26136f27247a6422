"""Roles and sectors are found by what an advisor types: key or code, label, any case, umlauts or not."""

from __future__ import annotations

import pytest

from advisor_tui.domain.network.names import UnknownTerm, find_role, find_sector
from advisor_tui.domain.network.vocabulary import WZ2008_SECTIONS, Sector


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("kaufm-leitung", "kaufm-leitung"),
        ("Kaufmännische Leitung", "kaufm-leitung"),
        ("kaufmaennische  leitung", "kaufm-leitung"),
        ("KAUFMÄNNISCHE LEITUNG", "kaufm-leitung"),
        ("Unternehmer/in", "unternehmer"),
        ("Unternehmerin", "unternehmer"),
        ("unternehmer", "unternehmer"),
        ("Kollegin", "kollege"),
        ("Ex-Kollegin", "ex-kollege"),
        (" Privat ", "privat"),
    ],
)
def test_a_role_is_found_by_key_or_label(typed: str, key: str) -> None:
    assert find_role(typed).key == key


@pytest.mark.parametrize(
    ("typed", "code"),
    [("H", "H"), ("h", "H"), ("Verkehr", "H"), ("verkehr und lagerei", "H"), ("Logistik", "H"),
     ("Bau", "F"), ("Baugewerbe", "F"), ("Öffentl. Verwaltung", "O"), ("oeffentl. verwaltung", "O")],
)
def test_a_sector_is_found_by_code_name_or_short_name(typed: str, code: str) -> None:
    assert find_sector(typed).code == code


def test_an_unknown_role_lists_every_label_with_its_key() -> None:
    with pytest.raises(UnknownTerm) as caught:
        find_role("Chef")
    message = str(caught.value)
    assert message.startswith("Unbekannte Rolle „Chef“ (möglich: Unternehmer/in (unternehmer); ")
    assert "Kaufmännische Leitung (kaufm-leitung)" in message


def test_an_unknown_sector_lists_the_names_with_codes() -> None:
    with pytest.raises(UnknownTerm) as caught:
        find_sector("Raumfahrt")
    assert "Unbekannte Branche „Raumfahrt“" in str(caught.value)
    assert "Verkehr, Logistik (H); Gastgewerbe (I)" in str(caught.value)


def test_the_advisors_own_sectors_count_and_a_name_for_two_is_refused() -> None:
    own = [*WZ2008_SECTIONS, Sector("X1", "Kanzleien"), Sector("X2", "Bau")]
    assert find_sector("kanzleien", own).code == "X1"
    assert find_sector("x2", own).code == "X2"
    with pytest.raises(UnknownTerm, match="„Bau“ ist mehrdeutig .gemeint: Bau .F.; Bau .X2.."):
        find_sector("Bau", own)
