"""Proof of the courtesy checker on real text: false alarms on correct formal German and recall of planted typos.

Run `python bench/bench_courtesy_corpus.py`. It loads tests/data/courtesy_real/corpus.json (correct texts written by
others) and typos.json (one typo planted per entry), runs the checker's public `check` and prints: texts with any
warning or error (goal 0) with their top causes, typo recall as warning (goal ≥ 95 %) and as warning or hint (goal
100 %), and the time per 2,000 characters. Exits 1 when a goal is missed. `measure()` returns the figures.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor_tui.domain.courtesy.checker import check  # noqa: E402

DATA = ROOT / "tests" / "data" / "courtesy_real"
FALSE_ALARM_GOAL = 0
RECALL_WARNING_GOAL = 0.95
RECALL_ANY_GOAL = 1.0
# A full letter is checked as a message (greeting and closing demanded); a notice as a post (neither demanded).
CHANNEL_BY_FORM = {"letter": "xing-message", "notice": "xing-post"}
ALARMS = frozenset({"warning", "error"})


@dataclass(frozen=True)
class Host:
    """A text a typo can be planted in, with the channel it is checked on."""

    text: str
    channel: str


def load() -> tuple[list[dict], dict[str, Host], list[dict]]:
    """The corpus texts, every typo host by id (corpus and advisor texts), and the typos."""
    corpus = json.loads((DATA / "corpus.json").read_text(encoding="utf-8"))["texts"]
    typo_data = json.loads((DATA / "typos.json").read_text(encoding="utf-8"))
    hosts = {t["id"]: Host(t["text"], CHANNEL_BY_FORM[t["form"]]) for t in corpus}
    hosts |= {key: Host(text, CHANNEL_BY_FORM["letter"]) for key, text in typo_data["advisor_texts"].items()}
    return corpus, hosts, typo_data["typos"]


def plant(host: Host, typo: dict) -> str:
    """The host text with the typo's wrong word in place of the correct one."""
    start = typo["start"]
    return host.text[:start] + typo["wrong"] + host.text[start + len(typo["correct"]):]


def false_alarms(corpus: list[dict]) -> tuple[list[str], Counter, Counter, float]:
    """Texts with a warning or error, causes as (code, word) and by code, and seconds spent checking."""
    flagged, causes, codes, seconds = [], Counter(), Counter(), 0.0
    for entry in corpus:
        text = entry["text"]
        started = time.perf_counter()
        findings = check(text, channel=CHANNEL_BY_FORM[entry["form"]])
        seconds += time.perf_counter() - started
        alarms = [f for f in findings if str(f.severity) in ALARMS]
        if alarms:
            flagged.append(entry["id"])
        for f in alarms:
            causes[(f.code, text[f.start:f.end][:40])] += 1
            codes[f.code] += 1
    return flagged, causes, codes, seconds


def typo_recall(hosts: dict[str, Host], typos: list[dict]) -> tuple[int, int, list[dict]]:
    """How many typos get a warning (or error), how many any finding, and the typos with no warning."""
    as_warning = as_any = 0
    missed = []
    for typo in typos:
        host = hosts[typo["text_id"]]
        start, end = typo["start"], typo["start"] + len(typo["wrong"])
        severities = {str(f.severity) for f in check(plant(host, typo), channel=host.channel)
                      if f.start < end and start < f.end}
        as_warning += bool(severities & ALARMS)
        as_any += bool(severities & (ALARMS | {"hint"}))
        if not severities & ALARMS:
            missed.append({**typo, "severities": sorted(severities)})
    return as_warning, as_any, missed


def measure() -> dict:
    """All figures of the proof and whether each goal is met."""
    corpus, hosts, typos = load()
    check("Sehr geehrte Frau Müller,\n\nvielen Dank.\n\nMit freundlichen Grüßen\nJonas Hoffmann")  # load dictionary
    flagged, causes, codes, seconds = false_alarms(corpus)
    as_warning, as_any, missed = typo_recall(hosts, typos)
    chars = sum(len(entry["text"]) for entry in corpus)
    figures = {
        "texts": len(corpus),
        "sources": len({entry["source"] for entry in corpus}),
        "texts_flagged": len(flagged),
        "flagged_ids": flagged,
        "top_causes": causes.most_common(15),
        "codes": codes.most_common(),
        "typos": len(typos),
        "recall_warning": as_warning / len(typos),
        "recall_any": as_any / len(typos),
        "missed": missed,
        "ms_per_2000_chars": seconds / chars * 2000 * 1000,
    }
    figures["goals_met"] = (figures["texts_flagged"] <= FALSE_ALARM_GOAL
                            and figures["recall_warning"] >= RECALL_WARNING_GOAL
                            and figures["recall_any"] >= RECALL_ANY_GOAL)
    return figures


def report(figures: dict) -> str:
    """The figures as the lines the bench prints."""
    def verdict(ok: bool) -> str:
        return "ok" if ok else "ZIEL VERFEHLT"

    lines = [
        f"Korpus: {figures['texts']} korrekte Texte aus {figures['sources']} Quellen",
        f"Texte mit Warnung oder Fehler: {figures['texts_flagged']} (Ziel {FALSE_ALARM_GOAL})  "
        f"{verdict(figures['texts_flagged'] <= FALSE_ALARM_GOAL)}",
    ]
    if figures["codes"]:
        lines.append("  nach Code: " + ", ".join(f"{code} {count}" for code, count in figures["codes"]))
        lines += [f"  {count:3d} × {code}: „{word}“" for (code, word), count in figures["top_causes"]]
    lines += [
        f"Tippfehler erkannt als Warnung: {figures['recall_warning']:.1%} von {figures['typos']} "
        f"(Ziel ≥ {RECALL_WARNING_GOAL:.0%})  {verdict(figures['recall_warning'] >= RECALL_WARNING_GOAL)}",
        f"Tippfehler erkannt als Warnung oder Hinweis: {figures['recall_any']:.1%} "
        f"(Ziel {RECALL_ANY_GOAL:.0%})  {verdict(figures['recall_any'] >= RECALL_ANY_GOAL)}",
    ]
    lines += [f"  verpasst: {m['wrong']} (statt {m['correct']}, {m['kind']}, {m['text_id']}) "
              f"{'/'.join(m['severities']) or 'ohne Befund'}" for m in figures["missed"][:15]]
    lines.append(f"Zeit je 2.000 Zeichen (alle Regeln mit Rechtschreibung): {figures['ms_per_2000_chars']:.1f} ms")
    return "\n".join(lines)


def main() -> int:
    """Print the proof; exit 1 when a goal is missed."""
    figures = measure()
    print(report(figures))
    return 0 if figures["goals_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
