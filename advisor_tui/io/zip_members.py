"""An uploaded .zip read with limits: what no LinkedIn export looks like is refused before it is unpacked.

Limits count the bytes actually unpacked (not the sizes the zip declares), per member and in total, and members
are unpacked one at a time, when the parser reaches them, so at most one is held in memory.
"""

from __future__ import annotations

import io
import lzma
import zipfile
import zlib
from collections.abc import Callable
from pathlib import PurePosixPath

from advisor_tui.io.csvtable import CsvRows
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.textfile import MAX_FILE_BYTES

# A LinkedIn export holds a few dozen files; Connections.csv of 30,000 connections is ~3 MB, messages.csv of a
# heavy user tens of MB. Far beyond that is not an export but an attack or the wrong file.
MAX_MEMBERS = 5_000
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = MAX_FILE_BYTES
_CHUNK = 1024 * 1024
_MB = 1024 * 1024
# LinkedIn packs with Deflate. bzip2 and LZMA decompress without an output bound in the standard library, so a
# few kilobytes could become gigabytes before any limit is checked: such members are not unpacked at all.
_SAFE_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_METHOD_NAMES = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA", 9: "Deflate64"}
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError, lzma.LZMAError)


class ZipMembers:
    """The members of one zip that may hold a table, with a budget for the bytes unpacked from all of them."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self._left = MAX_TOTAL_BYTES
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except DAMAGED:
            raise self.damaged() from None
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed(
                f"Die ZIP-Datei „{name}“ enthält {len(infos)} Dateien; so viele hat kein LinkedIn-Export.")
        seen: set[str] = set()
        for info in infos:
            # Two entries with one name are how a small zip points many times at one huge member.
            if info.filename in seen:
                raise ImportFailed(f"Die ZIP-Datei „{name}“ enthält „{info.filename}“ mehrfach; "
                                   "so sieht kein LinkedIn-Export aus.")
            seen.add(info.filename)
        self.names = [info.filename for info in infos]
        self.files = [info for info in infos if self._readable(info)]

    def damaged(self) -> ImportFailed:
        """The one German line for a zip whose structure or data is broken."""
        return ImportFailed(f"Die ZIP-Datei „{self.name}“ ist beschädigt und kann nicht gelesen werden.")

    def head(self, info: zipfile.ZipInfo, size: int) -> bytes:
        """The first `size` unpacked bytes of a member (counted against the budget)."""
        try:
            with self.archive.open(info) as member:
                return self._count(member.read(size), info)
        except DAMAGED:
            raise self.damaged() from None

    def check_sizes(self, members: list[tuple[zipfile.ZipInfo, int]]) -> None:
        """Refuse at once members whose declared sizes pass their limits, before unpacking them."""
        for info, limit in members:
            limit = limit or MAX_MEMBER_BYTES
            if info.file_size > limit:
                raise self._too_large(info, limit)
        if sum(info.file_size for info, _ in members) > self._left:
            raise self._over_budget(members[-1][0])

    def read(self, info: zipfile.ZipInfo, limit: int = 0) -> bytes:
        """The whole member, unpacked chunk by chunk; refused as soon as the bytes read pass a limit."""
        limit = limit or MAX_MEMBER_BYTES
        chunks: list[bytes] = []
        total = 0
        try:
            with self.archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise self._too_large(info, limit)
                    chunks.append(self._count(chunk, info))
        except DAMAGED:
            raise self.damaged() from None
        return b"".join(chunks)

    def _readable(self, info: zipfile.ZipInfo) -> bool:
        # Folders and encrypted members are not part of a LinkedIn export; they are passed over.
        if info.is_dir() or info.flag_bits & 0x1:
            return False
        if info.compress_type in _SAFE_METHODS:
            return True
        if PurePosixPath(info.filename).suffix.casefold() == ".csv":
            method = _METHOD_NAMES.get(info.compress_type, f"Verfahren {info.compress_type}")
            raise ImportFailed(
                f"„{info.filename}“ in „{self.name}“ ist mit {method} gepackt; LinkedIn packt mit Deflate. "
                "Bitte die ZIP-Datei von LinkedIn unverändert einlesen.")
        return False

    def _count(self, data: bytes, info: zipfile.ZipInfo) -> bytes:
        self._left -= len(data)
        if self._left < 0:
            raise self._over_budget(info)
        return data

    def _over_budget(self, info: zipfile.ZipInfo) -> ImportFailed:
        return ImportFailed(
            f"Die ZIP-Datei „{self.name}“ ist entpackt größer als {MAX_TOTAL_BYTES // _MB} MB "
            f"(bei „{info.filename}“); so groß ist kein LinkedIn-Export.")

    def _too_large(self, info: zipfile.ZipInfo, limit: int) -> ImportFailed:
        return ImportFailed(
            f"„{info.filename}“ in „{self.name}“ ist entpackt größer als {limit // _MB} MB; "
            "so groß ist keine Datei eines LinkedIn-Exports.")


class LazyReader:
    """A csv reader whose member is unpacked only when the parser reaches it, and let go when it is done."""

    def __init__(self, load: Callable[[], CsvRows], header_line: int) -> None:
        self._load: Callable[[], CsvRows] | None = load
        self._reader: CsvRows | None = None
        self._line_num = header_line

    @property
    def line_num(self) -> int:
        """The csv reader's line number (the header's before the member is unpacked)."""
        return self._line_num if self._reader is None else self._reader.line_num

    def __iter__(self) -> LazyReader:
        return self

    def __next__(self) -> list[str]:
        if self._reader is None:
            if self._load is None:
                raise StopIteration
            self._reader, self._load = self._load(), None
        try:
            return next(self._reader)
        except StopIteration:
            self._line_num, self._reader = self.line_num, None
            raise
