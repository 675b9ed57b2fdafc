"""Versions in the linked graph: the described draft, the commentary's claims, and the changes."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.collection import Collection

from regkb import KnowledgeBase
from regkb.compare import CLAIM_KINDS, Change
from regkb.draft import Versions
from regkb.graph import CLAIM_LABELS, build, changes_of, shapes_graph, validate
from regkb.vocab import DCTERMS, ELI, OA, PROV, RDF, RDFS, REGKB

from .conftest import SEED_DOC

DRAFT = "deep-synthesis-provisions-draft-2022"
COMMENTARY = "anjie-commentary-deep-synthesis-draft"


@pytest.fixture(scope="module")
def graphs(kb):
    return build(kb)


def _with_changes(kb: KnowledgeBase, changes: tuple[Change, ...]) -> KnowledgeBase:
    """A copy of ``kb`` whose version comparison returns ``changes`` (claims and facts unchanged)."""
    other = dataclasses.replace(kb)
    v = Versions(other)
    v.__dict__["_built"] = (kb.claims, changes, ())
    other.__dict__["_versions"] = v
    return other


# --- nodes in both graphs ---------------------------------------------------------------------


@pytest.mark.parametrize(("group", "ntype", "rdf_class"), [
    ("described_documents", "document", ELI.LegalResource),
    ("claims", "claim", REGKB.Claim),
    ("changes", "change", REGKB.Change),
])
def test_every_version_object_is_a_node_in_both_graphs(kb, group, ntype, rdf_class):
    objs = kb.changes() if group == "changes" else getattr(kb, group)
    assert objs
    rdf = kb.rdf
    for o in objs:
        data = kb.graph.nodes[o.id]
        assert data["type"] == ntype
        s = URIRef(data["iri"])
        assert (s, RDF.type, rdf_class) in rdf, o.id
        assert (s, DCTERMS.identifier, Literal(o.id)) in rdf


def test_every_change_has_its_kind_sides_and_note(kb, graphs):
    g = graphs.nx
    for ch in kb.changes():
        data = g.nodes[ch.id]
        assert data["change_kind"] == ch.kind and data["reviewed"] == ch.reviewed
        assert data.get("note") == (ch.note or None)
        assert [e["kind"] for e in data["effects"]] == [e.kind for e in ch.effects]
        out = {(v, k) for _, v, k in g.out_edges(ch.id, keys=True)}
        assert out == {(ch.from_document, "change_from"), (ch.to_document, "change_to")} | {
            (p, "changed_to") for p in ch.to_provisions}
        ins = {(u, k) for u, _, k in g.in_edges(ch.id, keys=True)}
        assert ins == ({(ch.claim, "has_change")} if ch.claim else set()) | {(p, "has_change") for p in ch.from_provisions}
        for _, _, k, e in g.out_edges(ch.id, keys=True, data=True):
            if k == "changed_to":
                assert e["change_kind"] == ch.kind
        s = graphs.iris[ch.id]
        assert (s, REGKB.changeKind, Literal(ch.kind)) in graphs.triples
        effect_kinds = {str(o) for t in graphs.triples if t[0] == s and t[1] == REGKB.effectKind for o in [t[2]]}
        assert effect_kinds == {e.kind for e in ch.effects}


def test_claims_point_at_their_exact_span_in_the_commentary(kb, graphs):
    g = graphs.nx
    for c in kb.claims:
        data = g.nodes[c.id]
        assert kb.sources[data["document"]][data["start"]:data["end"]] == c.text
        holder = next(v for _, v, k in g.out_edges(c.id, keys=True) if k == "claim_in")
        hd = g.nodes[holder]
        assert hd["document"] == c.document and hd["start"] <= c.span.start and c.span.end <= hd["end"]
        assert next(v for _, v, k in g.out_edges(c.id, keys=True) if k == "about") == c.about
        span = URIRef(f"{graphs.iris[c.id]}#span")
        assert (graphs.iris[c.id], PROV.wasDerivedFrom, span) in graphs.triples
        selector = URIRef(f"{graphs.iris[c.id]}#selector")
        assert (span, OA.hasSelector, selector) in graphs.triples
        assert (selector, OA.start, Literal(c.span.start)) in graphs.triples
        assert (span, OA.hasSource, URIRef(f"{graphs.iris[c.document]}/en/md")) in graphs.triples


@pytest.mark.parametrize("label", ["paraphrase", "notes"])
def test_a_paraphrase_is_never_typed_or_labelled_as_draft_text(kb, graphs, label):
    claims = [c for c in kb.claims if c.label == label]
    assert claims
    quote_head = CLAIM_LABELS["quote"].split("{")[0]
    for c in claims:
        data = graphs.nx.nodes[c.id]
        assert data["quoted"] is False and data["claim_label"] == label
        assert not data["label"].startswith(quote_head)
        s = graphs.iris[c.id]
        assert (s, REGKB.quoted, Literal(False)) in graphs.triples
        assert (s, REGKB.quoted, Literal(True)) not in graphs.triples
        rdfs_label = next(str(t[2]) for t in graphs.triples if t[0] == s and t[1] == RDFS.label)
        assert not rdfs_label.startswith(quote_head)
        assert rdfs_label.startswith(CLAIM_LABELS[label].format(about="the draft") + ": ")
    for ch in kb.changes():
        if ch.label == label:
            assert graphs.nx.nodes[ch.id]["quoted"] is False and not ch.redline
    ask = "ASK { ?c a regkb:Claim ; regkb:quoted true ; regkb:claimLabel ?l }"
    assert kb.sparql(ask, l=label) is False


def test_quotes_are_labelled_as_quotes(kb, graphs):
    quotes = [c for c in kb.claims if c.label == "quote"]
    assert quotes
    for c in quotes:
        assert graphs.nx.nodes[c.id]["label"].startswith("Quoted from the draft: ")


def test_the_draft_is_a_document_of_its_own(kb, graphs):
    g = graphs.nx
    d = g.nodes[DRAFT]
    assert (d["type"], d["status"], d["described_only"], d["released_date"]) == ("document", "draft", True, "2022-01-28")
    assert {(v, k) for _, v, k in g.out_edges(DRAFT, keys=True)} == {(SEED_DOC, "version_of"), ("cac", "issued_by")}
    assert g.has_edge(COMMENTARY, DRAFT, key="comments_on")
    assert {f["key"] for f in d["facts"]} >= {"released_date", "comment_deadline", "issuing_body"}
    rows = kb.sparql("""SELECT ?date ?force ?deadline ?final WHERE {
        ?d dcterms:identifier ?id ; eli:date_document ?date ; eli:in_force ?force ;
           regkb:commentDeadline ?deadline ; dcterms:isVersionOf/dcterms:identifier ?final .
           FILTER NOT EXISTS { ?d eli:related_to ?any } }""", id=DRAFT)
    assert [(str(r["date"]), r["force"].rsplit("#", 1)[1], str(r["deadline"]), r["final"]) for r in rows] == [
        ("2022-01-28", "InForce-notInForce", "2022-02-28", SEED_DOC)]


# --- queries ----------------------------------------------------------------------------------

Q_CHANGES_TOUCHING = """\
SELECT ?change ?kind WHERE {
  ?c a regkb:Change ; dcterms:identifier ?change ; regkb:changeKind ?kind ; regkb:changedTo ?p .
  ?p eli:is_part_of* ?article .
}
GROUP BY ?change ?kind
ORDER BY ?change
"""


@pytest.mark.parametrize("number", [1, 6, 7, 14, 16, 17, 22, 25])
def test_sparql_finds_the_changes_touching_an_article(kb, number):
    art = kb.article(number).id
    rows = kb.sparql(Q_CHANGES_TOUCHING, article=kb.iri(art))
    expected = sorted((c.id, c.kind) for c in kb.changes(article=number, document=SEED_DOC))
    assert [(r["change"], r["kind"]) for r in rows] == expected
    assert sorted((c.id, c.kind) for c in kb.changes_of(number)) == expected
    assert rows  # every article of the final is either described by a claim or marked not described


def test_the_consent_rule_changed_since_the_draft(kb):
    rows = kb.sparql(Q_CHANGES_TOUCHING, article=kb.iri(f"{SEED_DOC}/art_14"))
    kinds = {r["kind"] for r in rows}
    assert "amended" in kinds
    consent = next(c for c in kb.changes_of(14) if c.kind == "amended")
    claim = kb.graph.nodes[consent.claim]
    assert claim["type"] == "claim" and "consent" in (claim["text"] + consent.note).lower()


def test_changes_of_a_paragraph_include_changes_of_its_article(kb):
    para = f"{SEED_DOC}/art_14__para_1"
    assert set(changes_of(kb.graph, para)) >= {c.id for c in kb.changes() if f"{SEED_DOC}/art_14" in c.to_provisions}
    with pytest.raises(KeyError):
        changes_of(kb.graph, "no/such/node")


def test_changes_with_an_older_provision_link_from_it(kb):
    """When the older version's text is in the corpus, the older provision leads to the change."""
    old, new = f"{SEED_DOC}/art_1", f"{SEED_DOC}/art_2"
    ch = Change(id="change/x..y/test", from_document=SEED_DOC, to_document=SEED_DOC, kind="moved",
                from_articles=(1,), from_provisions=(old,), to_articles=(2,), to_provisions=(new,))
    g = build(_with_changes(kb, (ch,)))
    assert g.nx.has_edge(old, ch.id, key="has_change") and g.nx.has_edge(ch.id, new, key="changed_to")
    assert changes_of(g.nx, old) == [ch.id] == changes_of(g.nx, new)
    assert validate(g.rdf("Memory"))[0]


# --- SHACL ------------------------------------------------------------------------------------


def test_shacl_passes_with_claims_and_changes(kb):
    conforms, report = kb.shacl()
    assert conforms, report


@pytest.mark.parametrize(("edit", "message"), [
    ({"kind": "renamed"}, "exactly one kind"),
    ({"claim": None, "to_provisions": (), "to_articles": ()}, "at least one side"),
    ({"to_provisions": (f"{COMMENTARY}/para_1",)}, "leads to provisions"),
])
def test_shacl_fails_readably_on_a_broken_change(kb, edit, message):
    ch = next(c for c in kb.changes() if c.claim and c.to_provisions)
    bad = dataclasses.replace(ch, **edit)
    g = build(_with_changes(kb, (bad,)))
    conforms, report = validate(g.rdf("Memory"))
    assert not conforms
    assert report.startswith("1 problem(s) in the graph:\n"), report[:500]
    assert f"- {ch.id}: " in report and message in report


def test_shacl_fails_on_a_change_with_two_kinds(kb, graphs):
    ch = kb.changes()[0]
    graphs = build(kb)
    graphs.triples.append((graphs.iris[ch.id], REGKB.changeKind, Literal("added")))
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms and f"- {ch.id}: " in report and "exactly one kind" in report


@pytest.mark.parametrize(("label", "quoted", "drop_span", "message"), [
    ("summary", False, False, "quote, paraphrase or notes"),
    ("paraphrase", True, False, "only a quote is the document's text"),
    ("paraphrase", False, True, "exactly one source span"),
])
def test_shacl_fails_readably_on_a_broken_claim(kb, label, quoted, drop_span, message):
    c = next(x for x in kb.claims if x.label == "paraphrase")
    graphs = build(kb)
    s = graphs.iris[c.id]
    drop = {REGKB.claimLabel, REGKB.quoted} | ({PROV.wasDerivedFrom} if drop_span else set())
    graphs.triples[:] = [t for t in graphs.triples if not (t[0] == s and t[1] in drop)]
    graphs.triples += [(s, REGKB.claimLabel, Literal(label)), (s, REGKB.quoted, Literal(quoted))]
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms
    assert f"- {c.id}: " in report and message in report


def test_the_shapes_allow_exactly_the_engines_change_kinds():
    sh = "http://www.w3.org/ns/shacl#"
    g = shapes_graph()
    node = next(g.subjects(URIRef(sh + "path"), REGKB.changeKind))
    assert sorted(str(x) for x in Collection(g, g.value(node, URIRef(sh + "in")))) == sorted(CLAIM_KINDS)


def test_worked_example_on_the_consent_rule(kb):
    from regkb.worked_examples import EXAMPLES

    ex = next(e for e in EXAMPLES if e.slug == "changes-since-draft")
    art = f"{SEED_DOC}/art_14"
    rows = ex.run_sparql(kb, article=art)
    assert rows == ex.run_python(kb, article=art)
    amended = [r for r in rows if r["kind"] == "amended"]
    assert amended and all(r["label"] in ("quote", "paraphrase", "notes") for r in amended)
    assert all(r["quoted"] is (r["label"] == "quote") for r in rows if r["label"])


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_random_changes_are_valid_exactly_when_they_have_a_side(kb, data):
    """Any kind, any provisions, with or without a claim: SHACL accepts the change iff it has a side."""
    provisions = [p.id for a in kb.articles_of(SEED_DOC) for p in a.paragraphs]
    claim = data.draw(st.sampled_from([None, *(c.id for c in kb.claims[:5])]))
    to = tuple(data.draw(st.lists(st.sampled_from(provisions), max_size=3, unique=True)))
    old = tuple(data.draw(st.lists(st.sampled_from(provisions), max_size=2, unique=True)))
    kind = data.draw(st.sampled_from(CLAIM_KINDS))
    ch = Change(id="change/a..b/random", from_document=DRAFT if claim else SEED_DOC, to_document=SEED_DOC,
                kind=kind, from_provisions=old, to_provisions=to, claim=claim)
    g = build(_with_changes(kb, (ch,)))
    assert sorted(changes_of(g.nx, p) for p in {*to, *old}) == [[ch.id]] * len({*to, *old})
    conforms, report = validate(g.rdf("Memory"))
    assert conforms == bool(claim or old or to), report[:300]
