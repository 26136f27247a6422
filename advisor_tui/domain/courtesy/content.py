"""Content rules: bare canned replies, apologies for absence, sensitive topics."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.tokens import WORD_RE

_CANNED_PHRASES = (
    r"(?:(?:vielen|herzlichen|besten)\s+dank|danke(?:\s+schön|schön|\s+sehr)?|ok(?:ay)?|gerne?|super|top|prima"
    r"|perfekt|passt|alles\s+klar|klingt\s+gut|ja|nein|cool|thx|thanks|merci|daumen\s+hoch)"
)
# One class for everything between phrases (spaces, punctuation, emoji) keeps the match linear.
_CANNED_RE = re.compile(rf"[\W_]*{_CANNED_PHRASES}(?:[\W_]+{_CANNED_PHRASES})*[\W_]*", re.IGNORECASE)
_MIN_BODY_WORDS = 3
# A body this short without a finite verb is a canned reply too ("Ok, kein Bedarf.").
_MAX_VERBLESS_WORDS = 8
# Common finite verb forms; other verbs count when a subject pronoun stands next to them ("ich melde").
_FINITE_VERBS = frozenset(
    """bin bist ist sind seid war waren wäre wären habe hast hat haben habt hatte hatten hätte hätten werde wirst
    wird werden würde würden kann kannst können konnte könnte könnten muss müssen musste müsste sollte sollten soll
    sollen will wollen wollte möchte möchten mag darf dürfen dürfte freue freuen melde melden rufe rufen schreibe
    schreiben sende senden schicke schicken komme kommen kommt gibt geht passt passen brauche brauchen benötige
    benötigen suche suchen plane planen biete bieten empfehle empfehlen weiß wissen finde finden denke denken
    glaube glauben hoffe hoffen stelle stellen lade laden bitte bitten""".split()
)
_SUBJECTS = frozenset({"ich", "wir", "sie", "er", "es", "man", "du", "ihr"})
_VERB_ENDINGS = ("e", "en", "t", "st", "te", "ten")
# Lowercase words ending in -t that are no verbs; any other ("bietet", "klappt") counts as a finite verb.
_NOT_VERBS_T = frozenset(
    """nicht jetzt erst selbst sonst meist zuletzt zunächst bereits recht leicht direkt perfekt korrekt konkret
    komplett bestimmt gesamt insgesamt seit mit bist gut weit breit bunt laut spät fest stets beseitigt
    zuerst höchst längst nächst heut samt sanft oft fast""".split()
)

_APOLOGY_RES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:so\s+|sehr\s+|nur\s+|eher\s+|leider\s+|recht\s+)*selten\s+(?:hier|online|aktiv|eingeloggt|unterwegs"
    r"|auf\s+(?:LinkedIn|XING)|in\s+(?:LinkedIn|XING)|bei\s+(?:LinkedIn|XING))\b",
    r"\bnicht\s+(?:so\s+|sehr\s+)?(?:oft|häufig|regelmäßig)\s+(?:hier|online|aktiv|auf\s+(?:LinkedIn|XING))\b",
    r"\bschaue?\s+(?:hier\s+)?(?:nur\s+)?selten\s+(?:rein|vorbei)\b",
    r"\b(?:sorry|entschuldigung|entschuldigen\s+Sie|entschuldige|verzeihen\s+Sie|verzeihung|pardon)\b[^.!?\n]{0,40}?"
    r"\b(?:späte|verspätete|späten|verspäteten|lange|langen)\s+(?:Antwort|Rückmeldung|Reaktion)",
    r"\b(?:sorry|entschuldig\w*|verzeih\w*)\b[^.!?\n]{0,40}?"
    r"\b(?:erst\s+(?:jetzt|heute)|so\s+spät|so\s+lange|Verspätung)",
))

_PARTY_RE = re.compile(
    r"\b(?:AfD|CDU|CSU|SPD|FDP|BSW|NPD|Linkspartei|Bündnis\s*90|(?:die|der|den)\s+(?:Grünen(?!\s+Woche)|Linke[n]?)"
    r"|(?:Bundestags|Landtags|Europa|Kommunal|Bürgerschafts|Präsidentschafts|Neu)wahl(?:en|kampf)?|Wahlkampf\w*"
    r"|Wahlprogramm\w*|Wahlergebnis\w*|Ampelkoalition|Ampelregierung|Ampel-Regierung|Parteipolitik\w*)\b"
)
_OWN_MANAGEMENT_RE = re.compile(
    r"\b(?:(?:unser|unsere|unseren|unserem|unserer|mein|meine|meinen|meinem|meiner)\s+(?:\w+\s+)?"
    r"(?:Vorstand|Vorstände|Vorständen|Chef|Chefin|Chefs|Management|Geschäftsleitung|Geschäftsführung|Führung"
    r"|Führungsetage|Vorstandsetage|Vorgesetzte[rn]?|Filialleit\w*|Bereichsleit\w*|Zentrale|Arbeitgeber|Haus|Institut|Leitung)"
    r"|die\s+da\s+oben|Chefetage|Teppichetage"
    # Managers in general: agreeing under somebody's rant about "die Manager" is bashing too.
    r"|(?:die|diese|solche|unsere|viele)\s+(?:\w+\s+)?(?:Manager|Vorstände|Bankvorstände|Führungskräfte|Chefs"
    r"|Konzernchefs|Banker))\b",
    re.IGNORECASE,
)
_NEGATIVE_RE = re.compile(
    r"\b(?:keine\s+Ahnung|unfähig\w*|inkompetent\w*|versag\w*|Katastrophe|katastrophal\w*|nervt|nervig\w*|spinnt|Mist"
    r"|Quatsch|chaotisch\w*|lächerlich\w*|Witz|Idioten|peinlich\w*|Saftladen|ahnungslos\w*|planlos\w*|desaströs\w*"
    r"|miserabel\w*|Schwachsinn|Unsinn|absurd\w*|frustrier\w*|ärgerlich\w*|dämlich\w*|dumm\w*|ein\s+Trauerspiel"
    # Sarcasm: "versteht vom Mittelstand ungefähr so viel wie …"
    r"|versteh\w*(?:\s+\w+){0,6}?\s+so\s+viel\s+wie)\b",
    re.IGNORECASE,
)
# "Wahl der Finanzierung" is a choice and "Politik der EZB" monetary policy, a banking topic: neither is politics.
_NOT_POLITICAL_AFTER = r"(?!\s+(?:der|des|eines|einer|zwischen)\s+(?!Regierung|Partei|Bundes|Landes))"
_CENTRAL_BANK = r"(?!\s+der\s+(?:EZB|Notenbanken?|Zentralbanken?|Fed|Bundesbank)\b)"
_POLITICS_RE = re.compile(
    r"\b(?:Regierung\w*|Bundesregierung|Landesregierung|Wahl" + _NOT_POLITICAL_AFTER + r"|Wahlen|Politik"
    + _CENTRAL_BANK + r"|Politiker\w*|Kanzler\w*|Minister\w*|\w+(?:kanzler|minister)\w*"
    r"|Bundestag|Opposition|Koalition\w*|Parteien|Partei|Ampel|Berlin\s+oben)\b"
)
# Judgements on politics beyond the general negative words above ("diese Regierung ruiniert …").
_JUDGEMENT_RE = re.compile(
    r"\b(?:ruinier\w*|zerstör\w*|Versagen|Skandal\w*|Schande|abwählen|abgewählt|endlich\s+weg|gegen\s+die\s+Wand"
    r"|an\s+die\s+Wand|Totalausfall|Irrsinn|Wahnsinn|belogen|lügt|lügen|Lügner\w*|Idiot\w*|Chaos|Murks|Pfusch"
    r"|schadet|kaputt\w*)\b",
    re.IGNORECASE,
)
_PRESSURE_RES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:Vertriebsdruck|Verkaufsdruck|Abschlussdruck|Provisionsdruck|Zieldruck|Produktdruck|Quotendruck|Provisionsjagd"
    r"|Druck\s+von\s+oben)\b",
    r"\bwer\s+nicht\s+(?:genug\s+)?(?:verkauft|abschließt|seine\s+Zahlen\s+bringt)\b",
    r"\b(?:meine|unsere|meinen|unseren)\s+(?:\w+\s+)?(?:Zielvorgaben?|Vertriebsziele?|Verkaufsziele?|Planzahlen"
    r"|Quote|Abschlussquote|Vorgaben)\b[^.!?\n]{0,60}\b(?:erreichen|erfüllen|schaffen|muss|müssen|Druck|Stress)\b",
    r"\b(?:ich\s+muss|muss\s+ich|wir\s+müssen|müssen\s+wir)\s+(?:\w+\s+){0,2}?noch\s+(?:\w+\s+){0,4}?"
    r"(?:verkaufen|abschließen|loswerden|unterbringen|platzieren)\b",
))


def _has_finite_verb(words: list[str]) -> bool:
    """A finite verb: a common form, or a verb-like word beside a subject pronoun ("wir prüfen das")."""
    lowered = [word.lower() for word in words]
    if any(word in _FINITE_VERBS for word in lowered[1:]) or (lowered and lowered[0] in _FINITE_VERBS - {"bitte"}):
        return True
    if any(word.islower() and len(word) >= 5 and word.endswith("t") and word not in _NOT_VERBS_T for word in words):
        return True
    # A plural verb right after its subject noun: "die Reviewer prüfen".
    if any(word.islower() and len(word) >= 5 and word.endswith("en") and i and words[i - 1][:1].isupper()
           for i, word in enumerate(words[2:], start=2)):
        return True
    return any(word in _SUBJECTS and any(n.endswith(_VERB_ENDINGS) for n in lowered[max(0, i - 1) : i + 2] if n != word)
               for i, word in enumerate(lowered))


def canned_reply_findings(doc: Document) -> Iterator[Finding]:
    """A bare "Danke!", "Ok" or emoji instead of whole sentences; a quiet hint while the draft is still empty."""
    start, end = doc.body_span
    body = doc.text[start:end]
    stripped_start = start + len(body) - len(body.lstrip())
    stripped_end = start + len(body.rstrip())
    words = WORD_RE.findall(body)
    if not body.strip():
        if doc.text.strip():
            yield finding("draft-empty", "Entwurf ist noch leer.", stripped_start, stripped_start, None)
        return
    canned = len(words) < _MIN_BODY_WORDS or _CANNED_RE.fullmatch(body)
    if not canned and (len(words) > _MAX_VERBLESS_WORDS or _has_finite_verb(words)):
        return
    yield finding("canned-reply",
                  "Eine knappe Standardantwort wirkt abweisend: antworten Sie in ganzen Sätzen, "
                  "mit Anrede und Grußformel.",
                  stripped_start, max(stripped_end, stripped_start), None)


def apology_findings(doc: Document) -> Iterator[Finding]:
    """Apologies for being rarely online or for answering late."""
    for pattern in _APOLOGY_RES:
        for match in pattern.finditer(doc.text):
            yield finding("apology-absence",
                          "Entschuldigen Sie sich nicht für seltene Präsenz oder späte Antworten: "
                          "danken Sie lieber für die Nachricht und antworten Sie in der Sache.",
                          match.start(), match.end(), None)


def sensitive_findings(doc: Document) -> Iterator[Finding]:
    """Party politics and elections, bashing one's own management, complaining about sales pressure."""
    # A post or a comment is public: there it is the audience, not the one client, that reads it.
    letter = doc.context.is_letter
    where = "eine Kundennachricht" if letter else "öffentliche Beiträge und Kommentare"
    for match in _PARTY_RE.finditer(doc.text):
        yield finding("sensitive-topic", f"Parteipolitik und Wahlen gehören nicht in {where}.",
                      match.start(), match.end(), None)
    for sentence in doc.sentences:
        start, end = sentence[0].start, sentence[-1].end
        politics = _POLITICS_RE.search(doc.text, start, end)
        judgement = (_JUDGEMENT_RE.search(doc.text, start, end) or _NEGATIVE_RE.search(doc.text, start, end)
                     if politics else None)
        if politics and judgement and not _PARTY_RE.search(doc.text, start, end):
            message = f"Urteile über Regierung und Politik gehören nicht in {where}."
            yield finding("sensitive-topic", message,
                          min(politics.start(), judgement.start()), max(politics.end(), judgement.end()), None)
        own = _OWN_MANAGEMENT_RE.search(doc.text, start, end)
        negative = _NEGATIVE_RE.search(doc.text, start, end) if own else None
        if own and negative:
            message = "Kritik an Führungskräften oder der eigenen Führung wirkt unprofessionell; lassen Sie sie weg."
            yield finding("sensitive-topic", message, min(own.start(), negative.start()),
                          max(own.end(), negative.end()), None)
    for pattern in _PRESSURE_RES:
        for match in pattern.finditer(doc.text):
            yield finding("sensitive-topic", "Klagen über Vertriebsdruck oder Zielvorgaben gehören nicht "
                          + ("zum Kunden." if letter else "in die Öffentlichkeit."),
                          match.start(), match.end(), None)
