"""The advisor's own dictionary, and every word the spelling check must know from the store."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session
from sqlmodel import select as model_select

from advisor_tui.store.tables import CONTACT, OWN_WORD, OwnWordRow
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, reading, writing


def _same_words(session: Session, word: str) -> list[OwnWordRow]:
    """The stored own words equal to `word` but for case."""
    return list(session.exec(model_select(OwnWordRow).where(func.lower(OwnWordRow.word) == word.lower())))


class WordRepository:
    """Adds, lists and removes own words; gathers the names of contacts and companies as known words."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def list(self) -> list[str]:
        """The own words, alphabetically (case ignored)."""
        with reading(self._bind) as conn, Session(conn) as session:
            return list(session.exec(model_select(OwnWordRow.word).order_by(func.lower(OwnWordRow.word))))

    def add(self, word: str) -> bool:
        """Keep a word; False when it was there already (case ignored)."""
        with writing(self._bind) as conn, Session(conn) as session:
            if _same_words(session, word):
                return False
            session.add(OwnWordRow(word=word, added_at=utc_now()))
            session.flush()
            return True

    def remove(self, word: str) -> bool:
        """Forget a word; False when it was not there (case ignored)."""
        with writing(self._bind) as conn, Session(conn) as session:
            found = _same_words(session, word)
            for row in found:
                session.delete(row)
            session.flush()
            return bool(found)

    def known_words(self) -> frozenset[str]:
        """Own words and every contact's and company's name, lowercased, split into words."""
        words: set[str] = set()
        with reading(self._bind) as conn:
            words.update(row.word for row in conn.execute(select(OWN_WORD.c.word)))
            query = select(CONTACT.c.first_name, CONTACT.c.last_name, CONTACT.c.company).distinct()
            for row in conn.execute(query):
                words.update(f"{row.first_name} {row.last_name} {row.company}".replace("-", " ").split())
        return frozenset(word.strip(".,;:()\"'„“").lower() for word in words if word)
