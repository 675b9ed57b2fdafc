"""Authorities: actors that are public bodies, linked to the registry of bodies on normalised titles.

Table-driven, with bodies and names invented or taken from other regulations than the seed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.authorities import BodyLink, authority_ids, body_links, distinctive, link_body, normalised
from regkb.corpus import SourceFile, split_frontmatter
from regkb.graph import build, validate
from regkb.model import Body
from regkb.parse import parse_file
from regkb.vocab import LRMLMM, RDF, SKOS

BODIES = (
    Body("miit", "Ministry of Industry and Information Technology", ("MIIT",), ()),
    Body("mps", "Ministry of Public Security", ("MPS",), ()),
    Body("samr", "State Administration for Market Regulation", ("SAMR",), ("market regulator",)),
    Body("caac", "Civil Aviation Administration of China", ("CAAC",), ()),
    Body("state-council", "State Council", (), ()),
)

# a name as a text prints it -> (body id or None, fuzzy?)
LINKS = [
    ("Ministry of Industry and Information Technology", ("miit", False)),
    ("the Ministries of Industry and Information Technology", ("miit", False)),  # plural and article set aside
    ("MIIT", ("miit", False)),
    ("the market regulator", ("samr", False)),  # an alias of the registry
    ("the competent department for industry and information technology", ("miit", True)),
    ("the public security organs", ("mps", True)),
    ("civil aviation authorities", ("caac", True)),
    ("the market regulation departments", ("samr", True)),
    # a scope word says it is another body: never the national one
    ("local public security organs", None),
    ("provincial departments for industry and information technology", None),
    # nothing left that says which body: no fuzzy link ("State Council" is all generic words)
    ("the competent department", None),
    ("the departments of the State Council", None),
    ("State Council", ("state-council", False)),
    # words that are not the body's
    ("the department for industry", None),
    ("the water resources department", None),
]


@pytest.mark.parametrize(("name", "expected"), LINKS, ids=[n for n, _ in LINKS])
def test_link_to_the_registry(name: str, expected: tuple[str, bool] | None) -> None:
    link = link_body([name], BODIES)
    got = (link.body, link.fuzzy) if link else None
    assert got == expected


def test_two_bodies_that_fit_equally_give_no_link() -> None:
    twins = (Body("a", "Ministry of Transport", (), ()), Body("b", "Transport Commission", (), ()))
    assert link_body(["the transport department"], twins) is None
    assert link_body(["Transport Commission"], twins).body == "b"  # type: ignore[union-attr]  # exact wins


def test_normalised_and_distinctive_words() -> None:
    assert normalised("The Public  Security Organs") == "public security organ"
    assert distinctive("the competent department for industry & information technology") == \
        {"industry", "information", "technology"}
    assert distinctive("Local Public Security Bureaus") == {"local", "public", "security"}


RULES = """---
title: Rules on Drones
---
Article 1 Drone operators shall keep flight logs. The civil aviation authorities shall supervise drone flights.

Article 2 Where a drone operator violates Article 1, the public security organ shall impose a fine; where the \
violation is serious, the organ at the higher level or the civil aviation authorities may revoke its licence.

Article 3 For the purpose of these Rules, drone operators refer to organizations that operate civil drones.
"""


@pytest.fixture(scope="module")
def rules() -> KnowledgeBase:
    fm, body, diags = split_frontmatter(RULES, "rules.md")
    sha = hashlib.sha256(RULES.encode("utf-8")).hexdigest()
    doc = parse_file(SourceFile("rules.md", RULES, sha, fm, body, tuple(diags)))
    return KnowledgeBase.from_parsed([doc], (), BODIES, {doc.document.id: RULES})


def test_an_authority_named_only_in_a_sanction_is_an_actor(rules: KnowledgeBase) -> None:
    organ = rules.actor("public security organ")
    assert organ.basis == "authority" and not rules.obligations_of(actor=organ, include_universal=False)
    assert [m.text for m in organ.mentions] == ["public security organ"]
    m = organ.mentions[0]
    assert RULES[m.span.start:m.span.end] == "public security organ"
    fine = rules.sanctions_of(authority=organ)
    assert len(fine) == 1 and "impose a fine" in fine[0].penalties
    # "X or Y" names two authorities, each its own actor; a known one is the same actor
    revoke = next(s for s in rules.sanctions if "revoke" in s.penalties)
    assert set(revoke.authorities) == {rules.actor("organ at the higher level").id,
                                       rules.actor("civil aviation authorities").id}


def test_authorities_in_the_graph_and_their_registry_links(rules: KnowledgeBase) -> None:
    g = rules.graph
    organ, aviation = rules.actor("public security organ"), rules.actor("civil aviation authorities")
    higher, operators = rules.actor("organ at the higher level"), rules.actor("drone operators")
    assert {g.nodes[a.id]["kind"] for a in (organ, aviation, higher)} == {"authority"}
    assert g.nodes[operators.id]["kind"] == "party"
    assert g.has_edge(organ.id, "mps", key="authority_fuzzy") and not g.has_edge(organ.id, "mps", key="authority")
    assert g.has_edge(aviation.id, "caac", key="authority_fuzzy")
    assert not any(v in {b.id for b in BODIES} for _, v in g.out_edges(higher.id))
    rdf = build(rules).rdf("Memory")
    assert (rules.iri(organ.id), SKOS.closeMatch, rules.iri("mps")) in rdf
    assert (rules.iri(organ.id), RDF.type, LRMLMM.Authority) in rdf
    assert (rules.iri(operators.id), RDF.type, LRMLMM.Authority) not in rdf
    conforms, report = validate(rdf)
    assert conforms, report


def test_check_says_which_links_are_fuzzy_and_which_authorities_are_unlinked(rules: KnowledgeBase) -> None:
    by_code = {}
    for d in rules.diagnostics:
        by_code.setdefault(d.code, []).append(d)
    fuzzy = {d.message.split("'")[1] for d in by_code.get("authority-fuzzy", [])}
    assert fuzzy == {"Public security organ", "Civil aviation authorities"}
    assert all(d.severity == "warning" and d.file == "rules.md" for d in by_code["authority-fuzzy"])
    unlinked = by_code.get("authority-unlinked", [])
    assert [d.message.split("'")[1] for d in unlinked] == ["Organ at the higher level"]
    d = unlinked[0]
    line = RULES.splitlines()[d.line - 1]
    assert line[d.column - 1:].startswith("organ at the higher level")


def test_registry_actors_and_sanctioning_actors_are_authorities(rules: KnowledgeBase) -> None:
    ids = authority_ids(rules.actors, rules.sanctions, BODIES)
    assert rules.actor("drone operators").id not in ids
    assert rules.actor("public security organ").id in ids
    assert set(body_links(rules.actors, BODIES)) <= ids


def test_seed_links_its_public_security_organ(kb: KnowledgeBase, tmp_path: Path) -> None:
    organ = kb.actor("public security organ")
    assert organ.basis == "authority"
    (s,) = kb.sanctions_of(authority=organ)
    assert s.article == 22 and s.authorities == (organ.id,)
    assert kb.graph.has_edge(organ.id, "mps", key="authority_fuzzy")


# --- the corpus registry (corpus/bodies.yaml): the national bodies the real texts name, as they print them ----------
def _corpus_bodies() -> tuple[Body, ...]:
    from regkb.corpus import load_bodies
    return load_bodies(Path(__file__).resolve().parent.parent / "corpus")


@pytest.mark.parametrize(("name", "expected"), [
    # the GenAI Measures (CASI translation), Art. 24 and Art. 16
    ("National Development and Reform Commission", ("ndrc", False)),
    ("the Ministry of Education", ("moe", False)),
    ("Ministry of Science and Technology", ("most", False)),
    ("National Radio and Television Administration", ("nrta", False)),
    ("the National Press and Publication Administration", ("nppa", False)),
    ("State cybersecurity and informatization department", ("cac", False)),
    # the PIPL (NPC translation): 国家网信部门
    ("the national cyberspace department", ("cac", False)),
    # laws.yaml issuers
    ("SAMR", ("samr", False)),
    ("Standing Committee of the National People's Congress", ("npcsc", False)),
    ("the NPC Standing Committee", ("npcsc", False)),
    # the State Council's departments (国务院电信主管部门, 国务院公安部门; seed Art. 3): MIIT and MPS (session 5)
    ("the telecommunications departments of the State Council", ("miit", False)),
    ("telecommunications department of the State Council", ("miit", False)),
    ("the public security department of the State Council", ("mps", False)),
    # a class of bodies at every level is no national body: at most a fuzzy link, never an exact one
    ("cyberspace administration authorities", ("cac", True)),
    ("competent telecommunications authorities", ("miit", True)),
    ("the public security organs", ("mps", True)),
    ("local cyberspace administrations", None),
    ("people's procuratorates", None),
])
def test_the_corpus_registry_names_the_national_bodies_the_texts_cite(name: str, expected: tuple | None) -> None:
    link = link_body([name], _corpus_bodies())
    assert (None if link is None else (link.body, link.fuzzy)) == expected


def test_no_name_in_the_corpus_registry_names_two_bodies() -> None:
    bodies = _corpus_bodies()
    seen: dict[str, str] = {}
    for b in bodies:
        for n in (b.name, *b.abbreviations, *b.aliases):
            key = normalised(n)
            assert seen.setdefault(key, b.id) == b.id, f"{n!r} names two bodies"


def _scan(names: list[str], bodies: tuple[Body, ...]) -> BodyLink | None:
    """link_body as it was: every body's names normalised again for each actor (the index must answer the same)."""
    from regkb.authorities import words

    names = [n for n in names if n and n.strip()]
    for n in names:
        key = normalised(n)
        for body in bodies:
            for bn in (body.name, *body.abbreviations, *body.aliases):
                if key and key == normalised(bn):
                    return BodyLink(body.id, False, n, bn)
    candidates: dict[str, BodyLink] = {}
    for n in names[:1]:
        mine = distinctive(n)
        if mine:
            for body in bodies:
                for bn in (body.name, *body.abbreviations, *body.aliases):
                    theirs = distinctive(bn)
                    if theirs and theirs == mine and len(words(bn)) > 1:
                        candidates.setdefault(body.id, BodyLink(body.id, True, n, bn))
    return next(iter(candidates.values())) if len(candidates) == 1 else None


_NAME_WORDS = ["the", "Ministry", "of", "Public", "Security", "department", "for", "industry", "and", "information",
               "technology", "local", "CAC", "MPS", "organ", "organs", "market", "regulator", "State", "Council",
               "competent", "Civil", "Aviation", "Administration", "China", "&", "The"]
_name = st.lists(st.sampled_from(_NAME_WORDS), min_size=0, max_size=6).map(" ".join)
_body = st.builds(Body, st.sampled_from(["a", "b", "c", "d"]), _name, st.lists(_name, max_size=2).map(tuple),
                  st.lists(_name, max_size=2).map(tuple))


@settings(max_examples=300, deadline=None)
@given(names=st.lists(_name, max_size=3), bodies=st.lists(_body, max_size=4).map(tuple))
def test_the_index_of_registry_names_answers_as_the_scan(names: list[str], bodies: tuple[Body, ...]) -> None:
    assert link_body(names, bodies) == _scan(names, bodies)
    assert link_body(names, BODIES) == _scan(names, BODIES)  # and after another registry was indexed
