"""Each document's structure and obligations in the graph are kept between builds as plain data and replayed
(regkb#16: graph.add_structure, graph.add_obligations): the graphs equal a build without the memo, node for node,
edge for edge and byte for byte."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import networkx as nx
import pytest

from regkb import graph as G
from regkb.kb import KnowledgeBase


class Memo:
    """An in-memory GraphMemo that counts what it is asked and given, and keeps it as JSON (as the cache does)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], tuple[bytes, bytes]] = {}
        self.used: set[tuple[str, str]] = set()
        self.made: list[str] = []

    def get(self, document: str, context: str) -> object | None:
        self.used.add((document, context))
        data = self.entries.get((document, context))
        return None if data is None else (json.loads(data[0]), data[1])

    def put(self, document: str, context: str, value: object) -> None:
        self.made.append(document)
        data, blob = value  # type: ignore[misc]
        self.entries[document, context] = (json.dumps(data).encode(), blob)

    def prune(self) -> None:
        self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        self.used = set()


def _outputs(graphs: G.Graphs) -> tuple[object, ...]:
    g = graphs.nx
    return (json.dumps(nx.node_link_data(g, edges="links"), default=list), graphs.nt(), G.graphml_text(g),
            [list(g.in_edges(n, keys=True)) for n in g.nodes], json.dumps(g.graph, default=list))


@pytest.fixture()
def corpus(three_regulations_copy: Path) -> Path:
    return three_regulations_copy


def test_replayed_structure_is_the_built_one(corpus: Path) -> None:
    kb = KnowledgeBase.from_corpus(corpus)
    memo = Memo()
    plain = _outputs(G.build(kb))
    assert _outputs(G.build(kb, memo=memo)) == plain  # every piece made
    assert sorted(memo.made) == sorted(d.id for d in kb.documents for _ in ("structure", "obligations"))
    memo.made.clear()
    assert _outputs(G.build(kb, memo=memo)) == plain  # every piece replayed
    assert memo.made == []


@pytest.mark.parametrize("wording", ["Article 91 Harbour pilots shall keep a log of every berth.",
                                     "Article 91 The pilot shall keep a record of each berth."])
def test_a_changed_document_alone_is_made_again(corpus: Path, wording: str) -> None:
    memo = Memo()
    G.build(KnowledgeBase.from_corpus(corpus), memo=memo)
    p = corpus / "synth-0002.md"
    p.write_text(p.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{wording}\n", encoding="utf-8")
    kb = KnowledgeBase.from_corpus(corpus)
    memo.made.clear()
    assert _outputs(G.build(kb, memo=memo)) == _outputs(G.build(kb))
    assert memo.made == ["synth-0002", "synth-0002"]  # its structure and its obligations
    assert len(memo.entries) == 6  # the old pieces of synth-0002 pruned


def test_a_piece_is_keyed_by_the_base_and_damaged_pieces_are_misses(corpus: Path) -> None:
    kb = KnowledgeBase.from_corpus(corpus)
    memo = Memo()
    G.build(kb, memo=memo)
    other = "https://example.org/law/"
    memo.made.clear()
    assert _outputs(G.build(kb, other, memo=memo)) == _outputs(G.build(kb, other))
    assert len(memo.made) == 6
    memo.entries = {k: (json.dumps({"phases": [["damaged"]], "statements": []}).encode(), b"") for k in memo.entries}
    memo.made.clear()
    assert _outputs(G.build(kb, other, memo=memo)) == _outputs(G.build(kb, other))
    assert len(memo.made) == 6


def test_parts_out_of_document_order_are_built_without_pieces(corpus: Path) -> None:
    kb = KnowledgeBase.from_corpus(corpus)
    shuffled = dataclasses.replace(kb, articles=tuple(reversed(kb.articles)))
    memo = Memo()
    assert _outputs(G.build(shuffled, memo=memo)) == _outputs(G.build(shuffled))
    assert sorted(memo.made) == sorted(d.id for d in kb.documents)  # their obligations' pieces only


def test_a_node_id_shared_with_another_document_is_built_without_pieces(corpus: Path) -> None:
    kb = KnowledgeBase.from_corpus(corpus)
    a, b = kb.documents[0].id, kb.documents[1].id
    second = [x for x in kb.articles if x.document == b]
    clash = dataclasses.replace(second[0], id=next(x.id for x in kb.articles if x.document == a))
    changed = dataclasses.replace(kb, articles=tuple(clash if x is second[0] else x for x in kb.articles))
    memo = Memo()
    assert _outputs(G.build(changed, memo=memo)) == _outputs(G.build(changed))


def test_obligations_out_of_document_order_or_sharing_an_id_are_built_without_pieces(corpus: Path) -> None:
    kb = KnowledgeBase.from_corpus(corpus)
    shuffled = dataclasses.replace(kb, obligations=tuple(reversed(kb.obligations)))
    memo = Memo()
    assert _outputs(G.build(shuffled, memo=memo)) == _outputs(G.build(shuffled))
    assert sorted(memo.made) == sorted(d.id for d in kb.documents)  # their structure's pieces only
    a, b = kb.documents[0].id, kb.documents[1].id
    second = [o for o in kb.obligations if o.document == b]
    clash = dataclasses.replace(second[0], id=next(o.id for o in kb.obligations if o.document == a))
    changed = dataclasses.replace(kb, obligations=tuple(clash if o is second[0] else o for o in kb.obligations))
    assert _outputs(G.build(changed, memo=Memo())) == _outputs(G.build(changed))


@pytest.mark.parametrize("label", ["Harbour operators", "Operators of ports"])
def test_an_actor_renamed_elsewhere_remakes_the_obligations_that_name_it(corpus: Path, label: str) -> None:
    """An obligation's label names its bearers' labels: an actor relabelled (by any document) re-makes the pieces
    of every document whose duties it bears, and the graph is the one a build without pieces makes."""
    kb = KnowledgeBase.from_corpus(corpus)
    memo = Memo()
    G.build(kb, memo=memo)
    bearer = kb.obligations[0].actors[0]
    actors = tuple(dataclasses.replace(a, label=label) if a.id == bearer else a for a in kb.actors)
    renamed = dataclasses.replace(kb, actors=actors)
    memo.made.clear()
    assert _outputs(G.build(renamed, memo=memo)) == _outputs(G.build(renamed))
    assert set(memo.made) == {o.document for o in kb.obligations if bearer in o.actors}


def test_only_plain_data_is_kept() -> None:
    assert G._plain({"a": [1, "x", None, True, {"b": []}]})
    assert not G._plain({"a": (1, 2)}) and not G._plain({"a": 1.5}) and not G._plain({1: "x"})
