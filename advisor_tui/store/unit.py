"""How a repository reaches the file: its own transaction per call, or the caller's unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine

from advisor_tui.store.database import write_transaction

# An engine (each call is its own transaction) or a connection inside a caller's transaction.
Bind = Engine | Connection


@contextmanager
def reading(bind: Bind) -> Iterator[Connection]:
    """A connection to read from: the caller's, or a fresh one."""
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as conn:
        yield conn


@contextmanager
def writing(bind: Bind) -> Iterator[Connection]:
    """A connection to write with: the caller's transaction, or a new one holding the write lock."""
    if isinstance(bind, Connection):
        yield bind
        return
    with write_transaction(bind) as conn:
        yield conn


def store_path(bind: Bind) -> Path:
    """The store file behind an engine or a connection."""
    engine = bind.engine if isinstance(bind, Connection) else bind
    return Path(engine.url.database or "")
