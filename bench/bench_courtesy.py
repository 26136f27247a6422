"""Times the courtesy checker: rules per 2,000 characters (budget 10 ms), spelling (30 ms), dictionary load (0.5 s).

Run `python -m bench.bench_courtesy`; exits 1 when a budget is missed. `measure()` returns the figures, and
`dictionaries()` compares every installed German Hunspell dictionary (load time, µs per word).
"""

from __future__ import annotations

import statistics
import sys
import time

from advisor_tui.domain.courtesy import check_rules, check_spelling
from advisor_tui.domain.courtesy.dictionaries import find_dictionary
from advisor_tui.domain.courtesy.speller import Speller, german_speller
from advisor_tui.domain.messaging.greeting import build_greeting, parse_recipient

RULES_BUDGET_MS = 10.0
SPELLING_BUDGET_MS = 30.0
LOAD_BUDGET_S = 0.5
MESSAGE_CHARS = 2000
RUNS = 200

_PARAGRAPH = (
    "vielen Dank für das angenehme Gespräch auf dem Unternehmerabend. Wie besprochen fasse ich die Themen "
    "zusammen: die Betriebsmittelfinanzierung für das Wachstum im Auslandsgeschäft, eine Erhöhung des "
    "Kontokorrentrahmens und die Nachfolgeplanung für die Geschäftsführung. Haben Sie nächste Woche Zeit? "
    "Die Zahlen des letzten Quartals zeigen, dass sich die Investitionen gelohnt haben, und sie zeigen auch, "
    "wo noch Spielraum besteht. Gern stelle ich Ihnen unsere Förderkredite und den Tilgungszuschuss vor. "
)
# Real mail varies more than one repeated paragraph: lists, a link, an address, numbers, quoted text, signature.
_REAL = (
    "Sehr geehrte Damen und Herren,\n\n"
    "Ihre Bestellung Nr. 2026-4711 vom 28.11.2026 ist bei uns eingegangen. Die Lieferung erfolgt voraussichtlich "
    "innerhalb von 3–5 Werktagen; den Sendungsstatus finden Sie jederzeit unter https://shop.example.de/konto. "
    "Bitte prüfen Sie die folgenden Angaben:\n\n"
    "- Rechnungsadresse: Mustergasse 12, 80331 München\n- Zahlungsart: SEPA-Lastschrift\n"
    "- Pos. 1: Dämmstoffe, 12 Stck. à 19,90 EUR inkl. MwSt.\n- Pos. 2: Gastbestellung ohne Kundenkonto\n\n"
    "Falls Sie Fragen zu Ihrer Bestellung haben, erreichen Sie unser Serviceteam montags bis freitags von 8 bis "
    "18 Uhr telefonisch oder per E-Mail an service@example.de. Ihre Zugangsdaten lauten:\n"
    "Benutzername: kunde4711\nPasswort: Xy7!qz\n\n"
    "Aus Sicherheitsgründen empfehlen wir Ihnen, das Passwort nach der ersten Anmeldung zu ändern. "
    "Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Freude mit Ihren Produkten. "
    "Haben Sie Anregungen oder Wünsche? Schreiben Sie uns gern, wir melden uns schnellstmöglich bei Ihnen.\n\n"
    "> Am 27.11.2026 schrieb Kundin:\n> ich hätte gern eine Rechnung mit ausgewiesener Mehrwertsteuer.\n\n"
    "Mit freundlichen Grüßen\n\nIhr Serviceteam\nMusterhandel GmbH · Mustergasse 12 · 80331 München\n"
    "Geschäftsführung: Erika Mustermann · Amtsgericht München HRB 123456\n"
)
_TYPOS = (("Gespräch", "Gesprräch"), ("Nachfolgeplanung", "Nachfolgeplannung"), ("für das", "fuer das"),
          ("Betriebsmittelfinanzierung", "Betriebsmittelfinanzirung"))
_WORDS = ("Unternehmen Betriebsmittelfinanzierung Kontokorrentrahmen Gespräch Nachfolgeplanung Geschäftsführung "
          "Investitionen Förderkredite Tilgungszuschuss Quartals Spielraum Wachstum Auslandsgeschäft").split()


def sample_message(length: int = MESSAGE_CHARS) -> str:
    """A realistic, compound-rich business message of exactly `length` characters."""
    head = build_greeting(parse_recipient("Frau Dr. Anna Müller")) + "\n\n"
    tail = "\n\nMit freundlichen Grüßen\nJonas Hoffmann"
    body_length = length - len(head) - len(tail)
    body = (_PARAGRAPH * (body_length // len(_PARAGRAPH) + 1))[:body_length]
    return head + body + tail


def real_message(length: int = MESSAGE_CHARS) -> str:
    """A varied real-world notice (order confirmation with list, link, credentials, quote), cut to `length`."""
    return (_REAL * (length // len(_REAL) + 1))[:length]


def _median_ms(action, runs: int) -> float:
    """Median wall time of `action` in milliseconds."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def _fresh(speller: Speller) -> Speller:
    """A speller on the same loaded dictionary with empty caches: the first check of a new text."""
    return Speller(speller._german, english=lambda: None)  # noqa: SLF001 — the bench measures the cold path


def dictionaries() -> list[dict[str, object]]:
    """Every installed German dictionary: where from, load time, and plain Hunspell µs per (known) word."""
    from hunspell import Hunspell

    rows = []
    for language in ("de_DE", "de_AT", "de_CH", "en_US"):
        found = find_dictionary(language)
        if found is None:
            continue
        started = time.perf_counter()
        checker = Hunspell(found.stem, hunspell_data_dir=found.folder)
        load = time.perf_counter() - started
        started = time.perf_counter()
        for word in _WORDS * 20:
            checker.spell(word)
        per_word = (time.perf_counter() - started) / (len(_WORDS) * 20) * 1e6
        rows.append({"language": language, "source": f"{found.source}:{found.folder}/{found.stem}",
                     "load_s": round(load, 3), "us_per_word": round(per_word, 1)})
    return rows


def measure(runs: int = RUNS) -> dict[str, float | bool]:
    """Rules and spelling timings on 2,000-character messages, and whether the budgets are kept."""
    text, real = sample_message(), real_message()
    recipient = parse_recipient("Frau Dr. Anna Müller")
    started = time.perf_counter()
    speller = german_speller()
    load_s = time.perf_counter() - started
    typo_text = text
    for right, wrong in _TYPOS:
        typo_text = typo_text.replace(right, wrong, 1)
    rules_ms = max(_median_ms(lambda: check_rules(text, recipient=recipient), runs),
                   _median_ms(lambda: check_rules(real), runs))
    cold_ms = max(_median_ms(lambda: check_spelling(text, speller=_fresh(speller)), 10),
                  _median_ms(lambda: check_spelling(real, speller=_fresh(speller)), 10))
    started = time.perf_counter()
    check_spelling(typo_text, speller=_fresh(speller))
    typos_first_ms = (time.perf_counter() - started) * 1000
    return {
        "chars": len(text),
        "rules_median_ms": round(rules_ms, 3),
        "rules_sample_median_ms": round(_median_ms(lambda: check_rules(text, recipient=recipient), runs), 3),
        "rules_real_median_ms": round(_median_ms(lambda: check_rules(real), runs), 3),
        "rules_within_budget": rules_ms <= RULES_BUDGET_MS,
        "dictionary_load_s": round(load_s, 3),
        "load_within_budget": load_s <= LOAD_BUDGET_S,
        "spelling_first_check_ms": round(cold_ms, 3),
        "spelling_within_budget": cold_ms <= SPELLING_BUDGET_MS,
        "spelling_repeat_median_ms": round(_median_ms(lambda: check_spelling(text), 20), 3),
        "spelling_4_typos_first_ms": round(typos_first_ms, 3),
        "spelling_4_typos_repeat_ms": round(_median_ms(lambda: check_spelling(typo_text, speller=speller), 5), 3),
    }


def main() -> int:
    """Print the figures; exit 1 when a budget is missed."""
    for row in dictionaries():
        print("dictionary", row)
    figures = measure()
    for key, value in figures.items():
        print(f"{key:32} {value}")
    ok = all(value for key, value in figures.items() if key.endswith("within_budget"))
    print("budgets:", "ok" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
