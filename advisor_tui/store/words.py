"""The advisor's own dictionary, and every word the spelling check must know from the store."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select

from advisor_tui.store.tables import ContactRow, OwnWordRow
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, reading, writing

OWN_WORD = OwnWordRow.__table__
CONTACT = ContactRow.__table__


class WordRepository:
    """Adds, lists and removes own words; gathers the names of contacts and companies as known words."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def list(self) -> list[str]:
        """The own words, alphabetically (case ignored)."""
        with reading(self._bind) as conn:
            return [row.word for row in conn.execute(select(OWN_WORD.c.word).order_by(func.lower(OWN_WORD.c.word)))]

    def add(self, word: str) -> bool:
        """Keep a word; False when it was there already (case ignored)."""
        with writing(self._bind) as conn:
            exists = conn.execute(select(OWN_WORD.c.word).where(func.lower(OWN_WORD.c.word) == word.lower())).first()
            if exists:
                return False
            conn.execute(insert(OWN_WORD).values(word=word, added_at=utc_now()))
            return True

    def remove(self, word: str) -> bool:
        """Forget a word; False when it was not there (case ignored)."""
        with writing(self._bind) as conn:
            result = conn.execute(delete(OWN_WORD).where(func.lower(OWN_WORD.c.word) == word.lower()))
            return result.rowcount > 0

    def known_words(self) -> frozenset[str]:
        """Own words and every contact's and company's name, lowercased, split into words."""
        words: set[str] = set()
        with reading(self._bind) as conn:
            words.update(row.word for row in conn.execute(select(OWN_WORD.c.word)))
            query = select(CONTACT.c.first_name, CONTACT.c.last_name, CONTACT.c.company).distinct()
            for row in conn.execute(query):
                words.update(f"{row.first_name} {row.last_name} {row.company}".replace("-", " ").split())
        return frozenset(word.strip(".,;:()\"'„“").lower() for word in words if word)
