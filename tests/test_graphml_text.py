"""The GraphML download written in one pass (regkb.graph.graphml_text): every value as networkx reads it back."""

from __future__ import annotations

import enum
import io
import json

import networkx as nx
import pytest

from regkb.graph import graphml_text


class _Kind(enum.StrEnum):
    RULE = "rule"


def _paper_mill() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("mill/art_1", type="article", label="Paper & pulp <mills>", number=1, weight=0.25, binding=True,
               aliases=["A > B", "C"], extra={"x": 1}, missing=None)
    g.add_node("actor/mill", type="actor", label="mill operators", number="one", binding=False)
    g.add_edge("actor/mill", "mill/art_1", key="bears", label="bears", order=2, kind=_Kind.RULE)
    g.add_edge("actor/mill", "mill/art_1", key="cites", label="cites & quotes", order=2.5)
    return g


def _ferry() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("ferry", type="document", title='The "Ferry" Rules', pages=12, draft=False, tags=[])
    g.add_node("ferry/art_3", type="article", title="Tickets <sold> & kept", pages=1.5, draft=True)
    g.add_edge("ferry", "ferry/art_3", key="has part", label="has part", span=[0, 40])
    return g


def _expected(value: object) -> object:
    if isinstance(value, str | int | float | bool):
        return str(value) if isinstance(value, enum.Enum) else value  # a subclass: its str(), as before
    return json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize("make", [_paper_mill, _ferry])
def test_every_value_reads_back(make) -> None:  # type: ignore[no-untyped-def]
    g = make()
    back = nx.read_graphml(io.BytesIO(graphml_text(g).encode("utf-8")), force_multigraph=True)
    assert list(back.nodes) == list(g.nodes)
    for n, data in g.nodes(data=True):
        want = {k: _expected(v) for k, v in data.items() if v is not None}
        got = {k.split(".")[0]: v for k, v in back.nodes[n].items()}
        assert got == want and all(type(got[k]) is type(want[k]) for k in want), n
    for u, v, k, data in g.edges(keys=True, data=True):
        want = {a: _expected(x) for a, x in data.items() if x is not None}
        got = {a.split(".")[0]: x for a, x in back.edges[u, v, k].items() if a != "id"}
        assert got == want, (u, v, k)


def test_a_name_with_values_of_two_types_has_a_key_per_type() -> None:
    text = graphml_text(_paper_mill())
    assert '<key id="number.long" for="node" attr.name="number" attr.type="long" />' in text
    assert '<key id="number.string" for="node" attr.name="number" attr.type="string" />' in text
    assert '<key id="label" for="node" attr.name="label" attr.type="string" />' in text
    assert "<data key=\"label\">Paper &amp; pulp &lt;mills&gt;</data>" in text
