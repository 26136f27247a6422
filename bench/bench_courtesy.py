"""Times the courtesy checker: the rules on a 2,000-character message (budget 10 ms) and spelling apart.

Run `python bench/bench_courtesy.py`; exits 1 when the rules are over budget. `measure()` returns the figures.
"""

from __future__ import annotations

import statistics
import sys
import time

from advisor_tui.domain.courtesy import check_rules, check_spelling
from advisor_tui.domain.courtesy.lexicon import german_lexicon
from advisor_tui.domain.greeting import build_greeting, parse_recipient

RULES_BUDGET_MS = 10.0
MESSAGE_CHARS = 2000
RUNS = 200

_PARAGRAPH = (
    "vielen Dank für das angenehme Gespräch auf dem Unternehmerabend. Wie besprochen fasse ich die Themen "
    "zusammen: die Betriebsmittelfinanzierung für das Wachstum im Auslandsgeschäft, eine Erhöhung des "
    "Kontokorrentrahmens und die Nachfolgeplanung für die Geschäftsführung. Haben Sie nächste Woche Zeit? "
    "Die Zahlen des letzten Quartals zeigen, dass sich die Investitionen gelohnt haben, und sie zeigen auch, "
    "wo noch Spielraum besteht. Gern stelle ich Ihnen unsere Förderkredite und den Tilgungszuschuss vor. "
)


def sample_message(length: int = MESSAGE_CHARS) -> str:
    """A realistic, compound-rich business message of exactly `length` characters."""
    head = build_greeting(parse_recipient("Frau Dr. Anna Müller")) + "\n\n"
    tail = "\n\nMit freundlichen Grüßen\nJonas Hoffmann"
    body_length = length - len(head) - len(tail)
    body = (_PARAGRAPH * (body_length // len(_PARAGRAPH) + 1))[:body_length]
    return head + body + tail


def _median_ms(action, runs: int) -> float:
    """Median wall time of `action` in milliseconds."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def measure(runs: int = RUNS) -> dict[str, float | bool]:
    """Rules and spelling timings on a 2,000-character message, and whether the rules keep the budget.

    Suggestions are cached per word, so the first check of a text with typos is the honest worst case.
    """
    text = sample_message()
    recipient = parse_recipient("Frau Dr. Anna Müller")
    started = time.perf_counter()
    german_lexicon()
    load_s = time.perf_counter() - started
    typo_text = text.replace("Gespräch", "Gesprräch").replace("Nachfolgeplanung", "Nachfolgeplannung")
    started = time.perf_counter()
    check_spelling(typo_text)
    typos_first_ms = (time.perf_counter() - started) * 1000
    rules_ms = _median_ms(lambda: check_rules(text, recipient=recipient), runs)
    return {
        "chars": len(text),
        "rules_median_ms": round(rules_ms, 3),
        "rules_budget_ms": RULES_BUDGET_MS,
        "rules_within_budget": rules_ms <= RULES_BUDGET_MS,
        "dictionary_load_s": round(load_s, 3),
        "spelling_clean_median_ms": round(_median_ms(lambda: check_spelling(text), 20), 3),
        "spelling_with_typos_first_ms": round(typos_first_ms, 3),
        "spelling_with_typos_median_ms": round(_median_ms(lambda: check_spelling(typo_text), 5), 3),
    }


def main() -> int:
    """Print the figures; exit 1 when the rules are over budget."""
    figures = measure()
    for key, value in figures.items():
        print(f"{key:32} {value}")
    verdict = "ok" if figures["rules_within_budget"] else "OVER BUDGET"
    print(f"rules: {figures['rules_median_ms']} ms of {RULES_BUDGET_MS} ms budget → {verdict}")
    return 0 if figures["rules_within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
