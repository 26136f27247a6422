"""Likely duplicate contacts (the same person from LinkedIn and a vCard) and merging two of them.

Finding pairs is not quadratic: contacts are only compared within blocks that share a folded name
word plus the first letter(s) of the other name word (in both orders, so swapped first and last
names meet), the same e-mail address or the same profile URL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from rapidfuzz import fuzz, process

from advisor_tui.domain.contacts.identity import normalize_profile_url
from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.lexicon import fold, tokens
from advisor_tui.domain.network.roles import institution_key

MERGEABLE_FIELDS: dict[str, str] = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "company": "Firma",
    "position": "Position",
    "email": "E-Mail",
    "profile_url": "Profil-URL",
    "sector": "Branche",
    "role": "Rolle",
    "notes": "Notizen",
    "follow_up_on": "Wiedervorlage",
}

REASON_EMAIL = "Gleiche E-Mail-Adresse"
REASON_PROFILE = "Gleiches Profil"
REASON_SAME_NAME = "Gleicher Name"
REASON_SIMILAR_NAME = "Ähnlicher Name"
REASON_UMLAUT = "Umlaut anders geschrieben (ü/ue)"
REASON_SWAPPED = "Vor- und Nachname vertauscht"
REASON_TITLE = "Titel im Namen (z. B. Dr.)"
REASON_COMPANY = "Gleiche Firma"
REASON_SOURCES = "Einmal mit Profil, einmal mit E-Mail (z. B. LinkedIn und vCard)"

# Academic titles and salutations inside name fields ("Dr. Anna", "Müller, Dipl.-Ing.").
_TITLE_WORDS = frozenset(
    {
        "dr", "prof", "professor", "med", "dent", "vet", "rer", "nat", "pol", "phil", "jur", "oec", "dipl", "ing",
        "kfm", "kff", "hc", "mba", "msc", "bsc", "llm", "frau", "herr",
    }
)
_SAME_COMPANY = 90
_UNRELATED_COMPANY = 50
# The same name at another company is often another person, sometimes the same one after a job change.
_OTHER_COMPANY_PENALTY = 15
_UNRELATED_COMPANY_PENALTY = 25
_EMAIL_SAME_NAME = 80  # below, a shared address (info@…) needs a shared name word and initial
_SIMILAR_NAME = 60
_EMAIL_ONLY_SCORE = 70
_MAX_BLOCK = 300  # a block this large is a shared address or a placeholder, not one person

Choice = Literal["keep", "other"]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two contacts that are probably the same person, with a score 0–100 and German reasons."""

    a_id: int
    b_id: int
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    """What comparing needs of one contact, computed once."""

    id: int
    words: tuple[str, ...]
    spelled: str  # lower case, titles dropped, umlauts kept: tells 'Müller' from 'Mueller'
    initial: str
    has_title: bool
    company: str
    email: str
    url: str

    @property
    def name(self) -> str:
        return " ".join(self.words)


def find_duplicates(contacts: Sequence[Contact], *, threshold: int = 90,
                    distinct: Collection[tuple[int, int]] = ()) -> list[DuplicatePair]:
    """Likely duplicate pairs among stored contacts (with ids), best score first.

    `distinct` holds (lower id, higher id) pairs the advisor declared different people; they are left out.
    """
    entries = [_entry(contact) for contact in contacts]
    pairs = []
    for a, b in _candidate_pairs(entries, threshold):
        first, second = sorted((a.id, b.id))
        if (first, second) in distinct:
            continue
        scored = _score(a, b)
        if scored is not None and scored[0] >= threshold:
            pairs.append(DuplicatePair(first, second, scored[0], scored[1]))
    return sorted(pairs, key=lambda pair: (-pair.score, pair.a_id, pair.b_id))


def merge_contacts(keep: Contact, other: Contact, choices: Mapping[str, Choice] | None = None) -> Contact:
    """The merged contact: per field the chosen side, else the filled one (keep's when both are).

    Labels are united; notes that differ are both kept; the earlier connection date, the later last
    contact and a block on either side survive. The id is keep's.
    """
    choices = choices or {}
    unknown = set(choices) - MERGEABLE_FIELDS.keys()
    if unknown:
        raise ValueError(f"unknown merge fields: {sorted(unknown)}")
    # Field by name, so the values are as varied as the Contact's fields; replace() checks the names.
    values: dict[str, Any] = {name: _merged_field(name, keep, other, choices.get(name)) for name in MERGEABLE_FIELDS}
    values["labels"] = tuple(dict.fromkeys(keep.labels + other.labels))
    values["connected_on"] = min(_present(keep.connected_on, other.connected_on), default=None)
    values["last_contact_at"] = max(_present(keep.last_contact_at, other.last_contact_at), default=None)
    values["blocked"] = keep.blocked or other.blocked
    return replace(keep, **values)


def _merged_field(name: str, keep: Contact, other: Contact, choice: Choice | None) -> object:
    """One field of the merge."""
    mine, theirs = getattr(keep, name), getattr(other, name)
    if choice == "keep":
        return mine
    if choice == "other":
        return theirs
    if choice is not None:
        raise ValueError(f"merge choice for {name} must be 'keep' or 'other', not {choice!r}")
    if name == "notes" and mine and theirs and mine != theirs:
        return f"{mine}\n\n{theirs}"
    return mine if _filled(mine) else theirs


def _filled(value: object) -> bool:
    """Whether a field holds something (an empty salutation is the empty string too)."""
    return value is not None and value != ""


def _present(*values: Any) -> list[Any]:
    """The values that are set."""
    return [value for value in values if value is not None]


def _entry(contact: Contact) -> _Entry:
    """The pre-folded view of a contact."""
    if contact.id is None:
        raise ValueError("find_duplicates needs stored contacts with ids")
    raw = f"{contact.first_name} {contact.last_name}"
    all_words = tokens(fold(raw))
    named = [word for word in all_words if word not in _TITLE_WORDS]
    words = tuple(word for word in named if len(word) > 1)
    return _Entry(
        id=contact.id,
        words=words,
        spelled=_without_titles(raw.casefold()),
        initial=named[0][0] if named else "",
        has_title=any(word in _TITLE_WORDS for word in all_words),
        company=institution_key(contact.company),
        email=contact.email.strip().casefold(),
        url=normalize_profile_url(contact.profile_url),
    )


def _block_keys(entry: _Entry) -> Iterator[tuple[str, ...]]:
    """The blocks a contact is compared in."""
    if entry.email:
        yield ("email", entry.email)
    if entry.url:
        yield ("url", entry.url)
    if len(entry.words) >= 2:
        first, last = entry.words[0], entry.words[-1]
        # One name word plus the start of the other, both ways round: swapped names meet, and so do
        # spellings that differ after the second letter of one word (Meier/Meyer, Jürgen/Jurgen).
        yield ("name", first, last[:2])
        yield ("name", last, first[:2])


def _candidate_pairs(entries: list[_Entry], threshold: int) -> Iterator[tuple[_Entry, _Entry]]:
    """Each pair of contacts that share a block and could reach the threshold, once."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        for key in set(_block_keys(entry)):
            blocks[key].append(index)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if not 2 <= len(members) <= _MAX_BLOCK:
            continue
        names = [entries[member].name for member in members]
        for offset, i in enumerate(members[:-1]):
            later = members[offset + 1 :]
            if key[0] == "name":
                # Without a shared address or profile only the name can carry a pair over the threshold.
                close = process.extract(names[offset], names[offset + 1 :], scorer=fuzz.token_sort_ratio,
                                        processor=None, limit=None, score_cutoff=threshold)
                later = [later[found] for _, _, found in close]
            for j in later:
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield entries[i], entries[j]


def _score(a: _Entry, b: _Entry) -> tuple[int, tuple[str, ...]] | None:
    """Score and reasons for one pair, or None when they are certainly two people."""
    if a.url and b.url and a.url != b.url:
        return None  # two LinkedIn profiles are two people
    name_score = round(fuzz.token_sort_ratio(a.name, b.name)) if a.words and b.words else 0
    reasons = list(_name_reasons(a, b, name_score))
    score = name_score
    if a.company and b.company:
        company_score = fuzz.token_set_ratio(a.company, b.company)
        if company_score >= _SAME_COMPANY:
            reasons.append(REASON_COMPANY)
        else:
            score -= _UNRELATED_COMPANY_PENALTY if company_score < _UNRELATED_COMPANY else _OTHER_COMPANY_PENALTY
    if a.email and a.email == b.email:
        reasons.insert(0, REASON_EMAIL)
        score = 100 if _names_compatible(a, b, name_score) else max(score, _EMAIL_ONLY_SCORE)
    if a.url and a.url == b.url:
        reasons.insert(0, REASON_PROFILE)
        score = 100
    if (a.url and not b.url and b.email) or (b.url and not a.url and a.email):
        reasons.append(REASON_SOURCES)
    return max(score, 0), tuple(reasons)


def _names_compatible(a: _Entry, b: _Entry, name_score: int) -> bool:
    """Whether two names can belong to one person ("A. Müller-Schmitz" and "Anna Müller" can)."""
    if name_score >= _EMAIL_SAME_NAME:
        return True
    return a.initial == b.initial and bool(set(a.words) & set(b.words))


def _name_reasons(a: _Entry, b: _Entry, name_score: int) -> Iterator[str]:
    """Why two names look alike."""
    if name_score < _SIMILAR_NAME:
        return
    if a.words == b.words:
        yield REASON_SAME_NAME
        if a.spelled != b.spelled:
            yield REASON_UMLAUT
    elif sorted(a.words) == sorted(b.words):
        yield REASON_SWAPPED
    else:
        yield REASON_SIMILAR_NAME
    if a.has_title != b.has_title:
        yield REASON_TITLE


def _without_titles(name: str) -> str:
    """A name without titles and punctuation, spelled as written."""
    words = (word.strip(".,") for word in name.replace("-", " ").split())
    return " ".join(word for word in words if fold(word) not in _TITLE_WORDS and len(word) > 1)
