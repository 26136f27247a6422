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


# --- a realistic network: the demo contacts plus trades whose names look alike ------------------------------


@pytest.fixture(scope="module")
def network() -> tuple[ContactIndex, dict[int, Contact]]:
    from datetime import date

    from advisor_tui.demo import demo_contacts

    contacts = demo_contacts(date(2026, 12, 1))
    contacts += [
        Contact(first_name="Jens", last_name="Dach", company="Dachdeckerei Schulz GmbH", position="Inhaber"),
        Contact(first_name="Maria", last_name="Vogt", company="Bäckerei Müller", position="Geschäftsführerin"),
        Contact(first_name="Olaf", last_name="Scholz", company="Scholz Metallbau", position="Meister"),
    ]
    for number, contact in enumerate(contacts, start=1):
        contact.id = number
    return ContactIndex(contacts), {c.id: c for c in contacts}


def found(network, query: str) -> list[str]:
    index, by_id = network
    return [f"{by_id[i].full_name} ({by_id[i].company})" for i in index.search(query)]


def test_a_trade_finds_that_trade_only(network) -> None:
    hits = found(network, "Bäckerei")
    assert hits and all("Bäckerei" in hit for hit in hits)  # no "Dachdeckerei": a shared ending is no typo
    assert found(network, "baeckerei") == found(network, "backerei") == hits


def test_muller_mueller_and_mueller_with_umlaut_are_one_name(network) -> None:
    hits = found(network, "muller")
    assert hits == found(network, "Müller") == found(network, "mueller")
    assert all("Müller" in hit for hit in hits)  # no Katrin Schulz of Keller Medizintechnik, no Möller
    assert hits[0].startswith("Anna Müller") and "Maria Vogt (Bäckerei Müller)" == hits[-1]  # names first


def test_a_typo_is_forgiven_by_the_length_of_the_word(network) -> None:
    assert found(network, "Müler") == found(network, "Müller")  # one typo in a five-letter word
    assert found(network, "Zimermann")[0].startswith("Julia Zimmermann")
    assert any("Steuerberatung" in hit for hit in found(network, "Steuerberatr"))  # two in a long word
    assert found(network, "Mülr") == []  # four letters: one typo makes another word


def test_an_existing_name_is_not_stretched_to_look_alikes(network) -> None:
    hits = found(network, "Schulz")
    assert hits == ["Katrin Schulz (Keller Medizintechnik AG)", "Jens Dach (Dachdeckerei Schulz GmbH)"]
    assert not any("Scholz" in hit for hit in found(network, "Schulz"))


def test_the_index_of_10000_contacts_stays_small() -> None:
    """Memory: folded texts shared, positions in arrays (it took about 700 bytes per contact as lists of tuples)."""
    import tracemalloc

    from bench.bench_search import generate_contacts

    contacts = generate_contacts(10_000)
    tracemalloc.start()
    try:
        built = ContactIndex(contacts)
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert built.search("müller")
    assert size / len(contacts) < 250
