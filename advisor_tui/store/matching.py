"""Which stored contact an imported record without a known identity belongs to, before anything is added.

A record whose key (profile URL, else name and company) is already stored is that contact. Otherwise,
in this order: the same e-mail address; the same full name and company; the same full name where one side
has no company (an invitation sender of an export without URLs). A contact with a profile URL is never
matched to a record with another URL. Where several contacts fit, nothing is guessed: the record stays
apart and the import says so.
"""

from __future__ import annotations

from collections import defaultdict

from advisor_tui.domain.contacts.identity import fold_name
from advisor_tui.domain.contacts.import_text import ambiguous_note

# Fields an import may fill or refresh; role and sector come from the advisor, never from a file.
IMPORTED_FIELDS = (
    "first_name", "last_name", "salutation", "title", "company", "position", "email", "profile_url",
    "connected_on", "notes",
)
FIRST, LAST, COMPANY, EMAIL, URL = (
    IMPORTED_FIELDS.index(name) for name in ("first_name", "last_name", "company", "email", "profile_url")
)


class Ambiguous(str):
    """The German note for a record that fits several contacts."""


class ContactMatcher:
    """An index of candidates by e-mail, full name with company, and full name."""

    def __init__(self) -> None:
        self._by_email: dict[str, set[str]] = defaultdict(set)
        self._by_name: dict[str, set[str]] = defaultdict(set)
        self._values: dict[str, list] = {}
        self.without_url = 0

    def add(self, identity: str, values: list) -> None:
        """Make a stored contact or an earlier record of the batch a candidate."""
        if identity in self._values:
            return
        self._values[identity] = values
        self.without_url += not values[URL]
        if values[EMAIL]:
            self._by_email[values[EMAIL].casefold()].add(identity)
        full = fold_name(f"{values[FIRST]} {values[LAST]}")
        if full:
            self._by_name[full].add(identity)

    def find(self, values: list, namesakes: int = 1) -> str | Ambiguous | None:
        """The identity of the one candidate this record belongs to; Ambiguous when several fit; else None.

        `namesakes` counts the records of the same full name in the batch: two new "Peter Schmidt" rows
        never take over one stored "Peter Schmidt" without a company, whichever file came first.
        """
        url = values[URL]
        if url and not self.without_url:
            return None  # only contacts without a URL may turn out to be this profile

        def fits(identity: str) -> bool:
            other_url = self._values[identity][URL]
            return not (url and other_url) or url == other_url

        email = values[EMAIL].casefold()
        by_email = [i for i in self._by_email.get(email, ()) if fits(i)] if email else []
        if len(by_email) == 1:
            return by_email[0]
        full = fold_name(f"{values[FIRST]} {values[LAST]}")
        named = [i for i in self._by_name.get(full, ()) if fits(i)] if full else []
        company = fold_name(values[COMPANY])
        same_company = [i for i in named if fold_name(self._values[i][COMPANY]) == company]
        if company and len(same_company) == 1:
            return same_company[0]
        loose = [i for i in named if not company or not self._values[i][COMPANY]]
        if len(loose) == 1 and namesakes <= 1:
            return loose[0]
        if len(loose) > 1 or (loose and namesakes > 1):
            shown = f"{values[FIRST]} {values[LAST]}".strip()
            count = max(len(loose), namesakes)
            return Ambiguous(ambiguous_note(count, shown))
        return None
