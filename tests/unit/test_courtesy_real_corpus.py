"""The real-text proof data is well-formed: enough texts and sources, each with its licence, typos that fit.

Only the data is tested here; how well the checker does on it is bench/bench_courtesy_corpus.py's job.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "courtesy_real"
CORPUS = json.loads((DATA / "corpus.json").read_text(encoding="utf-8"))
TYPOS = json.loads((DATA / "typos.json").read_text(encoding="utf-8"))
TEXTS = {entry["id"]: entry["text"] for entry in CORPUS["texts"]}
HOSTS = TEXTS | TYPOS["advisor_texts"]
# Placeholders of the template languages the sources use; a filled text has none left.
PLACEHOLDER_RE = re.compile(r"\{\{|\}\}|\{[\w.]+\}|%\(\w+\)[sd]|%\d?\$?[sd]\b|%\{\w+\}")
DU_RE = re.compile(r"\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)


def test_corpus_has_enough_texts_from_enough_sources():
    texts = CORPUS["texts"]
    assert len(texts) >= 150
    assert len({entry["source"] for entry in texts}) >= 10
    assert len(TEXTS) == len(texts), "text ids are unique"
    assert len({entry["text"] for entry in texts}) == len(texts), "no text twice"


@pytest.mark.parametrize("entry", CORPUS["texts"], ids=lambda entry: entry["id"])
def test_every_text_names_its_source_and_licence(entry):
    assert entry["source"] and entry["licence"] and entry["path"]
    assert entry["repository"].startswith("https://")
    assert re.fullmatch(r"[0-9a-f]{40}", entry["commit"])
    assert entry["form"] in {"letter", "notice"}
    assert 40 <= len(entry["text"]) <= 3200
    assert not PLACEHOLDER_RE.search(entry["text"]), "template placeholders are filled"
    assert not DU_RE.search(entry["text"]), "formal texts only"


def test_sources_table_matches_the_texts():
    counted = {source["name"]: source["texts"] for source in CORPUS["sources"]}
    actual: dict[str, int] = {}
    for entry in CORPUS["texts"]:
        actual[entry["source"]] = actual.get(entry["source"], 0) + 1
    assert counted == actual
    assert all(source["licence"] for source in CORPUS["sources"])


def test_there_are_enough_typos_of_every_kind():
    typos = TYPOS["typos"]
    assert len(typos) >= 200
    assert len({typo["id"] for typo in typos}) == len(typos)
    kinds = {typo["kind"] for typo in typos}
    assert kinds == {"swap", "drop", "double", "umlaut", "joint"}


@pytest.mark.parametrize("typo", TYPOS["typos"], ids=lambda typo: typo["id"])
def test_every_typo_points_at_its_word(typo):
    text = HOSTS[typo["text_id"]]
    start, correct, wrong = typo["start"], typo["correct"], typo["wrong"]
    assert text[start:start + len(correct)] == correct
    assert wrong != correct and wrong.isalpha()
    planted = text[:start] + wrong + text[start + len(correct):]
    assert planted[start:start + len(wrong)] == wrong
    # A whole word: the typo is not glued to neighbouring letters.
    assert not planted[start - 1:start].isalpha() and not planted[start + len(wrong):start + len(wrong) + 1].isalpha()
