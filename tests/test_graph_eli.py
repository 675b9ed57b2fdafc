"""Linked data as EUR-Lex and legislation.gov.uk publish it: ELI's work, expression and format levels,
language tags, one predicate per relation, stable law IRIs, Web Annotation provenance, one build
activity, SHACL shapes for documents, laws, actors and authorities, and a published vocabulary."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.graph import EDGE_PREDICATES, build, validate
from regkb.vocab import DCTERMS, ELI, LRMLMM, OA, PROV, RDF, RDFS, REGKB, REGKB_TERMS, SCHEMA, SKOS, SPDX, XSD

from .conftest import CORPUS, ROOT, SEED_DOC

BASE = "https://regkb.example/eli/"


@pytest.fixture(scope="module")
def rdf(kb: KnowledgeBase) -> Graph:
    return build(kb).rdf("Memory")


def test_work_expression_format(kb: KnowledgeBase, rdf: Graph) -> None:
    doc = kb.document()
    work, expr, fmt = URIRef(BASE + doc.id), URIRef(BASE + doc.id + "/en"), URIRef(BASE + doc.id + "/en/md")
    assert (work, RDF.type, ELI.LegalResource) in rdf
    assert (work, ELI.is_realized_by, expr) in rdf and (expr, ELI.realizes, work) in rdf
    assert (expr, RDF.type, ELI.LegalExpression) in rdf
    assert (expr, ELI.language, URIRef("http://publications.europa.eu/resource/authority/language/ENG")) in rdf
    assert (expr, ELI.title, Literal(doc.title, lang="en")) in rdf
    assert (expr, ELI.is_embodied_by, fmt) in rdf and (fmt, ELI.embodies, expr) in rdf
    assert (fmt, RDF.type, ELI.Format) in rdf
    assert (fmt, ELI.format, URIRef("http://www.iana.org/assignments/media-types/text/markdown")) in rdf
    assert str(rdf.value(fmt, REGKB.sourcePath)) == doc.path
    checksum = rdf.value(fmt, SPDX.checksum)
    assert (checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256) in rdf
    assert str(rdf.value(checksum, SPDX.checksumValue)) == doc.sha256
    assert (work, ELI.id_local, Literal(doc.id)) in rdf
    assert (rdf.value(work, ELI.type_document), RDF.type, SKOS.Concept) in rdf


def test_an_unofficial_translation_says_so_and_names_its_original(kb: KnowledgeBase, rdf: Graph) -> None:
    doc = kb.document()
    expr, original = URIRef(BASE + doc.id + "/en"), URIRef(BASE + doc.id + "/zh")
    assert (expr, REGKB.officialTranslation, Literal(False)) in rdf
    assert (expr, SCHEMA.translationOfWork, original) in rdf
    assert (original, ELI.title, Literal(doc.frontmatter["title_zh"], lang="zh")) in rdf
    assert (original, REGKB.describedOnly, Literal(True)) in rdf
    assert (original, ELI.language, URIRef("http://publications.europa.eu/resource/authority/language/ZHO")) in rdf


def test_every_subdivision_has_its_type(kb: KnowledgeBase, rdf: Graph) -> None:
    for kind, group in (("article", kb.articles), ("chapter", kb.chapters),
                        ("paragraph", [p for a in kb.articles for p in a.paragraphs])):
        for x in group:
            assert (kb.iri(x.id), ELI.type_subdivision, URIRef(BASE + "subdivision-type/" + kind)) in rdf, x.id
    assert (URIRef(BASE + "subdivision-type"), RDF.type, SKOS.ConceptScheme) in rdf


def test_titles_and_labels_carry_their_language(rdf: Graph) -> None:
    labels = [o for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, ELI.title, ELI.title_short,
                          ELI.title_alternative, DCTERMS.title) for o in rdf.objects(None, p)]
    assert len(labels) > 300
    untagged = [str(x) for x in labels if not (isinstance(x, Literal) and x.language)]
    assert not untagged


def test_each_predicate_carries_one_relation() -> None:
    kinds = defaultdict(set)
    for kind, (pred, _) in EDGE_PREDICATES.items():
        kinds[pred].add(kind)
    assert {p: k for p, k in kinds.items() if len(k) > 1} == {}
    assert EDGE_PREDICATES["related_law"][0] == ELI.related_to
    assert EDGE_PREDICATES["version_of"][0] == DCTERMS.isVersionOf
    assert EDGE_PREDICATES["defined_by"][0] != EDGE_PREDICATES["defines"][0]
    assert EDGE_PREDICATES["imposes"][0] == REGKB.imposedBy


def test_defined_terms_form_a_concept_scheme_per_document(kb: KnowledgeBase, rdf: Graph) -> None:
    scheme = URIRef(BASE + SEED_DOC + "/terms")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in rdf
    for d in kb.definitions:
        if d.document == SEED_DOC:
            assert (kb.iri(d.id), SKOS.inScheme, scheme) in rdf and (kb.iri(d.id), SKOS.topConceptOf, scheme) in rdf


def test_spans_follow_the_web_annotation_pattern(kb: KnowledgeBase, rdf: Graph) -> None:
    o = kb.obligations[0]
    span = rdf.value(kb.iri(o.id), PROV.wasDerivedFrom)
    assert (span, RDF.type, OA.SpecificResource) in rdf
    assert (span, RDF.type, OA.TextPositionSelector) not in rdf  # the selector is its own resource
    selector = rdf.value(span, OA.hasSelector)
    assert (selector, RDF.type, OA.TextPositionSelector) in rdf
    start, end = (int(rdf.value(selector, p)) for p in (OA.start, OA.end))  # type: ignore[arg-type]
    assert (start, end) == (o.span.start, o.span.end)
    file = rdf.value(span, OA.hasSource)
    assert str(rdf.value(rdf.value(file, SPDX.checksum), SPDX.checksumValue)) == kb.document(o.document).sha256


def test_one_build_activity_with_version_corpus_hash_and_a_time_from_the_corpus(kb: KnowledgeBase, rdf: Graph,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import regkb
    from regkb.graph import corpus_hash

    acts = list(rdf.subjects(RDF.type, PROV.Activity))
    assert len(acts) == 1
    act = acts[0]
    assert str(rdf.value(act, REGKB.corpusHash)) == corpus_hash(kb)
    agent = rdf.value(act, PROV.wasAssociatedWith)
    assert str(rdf.value(agent, REGKB.softwareVersion)) == regkb.__version__
    assert (URIRef(BASE + "graph"), PROV.wasGeneratedBy, act) in rdf
    used = set(rdf.objects(act, PROV.used))
    assert len(used) == len(kb.documents)
    when = rdf.value(act, PROV.endedAtTime)
    assert when.datatype == XSD.dateTime and str(when)[:4] <= "2030"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    again = build(kb).rdf("Memory")
    assert str(again.value(act, PROV.endedAtTime)).startswith("2023-11-14T22:13:20")


def test_builds_are_deterministic_without_the_clock(kb: KnowledgeBase) -> None:
    assert build(kb).triples == build(kb).triples


def test_a_law_keeps_its_iri_when_its_text_enters_the_corpus(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "c", ignore=shutil.ignore_patterns(".regkb"))
    (tmp_path / "c" / "pipl-text.md").write_text(
        "---\nid: pipl\ntitle_en: \"Personal Information Protection Law of the People's Republic of China\"\n"
        "kind: regulation\n---\n\nArticle 1 This Law is formulated to protect the rights and interests on "
        "personal information.\n\nArticle 2 The personal information of natural persons shall be protected "
        "by law.\n", encoding="utf-8")
    kb = KnowledgeBase.from_corpus(tmp_path / "c")
    assert kb.graph.nodes["pipl"]["type"] == "document"
    assert str(kb.iri("pipl")) == BASE + "law/pipl"
    assert str(kb.iri("pipl/art_1")) == BASE + "law/pipl/art_1"
    g = build(kb).rdf("Memory")
    assert (kb.iri("pipl"), RDF.type, REGKB.Law) in g
    conforms, report = validate(g)
    assert conforms, report


# --- SHACL: documents, laws, actors, authorities ----------------------------------------------


def _without(kb: KnowledgeBase, drop) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    graphs = build(kb)
    graphs.triples[:] = [t for t in graphs.triples if not drop(t)]
    return validate(graphs.rdf("Memory"))


def test_removing_the_regulations_title_fails_validation(kb: KnowledgeBase) -> None:
    expr = URIRef(BASE + SEED_DOC + "/en")
    conforms, report = _without(kb, lambda t: t[0] == expr and t[1] == ELI.title)
    assert not conforms and "exactly one title" in report and f"- {expr}:" in report


@pytest.mark.parametrize(("what", "drop", "message"), [
    ("a document's type", lambda kb, t: t[0] == kb.iri(SEED_DOC) and t[1] == ELI.type_document, "type_document"),
    ("a document's id_local", lambda kb, t: t[0] == kb.iri(SEED_DOC) and t[1] == ELI.id_local, "id_local"),
    ("a law's title", lambda kb, t: t[0] == URIRef(BASE + "law/pipl/en") and t[1] == ELI.title, "exactly one title"),
    ("an actor's name", lambda kb, t: t[0] == kb.iri(kb.actors[0].id) and t[1] == SKOS.prefLabel, "exactly one name"),
    ("an authority's name", lambda kb, t: t[0] == kb.iri("cac") and t[1] == SKOS.prefLabel, "exactly one name"),
    ("a file's checksum", lambda kb, t: t[1] == SPDX.checksum, "sha256 of its file"),
    ("a build's corpus hash", lambda kb, t: t[1] == REGKB.corpusHash, "by its sha256"),
])
def test_shapes_catch_what_is_missing(kb: KnowledgeBase, what: str, drop, message: str) -> None:  # type: ignore[no-untyped-def]
    conforms, report = _without(kb, lambda t: drop(kb, t))
    assert not conforms and message in report, what


def test_an_untagged_actor_name_fails_validation(kb: KnowledgeBase) -> None:
    graphs = build(kb)
    a = kb.iri(kb.actors[0].id)
    graphs.triples[:] = [(s, p, Literal(str(o)) if s == a and p == SKOS.prefLabel else o) for s, p, o in graphs.triples]
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms and "tagged with its language" in report


def test_a_law_outside_law_iris_fails_validation(kb: KnowledgeBase) -> None:
    graphs = build(kb)
    graphs.triples.append((URIRef(BASE + "pipl-moved"), RDF.type, REGKB.Law))
    conforms, report = validate(graphs.rdf("Memory"))
    assert not conforms and "<base>law/<id>" in report


def test_actors_and_authorities_have_shapes() -> None:
    from regkb.graph import shapes_graph

    sh = shapes_graph()
    targets = set(sh.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {ELI.LegalResource, ELI.LegalExpression, ELI.Format, REGKB.Law, LRMLMM.Agent, LRMLMM.Authority,
            PROV.Activity} <= targets


# --- the published vocabulary, --base, file modes ----------------------------------------------


def test_the_vocabulary_file_declares_every_own_term_and_is_up_to_date() -> None:
    from regkb.vocab import vocabulary_text

    path = ROOT / "src" / "regkb" / "schema" / "regkb-vocabulary.ttl"
    assert path.read_text(encoding="utf-8") == vocabulary_text(), \
        "regenerate: python -m regkb.vocab > src/regkb/schema/regkb-vocabulary.ttl"
    names = {n for n in REGKB.__annotations__ if not n.startswith("_")}
    assert names == set(REGKB_TERMS)
    g = Graph().parse(path)
    for name in names:
        term = REGKB[name]
        assert g.value(term, RDFS.label) is not None and g.value(term, RDFS.comment) is not None, name
        assert g.value(term, RDF.type) in (RDFS.Class, RDF.Property)
    from importlib.resources import files

    assert files("regkb").joinpath("schema/regkb-vocabulary.ttl").read_text(encoding="utf-8") == path.read_text(
        encoding="utf-8")


def test_every_regkb_term_the_graph_uses_is_declared(rdf: Graph) -> None:
    used = {str(t) for triple in rdf for t in triple if str(t).startswith(str(REGKB._NS))}
    assert used and {u.split("#", 1)[1] for u in used} <= set(REGKB_TERMS)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "graphml"])
def test_export_takes_a_base(fmt: str) -> None:
    r = CliRunner().invoke(cli, ["export", fmt, "--base", "https://laws.firm.example/kb/"])
    assert r.exit_code == 0, r.output
    assert "https://laws.firm.example/kb/law/pipl" in r.stdout and "https://regkb.example/eli/" not in r.stdout


@pytest.mark.parametrize("command", ["export", "publish", "sparql", "shacl", "build"])
def test_every_command_that_writes_rdf_has_base(command: str) -> None:
    r = CliRunner().invoke(cli, [command, "--help"])
    assert "--base" in r.output


def test_exports_are_written_0644(tmp_path: Path) -> None:
    out = tmp_path / "kb.ttl"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-m", "regkb", "export", "ttl", "-o", str(out)], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_the_site_offers_the_vocabulary_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    from regkb.site.generate import Site
    from regkb.vocab import vocabulary_text

    site = Site(kb, tmp_path)
    site.graph()
    assert "graph/regkb-vocabulary.ttl" in site.files  # written as it is made (regkb#16)
    assert (tmp_path / "graph" / "regkb-vocabulary.ttl").read_text(encoding="utf-8") == vocabulary_text()
    assert "(regkb-vocabulary.ttl)" in (tmp_path / "graph" / "index.md").read_text(encoding="utf-8")
