"""The courtesy corpus: every message yields exactly its expected codes (known gaps must still differ)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from advisor_tui.domain.courtesy import check
from advisor_tui.domain.messaging.greeting import parse_recipient

_PATH = Path(__file__).resolve().parents[1] / "data" / "courtesy_corpus.py"


def _load_corpus():
    spec = importlib.util.spec_from_file_location("courtesy_corpus", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["courtesy_corpus"] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


def _found(item) -> set[str]:
    recipient = parse_recipient(item.to) if item.to else None
    findings = check(item.text, recipient=recipient, channel=item.channel, premium=item.premium,
                     sender_name=corpus.SENDER)
    return {f.code for f in findings}


def test_corpus_is_large_and_covers_every_code():
    codes = {code for item in corpus.CORPUS for code in item.expected}
    assert len(corpus.CORPUS) >= 80
    assert sum(not item.expected for item in corpus.CORPUS) >= 30
    assert {"greeting-missing", "greeting-agreement", "greeting-name", "greeting-informal", "greeting-comma",
            "du-form", "sie-lowercase", "closing-missing", "closing-comma", "canned-reply", "apology-absence",
            "sensitive-topic", "spelling", "length-limit"} <= codes


@pytest.mark.parametrize("item", [i for i in corpus.CORPUS if not i.gap], ids=lambda i: i.id)
def test_sample_yields_expected_codes(item):
    assert _found(item) == item.expected


@pytest.mark.parametrize("item", [i for i in corpus.CORPUS if i.gap], ids=lambda i: i.id)
def test_known_gap_still_differs(item):
    # When this fails the gap is fixed: drop the sample's `gap` note.
    assert _found(item) != item.expected, item.gap


def test_corpus_report(capsys):
    report = corpus.score({item.id: _found(item) for item in corpus.CORPUS})
    with capsys.disabled():
        print(f"\ncourtesy corpus: {report['samples']} samples, recall {report['recall']:.1%}, "
              f"false alarms {report['false_alarms']}, clean samples with a false alarm "
              f"{report['clean_samples_with_false_alarm']}/{report['clean_samples']}")
    assert report["recall"] >= 0.95
    assert report["false_alarms"] == 0
