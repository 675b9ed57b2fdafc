"""The RDF downloads written together from one reading of the N-Triples (regkb.export.rdf_downloads)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import ntchunks
from regkb.export import rdf_downloads, render_bytes
from regkb.ntchunks import CHUNK_BYTES, subject_chunks


@pytest.mark.parametrize("chunk", [CHUNK_BYTES, 4096, 300])
def test_together_they_are_the_bytes_of_each_download(kb, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                     chunk: int) -> None:
    monkeypatch.setattr(ntchunks, "CHUNK_BYTES", chunk)
    pieces = list(subject_chunks(kb._graphs.nt()))
    assert len(pieces) > (100 if chunk < 10_000 else 0)  # the small sizes really cut the graph in many pieces
    got = rdf_downloads(kb, ("ttl", "jsonld", "nt"))
    assert list(got) == ["ttl", "jsonld", "nt"]
    for fmt, data in got.items():
        assert data == render_bytes(kb, fmt), fmt


def test_an_unknown_format_is_refused(kb) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="not an RDF format: csv"):
        rdf_downloads(kb, ("ttl", "csv"))


_SUBJECTS = st.sampled_from([b"<a>", b"<a/b>", b"<ab>", b"_:b0", b"_:b01", b"<http://x/\xc3\xa9>"])
_LINE = st.builds(lambda s, o: s + b" <p> " + o + b" .\n", _SUBJECTS,
                  st.binary(max_size=40).map(lambda b: b'"' + b.replace(b"\n", b"").replace(b"\r", b"") + b'"'))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=40), st.integers(min_value=1, max_value=200), st.booleans())
def test_pieces_are_whole_lines_and_never_split_a_subject(lines: list[bytes], size: int, stream: bool) -> None:
    data = b"".join(sorted(lines))
    pieces = list(subject_chunks(io.BytesIO(data) if stream else data, size))
    assert b"".join(pieces) == data
    seen: set[bytes] = set()
    for piece in pieces:
        assert piece and piece.endswith(b"\n")
        subjects = {line.split(b" ", 1)[0] for line in piece.splitlines()}
        assert not subjects & seen  # a subject's lines are all in one piece
        seen |= subjects


@pytest.mark.parametrize("chunk", [CHUNK_BYTES, 2000])
def test_the_downloads_are_oxigraph_reading_and_writing_the_whole_graph_at_once(  # type: ignore[no-untyped-def]
        kb, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """The downloads read the graph's N-Triples back in pieces and without checking IRIs and language tags
    again (regkb#16): the same bytes as Oxigraph reading every term with its checks in one stream and writing
    them in one call."""
    import pyoxigraph as ox

    from regkb import graph
    from regkb.vocab import PREFIXES

    nt = kb._graphs.nt()
    expected = {f: ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), format=getattr(ox.RdfFormat, name),
                                prefixes=PREFIXES if f == "ttl" else None)
                for f, name in (("ttl", "TURTLE"), ("jsonld", "JSON_LD"))}
    monkeypatch.setattr(ntchunks, "CHUNK_BYTES", chunk)
    assert render_bytes(kb, "ttl") == expected["ttl"]
    assert render_bytes(kb, "jsonld") == expected["jsonld"]
    assert rdf_downloads(kb, ("ttl", "jsonld")) == expected
    monkeypatch.setattr(graph, "NT_LENIENT", False)
    assert rdf_downloads(kb, ("ttl", "jsonld")) == expected


_TEXT = """---
id: "{id}"
title: "{title}"
language: "{language}"
---

Article 1 {body}

Article 2 These provisions take effect on the date of issue.
"""


@pytest.mark.parametrize(("language", "title", "body"), [
    ("en-a", "Provisions on Lantern Workshops", "Lantern workshops shall keep a register of visitors."),
    ("zh-x", "Rules for Ferry Ticket Offices",
     "A ferry ticket office shall display its fares; it may refuse a passenger who has no ticket."),
])
def test_a_language_tag_oxigraph_refuses_falls_back_to_english(tmp_path, language: str, title: str,  # type: ignore[no-untyped-def]
                                                               body: str) -> None:
    """A frontmatter ``language`` with the shape of a tag but not a whole one ("en-a": an extension without its
    subtags) is not written into the RDF: the downloads, read back without checking tags, stay valid."""
    import pyoxigraph as ox

    from regkb import KnowledgeBase

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "doc.md").write_text(_TEXT.format(id="doc-1", title=title, language=language, body=body),
                                   encoding="utf-8")
    kb = KnowledgeBase.from_corpus(corpus)
    got = rdf_downloads(kb, ("ttl", "jsonld"))
    tags = {t.object.language for t in ox.parse(got["ttl"], format=ox.RdfFormat.TURTLE)
            if isinstance(t.object, ox.Literal) and t.object.language}
    assert tags == {"en"}
    assert title.encode() in got["ttl"] and title.encode() in got["jsonld"]


# --- pieces cut where their content says, and their outputs kept between builds (regkb.site.rdfpieces) ------------

_IRIS = st.sampled_from([b"<a>", b"<a/b>", b"<ab>", b"_:b0", b"<http://x/\xc3\xa9>", b"<s1>", b"<s2>", b"<s3>",
                         b"<t/1>", b"<t/2>", b"<u>"])
_STATEMENT = st.builds(lambda s, o: s + b" <p> " + o + b" .\n", _IRIS,
                       st.binary(max_size=30).map(lambda b: b'"' + b.replace(b"\n", b"").replace(b"\r", b"") + b'"'))


@settings(max_examples=300, deadline=None)
@given(st.lists(_STATEMENT, max_size=60), st.integers(min_value=1, max_value=300), st.integers(min_value=1, max_value=600),
       st.booleans())
def test_content_pieces_are_whole_subjects(lines: list[bytes], least: int, most: int, stream: bool) -> None:
    data = b"".join(sorted(lines))
    pieces = list(ntchunks.content_pieces(io.BytesIO(data) if stream else data, least, most))
    assert b"".join(pieces) == data
    assert pieces == list(ntchunks.content_pieces(data, least, most))  # a file is cut as its bytes are
    seen: set[bytes] = set()
    for piece in pieces:
        assert piece and piece.endswith(b"\n")
        subjects = {line.split(b" ", 1)[0] for line in piece.splitlines()}
        assert not subjects & seen
        seen |= subjects


@pytest.mark.parametrize("edit", [
    lambda lines: [*lines[:500], b'<s0500a> <p> "a new statement" .\n', *lines[500:]],  # a statement added
    lambda lines: lines[:700] + lines[703:],  # three removed
    lambda lines: [line.replace(b'"value 0900"', b'"another value"') for line in lines],  # one reworded
])
def test_an_edit_changes_only_the_pieces_around_it(edit: Callable[[list[bytes]], list[bytes]]) -> None:
    """Where a piece ends depends on the statements there, not on the bytes before: after an edit, the pieces
    away from it are the same bytes as before (so their outputs are found again)."""
    lines = [f'<s{n // 3:04d}> <p> "value {n:04d}" .\n'.encode() for n in range(3000)]
    before = list(ntchunks.content_pieces(b"".join(lines), 1024))
    after = list(ntchunks.content_pieces(b"".join(sorted(edit(lines))), 1024))
    assert len(before) > 30
    assert len(set(after) - set(before)) <= 3  # the piece with the edit, and at most the next ones until a cut


def test_downloads_from_kept_pieces_are_the_bytes_of_each_download(kb, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With the site's memo, cold and warm, the downloads are the bytes Oxigraph writes without it; a piece
    file altered, cut short or signed with another key is a miss (made again), never part of a download;
    pruning keeps only the pieces the build used."""
    from regkb.site.rdfpieces import RdfPieces

    plain = rdf_downloads(kb, ("ttl", "jsonld"))
    where = tmp_path / "site.rdf-pieces"
    cold = RdfPieces(where)
    assert rdf_downloads(kb, ("ttl", "jsonld"), memo=cold) == plain
    assert cold.made == len(cold.used) > 0
    (where / "left-over-from-another-build").write_bytes(b"x")
    cold.prune()
    files = sorted(p.name for p in where.iterdir())
    assert files == sorted(cold.used)
    warm = RdfPieces(where)
    assert rdf_downloads(kb, ("ttl", "jsonld"), memo=warm) == plain
    assert warm.made == 0
    first, second, third = (where / name for name in files[:3])
    first.write_bytes(first.read_bytes().replace(b"@prefix", b"@prefiX", 1)[:-1] + b"!")  # altered
    second.write_bytes(second.read_bytes()[:-10])  # cut short
    from regkb.signing import seal
    from regkb.site.rdfpieces import PURPOSE

    third.write_bytes(seal(b"\0\0\0\3ttl\0\0\0\5forged", PURPOSE, key=b"k" * 32))  # signed elsewhere
    again = RdfPieces(where)
    assert rdf_downloads(kb, ("ttl", "jsonld"), memo=again) == plain
    assert again.made == 3
