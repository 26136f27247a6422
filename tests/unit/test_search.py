"""Fuzzy contact search: exact hits first, umlaut spellings alike, typos forgiven."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.models import Contact

CONTACTS = [
    Contact(id=10, first_name="Anna", last_name="Schmidt", company="Müller Bau GmbH", position="Prokuristin"),
    Contact(id=11, first_name="Jürgen", last_name="Müller", company="Sparkasse Aachen"),
    Contact(id=12, first_name="Klaus", last_name="Mueller", company="Weber Logistik", position="CFO"),
    Contact(id=13, first_name="Petra", last_name="Zimmermann", company="Zimmermann Holzbau GmbH"),
    Contact(id=14, first_name="Sabine", last_name="Hofmann", company="Kanzlei Hofmann", position="Steuerberaterin"),
    Contact(id=15, first_name="Max", last_name="Bauer", company="Autohaus Bauer", title="Dr."),
    Contact(id=16, first_name="Sven", last_name="Schulz", company="Schulz Bau GmbH", position="Geschäftsführer"),
]


@pytest.fixture(scope="module")
def index() -> ContactIndex:
    return ContactIndex(CONTACTS)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [10, 11, 12, 13, 14, 15, 16]),
        ("   ", [10, 11, 12, 13, 14, 15, 16]),
        # names before companies; Müller and Mueller alike, in original order
        ("Müller", [11, 12, 10]),
        ("mueller", [11, 12, 10]),
        ("MÜL", [11, 12, 10]),
        # word starts before word middles
        ("bau", [15, 10, 16, 13]),
        # several words in any order
        ("bau gmbh", [10, 16, 13]),
        ("gmbh schulz", [16]),
        ("dr bauer", [15]),
        ("steuerberaterin", [14]),
        # typos
        ("Zimermann", [13]),
        ("Hofman", [14]),
        ("Muller", [11, 12, 10]),
        ("Sparkase", [11]),
        # nothing alike
        ("xyzzy", []),
        ("mü xyzzy", []),
    ],
)
def test_search(index: ContactIndex, query: str, expected: list[int]) -> None:
    assert index.search(query) == expected


def test_short_queries_do_not_guess(index: ContactIndex) -> None:
    assert index.search("cfx") == []
    assert index.search("cfo") == [12]


def test_limit(index: ContactIndex) -> None:
    assert index.search("", limit=2) == [10, 11]
    assert index.search("müller", limit=1) == [11]


def test_contacts_need_ids() -> None:
    with pytest.raises(ValueError):
        ContactIndex([Contact(first_name="Anna", last_name="Schmidt")])


def test_len(index: ContactIndex) -> None:
    assert len(index) == len(CONTACTS)


def test_benchmark_reports_every_query() -> None:
    path = Path(__file__).parents[2] / "bench" / "bench_search.py"
    spec = importlib.util.spec_from_file_location("bench_search", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.measure(count=500, rounds=1)
    assert figures["contacts"] == 500
    assert all(figures[query]["median_ms"] >= 0 for query in bench.QUERIES)
