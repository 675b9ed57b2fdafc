"""The site's Turtle and JSON-LD downloads from pieces kept between builds (regkb#16).

The two downloads are Oxigraph reading the graph's sorted N-Triples and writing them, piece by piece
(:func:`regkb.export.rdf_downloads`): about 0.9 s of CPU per 100 regulations on every build. After one
changed regulation, almost every statement is the last build's. With this memo the N-Triples are cut
where their content says (:func:`regkb.ntchunks.content_pieces`: a piece ends after a subject picked by a
hash of the subject, so an edit moves no cut away from it), and each piece's outputs are kept in a file
named by the hash of everything that decides them (:func:`regkb.export.piece_key`: the piece's bytes, the
formats, the Turtle prefixes, Oxigraph's version). A piece seen before is read back instead of parsed and
written again; the downloads are the same bytes either way (the tests compare them with a build without
the memo).

The pieces live in a directory of regkb's scratch space beside the site (``<site>.rdf-pieces/``), one
file per piece, each signed like the parse cache (:mod:`regkb.signing`: a file altered, written
elsewhere or cut short is a miss, never part of a download). Nothing in them is code: they are the
bytes Oxigraph wrote. A build writes only the pieces it made and then removes the ones it did not use,
so the directory holds one build's pieces.
"""

from __future__ import annotations

import contextlib
import os
import struct
from pathlib import Path

from ..signing import SignatureError, key_or_ephemeral, seal, unseal

PURPOSE = "regkb rdf download piece 1"
_LEN = struct.Struct(">I")


def _pack(outputs: dict[str, bytes]) -> bytes:
    parts = []
    for fmt, data in outputs.items():
        name = fmt.encode("ascii")
        parts += [_LEN.pack(len(name)), name, _LEN.pack(len(data)), data]
    return b"".join(parts)


def _unpack(data: bytes) -> dict[str, bytes] | None:
    out: dict[str, bytes] = {}
    at = 0
    try:
        while at < len(data):
            (n,) = _LEN.unpack_from(data, at)
            name = data[at + 4:at + 4 + n].decode("ascii")
            at += 4 + n
            (n,) = _LEN.unpack_from(data, at)
            out[name] = data[at + 4:at + 4 + n]
            at += 4 + n
            if at > len(data):
                return None
    except (struct.error, UnicodeDecodeError):
        return None
    return out


class RdfPieces:
    """Outputs of N-Triples pieces kept in ``directory`` (a :class:`regkb.export.PieceMemo`)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.key = key_or_ephemeral()
        self.used: set[str] = set()
        self.made = 0  # pieces written by Oxigraph in this build (the others were read back)

    def _path(self, key: str) -> Path:
        return self.directory / key

    def get(self, key: str) -> dict[str, bytes] | None:
        """The outputs kept for ``key`` (format -> bytes), or None when there are none or they fail their signature;
        the piece is kept by the next :meth:`prune` either way."""
        self.used.add(key)
        path = self._path(key)
        try:
            return _unpack(unseal(path.read_bytes(), PURPOSE, path, key=self.key))
        except (OSError, SignatureError):
            return None

    def put(self, key: str, outputs: dict[str, bytes]) -> None:
        """Keep ``outputs`` under ``key``, signed, written to a temporary file and renamed (a file that cannot be
        written is not kept: the next build makes the piece again)."""
        self.used.add(key)
        self.made += 1
        from ..store import write_file

        with contextlib.suppress(OSError):  # not kept: the next build makes this piece again
            # a cache: not synced to disk; a piece cut short by a crash fails its signature, a miss
            write_file(self._path(key), seal(_pack(outputs), PURPOSE, key=self.key), durable=False)

    def prune(self) -> None:
        """Remove the pieces (and left-over temporary files) this build did not use."""
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.directory):
                if entry.name not in self.used:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
