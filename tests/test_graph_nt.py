"""The graph's RDF is held as N-Triples text written the way Oxigraph writes it (regkb#16): same bytes."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from regkb.graph import DEFAULT_BASE, Builder, Graphs, build, nt_string, ox_terms


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_literal_escaping_is_oxigraphs(value: str) -> None:
    assert nt_string(value) == str(ox.Literal(value))


def test_every_escaped_character() -> None:
    for i in (*range(0x80), 0xFFFE, 0xFFFF, 0x2028, 0xE9):
        assert nt_string(chr(i) + "a") == str(ox.Literal(chr(i) + "a")), hex(i)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=20), st.integers(-10**12, 10**12), st.booleans(), st.dates(),
                 st.sampled_from(["2023-01-10", "2023-02-30", "12", "x\ny"])))
def test_terms_are_those_oxigraph_writes(kb, value) -> None:  # type: ignore[no-untyped-def]
    """A plain value, or the rdflib term made of it, in the N-Triples form Oxigraph gives the converted term."""
    b = Builder(kb, DEFAULT_BASE)
    from regkb.graph import _literal

    term = _literal(value)
    expected = str(next(ox_terms([(term, term, term)]))[0])
    assert b._term(value) == expected
    assert b._term(term) == expected


def test_language_and_datatype_literals(kb) -> None:  # type: ignore[no-untyped-def]
    b = Builder(kb, DEFAULT_BASE)
    for term in (Literal("x", lang="EN-gb"), Literal("ab", datatype=XSD.hexBinary), Literal("x", datatype=XSD.string),
                 Literal(dt.date(2023, 1, 10)), URIRef("http://example.org/a#b")):
        assert b._term(term) == str(next(ox_terms([(term, term, term)]))[0])


def test_the_text_is_the_sorted_conversion_of_the_terms(kb) -> None:  # type: ignore[no-untyped-def]
    """The N-Triples the builder writes are the sorted, unique lines of its triples converted by Oxigraph."""
    g = build(kb)
    nt = g.nt()
    lines = nt.decode("utf-8").splitlines()
    assert lines == sorted(set(lines))
    again = Graphs(g.nx, list(g.triples), g.base, g.iris)  # the rdflib terms made from it, written back
    assert again.nt() == nt
    expected = sorted({f"{s} {p} {o} ." for s, p, o in ox_terms(g.triples)})
    assert lines == expected
    store = g.rdf("Oxigraph")
    assert len(store) == len(lines)


def test_a_large_graph_waits_in_a_file_with_the_same_outputs(kb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Past NT_IN_MEMORY the N-Triples go to a temporary file; every output is the same."""
    import regkb.graph as graph_mod

    small = build(kb)
    monkeypatch.setattr(graph_mod, "NT_IN_MEMORY", 1000)
    large = build(kb)
    assert large._nt is not None and large._nt._rolled  # type: ignore[union-attr]
    assert large.nt() == small.nt()
    for fmt in ("TURTLE", "JSON_LD"):
        assert large.serialize(fmt) == small.serialize(fmt)
    assert len(large.rdf("Oxigraph")) == len(small.rdf("Oxigraph"))
    assert large.ox_triples() == small.ox_triples()
    assert large.nt() == small.nt()  # read again: the file is rewound each time
