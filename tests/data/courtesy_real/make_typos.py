"""Plant the typos of typos.json in words of the corpus and of a few advisor messages, reproducibly (fixed seed).

Run `python tests/data/courtesy_real/make_typos.py`. It needs the `hunspell` command with the de_DE, de_AT and de_CH
dictionaries (Debian: `apt-get install hunspell hunspell-de-de hunspell-de-at hunspell-de-ch`): a planted word is kept
only when none of them knows it, so no typo is a valid German (or Austrian or Swiss) word. A generation aid only:
the app and the tests never call it.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13
DICTIONARIES = ("de_DE", "de_AT", "de_CH")
QUOTAS = {"swap": 55, "drop": 55, "double": 40, "umlaut": 35, "joint": 30}

# Messages an advisor might write, correct and in the Sie-form; they host the business-vocabulary typos.
ADVISOR_TEXTS = {
    "advisor-01": "Sehr geehrte Frau Dr. Lehmann,\n\nvielen Dank für das angenehme Gespräch am Dienstag. Wie "
                  "vereinbart sende ich Ihnen unser Finanzierungsangebot für die neue Fertigungshalle. Die "
                  "Eigenkapitalquote Ihres Unternehmens ist solide, daher können wir Ihnen einen Festzins für zehn "
                  "Jahre anbieten.\n\nMit freundlichen Grüßen\nJonas Hoffmann",
    "advisor-02": "Guten Tag Herr Brandt,\n\nfür die Betriebsmittelfinanzierung im Auslandsgeschäft schlage ich "
                  "einen Kontokorrentkredit mit einem Rahmen von 250.000 Euro vor. Die Sicherheiten besprechen wir "
                  "gern in einem persönlichen Termin.\n\nFreundliche Grüße\nJonas Hoffmann",
    "advisor-03": "Sehr geehrter Herr Keller,\n\ndie Unternehmensnachfolge in Ihrem Familienbetrieb sollte "
                  "frühzeitig geplant werden. Gern stelle ich Ihnen unsere Beratung zur Nachfolgeplanung vor, "
                  "einschließlich der steuerlichen Fragen und der Finanzierung des Kaufpreises.\n\nMit freundlichen "
                  "Grüßen\nJonas Hoffmann",
    "advisor-04": "Sehr geehrte Frau Wagner,\n\nIhre Betriebsunterbrechungsversicherung läuft zum Jahresende aus. "
                  "Ich habe Ihnen zwei Angebote mit höherer Versicherungssumme zusammengestellt und freue mich auf "
                  "Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nJonas Hoffmann",
    "advisor-05": "Guten Tag Frau Yilmaz,\n\nfür Ihr Investitionsvorhaben kommt ein Förderkredit der KfW mit "
                  "Tilgungszuschuss infrage. Die Zinsbindung beträgt zehn Jahre, die ersten zwei Jahre sind "
                  "tilgungsfrei. Bitte senden Sie mir die Jahresabschlüsse der letzten zwei "
                  "Geschäftsjahre.\n\nFreundliche Grüße\nJonas Hoffmann",
    "advisor-06": "Sehr geehrter Herr Schulz,\n\nwie besprochen prüfen wir die Erhöhung Ihrer Kreditlinie. Für die "
                  "Entscheidung benötigen wir eine aktuelle betriebswirtschaftliche Auswertung und eine "
                  "Liquiditätsplanung für die kommenden zwölf Monate.\n\nMit freundlichen Grüßen\nJonas Hoffmann",
    "advisor-07": "Sehr geehrte Damen und Herren,\n\nich begleite mittelständische Unternehmen bei Finanzierung, "
                  "Absicherung und Vermögensanlage. Gern würde ich Ihnen in einem kurzen Gespräch zeigen, wie Sie "
                  "Ihre Liquidität mit einem Avalrahmen und einer Bürgschaft der Bürgschaftsbank schonen "
                  "können.\n\nMit freundlichen Grüßen\nJonas Hoffmann",
    "advisor-08": "Sehr geehrte Frau Becker,\n\nherzlichen Glückwunsch zur Übernahme der Geschäftsführung! "
                  "Falls Sie für die Übergabe des Unternehmens eine Übernahmefinanzierung oder eine Absicherung des "
                  "Gesellschafterdarlehens brauchen, stehe ich Ihnen gern zur Verfügung.\n\nMit freundlichen "
                  "Grüßen\nJonas Hoffmann",
    "advisor-09": "Guten Tag Herr Neumann,\n\nvielen Dank für Ihre Anfrage zur Leasingfinanzierung der neuen "
                  "Maschinen. Ich kann Ihnen bis Freitag ein Angebot mit Restwert und monatlicher Rate schicken. "
                  "Müssen wir auch die Wartung einschließen?\n\nViele Grüße\nJonas Hoffmann",
    "advisor-10": "Sehr geehrter Herr Professor Richter,\n\nfür Ihre Praxis empfehle ich eine "
                  "Berufshaftpflichtversicherung mit erweitertem Deckungsumfang sowie eine "
                  "Praxisausfallversicherung. Die Beiträge sind als Betriebsausgaben absetzbar.\n\nMit freundlichen "
                  "Grüßen\nJonas Hoffmann",
    "advisor-11": "Sehr geehrte Frau Hartmann,\n\nfür die Anschlussfinanzierung Ihrer Gewerbeimmobilie habe ich die "
                  "Konditionen von drei Banken verglichen. Das günstigste Angebot hat einen Sollzins von 3,85 "
                  "Prozent bei einer anfänglichen Tilgung von zwei Prozent.\n\nMit freundlichen Grüßen\nJonas "
                  "Hoffmann",
    "advisor-12": "Guten Tag Frau Krüger,\n\nfür Ihre Mitarbeiterinnen und Mitarbeiter bieten wir eine betriebliche "
                  "Altersversorgung über eine Direktversicherung an. Gern erläutere ich Ihnen die Vorteile für Ihr "
                  "Unternehmen in einem Termin vor Ort. Über Ihre Rückmeldung würde ich mich sehr freuen.\n\nMit "
                  "freundlichen Grüßen\nJonas Hoffmann",
}

# Typical advisor typos, planted by hand: (text id, correct word, wrong word, kind).
HANDPICKED = [
    ("advisor-01", "Finanzierungsangebot", "Finanzierungsangebott", "double"),
    ("advisor-01", "Eigenkapitalquote", "Eigenkaptalquote", "drop"),
    ("advisor-01", "Gespräch", "Gesprach", "umlaut"),
    ("advisor-02", "Betriebsmittelfinanzierung", "Betriebsmittelfinanzirung", "drop"),
    ("advisor-02", "Kontokorrentkredit", "Kontokorentkredit", "drop"),
    ("advisor-02", "Sicherheiten", "Sicherheitn", "drop"),
    ("advisor-02", "für", "fuer", "umlaut"),
    ("advisor-03", "Unternehmensnachfolge", "Unternehmensnachfoge", "drop"),
    ("advisor-03", "Nachfolgeplanung", "Nachfolgeplannung", "double"),
    ("advisor-03", "Finanzierung", "Finanzeirung", "swap"),
    ("advisor-03", "Grüßen", "Gruessen", "umlaut"),
    ("advisor-04", "Versicherungssumme", "Versicherungsumme", "joint"),
    ("advisor-04", "Rückmeldung", "Rueckmeldung", "umlaut"),
    ("advisor-05", "Investitionsvorhaben", "Investitionvorhaben", "joint"),
    ("advisor-05", "Tilgungszuschuss", "Tilgungszuschus", "drop"),
    ("advisor-05", "Jahresabschlüsse", "Jahresabschlüße", "umlaut"),
    ("advisor-05", "Geschäftsjahre", "Geschäftjahre", "joint"),
    ("advisor-06", "Kreditlinie", "Kreditlinei", "swap"),
    ("advisor-06", "Liquiditätsplanung", "Liquiditätplanung", "joint"),
    ("advisor-07", "Bürgschaft", "Bürgschaaft", "double"),
    ("advisor-07", "Liquidität", "Liquiditat", "umlaut"),
    ("advisor-08", "Geschäftsführung", "Geschäftführung", "joint"),
    ("advisor-08", "Übernahmefinanzierung", "Übernahmefinanzierrung", "double"),
    ("advisor-09", "Müssen", "Muessen", "umlaut"),
    ("advisor-10", "Berufshaftpflichtversicherung", "Berufshaftplichtversicherung", "drop"),
    ("advisor-11", "Anschlussfinanzierung", "Anschlußfinanzierung", "umlaut"),
    ("advisor-12", "Altersversorgung", "Altersvorsorgung", "swap"),
]

_WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# Links, addresses, file names, code and quoted text: a checker leaves them alone, so no typo is planted there.
_SKIP_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\S+\.\w{2,4}\b|`[^`]*`"
                      r"|„[^“]*“|“[^”]*”|»[^«]*«|\"[^\"\n]*\"")
_CLOSING_RE = re.compile(r"^(Mit freundlichen Grüßen|Freundliche Grüße|Viele Grüße|Beste Grüße|Grüße),?\s*$",
                         re.M)
_NAMES = frozenset("Anna Schneider Miriam Albrecht Thomas Keller Jonas Hoffmann Lehmann Brandt Wagner Yilmaz Schulz "
                   "Becker Neumann Richter Hartmann Krüger Ebersberg Leipzig".split())
_JOINT_RE = re.compile(r"(?<=ung|ion|eit|aft|tät|ums)s(?=[a-zäöü]{4,})")
_GLUE_BEFORE = frozenset("-./_:@")
_GLUE_AFTER = frozenset("-/_@")
EXCLUDED_WRONG = frozenset({"Rechnungstellung"})  # a variant some dictionaries lack but Duden lists
_DOUBLABLE = "lmnprtfgk"
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _swap(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _drop(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(word) - 1) if word[i] != word[i - 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1:]


def _double(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(word)) if word[i] in _DOUBLABLE and word[i - 1] != word[i]
             and (i + 1 == len(word) or word[i + 1] != word[i])]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i] + word[i:]


def _umlaut(word: str, rng: random.Random) -> str | None:
    spots = [i for i, ch in enumerate(word) if ch in _UMLAUTS or ch == "ß"]
    if not spots:
        return None
    i = rng.choice(spots)
    # ß written as ss is correct in Switzerland; an advisor's slip is a single s.
    repl = "s" if word[i] == "ß" else _UMLAUTS[word[i]]
    return word[:i] + repl + word[i + 1:]


def _joint(word: str, rng: random.Random) -> str | None:
    spots = [m.start() for m in _JOINT_RE.finditer(word)]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1:]


MUTATIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "swap": _swap, "drop": _drop, "double": _double, "umlaut": _umlaut, "joint": _joint,
}


def unknown_words(words: Iterable[str]) -> set[str]:
    """The words that every one of the German dictionaries rejects."""
    words = sorted(set(words))
    unknown = set(words)
    for name in DICTIONARIES:
        out = subprocess.run(["hunspell", "-d", name, "-l"], input="\n".join(words), capture_output=True,
                             text=True, check=True).stdout
        unknown &= set(out.split())
    return unknown


def candidate_words(text: str) -> list[tuple[int, str]]:
    """Dictionary words of five letters or more with their offsets, outside links, quotes, names and products."""
    skipped = [m.span() for m in _SKIP_RE.finditer(text)]
    closing = _CLOSING_RE.search(text)
    if closing:  # the signature block below the closing is not checked either
        skipped.append((closing.end(), len(text)))
    words = []
    for match in _WORD_RE.finditer(text):
        word, start = match.group(), match.start()
        # Mixed case (YouTube, WebSocket) marks a product name, which a checker does not spell-check.
        if len(word) < 5 or any(ch.isupper() for ch in word[1:]) or word in _NAMES:
            continue
        if any(a <= start < b for a, b in skipped):
            continue
        # A word glued to a hyphen, dot, slash or @ is part of a token (E-Mail, app.mail.transport): leave it whole.
        end = match.end()
        before, after, after2 = text[start - 1:start], text[end:end + 1], text[end + 1:end + 2]
        glued = (before and before in _GLUE_BEFORE) or (after and after in _GLUE_AFTER)
        if glued or (after == "." and after2.isalnum()):
            continue
        words.append((start, word))
    return words


def main() -> int:
    """Write typos.json next to this script."""
    if shutil.which("hunspell") is None:
        print("hunspell fehlt (apt-get install hunspell hunspell-de-de hunspell-de-at hunspell-de-ch)",
              file=sys.stderr)
        return 2
    corpus = json.loads((HERE / "corpus.json").read_text(encoding="utf-8"))
    texts = {t["id"]: t["text"] for t in corpus["texts"]} | ADVISOR_TEXTS
    rng = random.Random(SEED)
    proposals = []
    for text_id, correct, wrong, kind in HANDPICKED:
        start = texts[text_id].index(correct)
        proposals.append({"text_id": text_id, "kind": kind, "start": start, "correct": correct, "wrong": wrong})
    known_correct = {w for _, w in (p for t in texts.values() for p in candidate_words(t))}
    known_correct -= unknown_words(known_correct)
    ids = sorted(texts)
    for kind, quota in QUOTAS.items():
        made = 0
        for _ in range(quota * 60):
            if made >= quota * 2:  # twice the quota; the dictionary filter below keeps the valid ones
                break
            text_id = rng.choice(ids)
            words = [(s, w) for s, w in candidate_words(texts[text_id]) if w in known_correct]
            if not words:
                continue
            start, word = rng.choice(words)
            wrong = MUTATIONS[kind](word, rng)
            if wrong and wrong != word:
                proposals.append({"text_id": text_id, "kind": kind, "start": start, "correct": word, "wrong": wrong})
                made += 1
    unknown = unknown_words(p["wrong"] for p in proposals)
    typos, seen, per_kind = [], set(), dict.fromkeys(QUOTAS, 0)
    for index, p in enumerate(proposals):
        key = (p["text_id"], p["start"])
        handpicked = index < len(HANDPICKED)  # they come first and are outside the quotas
        if p["wrong"] not in unknown or key in seen or p["wrong"] in EXCLUDED_WRONG:
            continue
        if not handpicked:
            if per_kind[p["kind"]] >= QUOTAS[p["kind"]]:
                continue
            per_kind[p["kind"]] += 1
        seen.add(key)
        typos.append({"id": f"typo-{len(typos) + 1:03d}", **p})
    result = {
        "description": "Typos planted in words of corpus.json texts and of advisor_texts, one per entry: replace "
                       "text[start:start + len(correct)] by wrong; the wrong word then spans "
                       "[start, start + len(wrong)). Made by make_typos.py (seed 13); every wrong word is unknown to "
                       "the Hunspell de_DE, de_AT and de_CH dictionaries.",
        "seed": SEED,
        "advisor_texts": ADVISOR_TEXTS,
        "typos": typos,
    }
    (HERE / "typos.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = {k: sum(t["kind"] == k for t in typos) for k in QUOTAS}
    print(f"{len(typos)} typos: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
