"""Benchmark: search index build time and query latency, regkb (whoosh) beside SQLite FTS5.

Run ``python -m regkb.bench.search`` (options: ``--corpus``, ``--docs``, ``--articles``,
``--repeat``). It measures, on the seed corpus and on a large synthetic corpus generated
deterministically from the seed's own sentences:

* index build time (whoosh, into a fresh directory; FTS5, into a fresh database file);
* query latency, median and 95th percentile, over a fixed set of questions: ``kb.search`` end
  to end (parse, fallback, facets, snippets, suggestion) and FTS5 ``MATCH`` with bm25 ranking,
  the same all-words-then-any-word fallback and ``snippet()``.

It prints tables; nothing is asserted. Timings vary with the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import whoosh

from ..index import SearchIndex, build_version, records
from ..kb import KnowledgeBase

QUESTIONS = (
    "marking synthetic content", "consent for face editing", "real-name verification of users",
    "what must app stores do", "penalties for violations", "training data", "algorithm record-filing",
    "refuting rumors", "user complaints portal", "security assessment", "deleting or altering marks",
    "false news information", "voice imitation", "\"face swap\"", "mark*", "security AND assessment NOT face",
    "biometric information tools", "keep logs", "penaltys", "industry self-regulation",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
_WORDS = re.compile(r"[A-Za-z]{4,}")


def synthetic_corpus(seed_kb: KnowledgeBase, dest: Path, docs: int, articles: int, seed: int = 20230110) -> Path:
    """Write ``docs`` regulations of ``articles`` articles each, recombining the seed's sentences.

    Deterministic for a given seed corpus and ``seed``. A share of the words is replaced by
    made-up ones so that the vocabulary grows with the corpus, as it does with real texts.
    """
    rng = random.Random(seed)
    sentences = sorted({s.strip() for a in seed_kb.articles for p in a.paragraphs
                        for s in _SENTENCE.split(p.intro) if len(s.strip()) > 40})
    items = sorted({it.text.strip().rstrip(";.") for a in seed_kb.articles for p in a.paragraphs for it in p.items})
    invented = [f"{rng.choice(['cyber', 'data', 'algo', 'meta', 'info', 'net'])}{w}"
                for w in sorted({w.lower() for s in sentences for w in _WORDS.findall(s)})]

    def vary(text: str) -> str:
        return _WORDS.sub(lambda m: rng.choice(invented) if rng.random() < 0.06 else m.group(0), text)

    dest.mkdir(parents=True, exist_ok=True)
    for name in ("laws.yaml", "bodies.yaml"):
        src = Path(seed_kb.corpus_dir) / name
        if src.exists():
            shutil.copy(src, dest / name)
    for d in range(1, docs + 1):
        lines = ["---", f'title_en: "Synthetic Provisions No. {d}"', 'status: "effective"', "---", ""]
        for n in range(1, articles + 1):
            if (n - 1) % 10 == 0:
                lines += [f"## Chapter {(n - 1) // 10 + 1} Part {(n - 1) // 10 + 1}", ""]
            body = " ".join(vary(rng.choice(sentences)) for _ in range(rng.randint(1, 3)))
            lines += [f"**Article {n}.** {body}", ""]
            if rng.random() < 0.25:
                for k in range(rng.randint(2, 4)):
                    lines += [f"({ROMAN[k]}) {vary(rng.choice(items))};", ""]
            if rng.random() < 0.3:
                lines += [" ".join(vary(rng.choice(sentences)) for _ in range(rng.randint(1, 2))), ""]
        (dest / f"synthetic-{d:03d}.md").write_text("\n".join(lines), encoding="utf-8")
    return dest


def _percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _time_queries(run: Callable[[str], object], repeat: int) -> tuple[float, float]:
    for q in QUESTIONS:  # warm up: open files, fill caches
        run(q)
    samples = []
    for _ in range(repeat):
        for q in QUESTIONS:
            t0 = time.perf_counter()
            run(q)
            samples.append(time.perf_counter() - t0)
    return _percentiles(samples)


def _fts_query(q: str, any_word: bool) -> str:
    words = [w for w in re.findall(r"[^\W_]+", q) if w not in ("AND", "OR", "NOT")]
    return (" OR " if any_word else " ").join(f'"{w}"' for w in words) or '""'


def fts5_build(kb: KnowledgeBase, path: Path) -> tuple[sqlite3.Connection, float]:
    """Build an SQLite FTS5 table of the search records in ``path``; returns the connection and the seconds it took."""
    t0 = time.perf_counter()
    con = sqlite3.connect(path, check_same_thread=False)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, kind UNINDEXED, title, text,"
                " tokenize='porter unicode61')")
    con.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", [(r.id, r.kind, r.title, r.text) for r in records(kb)])
    con.commit()
    return con, time.perf_counter() - t0


def fts5_search(con: sqlite3.Connection, q: str, limit: int = 10) -> list[tuple[str, str]]:
    """The best ``limit`` (id, snippet) pairs for ``q`` in the FTS5 table (all words first, then any word)."""
    sql = ("SELECT id, snippet(docs, 3, '**', '**', ' … ', 24) FROM docs WHERE docs MATCH ?"
           " ORDER BY bm25(docs, 1.5, 1.0) LIMIT ?")
    rows = con.execute(sql, (_fts_query(q, False), limit)).fetchall()
    if not rows:
        rows = con.execute(sql, (_fts_query(q, True), limit)).fetchall()
    return rows


def measure(label: str, kb: KnowledgeBase, repeat: int, parse_seconds: float) -> list[str]:
    """Time building and querying the whoosh index for ``kb``; returns the table's lines."""
    recs = records(kb)
    work = Path(tempfile.mkdtemp(prefix="regkb-bench-"))
    try:
        t0 = time.perf_counter()
        build_version(work / "whoosh", recs, {"bench": True})
        whoosh_build = time.perf_counter() - t0
        six = SearchIndex(kb, work)
        six.ensure()
        w_med, w_p95 = _time_queries(lambda q: six.search(q), repeat)
        con, fts_build = fts5_build(kb, work / "fts5.sqlite")
        f_med, f_p95 = _time_queries(lambda q: fts5_search(con, q), repeat)
        con.close()
        six.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        f"| {label} | regkb (whoosh) | {len(kb.articles)} | {len(recs)} | {parse_seconds:.2f} | {whoosh_build:.2f}"
        f" | {w_med:.2f} | {w_p95:.2f} |",
        f"| {label} | SQLite FTS5 | {len(kb.articles)} | {len(recs)} | {parse_seconds:.2f} | {fts_build:.2f}"
        f" | {f_med:.2f} | {f_p95:.2f} |",
    ]


def main(argv: Sequence[str] | None = None) -> None:
    """The command line of ``python -m regkb.bench.search``."""
    ap = argparse.ArgumentParser(prog="python -m regkb.bench.search", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="corpus", help="seed corpus directory (default: corpus)")
    ap.add_argument("--docs", type=int, default=40, help="synthetic regulations (default: 40)")
    ap.add_argument("--articles", type=int, default=60, help="articles per synthetic regulation (default: 60)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds over the question set (default: 5)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    seed_kb = KnowledgeBase.from_corpus(args.corpus)
    seed_parse = time.perf_counter() - t0
    rows = measure("seed", seed_kb, args.repeat, seed_parse)
    tmp = Path(tempfile.mkdtemp(prefix="regkb-bench-corpus-"))
    try:
        synthetic_corpus(seed_kb, tmp / "corpus", args.docs, args.articles)
        t0 = time.perf_counter()
        big = KnowledgeBase.from_corpus(tmp / "corpus")
        big_parse = time.perf_counter() - t0
        rows += measure(f"synthetic {args.docs}x{args.articles}", big, args.repeat, big_parse)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"{len(QUESTIONS)} questions x {args.repeat} rounds; latency in ms, times in s")
    print(f"python {platform.python_version()}, whoosh {whoosh.versionstring()}, sqlite {sqlite3.sqlite_version},"
          f" {os.cpu_count()} CPUs, load average {load}")
    print("| corpus | engine | articles | records | parse s | build s | median ms | p95 ms |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
