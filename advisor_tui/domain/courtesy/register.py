"""Register rules: du-forms in a Sie-message, and polite Sie/Ihnen/Ihr written lowercase."""

from __future__ import annotations

from collections.abc import Iterator

from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.tokens import Token

# Informal pronoun → its Sie-form (None where the case decides between "Sie" and "Ihnen").
DU_PRONOUNS: dict[str, str | None] = {
    "du": "Sie", "dich": "Sie", "dir": "Ihnen", "dein": "Ihr", "deine": "Ihre", "deinem": "Ihrem",
    "deinen": "Ihren", "deiner": "Ihrer", "deines": "Ihres", "deins": "Ihres", "euch": None, "euer": "Ihr",
    "eure": "Ihre", "euere": "Ihre", "eurem": "Ihrem", "euerem": "Ihrem", "euern": "Ihren", "euren": "Ihren",
    "eueren": "Ihren", "eurer": "Ihrer", "euerer": "Ihrer", "eures": "Ihres", "eueres": "Ihres",
    "deinetwegen": "Ihretwegen", "deinerseits": "Ihrerseits", "deinesgleichen": "Ihresgleichen",
    "euretwegen": "Ihretwegen", "eurerseits": "Ihrerseits",
}
# Finite verb forms that only exist for du (2nd person singular) or ihr (2nd plural) → Sie-form.
DU_VERBS: dict[str, str] = {
    "bist": "sind", "hast": "haben", "kannst": "können", "willst": "wollen", "musst": "müssen", "sollst": "sollen",
    "darfst": "dürfen", "magst": "mögen", "möchtest": "möchten", "weißt": "wissen", "weisst": "wissen",
    "wirst": "werden", "gibst": "geben", "nimmst": "nehmen", "siehst": "sehen", "kommst": "kommen",
    "machst": "machen", "brauchst": "brauchen", "findest": "finden", "meldest": "melden", "schreibst": "schreiben",
    "hattest": "hatten", "warst": "waren", "wärst": "wären", "wärest": "wären", "hättest": "hätten",
    "könntest": "könnten", "würdest": "würden", "solltest": "sollten", "müsstest": "müssten",
    "dürftest": "dürften",
    "wolltest": "wollten", "denkst": "denken", "meinst": "meinen", "glaubst": "glauben", "hörst": "hören",
    "freust": "freuen", "interessierst": "interessieren", "arbeitest": "arbeiten", "suchst": "suchen",
    "planst": "planen", "kennst": "kennen", "gehst": "gehen", "sagst": "sagen", "erinnerst": "erinnern",
    "antwortest": "antworten", "schaust": "schauen", "rufst": "rufen", "hilfst": "helfen", "fährst": "fahren",
    "habt": "haben", "seid": "sind", "könnt": "können", "wollt": "wollen", "müsst": "müssen", "sollt": "sollen",
    "dürft": "dürfen", "wisst": "wissen", "möchtet": "möchten", "hättet": "hätten", "würdet": "würden",
    "wärt": "wären", "könntet": "könnten",
}
_DU_IMPERATIVES = frozenset("meld ruf schreib schau sag gib komm lass nimm schick guck denk".split())
_IMPERATIVE_OBJECTS = frozenset("mich mir uns mal doch gern gerne einfach bitte an bescheid dich".split())

_FIRST_PERSON = frozenset("ich wir mich mir uns mein meine meinen meinem meiner unser unsere unseren unserem".split())
_THANKS = frozenset({"danke", "dank", "vielen", "herzlichen"})
_THIRD_PERSON = frozenset(
    "er sie frau herr kollegin kollege kunden kundin tochter sohn mitarbeiter mitarbeiterin mitarbeiterinnen".split()
)
_POSSESSIVES = frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})
_READER_NOUNS = frozenset(
    "profil nachricht anfrage unternehmen interesse zeit rückmeldung antwort beitrag post artikel firma betrieb team "
    "angebot einladung vernetzungsanfrage kontaktanfrage netzwerk familienunternehmen nachfolge vermögen geschäft "
    "erfolg engagement vertrauen verständnis geduld mail e-mail unterstützung einschätzung meinung feedback "
    "terminvorschlag termin wunsch fragen frage situation pläne vorhaben standort branche unternehmensnachfolge "
    "finanzierung kalender hinweis mühe rückruf telefonnummer kontaktdaten nachfolgeplanung vorschlag".split()
)
_DATIVE_VERBS = frozenset(
    "danke danken schreibe schreiben sende senden schicke schicken biete bieten stelle stellen wünsche wünschen "
    "gebe geben zeige zeigen gratuliere gratulieren helfe helfen antworte antworten bestätige bestätigen empfehle "
    "empfehlen erkläre erklären teile teilen übersende übersenden sage sagen".split()
)
_PREPOSITIONS = frozenset({"mit", "von", "bei", "zu", "an", "nach"})
_CONTACT_WORDS = frozenset(
    "sprechen austauschen auszutauschen hören treffen telefonieren melden vernetzen unterhalten zusammenarbeiten "
    "zusammenzuarbeiten kontakt verbindung gespräch kennenlernen kennenzulernen melde".split()
)
_QUESTION_VERBS = frozenset("haben hätten können könnten würden wären sind möchten wollen dürfen werden".split())
_SUBORDINATORS = frozenset("wenn falls ob dass sofern damit weil da".split())
_ADDRESS_SIGNALS = frozenset(
    "interesse fragen zeit lust möchten mögen wünschen einverstanden erreichbar gelegenheit".split()
)
_LOOK_BACK = 12
_NOT_ANTECEDENTS = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dank"})
_OBJECT_VERBS = frozenset(
    "kennenlernen kennenzulernen treffen einladen einzuladen begrüßen beraten unterstützen begleiten anrufen "
    "anzurufen informieren kontaktieren erreichen".split()
)


def _du_suggestion(token: Token, replacement: str | None) -> str | None:
    """The Sie-form replacement, capitalised at a sentence start."""
    if replacement is None:
        return None
    return replacement[0].upper() + replacement[1:] if token.text[0].isupper() else replacement


def _is_du_verb(tokens: list[Token], i: int) -> bool:
    """A du/ihr verb form; a capitalised one mid-sentence is a noun ("in aller Hast")."""
    token = tokens[i]
    if token.lower not in DU_VERBS:
        return False
    return token.initial or token.text[0].islower()


def _is_du_imperative(tokens: list[Token], i: int) -> bool:
    """ "Ruf mich an", "Schreib mir", "Lass uns …" at a sentence start."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (token.initial and token.lower in _DU_IMPERATIVES and nxt is not None
            and nxt.sentence == token.sentence and nxt.lower in _IMPERATIVE_OBJECTS)


def du_findings(doc: Document) -> Iterator[Finding]:
    """Every du/ihr form in the message."""
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.text.isupper() and len(token.text) > 1:
            continue
        if token.lower in DU_PRONOUNS:
            yield finding("du-form", f"„{token.text}“ ist die Du-Form; schreiben Sie in der Sie-Form.",
                          token.start, token.end, _du_suggestion(token, DU_PRONOUNS[token.lower]))
        elif _is_du_verb(tokens, i):
            message = f"„{token.text}“ ist eine Verbform der Du-Anrede; schreiben Sie in der Sie-Form."
            yield finding("du-form", message, token.start, token.end, _du_suggestion(token, DU_VERBS[token.lower]))
        elif _is_du_imperative(tokens, i):
            yield finding("du-form", f"„{token.text} …“ ist ein Imperativ der Du-Form; "
                          "schreiben Sie z. B. „Melden Sie sich“.", token.start, token.end, None)
        elif token.lower == "ihr" and _next_is_plural_verb(tokens, i):
            yield finding("du-form", "„ihr“ mit Verb in der 2. Person Plural ist die Du-Form (Plural).",
                          token.start, token.end, "Sie")


def _next_is_plural_verb(tokens: list[Token], i: int) -> bool:
    """ "ihr habt", "habt ihr": the informal plural."""
    neighbours = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    return any(n.lower in DU_VERBS and n.lower.endswith("t") and not n.lower.endswith("st") for n in neighbours)


def _before(sentence: list[Token], k: int) -> list[Token]:
    """The words shortly before position k: context enough, and bounded so long sentences stay cheap."""
    return sentence[max(0, k - _LOOK_BACK) : k]


def _window(sentence: list[Token], k: int, size: int) -> set[str]:
    """Lowercased words following position k in a sentence."""
    return {t.lower for t in sentence[k + 1 : k + 1 + size]}


def _polite_sie(doc: Document, sentence: list[Token], k: int) -> bool:
    """Lowercase "sie" that addresses the reader: "Haben sie Zeit?", "wenn sie Interesse haben"."""
    prev = sentence[k - 1] if k else None
    if prev is None:
        return False
    if prev.initial and prev.lower.endswith("en") and prev.text[0].isupper():
        return True
    if prev.lower in _QUESTION_VERBS and doc.ends_with(sentence) == "?":
        return True
    if prev.lower in _SUBORDINATORS and _window(sentence, k, 4) & _ADDRESS_SIGNALS:
        return not _has_antecedent(_before(sentence, k))
    before = {t.lower for t in _before(sentence, k)}
    return bool(before & _FIRST_PERSON) and bool(_window(sentence, k, 3) & _OBJECT_VERBS)


def _has_antecedent(before: list[Token]) -> bool:
    """A noun earlier in the sentence that "sie" may refer to ("viele Unternehmer sagen, dass sie …")."""
    return any(t.text[0].isupper() and not t.initial and t.lower not in _NOT_ANTECEDENTS for t in before)


def _polite_ihnen(sentence: list[Token], k: int) -> bool:
    """Lowercase "ihnen" after "ich danke", before "zu hören", in "wie geht es ihnen"."""
    prev = sentence[k - 1].lower if k else ""
    before_prev = sentence[k - 2].lower if k > 1 else ""
    if prev in _DATIVE_VERBS or (prev in {"ich", "wir"} and before_prev in _DATIVE_VERBS):
        return True
    around = _window(sentence, k, 4) | {t.lower for t in sentence[max(0, k - 4) : k]}
    if prev in _PREPOSITIONS and around & _CONTACT_WORDS:
        return True
    return prev == "es" and k >= 2 and sentence[k - 2].lower == "geht"


def _polite_possessive(sentence: list[Token], k: int) -> bool:
    """ "danke für ihre Nachricht", "Bitte teilen Sie mir ihr Meinung mit" — the reader's things."""
    before_tokens = _before(sentence, k)
    before = {t.lower for t in before_tokens if t.text != "Sie" or t.initial}  # polite "Sie" is the reader
    if before & _THIRD_PERSON:
        return False
    if _window(sentence, k, 2) & _READER_NOUNS:
        return bool(before & (_FIRST_PERSON | _THANKS))
    # Any noun right after it, in a sentence that speaks to the reader with a capitalised "Sie" or "Ihnen".
    following = sentence[k + 1] if k + 1 < len(sentence) else None
    addressed = any(t.text in ("Sie", "Ihnen") and not t.initial for t in before_tokens)
    return following is not None and following.text[0].isupper() and addressed


def sie_lowercase_findings(doc: Document) -> Iterator[Finding]:
    """Polite Sie/Ihnen/Ihr… written lowercase, where the context shows the reader is meant."""
    for sentence in doc.sentences:
        for k, token in enumerate(sentence):
            if token.initial or not token.text[0].islower():
                continue
            word = token.lower
            polite = ((word == "sie" and _polite_sie(doc, sentence, k))
                      or (word == "ihnen" and _polite_ihnen(sentence, k))
                      or (word in _POSSESSIVES and _polite_possessive(sentence, k)))
            if polite:
                fixed = token.text.capitalize()
                yield finding("sie-lowercase", f"Die höfliche Anrede schreibt man groß: „{fixed}“.",
                              token.start, token.end, fixed)
