"""What every subcommand shares: the German usage error and access to the store."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, TypeAlias

from advisor_tui.domain.models import Settings
from advisor_tui.paths import resolve_db_path

if TYPE_CHECKING:  # the store is imported when a command needs it: `--help` and usage errors stay fast
    from advisor_tui.store.store import Store

# What `add_subparsers` returns; each subcommand module's `register` adds its parser to it.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def print_json(data: object, *, indent: int | None = None) -> None:
    """Print JSON for scripts; every character beyond ASCII as a \\u escape."""
    # Values quote imported cells: a C1 control (CSI U+009B) or bidi override that JSON leaves raw would reach the
    # terminal; ASCII-only JSON carries them as escapes, and every JSON reader turns them back into the data.
    print(json.dumps(data, ensure_ascii=True, indent=indent))


class CommandError(Exception):
    """Unusable input or usage: the CLI prints the message as one German line and exits 2."""


def open_store(args: argparse.Namespace, *, create: bool = False, missing: str = "") -> Store:
    """Open the store named by `--db`, `$ADVISOR_TUI_DB` or the default; StoreError becomes CommandError.

    Only `create=True` (the app and the commands that write) makes a missing store: a mistyped path given to a
    reading command must not leave folders and an empty store behind; `missing` is the command's own line for that.
    """
    from advisor_tui.store.database import StoreError
    from advisor_tui.store.store import Store

    path = resolve_db_path(getattr(args, "db", None))
    if not create and not (path.exists() or path.is_symlink()):  # a dangling link: Store.open says why
        raise CommandError(missing or f"Keine Datenbank unter {path}; bitte den Pfad prüfen "
                                      "(eine neue legt „advisor-tui import“ an).")
    try:
        store = Store.open(path)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    for warning in store.warnings:
        print(f"advisor-tui: {warning}", file=sys.stderr)
    return store


def store_failure_message(args: argparse.Namespace, exc: BaseException) -> str | None:
    """The German line for a database error met while a command ran (full disk, damage …), else None."""
    from advisor_tui.store.faults import explain

    return explain(exc, resolve_db_path(getattr(args, "db", None)))


def load_settings(args: argparse.Namespace) -> Settings:
    """The advisor's settings from the store named by the arguments (defaults when there is no store file)."""
    path = resolve_db_path(getattr(args, "db", None))
    if not path.is_file():
        return Settings()
    store = open_store(args)
    try:
        return store.settings.load()
    finally:
        store.close()
