"""The linked graph: one builder for networkx and RDF, IRIs, provenance, graph helpers, SHACL."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from regkb import KnowledgeBase, RegkbError, Target
from regkb.graph import DEFAULT_BASE, EDGE_PREDICATES, ancestors, build, parts, validate
from regkb.vocab import DCTERMS, ELI, LRMLMM, OA, PROV, RDF, REGKB, SKOS

DOC = "deep-synthesis-provisions"


@pytest.fixture(scope="module")
def graphs(kb):
    return build(kb)


# --- one function, two graphs -------------------------------------------------------------


def test_both_graphs_hold_the_same_nodes(kb):
    g, rdf = kb.graph, kb.rdf
    rdf_ids = {str(o) for o in rdf.objects(None, DCTERMS.identifier)}
    assert set(g.nodes) == rdf_ids
    assert len(rdf_ids) == g.number_of_nodes() > 100
    for n, data in g.nodes(data=True):
        assert (URIRef(data["iri"]), DCTERMS.identifier, Literal(n)) in rdf, n


def test_both_graphs_hold_the_same_links(graphs):
    g = graphs.nx
    iri = graphs.iris
    rdf = set(graphs.triples)
    expected = set()
    for u, v, k in g.edges(keys=True):
        pred, inverse = EDGE_PREDICATES[k]
        s, o = (iri[v], iri[u]) if inverse else (iri[u], iri[v])
        expected.add((s, pred, o))
        if k == "has_part":
            expected.add((iri[v], ELI.is_part_of, iri[u]))
    nodes = set(iri.values())
    preds = {p for p, _ in EDGE_PREDICATES.values()} | {ELI.is_part_of}
    actual = {t for t in rdf if t[1] in preds and t[0] in nodes and t[2] in nodes}
    assert actual == expected


def test_every_edge_has_a_kind_that_is_its_key(kb):
    for _u, _v, k, data in kb.graph.edges(keys=True, data=True):
        assert data["kind"] == k and k in EDGE_PREDICATES


def test_node_ids_are_the_json_ids(kb):
    data = kb.to_dict()
    json_ids = {x["id"] for group in ("documents", "chapters", "articles", "definitions", "actors", "obligations", "sanctions",
                                      "references", "laws", "bodies", "blocks", "described_documents", "claims",
                                      "changes") for x in data[group]}
    json_ids |= {p["id"] for a in data["articles"] for p in a["paragraphs"]}
    json_ids |= {i["id"] for a in data["articles"] for p in a["paragraphs"] for i in p["items"]}
    assert set(kb.graph.nodes) == json_ids


@pytest.mark.parametrize(("node", "ntype", "rdf_class"), [
    (DOC, "document", ELI.LegalResource),
    (f"{DOC}/chp_2", "chapter", REGKB.Chapter),
    (f"{DOC}/art_17", "article", REGKB.Article),
    (f"{DOC}/art_17__para_1", "paragraph", ELI.LegalResourceSubdivision),
    (f"{DOC}/def/deep-synthesis-service-providers", "definition", SKOS.Concept),
    ("actor/deep-synthesis-service-provider", "actor", LRMLMM.Agent),
    ("pipl", "law", ELI.LegalResource),
    ("cac", "authority", LRMLMM.Authority),
    ("anjie-commentary-deep-synthesis-draft", "document", REGKB.Commentary),
    (f"{DOC}/art_18__para_1/ref_1", "reference", REGKB.Reference),
])
def test_node_types(kb, node, ntype, rdf_class):
    assert kb.graph.nodes[node]["type"] == ntype
    assert (kb.iri(node), RDF.type, rdf_class) in kb.rdf


@pytest.mark.parametrize(("node", "iri"), [
    (DOC, DEFAULT_BASE + DOC),
    (f"{DOC}/art_17", DEFAULT_BASE + DOC + "/art_17"),
    (f"{DOC}/art_17__para_1", DEFAULT_BASE + DOC + "/art_17/para_1"),
    (f"{DOC}/art_17__para_1__item_3", DEFAULT_BASE + DOC + "/art_17/para_1/item_3"),
    ("pipl", DEFAULT_BASE + "law/pipl"),
    ("cac", DEFAULT_BASE + "body/cac"),
    ("actor/deep-synthesis-service-user", DEFAULT_BASE + "actor/deep-synthesis-service-user"),
])
def test_iris_are_readable_and_eli_like(kb, node, iri):
    assert str(kb.iri(node)) == iri == kb.graph.nodes[node]["iri"]


def test_base_iri_is_configurable():
    kb2 = KnowledgeBase.from_corpus("corpus")
    kb2.set_base_iri("https://laws.firm.example/kb/")
    assert str(kb2.iri(f"{DOC}/art_3")) == "https://laws.firm.example/kb/deep-synthesis-provisions/art_3"
    assert all(d["iri"].startswith("https://laws.firm.example/kb/") for _, d in kb2.graph.nodes(data=True))
    assert kb2.sparql("ASK { ?a dcterms:identifier ?id }", a=URIRef("https://laws.firm.example/kb/law/pipl"),
                      id="pipl") is True


@pytest.mark.parametrize("base", ["regkb.example/eli/", "https://x.example/no-slash", "", "https://a b/"])
def test_bad_base_iri_is_a_readable_error(base):
    kb2 = KnowledgeBase.from_corpus("corpus")
    with pytest.raises(RegkbError, match="base IRI"):
        kb2.set_base_iri(base)


# --- provenance ---------------------------------------------------------------------------------


def test_every_node_from_a_text_carries_its_span_in_both_graphs(kb):
    spans = 0
    for n, d in kb.graph.nodes(data=True):
        if d["type"] in ("article", "paragraph", "item", "chapter", "definition", "obligation", "reference", "block"):
            assert "start" in d and "end" in d, n
        if "start" not in d:
            continue
        spans += 1
        assert 0 <= d["start"] < d["end"] <= len(kb.sources[d["document"]])
        span = URIRef(d["iri"] + "#span")
        assert (kb.iri(n), PROV.wasDerivedFrom, span) in kb.rdf
        selector = URIRef(d["iri"] + "#selector")
        assert (span, RDF.type, OA.SpecificResource) in kb.rdf
        assert (span, OA.hasSelector, selector) in kb.rdf
        assert (selector, OA.start, Literal(d["start"])) in kb.rdf
        assert (selector, OA.end, Literal(d["end"])) in kb.rdf
        file = kb.rdf.value(span, OA.hasSource)
        assert str(kb.rdf.value(file, REGKB.sourcePath)) == kb.document(d["document"]).path
    assert spans > 150


@pytest.mark.parametrize("kind", ["obligation", "definition", "reference"])
def test_spans_quote_the_source(kb, kind):
    """The node's text is the source slice of its span (white space folded), never a paraphrase."""
    g = kb.graph
    checked = 0
    for n, d in g.nodes(data=True):
        if d["type"] != kind:
            continue
        source = " ".join(kb.sources[d["document"]][d["start"] : d["end"]].split())
        quoted = {"obligation": d.get("text"), "reference": d.get("text"), "definition": d.get("term")}[kind]
        assert quoted and " ".join(quoted.split()) in source.replace("**", ""), n
        checked += 1
    assert checked > 0


# --- helpers: walks over kb.graph ---------------------------------------------------------------


def test_duties_agree_with_the_model_for_every_actor(kb):
    assert kb.actors
    for a in kb.actors:
        walked = kb.duties(a)
        assert set(walked) == set(kb.obligations_of(actor=a, include_universal=False)), a.id
        assert [o.span.start for o in walked] == sorted(o.span.start for o in walked)


@pytest.mark.parametrize("modality", ["obligation", "prohibition", "permission", "encouragement"])
def test_duties_by_modality(kb, modality):
    got = [o for a in kb.actors for o in kb.duties(a, modality)]
    assert {o.id for o in got} == {o.id for o in kb.obligations if o.modality == modality}


@pytest.mark.parametrize(("article", "expected"), [
    (18, [f"{DOC}/art_16", f"{DOC}/art_17", f"{DOC}/art_17__para_1"]),
    (17, [f"{DOC}/art_17__para_1"]),
    (1, ["cybersecurity-law", "data-security-law", "internet-information-services-measures", "pipl"]),
    (9, []),
])
def test_depends_on_is_transitive(kb, article, expected):
    assert kb.depends_on(article) == expected


@pytest.mark.parametrize(("target", "expected"), [
    ("pipl", [f"{DOC}/art_1__para_1"]),
    (17, [f"{DOC}/art_17__para_2", f"{DOC}/art_18__para_1"]),
    (f"{DOC}/art_17__para_1", [f"{DOC}/art_17__para_2"]),
    ("algorithmic-recommendation-provisions", [f"{DOC}/art_19__para_1"]),
    ("genai-services-interim-measures", []),
])
def test_citing(kb, target, expected):
    assert kb.citing(target) == expected


def test_citing_agrees_with_the_model(kb):
    for law in kb.laws:
        from_model = {r.provision for r in kb.cited_by(law.id)}
        assert set(kb.citing(law.id)) == from_model


def test_law_paths_connect_law_to_each_duty(kb):
    g = kb.graph
    actor = "actor/deep-synthesis-service-provider"
    paths = kb.law_paths("pipl", actor)
    assert len(paths) == len(kb.duties(actor)) > 0  # every duty is under a document naming the PIPL
    for p in paths:
        assert p[0] == "pipl" and p[-1] == actor and g.nodes[p[-2]]["type"] == "obligation"
        for a, b in itertools.pairwise(p):
            assert g.has_edge(a, b) or g.has_edge(b, a), (a, b)


def test_law_path_prefers_the_nearest_citation(kb):
    """A duty in the article that cites a law is reached through that article, not the whole document."""
    law = "algorithmic-recommendation-provisions"
    cited = kb.citing(law)
    article = cited[0].split("__")[0]
    near = [p for p in kb.law_paths(law, "actor/deep-synthesis-service-provider") if p[-2].startswith(article + "__")]
    assert near
    for p in near:
        assert p[1] in cited and DOC not in p
    far = [p for p in kb.law_paths(law, "actor/deep-synthesis-service-provider") if p not in near]
    assert far and all(p[1] == DOC for p in far)  # elsewhere: through the document's related_laws
    sibling = [p for p in near if not p[-2].startswith(p[1] + "/")]  # duty in another paragraph of the article
    assert sibling and all(p[2] == article for p in sibling)


def test_helpers_do_not_copy_the_graph(kb, monkeypatch):
    def no_copy(*args, **kwargs):
        raise AssertionError("graph copied")

    g = kb.graph
    monkeypatch.setattr(type(g), "copy", no_copy)
    monkeypatch.setattr(type(g), "subgraph", no_copy)
    kb.duties("actor/deep-synthesis-service-provider")
    kb.depends_on(18)
    kb.citing("pipl")
    kb.law_paths("pipl", "actor/deep-synthesis-service-user")


@pytest.mark.parametrize("fn", ["duties", "depends_on", "citing"])
def test_helpers_name_unknown_nodes(kb, fn):
    with pytest.raises(KeyError):
        getattr(kb, fn)("no/such-node")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_structure_is_a_tree_under_each_document(kb, data):
    g = kb.graph
    node = data.draw(st.sampled_from(sorted(n for n, d in g.nodes(data=True) if "eid" in d)))
    chain = ancestors(g, node)
    if g.nodes[node]["type"] == "block":
        assert chain == []
        return
    assert chain and g.nodes[chain[-1]]["type"] == "document"
    assert node in parts(g, chain[-1])
    for a in chain:
        assert node in parts(g, a)


# --- SHACL ---------------------------------------------------------------------------------------


def test_shacl_passes_on_the_seed(kb):
    conforms, report = kb.shacl()
    assert conforms, report


def _broken(kb, **changes):
    ob = kb.obligations[0]
    bad = dataclasses.replace(ob, **changes)
    return dataclasses.replace(kb, obligations=(bad, *kb.obligations[1:])), ob


@pytest.mark.parametrize(("changes", "message"), [
    ({"actors": ()}, "at least one bearer"),
    ({"actors": ("actor/nobody-known",)}, "at least one bearer"),
    ({"provision": "art_999", "article": 999}, "exactly one source provision"),
    ({"action": ""}, "non-empty action"),
])
def test_shacl_fails_readably_on_a_broken_obligation(kb, changes, message):
    broken, ob = _broken(kb, **changes)
    conforms, report = validate(build(broken).rdf("Memory"))
    assert not conforms
    assert message in report
    assert "Constraint Violation" in report
    assert str(build(broken).iris[ob.id]) in report  # names the focus node
    assert report.startswith("1 problem(s) in the graph:\n")
    assert f"- {ob.id}: " in report  # by its id, as in the JSON export


def test_shacl_fails_on_two_modalities(kb):
    graphs = build(kb)
    ob = graphs.iris[kb.obligations[0].id]
    graphs.triples.append((ob, RDF.type, LRMLMM.Permission))
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms and "exactly one modality class" in report


@pytest.mark.parametrize("targets", [(), (Target(law="no-such-law"),), (Target(provision=f"{DOC}/art_99"),)])
def test_a_reference_leading_nowhere_is_flagged_unresolved(kb, targets):
    ref = kb.references[0]
    assert ref.resolved
    bad = dataclasses.replace(ref, targets=targets)
    g = build(dataclasses.replace(kb, references=(bad, *kb.references[1:])))
    assert g.nx.nodes[ref.id]["resolved"] is False
    assert (g.iris[ref.id], REGKB.resolved, Literal(False)) in g.triples
    conforms, report = validate(g.rdf("Memory"))
    assert conforms, report


def test_shacl_fails_on_a_resolved_reference_without_target(kb):
    graphs = build(kb)
    ref = graphs.iris[kb.references[0].id]
    graphs.triples[:] = [t for t in graphs.triples if not (t[0] == ref and t[1] == REGKB.target)]
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms and "must have a target, or be flagged unresolved" in report


def test_shacl_catches_an_article_outside_any_document(kb):
    graphs = build(kb)
    art = graphs.iris[f"{DOC}/art_5"]
    graphs.triples[:] = [t for t in graphs.triples if not (t[0] == art and t[1] == ELI.is_part_of)]
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms and "must belong to exactly one document" in report


def test_graph_types_and_sizes(kb):
    g = kb.graph
    assert isinstance(g, nx.MultiDiGraph)
    assert kb.graph is kb.graph and kb.rdf is kb.rdf  # cached
    assert len(kb.rdf) == len(set(build(kb).triples))


# --- any regulation, not only the seed --------------------------------------------------------

_LINES = st.sampled_from([
    "## Chapter I General Provisions", "## Chapter II Duties", "Section 1 Scope",
    "**Article 1.** Providers shall act.", "Article 2", "Article 3 Users may not lie; and providers shall report.",
    "(I) first item;", "(II) second item.", "",
    "Where a provider provides X, it shall mark it. No organization or individual may delete marks.",
    "Providers and users shall comply with Articles 1 and 2 hereof and the preceding paragraph.",
    'Terms: "Widgets" refers to things (hereinafter referred to as "W").',
    "Industry organizations are encouraged to set standards.",
    "Users may apply for a review in accordance with the Cybersecurity Law.",
])


@settings(max_examples=25, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=25))
def test_random_regulations_give_agreeing_valid_graphs(kb, lines):
    from regkb.corpus import SourceFile, split_frontmatter
    from regkb.parse import parse_file

    text = "---\ntitle: Random\nstatus: effective\nissuing_body: CAC\n---\n" + "\n".join(lines) + "\n"
    fm, body, diags = split_frontmatter(text, "x.md")
    try:
        doc = parse_file(SourceFile("x.md", text, hashlib.sha256(text.encode()).hexdigest(), fm, body, tuple(diags)), kb.laws, kb.bodies)
    except RegkbError:
        return
    rkb = KnowledgeBase.from_parsed([doc], kb.laws, kb.bodies, {doc.document.id: text})
    graphs = build(rkb)
    ids = {str(o) for s, p, o in graphs.triples if p == DCTERMS.identifier}
    assert ids == set(graphs.nx.nodes)
    for n, d in graphs.nx.nodes(data=True):
        if "start" in d:
            assert 0 <= d["start"] <= d["end"] <= len(text), n
    conforms, report = validate(graphs.rdf("Memory"))
    assert conforms, report


@pytest.mark.parametrize(("text", "expected"), [
    ("CAC, MIIT, MPS", ["cac", "miit", "mps"]),
    ("Ministry of Industry and Information Technology", ["miit"]),
    ("CAC and MPS", ["cac", "mps"]),
    ("the State Council; CAC", ["state-council", "cac"]),
    ("Standing Committee of the National People's Congress", ["npcsc"]),
    ("CAC, NDRC, MOE, MOST, MIIT", ["cac", "ndrc", "moe", "most", "miit"]),
    ("Ministry of Commerce, CAC", ["cac"]),  # a body the registry lacks links to nothing
])
def test_issuing_bodies_are_matched_to_the_registry(kb, text, expected):
    from regkb.graph import Builder, _bodies_named

    assert _bodies_named(Builder(kb, DEFAULT_BASE), text) == expected


def _small_kb(kb, text, path="x.md"):
    from regkb.corpus import SourceFile, split_frontmatter
    from regkb.parse import parse_file

    fm, body, diags = split_frontmatter(text, path)
    doc = parse_file(SourceFile(path, text, hashlib.sha256(text.encode()).hexdigest(), fm, body, tuple(diags)), kb.laws, kb.bodies)
    return KnowledgeBase.from_parsed([doc], kb.laws, kb.bodies, {doc.document.id: text})


def test_repeated_numbers_never_reach_the_graph(kb):
    """The parser does not divide a text with a repeated chapter number (it keeps it whole and reports an error),
    so no two graph nodes can share an id."""
    text = ("---\ntitle: Twice\n---\n## Chapter I General\n**Article 1.** Providers shall act.\n"
            "## Chapter I General\n**Article 2.** Users shall not lie.\n")
    small = _small_kb(kb, text)
    (error,) = [d for d in small.diagnostics if d.severity == "error"]
    assert error.code == "duplicate-chapter" and "Chapter I appears twice" in error.message
    g = build(small)
    assert not [n for n, d in g.nx.nodes(data=True) if d.get("type") in ("chapter", "article")]
    assert g.nx.nodes["x/text"]["block_kind"] == "unstructured"


def test_a_law_whose_text_is_in_the_corpus_is_one_node(kb):
    text = ("---\nid: pipl\ntitle: Personal Information Protection Law\nstatus: effective\n---\n"
            "**Article 1.** Personal information handlers shall protect personal information.\n")
    small = _small_kb(kb, text, "pipl.md")
    g = build(small)
    assert g.nx.nodes["pipl"]["type"] == "document" and g.nx.nodes["pipl"]["law_kind"] == "law"
    iri = g.iris["pipl"]
    assert (iri, RDF.type, REGKB.Law) in g.triples and (iri, RDF.type, ELI.LegalResource) in g.triples
    assert str(iri) == DEFAULT_BASE + "law/pipl"  # the same IRI as when only the registry knows it
    assert validate(g.rdf("Memory"))[0]


def test_ids_clashing_across_types_are_a_readable_error(kb):
    text = "---\nid: cac\ntitle: Not the regulator\n---\n**Article 1.** Users shall act.\n"
    with pytest.raises(RegkbError, match="two graph nodes share the id 'cac'"):
        build(_small_kb(kb, text, "cac.md"))
