"""Benchmark of the linked graph: build, RDF load, serialisation and a SPARQL join, per store.

    python -m regkb.bench.graph [--corpus corpus] [--scale 1,10] [--repeat 5]

Prints one table: the median time of each operation with rdflib's default ``Memory`` store and
with the Oxigraph store (``oxrdflib``), side by side, and the ratio Memory / Oxigraph (above 1:
Oxigraph is faster). ``--scale N`` loads N copies of the corpus's triples (each under its own
base IRI) to show how the stores grow. A script that prints, not a test: no timing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from rich.console import Console
from rich.table import Table

from ..graph import DEFAULT_BASE, build
from ..kb import KnowledgeBase
from ..rdf_queries import prologue
from ..worked_examples import Q_BEARERS_RANKED, Q_DUTIES_OF_ACTOR

STORES = ("Memory", "Oxigraph")


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _triples(kb: KnowledgeBase, scale: int) -> list[tuple[Any, Any, Any]]:
    if scale == 1:
        return build(kb).triples
    out: list[tuple[Any, Any, Any]] = []
    for i in range(scale):  # copy 0 keeps the default base, so bound IRIs match in every scale
        out += build(kb, DEFAULT_BASE if i == 0 else f"https://regkb.example/copy{i}/eli/").triples
    return out


def _load(triples: list[tuple[Any, Any, Any]], store: str) -> Any:
    from rdflib import Graph, URIRef

    g = Graph(store=store, identifier=URIRef("https://regkb.example/eli/graph"))
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def _ser_rdflib(g: Any, store: str) -> Any:
    return g.serialize(format="turtle")


def _ser_turtle(g: Any, store: str) -> Any:
    return g.serialize(format="turtle" if store == "Memory" else "ox-turtle")


def _ser_nt(g: Any, store: str) -> Any:
    return g.serialize(format="nt" if store == "Memory" else "ox-nt")


def _query(text: str, bindings: dict[Any, Any], g: Any, store: str) -> list[Any]:
    return list(g.query(text, initBindings=bindings))


def run(corpus: str = "corpus", scales: tuple[int, ...] = (1, 10), repeat: int = 5) -> list[dict[str, Any]]:
    """Time graph build, store load, serialisation and SPARQL joins on the Memory and Oxigraph stores at each scale."""
    from rdflib import Variable

    kb = KnowledgeBase.from_corpus(corpus)
    bearers = sorted({a for o in kb.obligations for a in o.actors})
    actor = max(bearers, key=lambda a: sum(a in o.actors for o in kb.obligations)) if bearers else None
    pro = prologue({"kb": DEFAULT_BASE})
    ops: list[tuple[str, Callable[[Any, str], Any]]] = [
        ("serialise Turtle (rdflib serializer)", _ser_rdflib),
        ("serialise Turtle (store's own: rdflib / ox-turtle)", _ser_turtle),
        ("serialise N-Triples (store's own: rdflib / ox-nt)", _ser_nt),
        ("SPARQL join: duties ranked by actor", partial(_query, pro + Q_BEARERS_RANKED, {})),
    ]
    if actor is not None:
        projected = Q_DUTIES_OF_ACTOR.replace("SELECT ?obligation", "SELECT ?actor ?obligation")
        ops.append(("SPARQL join: one actor's duties + articles",
                    partial(_query, pro + projected, {Variable("actor"): build(kb).iris[actor]})))
    rows: list[dict[str, Any]] = [{"op": "build networkx + triples (one walk)", "scale": 1,
                                   "triples": len(build(kb).triples),
                                   "Memory": _median_ms(partial(build, kb), repeat), "Oxigraph": None}]
    for scale in scales:
        triples = _triples(kb, scale)
        n = len(set(triples))
        graphs = {s: _load(triples, s) for s in STORES}
        rows.append({"op": "load triples into the store", "scale": scale, "triples": n,
                     **{s: _median_ms(partial(_load, triples, s), repeat) for s in STORES}})
        for op, fn in ops:
            rows.append({"op": op, "scale": scale, "triples": n,
                         **{s: _median_ms(partial(fn, graphs[s], s), repeat) for s in STORES}})
    return rows


def print_table(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    """Print the rows of :func:`run` as a table (rdflib Memory vs Oxigraph)."""
    table = Table("operation", "scale", "triples", "rdflib Memory (ms)", "Oxigraph (ms)", "Memory / Oxigraph",
                  title="regkb linked graph: rdflib Memory store vs Oxigraph store (median)")
    for r in rows:
        ox = r["Oxigraph"]
        table.add_row(r["op"], str(r["scale"]), str(r["triples"]), f"{r['Memory']:.1f}",
                      "-" if ox is None else f"{ox:.1f}",
                      "-" if not ox else f"{r['Memory'] / ox:.2f}x")
    (console or Console(width=150)).print(table)


def main(argv: list[str] | None = None) -> None:
    """The command line of ``python -m regkb.bench.graph``."""
    ap = argparse.ArgumentParser(prog="python -m regkb.bench.graph", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--scale", default="1,10", help="comma-separated copies of the corpus (default 1,10)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    scales = tuple(int(x) for x in args.scale.split(",") if x.strip())
    print_table(run(args.corpus, scales, args.repeat))


if __name__ == "__main__":
    main()
