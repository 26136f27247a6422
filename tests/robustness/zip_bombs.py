"""Hostile zip files built byte by byte: overlapping entries (one member, many directory entries), damaged
bzip2/LZMA members. Shared by the tests and bench/fuzz_importers.py."""

from __future__ import annotations

import struct
import zlib

CONNECTIONS_HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
_ROW = b"Anna,Muster,https://www.linkedin.com/in/anna-muster,,Muster GmbH,Inhaberin,09 Sep 2022\n"


def overlapping_zip(entries: int = 40, member_bytes: int = 250 * 1024 * 1024, name: str = "Connections.csv") -> bytes:
    """`entries` central-directory entries that all point at one deflated member of `member_bytes` bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = _ROW * (1024 * 1024 // len(_ROW))
    parts, crc, size = [packer.compress(CONNECTIONS_HEADER)], zlib.crc32(CONNECTIONS_HEADER), len(CONNECTIONS_HEADER)
    while size + len(block) <= member_bytes:
        parts.append(packer.compress(block))
        crc, size = zlib.crc32(block, crc), size + len(block)
    parts.append(packer.flush())
    return _archive([(name.encode(), 8, b"".join(parts), crc, size)], entries)


def member_zip(name: str, method: int, packed: bytes, crc: int, size: int) -> bytes:
    """A zip with one member whose compression method, data, CRC and size are given as they are (even if wrong)."""
    return _archive([(name.encode(), method, packed, crc, size)], 1)


def _archive(members: list[tuple[bytes, int, bytes, int, int]], entries: int) -> bytes:
    body, directory = b"", b""
    for name, method, packed, crc, size in members:
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(packed), size,
                            len(name), 0) + name + packed
        entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(packed), size,
                            len(name), 0, 0, 0, 0, 0o100644 << 16, offset) + name
        directory += entry * entries
    count = entries * len(members)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), len(body), 0)
    return body + directory + end
