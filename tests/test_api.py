"""The Python API as a developer meets it: no silent wrong answers, one lookup error, typed results."""

from __future__ import annotations

import dataclasses
import inspect
import json
import os
import pickle
import pydoc
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

import pytest

from regkb import KnowledgeBase, NotFound, RegkbError

from .conftest import ROOT, SEED_DOC

# --- silent wrong answers -------------------------------------------------------------------


def test_references_from_a_provision_is_that_provision_and_its_parts_only(kb: KnowledgeBase) -> None:
    art1 = kb.references_from(f"{SEED_DOC}/art_1")
    assert all(r.provision_id == f"{SEED_DOC}/art_1" or r.provision_id.startswith(f"{SEED_DOC}/art_1__")
               for r in art1)
    art17 = kb.references_from(f"{SEED_DOC}/art_17")
    assert art17 and not set(art17) & set(art1)  # art_17 is not a part of art_1
    assert set(kb.references_from(17)) == set(art17)


def test_references_from_an_unknown_provision_is_an_error(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound, match="art_999"):
        kb.references_from(f"{SEED_DOC}/art_999")


def test_uses_of_accepts_a_term_and_refuses_an_unknown_one(kb: KnowledgeBase) -> None:
    d = kb.definition("training data")
    assert kb.uses_of("training data") == kb.uses_of(d) == kb.uses_of(d.id)
    assert kb.uses_of(d)
    with pytest.raises(NotFound, match="no defined term"):
        kb.uses_of("training dta")


def test_every_fact_gives_the_global_id_of_its_provision(kb: KnowledgeBase) -> None:
    facts = [*kb.obligations, *kb.definitions, *kb.term_uses, *kb.references, *kb.statements,
             *(m for a in kb.actors for m in a.mentions)]
    assert facts
    for f in facts:
        assert f.provision == f"{f.document}/{f.eid}"
        p = kb.provision(f.provision)  # the example: kb.provision(o.provision) raised KeyError
        assert p.id == f.provision and p.eid == f.eid
        assert f.provision_id == f.provision  # the old name, kept


def test_the_json_export_gives_global_provision_ids(kb: KnowledgeBase) -> None:
    data = kb.to_dict()
    for key in ("obligations", "definitions", "term_uses", "references", "statements", "sanctions"):
        assert data[key], key
        for fact in data[key]:
            assert fact["provision"].startswith(fact["document"] + "/"), (key, fact["provision"])
            assert kb.provision(fact["provision"])


def test_the_json_schema_holds_consumers_to_global_provision_ids(kb: KnowledgeBase) -> None:
    import jsonschema

    from regkb.schema import load_schema

    data = json.loads(kb.to_json())
    schema = load_schema()
    assert data["schema_version"] == "2"
    jsonschema.validate(data, schema)
    data["obligations"][0]["provision"] = kb.obligations[0].eid  # schema version 1's form
    with pytest.raises(jsonschema.ValidationError, match="does not match"):
        jsonschema.validate(data, schema)


def test_a_bare_eid_is_accepted_when_one_document_has_it_and_named_otherwise(kb: KnowledgeBase) -> None:
    o = kb.obligations[0]
    assert kb.provision(o.eid).id == o.provision  # one document has it
    with pytest.raises(NotFound, match="without its document"):
        kb.provision("art_999")


@pytest.mark.parametrize(("call", "message"), [
    (lambda kb: kb.obligations_of(document="deep-synthesis-provision"), "no document"),  # a typo: was ()
    (lambda kb: kb.obligations_of(article=999), "no document of the corpus has an Article 999"),  # was ()
    (lambda kb: kb.obligations_of(article=26, document=SEED_DOC), "has no Article 26"),  # was ()
    (lambda kb: kb.sanctions_of(document="nope"), "no document"),  # was ()
    (lambda kb: kb.references_from(999), "has no Article 999"),  # was ()
    (lambda kb: kb.cited_by(999), "has no Article 999"),  # was ()
    (lambda kb: kb.cited_by("pipll"), "no provision, document or law"),  # was ()
    (lambda kb: kb.source_text("nope", kb.articles[0].span), "no source text"),  # was a bare KeyError
])
def test_a_filter_naming_what_the_corpus_lacks_is_an_error_not_an_empty_answer(kb: KnowledgeBase, call: Any,
                                                                                 message: str) -> None:
    with pytest.raises(NotFound, match=message):
        call(kb)


def test_filters_that_name_what_the_corpus_holds_still_answer(kb: KnowledgeBase) -> None:
    assert kb.obligations_of(document=SEED_DOC) and kb.obligations_of(article=17)
    assert kb.cited_by(17) and kb.references_from(18)
    uncited = [law.id for law in kb.laws if not kb.cited_by(law.id)]  # a registry law nobody cites: empty, no error
    assert all(kb.cited_by(x) == () for x in uncited)
    a = kb.articles[0]
    assert kb.source_text(a.document, a.span) == kb.sources[a.document][a.span.start:a.span.end]
    with pytest.raises(ValueError, match="past the end"):
        kb.source_text(a.document, type(a.span)(0, len(kb.sources[a.document]) + 1))


def test_get_finds_every_node_of_the_graph(kb: KnowledgeBase) -> None:
    missing = []
    for node_id in kb.graph.nodes:
        try:
            kb.get(node_id)
        except KeyError:
            missing.append(node_id)
    assert not missing
    assert kb.get(kb.bodies[0].id) == kb.bodies[0]
    described = kb.described_documents[0]
    assert kb.get(described.id) == described


def test_lookup_errors_are_one_type_that_is_also_a_key_error(kb: KnowledgeBase) -> None:
    calls = [lambda: kb.get("nope"), lambda: kb.article(999), lambda: kb.actor("nobody at all"),
             lambda: kb.definition("nothing"), lambda: kb.law("nolaw"), lambda: kb.document("nodoc"),
             lambda: kb.provision("nodoc/art_1"), lambda: kb.iri("nope"), lambda: kb.depends_on("nope"),
             lambda: kb.citing("nope"), lambda: kb.changes_of("nope"), lambda: kb.law_paths("nolaw", kb.actors[0])]
    for call in calls:
        with pytest.raises(NotFound) as info:
            call()
        assert isinstance(info.value, KeyError) and isinstance(info.value, RegkbError)
        assert "Traceback" not in str(info.value) and not str(info.value).startswith('"')


def test_a_frozen_document_holds_a_read_only_frontmatter(kb: KnowledgeBase) -> None:
    doc = kb.document()
    with pytest.raises(TypeError):
        doc.frontmatter["title"] = "changed"  # type: ignore[index]
    with pytest.raises(TypeError):
        doc.frontmatter.update({"x": 1})  # type: ignore[attr-defined]
    nested = [v for v in doc.frontmatter.values() if isinstance(v, list | tuple)]
    assert all(isinstance(v, tuple) for v in nested)
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert dict(pickle.loads(pickle.dumps(doc)).frontmatter) == dict(doc.frontmatter)


# --- types ------------------------------------------------------------------------------------

DOWNSTREAM = '''\
from regkb import Change, Claim, KnowledgeBase, Obligation, Row, SearchResult

kb = KnowledgeBase.from_corpus("corpus")
duties: tuple[Obligation, ...] = kb.obligations_of(modality={modality!r})
rows: list[Row] = kb.select("SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT 1")
yes: bool = kb.ask("ASK {{ ?s ?p ?o }}")
n: int = len(kb.construct("CONSTRUCT WHERE {{ ?s ?p ?o }}"))
found: SearchResult = kb.search("training data", kind={kind!r})
claims: tuple[Claim, ...] = kb.claims
changes: tuple[Change, ...] = kb.changes(kind={change!r})
'''


def _mypy(tmp_path: Path, **values: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "downstream.py"
    script.write_text(DOWNSTREAM.format(**values), encoding="utf-8")
    env = dict(os.environ, MYPYPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)


def test_a_downstream_script_type_checks_and_a_typo_in_a_filter_fails(tmp_path: Path) -> None:
    good = _mypy(tmp_path, modality="obligation", kind="definition", change="removed")
    assert good.returncode == 0, good.stdout
    bad = _mypy(tmp_path, modality="must", kind="definitions", change="deleted")
    assert bad.returncode == 1
    for typo in ("Literal['must']", "Literal['definitions']", "Literal['deleted']"):
        assert typo in bad.stdout, bad.stdout


def test_the_graph_is_typed_for_a_downstream_type_checker(tmp_path: Path) -> None:
    """kb.graph is a typed networkx graph (types-networkx), not Any, and so are the SPARQL results
    and provision lookups: a wrong use of each is caught."""
    script = tmp_path / "graph_use.py"
    script.write_text("from regkb import KnowledgeBase\n\nkb = KnowledgeBase.from_corpus('corpus')\n"
                      "n: int = kb.graph.number_of_nodes()\nwrong: str = kb.graph.number_of_nodes()\n"
                      "w1: bool = kb.select('SELECT * {}')\nw2: str = kb.ask('ASK {}')\n"
                      "w3: list[str] = kb.construct('CONSTRUCT WHERE {}')\n"
                      "w4: int = kb.provision(kb.obligations[0].provision)\n",
                      encoding="utf-8")
    env = dict(os.environ, MYPYPATH=str(ROOT / "src"))
    res = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 1, res.stdout
    for line in (5, 6, 7, 8, 9):
        assert f"graph_use.py:{line}: error: Incompatible types in assignment" in res.stdout, res.stdout
    assert "graph_use.py:4" not in res.stdout, res.stdout


def test_the_literal_types_match_the_values_the_library_checks() -> None:
    from regkb.compare import CLAIM_KINDS
    from regkb.index import KINDS
    from regkb.kinds import ChangeKind, SearchKind
    from regkb.model import MODALITIES, Modality

    assert get_args(Modality) == MODALITIES
    assert set(get_args(ChangeKind)) == set(CLAIM_KINDS)
    assert set(get_args(SearchKind)) == set(KINDS)


def test_every_name_in_regkb_all_resolves_and_returned_types_are_exported(kb: KnowledgeBase) -> None:
    import regkb

    for name in regkb.__all__:
        assert getattr(regkb, name) is not None, name
    assert isinstance(kb.search("training data", limit=1), regkb.SearchResult)
    assert isinstance(kb.claims[0], regkb.Claim) and isinstance(kb.changes()[0], regkb.Change)
    assert isinstance(kb.rdf, regkb.RDFGraph) and isinstance(kb.graph, regkb.KnowledgeGraph)
    assert isinstance(kb.statements[0], regkb.Statement) and isinstance(kb.bodies[0], regkb.Body)


def test_select_ask_construct_refuse_the_wrong_query_form(kb: KnowledgeBase) -> None:
    assert kb.select("SELECT ?n WHERE { BIND (2 AS ?n) }") == [{"n": 2}]
    assert kb.ask("ASK { ?s a regkb:Article }") is True
    assert len(kb.construct("CONSTRUCT { ?s a regkb:Article } WHERE { ?s a regkb:Article }")) == len(kb.articles)
    with pytest.raises(RegkbError, match=r"use kb.ask\(\)"):
        kb.select("ASK { ?s ?p ?o }")
    with pytest.raises(RegkbError, match=r"use kb.select\(\)"):
        kb.construct("SELECT * { ?s ?p ?o }")


def test_every_public_member_has_a_docstring_and_help_opens_with_a_map() -> None:
    import regkb

    missing = []
    for name, member in inspect.getmembers(KnowledgeBase):
        if name.startswith("_"):
            continue
        doc = member.__doc__
        if isinstance(member, tuple | dict | str | int) or name in {f.name for f in dataclasses.fields(KnowledgeBase)}:
            continue
        if not doc or not doc.strip():
            missing.append(name)
    assert not missing, f"KnowledgeBase members without a docstring: {missing}"
    for name in regkb.__all__:
        obj = getattr(regkb, name)
        if inspect.isclass(obj) and obj.__module__.startswith("regkb"):
            auto = dataclasses.is_dataclass(obj) and (obj.__doc__ or "").startswith(f"{name}(")
            assert obj.__doc__ and not auto, f"regkb.{name} has no docstring"
    first = (KnowledgeBase.__doc__ or "").split(">>>")[0]
    for word in ("Look up", "Filter", "Graph", "Linked data", "search", "Export", "Versions"):
        assert word in first
    # the map names everything KnowledgeBase offers: every public member and field
    offered = {n for n, _ in inspect.getmembers(KnowledgeBase) if not n.startswith("_")}
    offered |= {f.name for f in dataclasses.fields(KnowledgeBase) if not f.name.startswith("_")}
    unnamed = sorted(n for n in offered if not re.search(rf"\b{n}\b", first))
    assert not unnamed, f"help(KnowledgeBase) does not mention: {unnamed}"
    assert pydoc.render_doc(KnowledgeBase, renderer=pydoc.plaintext).find("What it offers") < 400


# --- save keeps what load would rebuild -------------------------------------------------------


def test_load_gets_the_graphs_back_without_rebuilding_them(kb: KnowledgeBase, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    import regkb.graph
    from regkb.worked_examples import EXAMPLES, sample_params

    fresh = KnowledgeBase.from_corpus(kb.corpus_dir)  # the corpus the ``kb`` fixture reads
    fresh.save(tmp_path)
    assert (tmp_path / "graph.nt").is_file() and (tmp_path / "graph.json").is_file()
    _ = (kb.rdf, kb.graph)  # the fixture's own graphs, built before build() is blocked

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("load rebuilt the graphs")

    monkeypatch.setattr(regkb.graph, "build", no_build)
    loaded = KnowledgeBase.load(tmp_path)
    assert len(loaded.rdf) == len(kb.rdf)
    plain = lambda x: json.loads(json.dumps(x, default=list))  # noqa: E731  (JSON turns tuples into lists)
    assert {n: plain(a) for n, a in loaded.graph.nodes(data=True)} == {n: plain(a) for n, a in kb.graph.nodes(data=True)}
    assert sorted((u, v, k, json.dumps(plain(a), sort_keys=True)) for u, v, k, a in loaded.graph.edges(keys=True, data=True)) \
        == sorted((u, v, k, json.dumps(plain(a), sort_keys=True)) for u, v, k, a in kb.graph.edges(keys=True, data=True))
    for ex in EXAMPLES:
        params = sample_params(kb, ex)
        assert ex.run_sparql(loaded, **params) == ex.run_sparql(kb, **params), ex.slug
        assert ex.run_python(loaded, **params) == ex.run_python(kb, **params), ex.slug
    assert loaded.duties(kb.obligations[0].actors[0]) == kb.duties(kb.obligations[0].actors[0])


def test_saved_graphs_for_another_base_or_corpus_are_not_used(tmp_path: Path) -> None:
    fresh = KnowledgeBase.from_corpus("corpus")
    fresh.save(tmp_path)
    loaded = KnowledgeBase.load(tmp_path)
    loaded.set_base_iri("https://other.example/eli/")
    assert str(loaded.iri(loaded.articles[0].id)).startswith("https://other.example/eli/")
    nt = tmp_path / "graph.nt"
    nt.write_text("".join(nt.read_text(encoding="utf-8").splitlines(keepends=True)[:10]), encoding="utf-8")
    assert len(KnowledgeBase.load(tmp_path).rdf) == 10  # the saved graph is what load uses ...
    data = (tmp_path / "graph.json").read_text(encoding="utf-8").replace('"corpus_hash": "', '"corpus_hash": "0')
    (tmp_path / "graph.json").write_text(data, encoding="utf-8")
    again = KnowledgeBase.load(tmp_path)
    assert len(again.rdf) == len(fresh.rdf)  # ... unless it was built from another corpus: then it is rebuilt
