"""Proof of the courtesy checker on real text: false alarms on correct formal German and recall of planted typos.

Run `python bench/bench_courtesy_corpus.py`. It loads tests/data/courtesy_real/corpus.json (correct texts written by
others) and typos.json (one typo planted per entry), runs the checker's public `check` and prints: texts with any
warning or error (goal 0) with their top causes, typo recall as warning (goal ≥ 95 %) and as warning or hint (goal
100 %), and the time per 2,000 characters for the rules and for spelling (first sight of each text, dictionaries
loaded). Exits 1 when a goal is missed. `measure()` returns the figures.

The figures come for the whole corpus and for two parts split by source: the tuning part, whose findings guided the
checker's rules, and a held-out part of five sources whose findings were not looked at while tuning (typos go with
their text's source; the advisor-written typo texts count to tuning). Causes and missed typos are listed for the
tuning part only; `--show-held-out` lists them for the held-out part as well.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor_tui.domain.courtesy.checker import check, check_rules  # noqa: E402
from advisor_tui.domain.courtesy.speller import german_speller  # noqa: E402
from advisor_tui.domain.courtesy.spelling import check_spelling  # noqa: E402

DATA = ROOT / "tests" / "data" / "courtesy_real"
FALSE_ALARM_GOAL = 0
RECALL_WARNING_GOAL = 0.95
RECALL_ANY_GOAL = 1.0
# A full letter is checked as a message (greeting and closing demanded); a notice as a post (neither demanded).
CHANNEL_BY_FORM = {"letter": "xing-message", "notice": "xing-post"}
ALARMS = frozenset({"warning", "error"})
HELD_OUT = frozenset({
    "Indico (CERN)", "Matomo", "Joomla! German translation (JGerman)",
    "Grundsteuererklärung für Privateigentum (DigitalService GmbH des Bundes)",
    "FragDenStaat (Open Knowledge Foundation Deutschland)",
})
PARTS = ("tuning", "held-out", "whole")


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


def false_alarms(corpus: list[dict]) -> tuple[list[str], Counter, Counter]:
    """Texts with a warning or error, and the causes as (code, word) and by code."""
    flagged, causes, codes = [], Counter(), Counter()
    for entry in corpus:
        text = entry["text"]
        alarms = [f for f in check(text, channel=CHANNEL_BY_FORM[entry["form"]]) if str(f.severity) in ALARMS]
        if alarms:
            flagged.append(entry["id"])
        for f in alarms:
            causes[(f.code, text[f.start:f.end][:40])] += 1
            codes[f.code] += 1
    return flagged, causes, codes


def timing(corpus: list[dict], rounds: int = 3) -> tuple[float, float]:
    """Milliseconds per 2,000 characters for the rules and for spelling, each text seen for the first time (a
    speller with empty caches each round); the median of `rounds`, as the machine is shared."""
    chars = sum(len(entry["text"]) for entry in corpus)
    loaded = german_speller()
    rules, spelling = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        for entry in corpus:
            check_rules(entry["text"], channel=CHANNEL_BY_FORM[entry["form"]])
        rules.append(time.perf_counter() - started)
        speller = loaded.fresh()
        started = time.perf_counter()
        for entry in corpus:
            check_spelling(entry["text"], speller=speller)
        spelling.append(time.perf_counter() - started)
    return statistics.median(rules) / chars * 2_000_000, statistics.median(spelling) / chars * 2_000_000


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


def _part_figures(corpus: list[dict], hosts: dict[str, Host], typos: list[dict]) -> dict:
    """The proof's figures for one part of the corpus and its typos."""
    flagged, causes, codes = false_alarms(corpus)
    as_warning, as_any, missed = typo_recall(hosts, typos)
    return {
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
    }


def measure() -> dict:
    """All figures of the proof (per part: tuning, held-out, whole) and whether each goal is met."""
    corpus, hosts, typos = load()
    german_speller().load_all()  # the goal is for a loaded checker: German, regional and English dictionaries
    rules_ms, spelling_ms = timing(corpus)
    source = {entry["id"]: entry["source"] for entry in corpus}
    held = {"tuning": False, "held-out": True}
    figures: dict = {"parts": {}}
    for part in PARTS:
        texts = [e for e in corpus if part == "whole" or (e["source"] in HELD_OUT) == held[part]]
        part_typos = [t for t in typos
                      if part == "whole" or (source.get(t["text_id"], "") in HELD_OUT) == held[part]]
        figures["parts"][part] = _part_figures(texts, hosts, part_typos)
    whole = figures["parts"]["whole"]
    figures |= {"rules_ms_per_2000_chars": rules_ms, "spelling_ms_per_2000_chars": spelling_ms,
                "ms_per_2000_chars": rules_ms + spelling_ms}
    figures["goals_met"] = (whole["texts_flagged"] <= FALSE_ALARM_GOAL
                            and whole["recall_warning"] >= RECALL_WARNING_GOAL
                            and whole["recall_any"] >= RECALL_ANY_GOAL)
    return figures


def report(figures: dict, show_held_out: bool = False) -> str:
    """The figures as the lines the bench prints."""
    def verdict(ok: bool) -> str:
        return "ok" if ok else "ZIEL VERFEHLT"

    lines = []
    for part in PARTS:
        f = figures["parts"][part]
        lines += [
            f"[{part}] {f['texts']} korrekte Texte aus {f['sources']} Quellen, {f['typos']} Tippfehler",
            f"  Texte mit Warnung oder Fehler: {f['texts_flagged']} (Ziel {FALSE_ALARM_GOAL})  "
            f"{verdict(f['texts_flagged'] <= FALSE_ALARM_GOAL)}",
            f"  Tippfehler als Warnung: {f['recall_warning']:.1%} (Ziel ≥ {RECALL_WARNING_GOAL:.0%})  "
            f"{verdict(f['recall_warning'] >= RECALL_WARNING_GOAL)}; als Warnung oder Hinweis: "
            f"{f['recall_any']:.1%} (Ziel {RECALL_ANY_GOAL:.0%})  {verdict(f['recall_any'] >= RECALL_ANY_GOAL)}",
        ]
        if part == "tuning" or (part == "held-out" and show_held_out):
            if f["codes"]:
                lines.append("    nach Code: " + ", ".join(f"{code} {count}" for code, count in f["codes"]))
                lines += [f"    {count:3d} × {code}: „{word}“" for (code, word), count in f["top_causes"]]
            lines += [f"    verpasst: {m['wrong']} (statt {m['correct']}, {m['kind']}, {m['text_id']}) "
                      f"{'/'.join(m['severities']) or 'ohne Befund'}" for m in f["missed"][:15]]
    lines.append("Zeit je 2.000 Zeichen, jeder Text zum ersten Mal: "
                 f"Regeln {figures['rules_ms_per_2000_chars']:.1f} ms "
                 f"(Ziel ≤ 10), Rechtschreibung {figures['spelling_ms_per_2000_chars']:.1f} ms (Ziel ≤ 30)")
    return "\n".join(lines)


def main() -> int:
    """Print the proof; exit 1 when a goal is missed."""
    figures = measure()
    print(report(figures, show_held_out="--show-held-out" in sys.argv))
    return 0 if figures["goals_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
