"""Sorted N-Triples read in large pieces of whole lines, one subject's statements never split between two pieces.

Oxigraph parses each piece in one call (reading a file object itself, it asks Python for about 2 KB at a time); the
graph's serialiser and the site's downloads both read the N-Triples so. A module of its own, below both, so that
neither imports the other for it.
"""

from __future__ import annotations

import io
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
