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
    r"|Führungsetage|Vorgesetzte[rn]?|Filialleit\w*|Bereichsleit\w*|Zentrale|Arbeitgeber|Haus|Institut|Leitung)"
    r"|die\s+da\s+oben|Chefetage|Teppichetage)\b",
    re.IGNORECASE,
)
_NEGATIVE_RE = re.compile(
    r"\b(?:keine\s+Ahnung|unfähig\w*|inkompetent\w*|versag\w*|Katastrophe|katastrophal\w*|nervt|nervig\w*|spinnt|Mist"
    r"|Quatsch|chaotisch\w*|lächerlich\w*|Witz|Idioten|peinlich\w*|Saftladen|ahnungslos\w*|planlos\w*|desaströs\w*"
    r"|miserabel\w*|Schwachsinn|Unsinn|absurd\w*|frustrier\w*|ärgerlich\w*|dämlich\w*|dumm\w*|ein\s+Trauerspiel)\b",
    re.IGNORECASE,
)
_PRESSURE_RES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:Vertriebsdruck|Verkaufsdruck|Abschlussdruck|Provisionsdruck|Zieldruck|Produktdruck|Druck\s+von\s+oben)\b",
    r"\b(?:meine|unsere|meinen|unseren)\s+(?:\w+\s+)?(?:Zielvorgaben?|Vertriebsziele?|Verkaufsziele?|Planzahlen"
    r"|Quote|Abschlussquote|Vorgaben)\b[^.!?\n]{0,60}\b(?:erreichen|erfüllen|schaffen|muss|müssen|Druck|Stress)\b",
    r"\b(?:ich\s+muss|muss\s+ich|wir\s+müssen|müssen\s+wir)\s+(?:\w+\s+){0,2}?noch\s+(?:\w+\s+){0,4}?"
    r"(?:verkaufen|abschließen|loswerden|unterbringen|platzieren)\b",
))


def canned_reply_findings(doc: Document) -> Iterator[Finding]:
    """A bare "Danke!", "Ok" or emoji instead of whole sentences."""
    start, end = doc.body_span
    body = doc.text[start:end]
    stripped_start = start + len(body) - len(body.lstrip())
    stripped_end = start + len(body.rstrip())
    words = WORD_RE.findall(body)
    if len(words) >= _MIN_BODY_WORDS and not _CANNED_RE.fullmatch(body):
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
    for match in _PARTY_RE.finditer(doc.text):
        yield finding("sensitive-topic", "Parteipolitik und Wahlen gehören nicht in eine Kundennachricht.",
                      match.start(), match.end(), None)
    for sentence in doc.sentences:
        start, end = sentence[0].start, sentence[-1].end
        own = _OWN_MANAGEMENT_RE.search(doc.text, start, end)
        negative = _NEGATIVE_RE.search(doc.text, start, end) if own else None
        if own and negative:
            message = "Kritik an der eigenen Führung wirkt unprofessionell; lassen Sie sie weg."
            yield finding("sensitive-topic", message, min(own.start(), negative.start()),
                          max(own.end(), negative.end()), None)
    for pattern in _PRESSURE_RES:
        for match in pattern.finditer(doc.text):
            yield finding("sensitive-topic", "Klagen über Vertriebsdruck oder Zielvorgaben gehören nicht zum Kunden.",
                          match.start(), match.end(), None)
