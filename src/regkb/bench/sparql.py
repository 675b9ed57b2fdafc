"""Benchmark: ``kb.sparql`` against the same query sent to its Oxigraph store directly.

    python -m regkb.bench.sparql [--regulations 10] [--repeat 7]

For each worked example's query (with its sample parameters), the median time of
``kb.sparql(query, **params)`` (checks, bindings, rows as plain Python) and of
``pyoxigraph.Store.query`` on the same store with the same prefixes and substitutions
(rows read as pyoxigraph terms), and their ratio. A script that prints, not a test.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from ..kb import KnowledgeBase
from ..rdf_queries import _ox, check_query, inject_values, prologue
from ..synth import generate_corpus
from ..vocab import PREFIXES
from ..worked_examples import EXAMPLES, sample_params
from .graph import _median_ms


def run(kb: KnowledgeBase, repeat: int = 7) -> list[dict[str, Any]]:
    """One row per worked example: kb.sparql ms, store ms, ratio, and the number of rows."""
    g = kb.rdf
    store = g.store._inner  # type: ignore[attr-defined]
    prefixes = dict(PREFIXES, kb=kb.base_iri)
    rows = []
    for ex in EXAMPLES:
        if any(not getattr(kb, need) for need in ex.needs):
            continue
        params = {k: kb.iri(v) for k, v in sample_params(kb, ex).items()}
        subs = {ox.Variable(k): _ox(v) for k, v in params.items()}
        text = ex.sparql
        try:
            store.query(text, prefixes=prefixes, default_graph=_ox(g.identifier), substitutions=subs)
        except RuntimeError:  # Oxigraph substitutes projected variables only: VALUES, as kb.sparql does
            text, subs = inject_values(text, check_query(prologue(prefixes) + text), params), {}

        def direct(q: str = text, subs: dict[Any, Any] = subs) -> list[Any]:
            return [list(s) for s in store.query(q, prefixes=prefixes, default_graph=_ox(g.identifier),
                                                 substitutions=subs)]

        def api(q: str = ex.sparql, params: dict[str, Any] = params) -> Any:
            return kb.sparql(q, **params)

        n = len(api())
        assert n == len(direct()), ex.slug
        api_ms, store_ms = _median_ms(api, repeat), _median_ms(direct, repeat)
        rows.append({"query": ex.slug, "rows": n, "kb.sparql": api_ms, "store": store_ms, "ratio": api_ms / store_ms})
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m regkb.bench.sparql", description=__doc__.split("\n")[1])
    ap.add_argument("--regulations", type=int, default=10, help="synthetic regulations (0: the seed corpus)")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--corpus", default="corpus", help="registries (and, with --regulations 0, the corpus)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.corpus)
        if args.regulations:
            generate_corpus(tmp, args.regulations, registry=args.corpus)
            where = Path(tmp)
        kb = KnowledgeBase.from_corpus(where)
        kb.sparql("ASK {}")  # build the graph and store outside the timings
        rows = run(kb, args.repeat)
    table = Table("query", "rows", "kb.sparql ms", "store ms", "ratio",
                  title=f"kb.sparql vs Oxigraph store, {len(kb.rdf)} triples, median of {args.repeat}")
    for r in rows:
        table.add_row(r["query"], str(r["rows"]), f"{r['kb.sparql']:.2f}", f"{r['store']:.2f}", f"{r['ratio']:.2f}x")
    Console().print(table)


if __name__ == "__main__":
    main()
