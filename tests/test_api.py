"""The Python API as a developer meets it: no silent wrong answers, one lookup error, typed results."""

from __future__ import annotations

import pickle

import pytest

from regkb import KnowledgeBase, NotFound, RegkbError

from .conftest import SEED_DOC

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
        if f.provision.startswith("art_"):
            p = kb.provision(f.provision_id)
            assert p.id == f.provision_id
    o = kb.obligations[0]
    assert kb.provision(o.provision_id).text  # the example: kb.provision(o.provision) failed


def test_a_bare_eid_is_accepted_when_one_document_has_it_and_named_otherwise(kb: KnowledgeBase) -> None:
    o = kb.obligations[0]
    assert kb.provision(o.provision).id == o.provision_id
    with pytest.raises(NotFound, match="without its document"):
        kb.provision("art_999")


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
             lambda: kb.provision("nodoc/art_1"), lambda: kb.iri("nope")]
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
