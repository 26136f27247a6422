"""Spelling: a German lexicon with compounds, names as known words, typos with suggestions."""

from __future__ import annotations

import subprocess
import sys

import pytest

from advisor_tui.domain.courtesy import check, check_spelling
from advisor_tui.domain.courtesy.lexicon import Lexicon, german_lexicon
from advisor_tui.domain.greeting import parse_recipient

BUSINESS_WORDS = (
    "Nachfolgeplanung Betriebsmittelfinanzierung Kontokorrentrahmen Altersvorsorge Vermögensberaterin "
    "Nachhaltigkeitsfonds Kennenlerngespräch Videotelefonat Vermögensverwaltungsmandat Finanzierungsangebot "
    "Beratungsgespräch Rückrufbitte Unternehmensnachfolge Investitionsfinanzierung Liquiditätsplanung Förderkredit "
    "Tilgungszuschuss Gesellschafterdarlehen Firmenkundenberater Zinsabsicherung Avalrahmen Leasingfinanzierung "
    "Betriebsübergabe Generationenwechsel Kapitaldienstfähigkeit Eigenkapitalquote Unternehmerabend "
    "Bürgschaftsbank Rückdeckungsversicherung Pensionszusage Mittelständler LinkedIn XING Grüßen"
).split()


@pytest.mark.parametrize("word", BUSINESS_WORDS)
def test_business_vocabulary_is_known(word):
    assert german_lexicon().is_known(word)


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [("Nachicht", "Nachricht"), ("Gesprräch", "Gespräch"), ("Finanzirung", "Finanzierung"),
     ("Unternemen", "Unternehmen"), ("Grüsen", "Grüßen"), ("Beratugsgespräch", "Beratungsgespräch"),
     ("Nachfolgeplannung", "Nachfolgeplanung")],
)
def test_typos_are_unknown_and_get_suggestions(typo, suggestion):
    lexicon = german_lexicon()
    assert not lexicon.is_known(typo)
    if suggestion:
        assert suggestion in lexicon.suggest(typo)


def test_compounds_on_a_tiny_lexicon():
    lexicon = Lexicon({"konto": 100, "rahmen": 100, "planung": 100, "nachfolge": 100, "planen": 100}, extra=())
    assert lexicon.is_known("Kontorahmen")
    assert lexicon.is_known("Nachfolgeplanung")
    assert lexicon.is_known("Planrahmen")  # verb stem "plan-" from "planen"
    assert not lexicon.is_known("Kontoxrahmen")
    assert lexicon.suggest("Kontorahmn") == ["Kontorahmen"]


def test_typos_are_reported_with_offsets_and_suggestions():
    text = "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Nachicht.\n\nMit freundlichen Grüßen\nJonas Hoffmann"
    (finding,) = check_spelling(text)
    assert (text[finding.start : finding.end], finding.suggestion, finding.severity) == ("Nachicht", "Nachricht",
                                                                                         "warning")
    assert "Nachricht" in finding.message


def test_names_of_recipient_and_sender_are_known():
    text = ("Sehr geehrte Frau Wróblewska,\n\nFrau Kowalczyk und ich, Przemysław Zięba, danken Ihnen.\n\n"
            "Mit freundlichen Grüßen\nPrzemysław Zięba")
    found = check(text, recipient=parse_recipient("Frau Agnieszka Wróblewska"), sender_name="Przemysław Zięba")
    assert found == []


def test_links_acronyms_and_signature_are_skipped():
    text = ("Sehr geehrter Herr Weber,\n\ndie Unterlagen finden Sie unter https://example.org/xyzqw und im "
            "PDF der ABCXY GmbH.\n\nMit freundlichen Grüßen\nJonas Hoffmann\nQwertzbank Musterstadt")
    assert check_spelling(text) == []


def test_known_words_parameter():
    assert check_spelling("Das Produkt heißt Blorptex.", known_words=["blorptex"]) == []
    assert [f.code for f in check_spelling("Das Produkt heißt blorptex.")] == ["spelling"]


def test_dictionary_is_not_loaded_at_import():
    code = "import sys, advisor_tui.domain.courtesy; print('spellchecker' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
