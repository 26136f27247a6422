"""An argument parser that speaks German: usage, help headings and usage errors, without patching argparse."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from typing import Any, NoReturn

from advisor_tui.commands._common import CommandError

USAGE_PREFIX = "Aufruf: "
HELP_TEXT = "diese Hilfe zeigen und beenden"

_HEADINGS = {"positional arguments": "Argumente", "options": "Optionen", "subcommands": "Befehle"}

# argparse's English message templates (the same in Python 3.11 to 3.13) and their German texts; the German side
# names each placeholder of the English one in braces (`{arg}` for a plain `%s`/`%r`), filled with the text as shown.
_ERRORS = {
    "unrecognized arguments: %s": "unbekannte Angaben: {arg}",
    "the following arguments are required: %s": "es fehlen Angaben: {arg}",
    "argument %(argument_name)s: %(message)s": "Angabe {argument_name}: {message}",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Auswahl: {value} (möglich: {choices})",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: {value}",
    "expected one argument": "erwartet einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: {option} passt zu {matches}",
    "not allowed with argument %s": "nicht zusammen mit {arg} erlaubt",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: {arg}",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl {parser_name} (möglich: {choices})",
    "ignored explicit argument %r": "erwartet keinen Wert: {arg}",
    "unexpected option string: %s": "unerwartete Option: {arg}",
}

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that matches a message made from an argparse template, one group per placeholder."""
    parts, end = [], 0
    for placeholder in _PLACEHOLDER.finditer(template):
        parts += [re.escape(template[end:placeholder.start()]), f"(?P<{placeholder.group(1) or 'arg'}>.+?)"]
        end = placeholder.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts), re.DOTALL)


_TRANSLATIONS = [(_pattern(english), german) for english, german in _ERRORS.items()]


def german_message(message: str) -> str:
    """The German text of one argparse error message (nested ones too); an unknown message stays as it is."""
    for pattern, german in _TRANSLATIONS:
        match = pattern.fullmatch(message)
        if match is not None:
            values = match.groupdict()
            if "message" in values:  # "argument X: <inner message>"
                values["message"] = german_message(values["message"])
            return german.format(**values)
    return message


class GermanHelpFormatter(argparse.HelpFormatter):
    """Help and usage with German headings and the prefix „Aufruf:“."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        """The usage line, introduced in German unless argparse asks for another prefix (subcommand names)."""
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        """A help section under its German heading."""
        super().start_section(_HEADINGS.get(heading or "", heading))


def _help_option() -> argparse.ArgumentParser:
    """A parent that contributes only `-h/--help` with a German help text (argparse's own one is English)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_TEXT)
    return parent


_HELP_OPTION = _help_option()


class GermanArgumentParser(argparse.ArgumentParser):
    """Argparse in German that reports usage errors as a CommandError (one German line, exit code 2)."""

    def __init__(self, *, add_help: bool = True, parents: Iterable[argparse.ArgumentParser] = (),
                 formatter_class: type[argparse.HelpFormatter] = GermanHelpFormatter, **kwargs: Any) -> None:
        # The help option comes first, as argparse's own would, so usage and help keep their order.
        parents = [_HELP_OPTION, *parents] if add_help else list(parents)
        super().__init__(add_help=False, parents=parents, formatter_class=formatter_class, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Raise the usage error in German instead of printing usage and exiting."""
        raise CommandError(german_message(message))
