"""The general spelling rules that keep correct text quiet and typos loud (examples written here, not corpus text)."""

from __future__ import annotations

import pytest

from advisor_tui.domain.courtesy import check, check_rules
from advisor_tui.domain.courtesy.speller import _joint_repairs, _onset, _stems, german_speller

HEAD = "Sehr geehrte Frau Brandt,\n\n"
TAIL = "\n\nMit freundlichen Grüßen\nJonas Hoffmann"


def found(body: str) -> list[tuple[str, str, str, str | None]]:
    text = HEAD + body + TAIL
    return [(f.code, str(f.severity), text[f.start : f.end], f.suggestion) for f in check(text)]


def alarms(body: str) -> list[tuple[str, str, str, str | None]]:
    return [f for f in found(body) if f[1] in ("warning", "error")]


@pytest.mark.parametrize(("typo", "fix"), [
    ("Vertarg", "Vertrag"),  # swapped neighbours count as one edit (Damerau)
    ("Rechnugn", "Rechnung"),
    ("Zahlungsverkher", "Zahlungsverkehr"),  # a swap inside a long word
    ("Kontoauszgu", "Kontoauszug"),
])
def test_swapped_letters_are_confident_typos(typo, fix):
    (finding,) = [f for f in found(f"anbei finden Sie den {typo} für März.") if f[0] == "spelling"]
    assert finding[1:] == ("warning", typo, fix)


@pytest.mark.parametrize(("typo", "fix"), [("Moeglichkeit", "Möglichkeit"), ("Aenderung", "Änderung"),
                                           ("Groesse", "Größe"), ("Fuehrung", "Führung")])
def test_umlaut_and_sz_spellings_are_warnings_when_the_umlaut_form_is_a_word(typo, fix):
    (finding,) = [f for f in found(f"die {typo} besprechen wir morgen.") if f[0] == "spelling"]
    assert finding[1:] == ("warning", typo, fix)


def test_a_wrong_sz_is_repaired_to_ss():
    assert german_speller().suggest("Anschlüße")[0] == "Anschlüsse"


@pytest.mark.parametrize(("typo", "fix"), [("Beratungangebot", "Beratungsangebot"),
                                           ("Arbeitvertrag", "Arbeitsvertrag"),
                                           ("Sicherheitkonzept", "Sicherheitskonzept")])
def test_a_missing_linking_s_is_a_typo(typo, fix):
    assert not german_speller().knows(typo)
    assert fix in german_speller().suggest(typo)


def test_joint_repairs_only_after_heads_that_take_an_s():
    assert _joint_repairs("Geschäftberich") == ["Geschäftsberich"]
    assert _joint_repairs("Haustürschloss") == []


def test_linking_elements_follow_the_head():
    assert "Seite" in list(_stems("Seiten"))  # Seite|n|zahl
    assert "Daten" not in list(_stems("Datenn"))  # no linking n after n
    assert "Beratung" not in list(_stems("Beratung"))  # -ung takes an s


def test_compound_tails_need_a_possible_onset():
    assert _onset("St") and _onset("Ab") and _onset("Pf")
    assert not _onset("Ng") and not _onset("Rt")


@pytest.mark.parametrize("body", [
    "die Authentisierungs- und Freigabeschritte erklären wir im Termin.",  # truncated compound before "und"
    "bitte bestätigen Sie die Registrierungs-E-Mail.",  # hyphenated head with its linking s
    "im Kundenportal finden Sie die App und den Login zu Ihrem Account.",  # loanwords
    "die Folgen des Zögerns kennen Sie.",  # genitive of a noun from a verb
    # colloquial dropped e after "ich"
    "ich freu mich auf unser Gespräch und bringe die Unterlagen zur Finanzierung mit.",
    "wir nutzen das Tool Qwaxo Board für die Abstimmung.",  # a name beside another unknown capitalised word
])
def test_correct_text_gets_no_warning(body):
    assert alarms(body) == []


def test_inflected_form_of_a_known_noun_is_at_most_a_hint():
    assert all(f[1] == "hint" for f in found("die Makros laufen über mehrere Skripts und Templates."))


def test_english_nouns_are_at_most_hints_but_short_english_words_stay_typos():
    assert alarms("der Scheduler prüft die Eingaben.") == []
    assert [f[2] for f in alarms("wir sprechen über Dine Unterlagen.")] == ["Dine"]


def test_a_greeting_or_closing_line_is_no_name_line():
    text = "Gtuen Tag Frau Brandt,\n\nanbei die Unterlagen.\n\nViele Grüse\nJonas Hoffmann"
    codes = {(f.code, text[f.start : f.end], str(f.severity)) for f in check(text)}
    assert ("spelling", "Grüse", "warning") in codes


@pytest.mark.parametrize(("greeting", "expected"), [
    ("Hallo Jana Brandt,", "greeting-casual"), ("Hallo,", "greeting-casual"), ("Hi,", "greeting-casual"),
    ("Hi Frau Brandt,", "greeting-casual"), ("Hallo Jana,", "greeting-informal"), ("Hey,", "greeting-informal"),
    ("Servus Frau Brandt,", "greeting-informal"),
])
def test_hallo_with_a_full_name_is_casual_not_informal(greeting, expected):
    codes = [f.code for f in check_rules(greeting + "\n\nanbei die Unterlagen." + TAIL)]
    assert expected in codes
