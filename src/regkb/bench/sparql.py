"""Benchmark: ``kb.sparql`` against the same query sent to its Oxigraph store directly.

    python -m regkb.bench.sparql [--regulations 10] [--repeat 7]

For each worked example's query (with its sample parameters), the time of
``kb.sparql(query, **params)`` (checks, bindings, rows as plain Python) and of
``pyoxigraph.Store.query`` on the same store with the same prefixes and substitutions
(rows read as pyoxigraph terms), and their ratio. A script that prints, not a test.

Times are CPU time of this process (``time.process_time``), not wall clock, so that other
work on a shared machine does not count; each sample runs a call enough times to take a few
milliseconds, and the two sides are measured in pairs (alternating which goes first), the
ratio being the median of the pairs' ratios.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
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


def _cpu_ms(fn: Callable[[], Any], loops: int) -> float:
    """CPU milliseconds per call of ``fn``, over ``loops`` calls."""
    t = time.process_time()
    for _ in range(loops):
        fn()
    return (time.process_time() - t) * 1000 / loops


def paired_cpu_ms(a: Callable[[], Any], b: Callable[[], Any], repeat: int,
                  sample_ms: float = 5.0) -> tuple[float, float, float]:
    """(median ms of ``a``, median ms of ``b``, median of the paired ratios a/b), in CPU time.

    Each sample repeats a call until it takes about ``sample_ms``; the pairs alternate which
    side runs first, so a burst of load falls on both sides alike.
    """
    once = max(_cpu_ms(a, 1), _cpu_ms(b, 1), 0.001)
    loops = max(1, min(2000, round(sample_ms / once)))
    ta, tb, ratios = [], [], []
    for k in range(repeat):
        if k % 2:
            y, x = _cpu_ms(b, loops), _cpu_ms(a, loops)
        else:
            x, y = _cpu_ms(a, loops), _cpu_ms(b, loops)
        ta.append(x)
        tb.append(y)
        ratios.append(x / y if y else float("inf"))
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


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
        api_ms, store_ms, ratio = paired_cpu_ms(api, direct, repeat)
        rows.append({"query": ex.slug, "rows": n, "kb.sparql": api_ms, "store": store_ms, "ratio": ratio})
    return rows


def main(argv: list[str] | None = None) -> None:
    """The command line of ``python -m regkb.bench.sparql``: prints the table."""
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
                  title=f"kb.sparql vs Oxigraph store, {len(kb.rdf)} triples, CPU ms, median of {args.repeat} pairs")
    for r in rows:
        table.add_row(r["query"], str(r["rows"]), f"{r['kb.sparql']:.2f}", f"{r['store']:.2f}", f"{r['ratio']:.2f}x")
    Console().print(table)


if __name__ == "__main__":
    main()
