"""The regional dictionaries hold only what they add to the German one (memory: not three copies of 75,000)."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_tui.domain.courtesy.dictionaries import find_dictionary, regional_difference
from advisor_tui.domain.courtesy.speller import _load, _load_regional, german_speller


@pytest.mark.parametrize(("language", "words"), [("de_AT", ["Jänner", "Paradeiser"]), ("de_CH", ["Velo", "Trottoir"])])
def test_a_regional_difference_knows_the_regional_words_and_is_small(
    tmp_path: Path, language: str, words: list[str]
) -> None:
    regional, german = find_dictionary(language), find_dictionary("de_DE")
    if regional is None or german is None:
        pytest.skip("no regional dictionary installed")
    found = regional_difference(regional, german, tmp_path)
    assert int((tmp_path / f"{found.stem}.dic").read_text(encoding="utf-8").split("\n", 1)[0]) < 3_000
    small, whole = _load(found), _load(regional)
    assert small is not None and whole is not None
    for word in words:
        assert bool(small.spell(word) and small.stem(word)) == bool(whole.spell(word) and whole.stem(word)) is True
    checker = _load_regional(language)
    assert checker is not None and checker.spell(words[0])


def test_the_speller_accepts_austrian_and_swiss_spellings_through_the_differences() -> None:
    speller = german_speller().fresh()
    assert speller.knows("Jänner") and speller.knows("Velo") and not speller.knows("Jännner")


def test_the_spellers_caches_stay_bounded() -> None:
    from advisor_tui.domain.courtesy.speller import _CACHE_LIMIT, _remember

    cache: dict[str, bool] = {}
    for number in range(_CACHE_LIMIT + 10):
        assert _remember(cache, f"wort{number}", True) is True
    assert len(cache) <= _CACHE_LIMIT and cache[f"wort{_CACHE_LIMIT + 9}"]
