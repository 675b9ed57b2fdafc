"""Sorted N-Triples read in large pieces of whole lines, one subject's statements never split between two pieces.

Oxigraph parses each piece in one call (reading a file object itself, it asks Python for about 2 KB at a time); the
graph's serialiser and the site's downloads both read the N-Triples so. A module of its own, below both, so that
neither imports the other for it.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import IO

#: bytes of N-Triples parsed at a time (:func:`regkb.export.rdf_downloads`, the graph's serialiser) (about 25,000 statements; extended to a whole subject)
CHUNK_BYTES = 1 << 22


def subject_chunks(source: bytes | IO[bytes], size: int | None = None) -> Iterator[bytes]:
    """Sorted N-Triples in pieces of whole lines that never split one subject's statements (the lines of a
    subject are consecutive, as the graphs sort them: see ``graph.sorted_nt``)."""
    size = size or CHUNK_BYTES
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    carry = b""
    while True:
        block = stream.read(size)
        if not block:
            break
        data = carry + block
        end = data.rfind(b"\n") + 1  # whole lines only
        if end == 0:
            carry = data
            continue
        last = data.rfind(b"\n", 0, end - 1) + 1  # start of the last whole line
        subject = data[last:data.index(b" ", last) + 1]
        start = last  # back to the first line of the last subject: it may go on in the next block
        while start > 0:
            prev = data.rfind(b"\n", 0, start - 1) + 1
            if not data.startswith(subject, prev):
                break
            start = prev
        if start > 0:
            yield data[:start]
        carry = data[start:]
    if carry:
        yield carry


#: the least and most bytes of a piece cut by :func:`content_pieces` (a piece ends at a subject the content picks)
PIECE_LEAST = 1 << 17
PIECE_MOST = CHUNK_BYTES
#: one subject in this many ends a piece, once the piece holds PIECE_LEAST bytes
PIECE_ONE_IN = 8


def _cuts_after(subject: bytes) -> bool:
    """Whether a piece may end after ``subject``'s statements: a property of the subject alone (its CRC)."""
    return zlib.crc32(subject) % PIECE_ONE_IN == 0


def _piece_end(data: bytes, start: int, least: int, most: int, final: bool) -> int | None:
    """Where the piece that starts at ``start`` ends (see :func:`content_pieces`); None when ``data`` ends first
    and more may follow (not ``final``)."""
    size = len(data)
    if start + least >= size:
        return size if final else None
    at = data.find(b"\n", start + least - 1) + 1  # the first line that starts at or after start + least
    while 0 < at < size:
        nxt = data.find(b"\n", at) + 1
        if nxt <= 0 and not final:
            return None  # the line at ``at`` may not be whole yet
        prev = max(data.rfind(b"\n", start, at - 1) + 1, start)  # the line before ``at``: its subject
        subject = data[prev:data.index(b" ", prev) + 1]
        if not data.startswith(subject, at) and (_cuts_after(subject) or at - start >= most):
            return at  # a subject ends at ``at``, and it may end the piece
        at = nxt
    return size if final else None


def content_pieces(source: bytes | IO[bytes], least: int | None = None, most: int | None = None) -> Iterator[bytes]:
    """Sorted N-Triples in pieces of whole subjects whose ends the content decides (regkb#16).

    A piece ends after the first subject that :func:`_cuts_after` picks once the piece holds ``least`` bytes
    (or at the first subject boundary after ``most`` bytes). Where a piece ends depends on the statements near
    that end, not on how many bytes come before: after an edit to one document's statements, the pieces away
    from it are cut as before and have the same bytes, so a piece's output can be kept under a hash of it
    (:func:`regkb.export.rdf_downloads`). A file is read :data:`CHUNK_BYTES` at a time."""
    least = max(PIECE_LEAST if least is None else least, 1)
    most = max(PIECE_MOST if most is None else most, least)
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    data, final = b"", False
    while not final:
        block = stream.read(max(CHUNK_BYTES, most))
        final = not block
        data += block
        start = 0
        while (end := _piece_end(data, start, least, most, final)) is not None and end > start:
            yield data[start:end]
            start = end
        data = data[start:]
