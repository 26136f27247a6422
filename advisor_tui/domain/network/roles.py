"""Role and sector suggestions from a contact's position and company, for the tagging queue.

What an advisor expects, and therefore what `suggest_role` decides:

- Anyone at the advisor's own institution is a `kollege`, whatever the title.
- Anyone at a bank, Sparkasse, Volksbank, Raiffeisenbank or insurer is `wettbewerb` (a Sparkasse's
  Firmenkundenberater competes for the same clients); so is a bank or insurance job title elsewhere.
- The company settles the role when it is a tax, law or audit firm (`umfeld`), a chamber, association
  or newspaper (`multiplikator`) or a recruiting firm (`dienstleister`): the Geschäftsführer of a
  Steuerberatungsgesellschaft is a referral partner first, not a client.
- A successor marker (Nachfolger, designiert, künftig, next generation, Juniorchef, "Junior" next to an
  owner title) beats the title it is combined with: `nachfolger`. "Geschäftsführer in 2. Generation"
  already runs the firm and stays `unternehmer`.
- Titles combined with commas, slashes or "&" are read part by part and the strongest part wins, in
  this order: wettbewerb, umfeld, multiplikator, recruiter, owner, finance lead, salesperson. So
  "Geschäftsführer / CFO" is `unternehmer`, "Inhaber & Personalberater" is `dienstleister`, and
  "Inhaber / Vertrieb" (the owner who sells himself) is `unternehmer`.
- Within one part, an owner title with a finance word ("Kaufmännischer Geschäftsführer", "Vorstand
  Finanzen") is `kaufm-leitung`: that is the person to talk financing with.
- Salespeople, sales managers included ("Vertriebsleiter" at a Maschinenbauer), are `dienstleister`:
  they want to sell, not to be advised; their Geschäftsführer is the target.
- Assistants, students, trainees ("Assistentin der Geschäftsführung", "Werkstudent") get no role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from advisor_tui.domain.network.lexicon import fold, tokens
from advisor_tui.domain.network.role_words import COMPANY_CUES, LEGAL_FORMS, PHRASES, ROLE_LEXICON, Cue
from advisor_tui.domain.network.sector_words import SECTOR_LEXICON

# The first rule whose cues a title part has decides that part; the earliest rule over all parts wins.
_RULES: tuple[tuple[frozenset[Cue], str], ...] = (
    (frozenset({Cue.BANK}), "wettbewerb"),
    (frozenset({Cue.ADVISER}), "umfeld"),
    (frozenset({Cue.MULTIPLIER}), "multiplikator"),
    (frozenset({Cue.RECRUITER}), "dienstleister"),
    (frozenset({Cue.OWNER, Cue.FINANCE}), "kaufm-leitung"),
    (frozenset({Cue.OWNER}), "unternehmer"),
    (frozenset({Cue.FINANCE_LEAD}), "kaufm-leitung"),
    (frozenset({Cue.FINANCE, Cue.LEAD}), "kaufm-leitung"),
    (frozenset({Cue.SALES}), "dienstleister"),
)
_NO_RULE = len(_RULES)

_PARTS = re.compile(r"[,/|;&+·()\[\]]|\s[-–]\s")
_AFFILIATION = re.compile(r"\s(?:bei|beim|at)\s|@")
_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b")
_SAME_INSTITUTION_RATIO = 92


def suggest_role(position: str, company: str, *, own_company: str | None = None) -> str | None:
    """The role key a contact most likely has, or None when position and company say too little."""
    title, affiliation = _split_affiliation(position)
    institution = company or affiliation
    if own_company and same_institution(institution, own_company):
        return "kollege"
    company_rank = _rank(_cues(fold(institution), fuzzy=False) & frozenset(COMPANY_CUES))
    if company_rank < _NO_RULE:
        return _RULES[company_rank][1]
    parts = [cues for part in _PARTS.split(title) if (cues := _cues(part, fuzzy=True)) and Cue.VETO not in cues]
    every = frozenset().union(*parts)
    if Cue.SUCCESSOR in every or {Cue.JUNIOR, Cue.OWNER} <= every:
        return "nachfolger"
    rank = min((_rank(cues) for cues in parts), default=_NO_RULE)
    return _RULES[rank][1] if rank < _NO_RULE else None


def suggest_sector(company: str, position: str) -> str | None:
    """The WZ 2008 section letter the company (else the position) points to, or None."""
    title, affiliation = _split_affiliation(position)
    for text, fuzzy in ((fold(company), False), (affiliation, False), (title, True)):
        best = None
        for word in tokens(text):
            for hit in SECTOR_LEXICON.hits(word, fuzzy):
                if hit.value and (best is None or hit.length > best.length):
                    best = hit
        if best is not None:
            return best.value
    return None


def same_institution(company: str, own_company: str) -> bool:
    """Whether a company name means the advisor's own institution ("Sparkasse KölnBonn" = "Sparkasse Köln Bonn")."""
    ours, theirs = institution_key(own_company), institution_key(company)
    if not ours or not theirs:
        return False
    if theirs == ours or theirs.startswith(ours + " "):
        return True
    return fuzz.ratio(theirs.replace(" ", ""), ours.replace(" ", "")) >= _SAME_INSTITUTION_RATIO


@lru_cache(maxsize=4096)
def institution_key(name: str) -> str:
    """The folded words of a company name without legal forms."""
    return " ".join(word for word in tokens(fold(name)) if word not in LEGAL_FORMS)


def _split_affiliation(position: str) -> tuple[str, str]:
    """Folded title and the company named in it ("CFO bei Müller Bau GmbH" → "cfo", "mueller bau gmbh")."""
    title, *rest = _AFFILIATION.split(fold(position), maxsplit=1)
    return title, rest[0] if rest else ""


def _cues(folded: str, *, fuzzy: bool) -> frozenset[Cue]:
    """Everything the words of a folded text hint at."""
    words = _PHRASE.sub(lambda match: PHRASES[match.group()], " ".join(tokens(folded)))
    return frozenset(hit.value for word in words.split() for hit in ROLE_LEXICON.hits(word, fuzzy))


def _rank(cues: frozenset[Cue]) -> int:
    """The index of the first rule the cues satisfy, or `_NO_RULE`."""
    return next((index for index, (needed, _) in enumerate(_RULES) if needed <= cues), _NO_RULE)
