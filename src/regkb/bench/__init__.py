"""The performance benchmark: every stage on synthetic corpora of growing size, one table.

``python -m regkb.bench [--sizes 1,10,100,1000] [--quick]`` generates corpora of N regulations
(:mod:`regkb.synth`, about 30 articles each), runs each stage on them and prints, per stage and
size: the time, the peak memory the stage allocated (``tracemalloc``, measured in a second run so
tracing does not slow the timed one) and the growth from the previous size (linear work grows
about 10x per 10x). Stages of other parts of regkb (graph, RDF, search index, site) are found by
name; a stage that is not installed prints "n/a (stage not present)".

Reference rows, measured in the same run so the figures mean something on a noisy machine:

- ``read+hash (floor)``: reading and hashing the corpus files, the floor for parsing;
- ``unpickle nx graph (floor)``: unpickling a networkx graph of the knowledge base, the floor
  for ``KnowledgeBase.load`` (and the same with the garbage collector paused, its best case);
- ``SPARQL join [rdflib Memory]`` / ``[Oxigraph]``: the same join query over the same triples
  on rdflib's default store and on the Oxigraph store;
- ``search [whoosh]`` / ``[SQLite FTS5]``: the same searches over the same provisions.

No figure is asserted: this is a script, not a test. See ``docs/performance.md``.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import importlib
import pickle
import platform
import re
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..kb import KnowledgeBase
from ..synth import generate_corpus
from . import targets

NA = "n/a (stage not present)"
_RENDERED = re.compile(r"; (\d+ rendered, \d+ unchanged)\)")
#: stage groups ``--only`` can pick (the parse rows always run: every other stage uses the parsed corpus)
GROUPS = ("incremental", "graph", "downloads", "index", "pages", "site", "store", "queries", "search", "commands")
SPARQL_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # the command loads the whole graph into Oxigraph
FLOOR = "parse floor (read, headings, modals)"

QUERIES = ["security assessment", "personal information", "complaints reports", "training data", "minors",
           "identity verification", "emergency response plan", "labels generated content", "algorithms",
           "cross-border data", "warning rectification", "third-party partners"]


@dataclass(slots=True)
class Row:
    stage: str
    size: int
    seconds: float | None  # None: not measured (stage not present, or failed)
    peak: int | None = None  # bytes allocated at the peak, tracemalloc
    note: str = ""
    cpu: float | None = None  # process CPU time of the fastest run (steadier than wall time on a busy machine)


@dataclass(slots=True)
class Bench:
    sizes: list[int]
    seed: int = 1
    memory: bool = True
    quick: bool = False
    workdir: Path | None = None
    registry: Path | None = None
    echo: Callable[[str], None] = print
    rdflib_limit: float = 120.0  # seconds: a larger extrapolated rdflib join is skipped
    one_doc: list[int] = field(default_factory=list)  # article counts of the one-document rows
    only: frozenset[str] | None = None  # stage groups to run (see GROUPS); None: all
    log: Callable[[Row], None] | None = None  # hears every row as it is measured (python -m regkb.bench --json)
    rows: list[Row] = field(default_factory=list)

    def wants(self, group: str) -> bool:
        """Whether this run measures the stage group ``group`` (every group unless ``--only`` names some)."""
        return self.only is None or group in self.only

    def _add(self, row: Row) -> None:
        self.rows.append(row)
        self.echo(_row_line(row))
        if self.log is not None:
            self.log(row)

    # --- measuring ----------------------------------------------------------------------

    def measure(self, stage: str, size: int, fn: Callable[..., Any], setup: Callable[[], Any] | None = None,
                note: str | Callable[[Any], str] = "", repeat: int | None = None, trace: bool = True) -> Any:
        """Time ``fn(setup())`` (best of a few runs when it is quick), then its peak memory."""
        result: Any = None
        try:
            times = []
            cpu = 0.0
            reps = repeat or 3
            for _ in range(max(1, reps)):
                arg = setup() if setup else None
                gc.collect()
                c = time.process_time()
                t = time.perf_counter()
                out = fn(arg) if setup else fn()
                times.append(time.perf_counter() - t)
                used = time.process_time() - c
                if times[-1] == min(times):
                    result, cpu = out, used  # the note describes the fastest timed run
                del out
                if times[0] > (0.5 if self.quick else 10.0):
                    break  # a slow stage is measured once
            seconds = min(times)
            text = note(result) if callable(note) else note
            peak = None
            if self.memory and trace:
                arg = setup() if setup else None
                gc.collect()
                tracemalloc.start()
                tracemalloc.reset_peak()
                traced = fn(arg) if setup else fn()
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                del traced
            row = Row(stage, size, seconds, peak, text, cpu)
        except Exception as exc:  # a stage of another part failing must not stop the benchmark
            if tracemalloc.is_tracing():
                tracemalloc.stop()
            row = Row(stage, size, None, None, f"failed: {type(exc).__name__}: {str(exc)[:80]}")
            result = None
        self._add(row)
        return result

    def add_note(self, stage: str, size: int, text: str) -> None:
        """Append to the note of a row already printed (ratios to rows measured after it)."""
        for r in reversed(self.rows):
            if r.stage == stage and r.size == size:
                r.note = f"{r.note}; {text}" if r.note else text
                return

    def absent(self, stage: str, size: int) -> None:
        """Record a row for a stage that cannot be measured here (shown as n/a)."""
        row = Row(stage, size, None, None, NA)
        self._add(row)

    # --- the run ------------------------------------------------------------------------

    def run(self) -> list[Row]:
        """Measure every size and one-document size; returns the rows (the work directory is removed if the bench made
        it)."""
        own = self.workdir is None
        work = Path(tempfile.mkdtemp(prefix="regkb-bench-")) if own else Path(self.workdir)  # type: ignore[arg-type]
        try:
            for n in self.sizes:
                self.run_size(n, work / f"n{n}")
            for m in self.one_doc:
                self.run_one_document(m, work / f"one{m}")  # part of the parse rows: always run
        finally:
            if own:
                shutil.rmtree(work, ignore_errors=True)
        return self.rows

    def run_size(self, n: int, work: Path) -> None:
        """Measure every stage on a generated corpus of ``n`` regulations in ``work``."""
        corpus = work / "corpus"
        shutil.rmtree(work, ignore_errors=True)
        t = time.perf_counter()
        manifest = generate_corpus(corpus, n, seed=self.seed, registry=self.registry)
        self.echo(f"# {n} regulations, {manifest.articles} articles generated in {time.perf_counter() - t:.1f}s")

        files = sorted(p for p in corpus.iterdir() if p.suffix == ".md")
        self.measure("read+hash (floor)", n, lambda: _read_hash(files), note=lambda b: f"{b / 1e6:.1f} MB")
        self.measure(FLOOR, n, lambda: targets.parse_floor(files), note=lambda k: f"{k} sentences with a modal")
        kb: KnowledgeBase = self.measure(
            "parse", n, lambda: KnowledgeBase.from_corpus(corpus),
            note=lambda kb: f"{len(kb.articles)} art, {len(kb.definitions)} defs, {len(kb.obligations)} obl")
        if kb is None:
            return
        self.add_note("parse", n, self.ratio_note("parse", FLOOR, n, "x floor"))
        if self.wants("incremental"):
            self.incremental(n, corpus, work)

        fresh = lambda: dataclasses.replace(kb)  # noqa: E731 - the same model without cached graphs/indexes
        graph = None
        if not self.wants("graph"):
            pass
        elif _has_attr(KnowledgeBase, "graph"):
            graph = self.measure("graph (networkx)", n, lambda k: k.graph, setup=fresh,
                                 note=lambda g: f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        else:
            self.absent("graph (networkx)", n)
        if not self.wants("graph"):
            pass
        elif _has_attr(KnowledgeBase, "rdf"):
            self.measure("RDF", n, lambda k: k.rdf, setup=fresh, note=lambda g: f"{len(g)} triples")
        else:
            self.absent("RDF", n)
        if self.wants("downloads"):
            self.downloads(n, kb)
        index_mod = _optional("regkb.index")
        if not self.wants("index"):
            pass
        elif index_mod is not None and hasattr(index_mod, "search_index"):
            self.measure("index", n, lambda d: index_mod.search_index(dataclasses.replace(kb), d),
                         setup=lambda: tempfile.mkdtemp(dir=work))
        else:
            self.absent("index", n)
        site_mod = _optional("regkb.site")
        if not self.wants("pages"):
            pass
        elif site_mod is not None and hasattr(site_mod, "generate"):
            self.measure("page generation", n, lambda d: (site_mod.generate(kb, d), Path(d))[1],
                         setup=lambda: tempfile.mkdtemp(dir=work), repeat=1,
                         note=lambda d: f"{sum(1 for _ in d.rglob('*.md'))} pages")
        else:
            self.absent("page generation", n)
        if not self.wants("site"):
            pass
        elif _site_builder() is not None:
            self.site_builds(n, corpus, work)
        else:
            self.absent("site build", n)
        if self.wants("store"):
            self.store_rows(n, kb, work, graph)
        if self.wants("queries"):
            self.queries(n, kb)
            self.sparql(n, kb, graph is not None)
        if self.wants("search"):
            self.search(n, kb, work, index_mod)
        if self.wants("commands"):
            self.commands(n, corpus, work)

    def store_rows(self, n: int, kb: KnowledgeBase, work: Path, graph: Any) -> None:
        """Saving and loading the knowledge base, beside unpickling a networkx graph (the floor)."""
        store_dir = work / "store"
        self.measure("save", n, lambda: kb.save(store_dir),
                     note=lambda d: f"{(Path(d) / 'kb.pickle').stat().st_size / 1e6:.1f} MB")
        floor_graph = graph if graph is not None else reference_graph(kb)
        blob = pickle.dumps(floor_graph, protocol=pickle.HIGHEST_PROTOCOL)
        what = f"{floor_graph.number_of_nodes()} nodes, {len(blob) / 1e6:.1f} MB" + (
            "" if graph is not None else " (bench graph)")
        self.measure("unpickle nx graph (floor)", n, lambda: pickle.loads(blob), note=what)
        self.measure("unpickle nx graph, GC paused", n, lambda: _unpickle_no_gc(blob), note="best case of the floor")
        self.measure("load", n, lambda: KnowledgeBase.load(store_dir))
        self.add_note("load", n, self.ratio_note("load", "unpickle nx graph (floor)", n, "x floor") + ", "
                      + self.ratio_note("load", "unpickle nx graph, GC paused", n, "x best case"))

    # --- the targets of regkb#16 --------------------------------------------------------

    def downloads(self, n: int, kb: KnowledgeBase) -> None:
        """The site's downloads (written once per build) beside pyoxigraph writing the same triples."""
        from ..export import EXPORTERS, render

        graphs = getattr(kb, "_graphs", None)
        if graphs is None or not hasattr(graphs, "ox_triples"):
            self.absent("download nt", n)
            return
        triples = self.measure("RDF -> Oxigraph terms", n, lambda: graphs.ox_triples(), repeat=1, trace=False,
                               note=lambda t: f"{len(t)} triples, parsed from the graph's N-Triples (the "
                                              "yardstick's input; the downloads stream them)")
        if triples is None:
            return
        nt = graphs.nt()
        for fmt, ox_fmt in (("nt", "N_TRIPLES"), ("ttl", "TURTLE"), ("jsonld", "JSON_LD")):
            self.measure(f"pyoxigraph write {fmt}", n, lambda f=ox_fmt: targets.ox_write(triples, f), trace=False,
                         note=lambda b: f"{b / 1e6:.1f} MB")
            if fmt != "nt":  # the downloads stream the graph's N-Triples through Oxigraph's parser
                self.measure(f"pyoxigraph parse+write {fmt}", n, lambda f=ox_fmt: targets.ox_parse_write(nt, f),
                             trace=False, note=lambda b: f"{b / 1e6:.1f} MB, from the N-Triples")
            self.measure(f"download {fmt}", n, lambda f=fmt: render(kb, f), trace=False,
                         note=lambda t: f"{len(t) / 1e6:.1f} MB")
            self.add_note(f"download {fmt}", n, self.ratio_note(f"download {fmt}", f"pyoxigraph write {fmt}", n,
                                                                 "x pyoxigraph write"))
            if fmt != "nt":
                self.add_note(f"download {fmt}", n, self.ratio_note(
                    f"download {fmt}", f"pyoxigraph parse+write {fmt}", n, "x pyoxigraph parse+write"))
        from ..export import rdf_downloads

        both = "downloads ttl+jsonld (one parse)"  # as the site writes them (regkb.export.rdf_downloads)
        self.measure(both, n, lambda: rdf_downloads(kb, ("ttl", "jsonld")), trace=False,
                     note=lambda d: f"{sum(map(len, d.values())) / 1e6:.1f} MB")
        cost = {stage: next((_cost(r) for r in reversed(self.rows) if r.stage == stage and r.size == n), None)
                for stage in (both, "pyoxigraph write ttl", "pyoxigraph write jsonld")}
        mine, ttl, jsonld = cost.values()
        if mine and ttl and jsonld:
            self.add_note(both, n, f"{mine / (ttl + jsonld):.2f}x pyoxigraph write ttl + jsonld")
        for fmt in sorted(set(EXPORTERS) - {"nt", "ttl", "jsonld"}):
            self.measure(f"download {fmt}", n, lambda f=fmt: render(kb, f), trace=False,
                         note=lambda t: f"{len(t) / 1e6:.1f} MB")
            self.add_note(f"download {fmt}", n, self.ratio_note(f"download {fmt}", "pyoxigraph write nt", n,
                                                                 "x pyoxigraph nt (not RDF)"))

    def site_builds(self, n: int, corpus: Path, work: Path) -> None:
        """``regkb build`` in a child process: full, again without a change, after one changed file."""
        site = work / "site"
        shutil.rmtree(site, ignore_errors=True)

        def build(stage: str) -> None:
            run = targets.run_command(["build", "--corpus", str(corpus), "--site-dir", str(site)], cwd=work)
            ok = run.returncode == 0
            said = "up to date, not rebuilt" if "is up to date" in run.output else "built"
            pages = next((m.group(1) for m in map(_RENDERED.search, run.output.splitlines()) if m), "")
            note = (f"peak RSS; {said}" + (f"; {pages}" if pages else "") if ok
                    else f"failed: exit {run.returncode}: {run.output.strip()[-80:]}")
            row = Row(stage, n, run.seconds if ok else None, run.peak_rss if ok else None, note,
                      run.cpu if ok else None)
            self._add(row)

        build("site build")
        build("site rebuild: no change")
        self.add_note("site rebuild: no change", n, self.ratio_note("site rebuild: no change", "site build", n,
                                                                   " of a full build (CPU)", percent=True))
        target = sorted(corpus.glob("*.md"))[len(list(corpus.glob("*.md"))) // 2]
        original = target.read_text(encoding="utf-8")
        at = original.index(" shall ", len(original) // 2)  # a duty reworded: its pages, actors, downloads change
        target.write_text(original[:at] + " shall promptly " + original[at + 7:], encoding="utf-8")
        try:
            build("site rebuild: 1 changed")
        finally:
            target.write_text(original, encoding="utf-8")
        self.add_note("site rebuild: 1 changed", n, self.ratio_note("site rebuild: 1 changed", "site build", n,
                                                                   " of a full build (CPU)", percent=True))

    def commands(self, n: int, corpus: Path, work: Path) -> None:
        """Wall time and peak memory of CLI commands in child processes (the second run of each reuses the
        parsed corpus, as a user's would)."""
        out = work / "export.ttl"
        for name, args in (("check", ["check", "--corpus", str(corpus)]),
                           ("search", ["search", "--corpus", str(corpus), "security assessment"]),
                           ("export ttl", ["export", "ttl", "--corpus", str(corpus), "-o", str(out)]),
                           ("sparql", ["sparql", "--corpus", str(corpus), SPARQL_COUNT]),
                           ("index", ["index", "--corpus", str(corpus)])):
            run = targets.run_command(args, cwd=work)
            ok = run.returncode in (0, 1)  # check exits 1 when it reports problems
            row = Row(f"command: {name}", n, run.seconds if ok else None, run.peak_rss if ok else None,
                      "peak RSS" if ok else f"failed: exit {run.returncode}: {run.output.strip()[-80:]}",
                      run.cpu if ok else None)
            self._add(row)

    def run_one_document(self, m: int, work: Path) -> None:
        """One regulation of ``m`` articles: parsing must stay linear in the length of one document."""
        corpus = work / "corpus"
        shutil.rmtree(work, ignore_errors=True)
        generate_corpus(corpus, 1, seed=self.seed, registry=self.registry, articles=m)
        self.measure("one document: parse", m, lambda: KnowledgeBase.from_corpus(corpus), repeat=1,
                     trace=False, note=lambda kb: f"{len(kb.articles)} articles")

    def ratio_note(self, a: str, b: str, n: int, unit: str, percent: bool = False, wall: bool = False) -> str:
        """Cost of row ``a`` over cost of row ``b`` at size ``n`` (CPU time, else wall time)."""
        ra = next((r for r in reversed(self.rows) if r.stage == a and r.size == n), None)
        rb = next((r for r in reversed(self.rows) if r.stage == b and r.size == n), None)
        pick = (lambda r: r.seconds) if wall else _cost
        ta, tb = (pick(ra) if ra else None), (pick(rb) if rb else None)
        if not ta or not tb:
            return ""
        return f"{100 * ta / tb:.1f}%{unit}" if percent else f"{ta / tb:.2f}{unit}"

    # --- incremental builds ----------------------------------------------------------

    def incremental(self, n: int, corpus: Path, work: Path) -> None:
        """Measure incremental builds: cold cache, nothing changed, one file changed."""
        from ..incremental import build

        cache = work / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        self.measure("incremental: cold", n, lambda _: build(corpus, cache), repeat=1,
                     setup=lambda: shutil.rmtree(cache, ignore_errors=True),
                     note=lambda r: f"{r[1].parsed} parsed, {r[1].reused} reused")
        build(corpus, cache)
        def parsed(r: Any) -> str:
            return f"{r[1].parsed} parsed, {r[1].reused} reused"

        self.measure("incremental: no change", n, lambda: build(corpus, cache), note=parsed)
        self.add_note("incremental: no change", n, self.ratio_note("incremental: no change", "parse", n, " of parse",
                                                                      percent=True))
        target = sorted(p for p in corpus.iterdir() if p.suffix == ".md")[len(list(corpus.glob('*.md'))) // 2]
        original = target.read_text(encoding="utf-8")
        counter = iter(range(1, 1000))

        def touch() -> None:  # a real edit before every run: a different file content each time
            k = next(counter)
            target.write_text(original.replace(" shall ", " shall" + " " * (k + 1), 1), encoding="utf-8")

        self.measure("incremental: 1 changed", n, lambda _: build(corpus, cache), setup=touch, note=parsed)
        self.add_note("incremental: 1 changed", n, self.ratio_note("incremental: 1 changed", "parse", n, " of parse",
                                                                      percent=True))
        target.write_text(original, encoding="utf-8")
        build(corpus, cache)

    # --- queries -----------------------------------------------------------------------

    def queries(self, n: int, kb: KnowledgeBase) -> None:
        """Measure the obligation query (the duties of the commonest bearer)."""
        counts = Counter(a for o in kb.obligations for a in o.actors)
        if counts:
            actor = counts.most_common(1)[0][0]
            self.measure("obligation query", n, lambda: kb.obligations_of(actor=actor), repeat=5,
                         note=lambda r: f"{len(r)} obligations of {actor}")
        else:
            self.measure("obligation query", n, lambda: kb.obligations_of(modality="obligation"), repeat=5,
                         note=lambda r: f"{len(r)} obligations (none extracted by this core)")

    def sparql(self, n: int, kb: KnowledgeBase, has_kb_sparql: bool) -> None:
        """Measure a SPARQL join through ``kb.sparql`` and the reference floor for the same triples."""
        if has_kb_sparql and hasattr(kb, "sparql"):
            q = ("SELECT ?a (COUNT(?p) AS ?n) WHERE { ?a eli:has_part ?p . ?p eli:has_part ?i } GROUP BY ?a")
            self.measure("SPARQL join (kb.sparql)", n, lambda: kb.sparql(q), repeat=3,
                         note=lambda r: f"{len(r)} rows")
        else:
            self.absent("SPARQL join (kb.sparql)", n)
        triples = list(reference_triples(kb))
        import rdflib

        mem = rdflib.Graph()
        t = time.perf_counter()
        for tr in triples:
            mem.add(tr)
        load_mem = time.perf_counter() - t
        ox = rdflib.Graph(store="Oxigraph")
        t = time.perf_counter()
        ox.parse(data=mem.serialize(format="nt"), format="ox-nt")
        load_ox = time.perf_counter() - t
        self.echo(f"# reference RDF: {len(triples)} triples (loaded in {load_mem:.2f}s into rdflib Memory, "
                  f"{load_ox:.2f}s into Oxigraph)")
        prev = next((r for r in reversed(self.rows) if r.stage == "SPARQL join [rdflib Memory]" and r.seconds), None)
        guess = prev.seconds * (n / prev.size) ** 2 if prev and prev.seconds else 0.0  # grows about N^2
        if prev is not None and guess > self.rdflib_limit:
            row = Row("SPARQL join [rdflib Memory]", n, None, None,
                      f"skipped: about {guess:.0f} s extrapolated from size {prev.size} (grows about N^2)")
            self._add(row)
        else:
            self.measure("SPARQL join [rdflib Memory]", n, lambda: list(mem.query(JOIN_QUERY)),
                         note=lambda r: f"{len(r)} rows", repeat=1 if n >= 100 else 3, trace=n < 100)
        self.measure("SPARQL join [Oxigraph]", n, lambda: list(ox.query(JOIN_QUERY)),
                     note=lambda r: f"{len(r)} rows", repeat=3)
        ratio = self.ratio_note("SPARQL join [rdflib Memory]", "SPARQL join [Oxigraph]", n, "x")
        if ratio:
            self.add_note("SPARQL join [Oxigraph]", n, "rdflib Memory / Oxigraph = " + ratio)

    def search(self, n: int, kb: KnowledgeBase, work: Path, index_mod: Any) -> None:
        """Measure search: whoosh through ``kb.search`` and SQLite FTS5 on the same provisions."""
        if index_mod is not None and hasattr(kb, "search"):
            idx = tempfile.mkdtemp(dir=work)
            kb.search(QUERIES[0], index_dir=idx)  # build once

            def run_all() -> list[Any]:
                return [kb.search(q, index_dir=idx) for q in QUERIES]

            self.measure("search (kb.search)", n, run_all, repeat=3,
                         note=f"time for {len(QUERIES)} queries")
        else:
            self.absent("search (kb.search)", n)
        docs = list(search_records(kb))
        wdir = Path(tempfile.mkdtemp(dir=work))
        widx = self.measure("index [whoosh]", n, lambda d: whoosh_index(docs, Path(d)),
                            setup=lambda: tempfile.mkdtemp(dir=wdir), repeat=1,
                            note=f"{len(docs)} provisions")
        fts = self.measure("index [SQLite FTS5]", n, lambda: fts_index(docs), repeat=1, note=f"{len(docs)} provisions")
        if index_mod is not None and hasattr(index_mod, "records"):
            recs = self.measure("search records", n, lambda: index_mod.records(kb), trace=False,
                                note=lambda r: f"{len(r)} records")
            if recs is not None:
                self.measure("index build [whoosh, records]", n,
                             lambda d: index_mod.build_version(Path(d), recs, {}),
                             setup=lambda: tempfile.mkdtemp(dir=wdir), repeat=1, trace=False,
                             note=f"{len(recs)} records, the product's schema")
                self.measure("index build [FTS5, records]", n, lambda: targets.fts_records(recs), repeat=1,
                             trace=False, note="the same records and text fields, porter stemming")
                self.measure("index build [whoosh floor]", n, lambda: targets.whoosh_floor(recs), repeat=1,
                             trace=False, note="the same text fields and analyzer only (fed as the product feeds them), nothing stored, in memory")
                self.measure("whoosh analysis only", n, lambda: targets.whoosh_analysis(recs), repeat=1,
                             trace=False, note=lambda k: f"{k} tokens, the analyzer alone")
                self.measure("index analysis, one pass", n, lambda: targets.one_pass_analysis(recs), repeat=1,
                             trace=False, note=lambda k: f"{k} tokens, as the product indexes them (regkb.postings)")
                self.add_note("index build [whoosh, records]", n,
                              self.ratio_note("index build [whoosh, records]", "index build [FTS5, records]", n,
                                              "x FTS5") + ", " +
                              self.ratio_note("index build [whoosh, records]", "index build [whoosh floor]", n,
                                              "x whoosh floor"))
        if widx is not None:
            self.measure("search [whoosh]", n, lambda: [whoosh_search(widx, q) for q in QUERIES], repeat=3,
                         note=lambda r: f"{len(QUERIES)} queries, {sum(map(len, r))} hits")
        if fts is not None:
            self.measure("search [SQLite FTS5]", n, lambda: [fts_search(fts, q) for q in QUERIES], repeat=3,
                         note=lambda r: f"{len(QUERIES)} queries, {sum(map(len, r))} hits")


# --- stages of other parts, found by name ------------------------------------------------------

def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _has_attr(cls: type, name: str) -> bool:
    return any(name in vars(c) for c in cls.__mro__)


def _site_builder() -> Callable[[Path, Path], Any] | None:
    """The full site build (pages + mkdocs), if the site stage offers one."""
    for mod_name, fn_name in (("regkb.build", "build_site"), ("regkb.build", "build"), ("regkb.site", "build_site"),
                              ("regkb.site", "build")):
        mod = _optional(mod_name)
        fn = getattr(mod, fn_name, None) if mod is not None else None
        if callable(fn):
            return lambda corpus, out: fn(corpus, out)
    return None


# --- reference workloads -----------------------------------------------------------------------

def _unpickle_no_gc(blob: bytes) -> Any:
    """Unpickle with the garbage collector paused, as ``KnowledgeBase.load`` does: the floor's best case."""
    gc.disable()
    try:
        return pickle.loads(blob)
    finally:
        gc.enable()


def _read_hash(files: Iterable[Path]) -> int:
    total = 0
    for f in files:
        data = f.read_bytes()
        hashlib.sha256(data).digest()
        total += len(data)
    return total


def _provision_ids(kb: KnowledgeBase) -> Iterable[tuple[str, Any, str]]:
    """(id, object, parent id) for documents, chapters, articles, paragraphs and items."""
    for d in kb.documents:
        yield d.id, d, ""
    for c in kb.chapters:
        yield c.id, c, c.document
    for a in kb.articles:
        yield a.id, a, a.document
        for p in a.paragraphs:
            yield p.id, p, a.id
            for i in p.items:
                yield i.id, i, p.id


def reference_graph(kb: KnowledgeBase) -> Any:
    """A networkx graph of the knowledge base (the load floor when the graph stage is not present).

    One node per document, chapter, article, paragraph, item, definition, actor, obligation and
    reference, with kind, label, text and span; edges for structure, definitions, term uses
    (one per use, with its span), bearers and citations.
    """
    import networkx as nx

    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for nid, obj, parent in _provision_ids(kb):
        span = getattr(obj, "span", None)
        g.add_node(nid, kind=type(obj).__name__.lower(), label=getattr(obj, "label", getattr(obj, "title", "")),
                   text=getattr(obj, "text", ""), span=(span.start, span.end) if span else None)
        if parent:
            g.add_edge(parent, nid, kind="has_part")
    for d in kb.definitions:
        g.add_node(d.id, kind="definition", label=d.term, text=d.definition, span=(d.span.start, d.span.end))
        g.add_edge(d.provision, d.id, kind="defines")
    for u in kb.term_uses:
        g.add_edge(u.provision, u.definition, kind="uses_term", span=(u.span.start, u.span.end))
    for a in kb.actors:
        g.add_node(a.id, kind="actor", label=a.label)
    for o in kb.obligations:
        g.add_node(o.id, kind="obligation", label=o.modality, text=o.text, span=(o.span.start, o.span.end))
        g.add_edge(o.provision, o.id, kind="imposes")
        for actor_id in o.actors:
            g.add_edge(o.id, actor_id, kind="bearer")
    for r in kb.references:
        for tgt in r.targets:
            dest = tgt.provision or tgt.law
            if dest:
                g.add_edge(r.provision, dest, kind="cites", span=(r.span.start, r.span.end))
    return g


BENCH_NS = "urn:regkb-bench:"
JOIN_QUERY = """
PREFIX b: <urn:regkb-bench:>
SELECT ?doc ?term (COUNT(?p) AS ?uses) WHERE {
  ?def b:term ?term ;
       b:definedIn ?dart .
  ?dart b:number ?dn .
  ?p b:usesTerm ?def .
  ?art b:hasParagraph ?p ;
       b:number ?an .
  ?doc b:hasArticle ?art .
  FILTER(?an < ?dn)
} GROUP BY ?doc ?term
"""


def reference_triples(kb: KnowledgeBase) -> Iterable[tuple[Any, Any, Any]]:
    """Triples for the SPARQL reference rows: documents, articles, paragraphs, terms and their uses.

    The join asks, per document and defined term, how many paragraphs before the definitions
    article use the term: five patterns joined on four variables, a filter and a group.
    """
    from rdflib import Literal, URIRef

    def iri(s: str) -> URIRef:
        return URIRef(BENCH_NS + s.replace(" ", "_"))

    has_art, has_par, uses, term, defined_in, number = (
        URIRef(BENCH_NS + x) for x in ("hasArticle", "hasParagraph", "usesTerm", "term", "definedIn", "number"))
    for a in kb.articles:
        yield iri(a.document), has_art, iri(a.id)
        yield iri(a.id), number, Literal(a.number)
        for p in a.paragraphs:
            yield iri(a.id), has_par, iri(p.id)
    for d in kb.definitions:
        yield iri(d.id), term, Literal(d.term)
        if d.article is not None:
            yield iri(d.id), defined_in, iri(f"{d.document}/art_{d.article}")
    seen = set()
    for u in kb.term_uses:
        para = u.provision.split('__item_')[0]
        if (para, u.definition) not in seen:
            seen.add((para, u.definition))
            yield iri(para), uses, iri(u.definition)


def search_records(kb: KnowledgeBase) -> Iterable[tuple[str, str]]:
    """(id, text) of every paragraph, item and definition."""
    for a in kb.articles:
        for p in a.paragraphs:
            yield p.id, p.intro if p.items else p.text
            for i in p.items:
                yield i.id, i.text
    for d in kb.definitions:
        yield d.id, f"{d.term} {d.definition}"


def whoosh_index(docs: list[tuple[str, str]], directory: Path) -> Any:
    from whoosh import fields, index
    from whoosh.analysis import StemmingAnalyzer

    schema = fields.Schema(id=fields.ID(stored=True, unique=True), text=fields.TEXT(analyzer=StemmingAnalyzer()))
    ix = index.create_in(str(directory), schema)
    w = ix.writer(limitmb=256)
    for i, text in docs:
        w.add_document(id=i, text=text)
    w.commit()
    return ix


def whoosh_search(ix: Any, q: str) -> list[str]:
    from whoosh.qparser import AndGroup, QueryParser

    parser = QueryParser("text", ix.schema, group=AndGroup)
    with ix.searcher() as s:
        return [h["id"] for h in s.search(parser.parse(q), limit=10)]


def fts_index(docs: list[tuple[str, str]]) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, text, tokenize='porter')")
    con.executemany("INSERT INTO t (id, text) VALUES (?, ?)", docs)
    con.commit()
    return con


def fts_search(con: sqlite3.Connection, q: str) -> list[str]:
    match = " ".join('"' + w.replace('"', "") + '"' for w in q.split())
    return [r[0] for r in con.execute("SELECT id FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10", (match,))]


# --- the table -----------------------------------------------------------------------------------

def _fmt_time(s: float | None) -> str:
    if s is None:
        return "-"
    if s < 1e-3:
        return f"{s * 1e6:.0f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def _fmt_mem(b: int | None) -> str:
    if b is None:
        return "-"
    return f"{b / 1048576:.1f} MB"


def _row_line(r: Row) -> str:
    return (f"  {r.stage:<30} {r.size:>5} {_fmt_time(r.seconds):>10} {_fmt_time(r.cpu):>10} {_fmt_mem(r.peak):>10}"
            f"  {r.note}")


def _cost(r: Row) -> float | None:
    """CPU time when it was measured (steadier on a shared machine), else wall time."""
    return r.cpu if r.cpu else r.seconds


def growth(rows: list[Row]) -> dict[tuple[str, int], str]:
    """Cost at one size over cost at the previous measured size, per stage (CPU time, else wall time)."""
    out: dict[tuple[str, int], str] = {}
    last: dict[str, Row] = {}
    for r in rows:
        prev = last.get(r.stage)
        a, b = (_cost(prev) if prev else None), _cost(r)
        if a and b:
            out[(r.stage, r.size)] = f"{b / a:.1f}x"
        if b:
            last[r.stage] = r
    return out


def table_markdown(rows: list[Row]) -> str:
    """The results as one Markdown table, stages in order, sizes grouped per stage."""
    g = growth(rows)
    order: list[str] = []
    for r in rows:
        if r.stage not in order:
            order.append(r.stage)
    lines = ["| stage | size | time | cpu | peak memory | growth (cpu) | note |", "|---|---:|---:|---:|---:|---:|---|"]
    for stage in order:
        for r in (x for x in rows if x.stage == stage):
            lines.append(f"| {r.stage} | {r.size} | {_fmt_time(r.seconds)} | {_fmt_time(r.cpu)} | {_fmt_mem(r.peak)} | "
                         f"{g.get((r.stage, r.size), '')} | {r.note.replace('|', '/')} |")
    return "\n".join(lines)


def machine() -> str:
    """A one-line description of this machine: architecture, CPUs, Python, operating system."""
    import os

    return (f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.system()} {platform.release()}")


def peak_rss_mb() -> float:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # pragma: no cover - not on this platform
        return 0.0


__all__ = ["Bench", "Row", "growth", "machine", "reference_graph", "table_markdown"]
