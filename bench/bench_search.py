"""Fuzzy contact search over 30,000 generated contacts: median milliseconds per keystroke (budget ≤ 25 ms).

Run `python bench/bench_search.py`; `measure()` returns the figures as a dict.
"""

from __future__ import annotations

import json
import random
import statistics
import time

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.models import Contact

BUDGET_MS = 25.0
QUERIES = ("mül", "müller", "bau gmbh", "zimermann")  # the last one is a typo: the fuzzy pass
CONTACTS = 30_000

_FIRST = (
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Peter", "Jürgen", "Klaus",
    "Wolfgang", "Martin", "Uwe", "Jörg", "Sven", "Anna", "Julia", "Sabine", "Petra", "Claudia", "Nicole",
    "Stefanie", "Katharina", "Sandra", "Andrea", "Birgit", "Monika", "Susanne", "Kerstin", "Jana",
)
_LAST = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
    "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs",
    "Peters",
)
_TRADES = (
    "Bau GmbH", "Maschinenbau GmbH", "Logistik", "Autohaus", "Steuerberatung", "Software GmbH", "Immobilien",
    "Hotel", "Metallbau", "Pflegedienst", "Haustechnik", "Druckerei", "Spedition", "Elektro", "Holzbau",
)
_TITLES = (
    "Geschäftsführer", "Inhaberin", "CFO", "Kaufmännischer Leiter", "Vertriebsleiter", "Steuerberater",
    "Key Account Manager", "Firmenkundenberater", "Prokuristin", "Nachfolger", "Projektleiter", "Einkauf",
)


def generate_contacts(count: int = CONTACTS, seed: int = 2026) -> list[Contact]:
    """Realistic German contacts: common names (most common most often), trades, titles."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(_LAST))]
    contacts = []
    for index in range(count):
        last = rng.choices(_LAST, weights)[0]
        owner = rng.choices(_LAST, weights)[0]
        company = f"{owner} {rng.choice(_TRADES)}" if rng.random() < 0.8 else f"Firma {index}"
        contacts.append(
            Contact(
                first_name=rng.choice(_FIRST),
                last_name=last,
                company=company,
                position=rng.choice(_TITLES),
                id=index + 1,
            )
        )
    return contacts


def _keystrokes(query: str) -> list[str]:
    """What the search box holds after each key: "m", "mü", "mül"."""
    return [query[:end] for end in range(1, len(query) + 1)]


def measure(count: int = CONTACTS, rounds: int = 5) -> dict:
    """Index build time and the median time per keystroke for each typed query, in milliseconds."""
    contacts = generate_contacts(count)
    started = time.perf_counter()
    index = ContactIndex(contacts)
    figures: dict = {"contacts": count, "build_ms": round((time.perf_counter() - started) * 1000, 1)}
    for query in QUERIES:
        times = []
        for _ in range(rounds):
            for text in _keystrokes(query):
                started = time.perf_counter()
                index.search(text)
                times.append((time.perf_counter() - started) * 1000)
        figures[query] = {"median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)}
    figures["budget_ms"] = BUDGET_MS
    return figures


if __name__ == "__main__":
    print(json.dumps(measure(), ensure_ascii=False, indent=2))
