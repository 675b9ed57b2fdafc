"""The workloads and yardsticks behind the targets of regkb#16, and the summary of the targets.

- :func:`parse_floor`: the floor of parsing: read every file, find the headings, split sentences
  and look for modal verbs (what any parser of these texts must at least do);
- :func:`ox_write`: pyoxigraph writing the same triples a download holds (the yardstick of the
  RDF downloads); :func:`ox_parse_write`: the same from the N-Triples text, as the downloads are written;
- :func:`fts_records`: SQLite FTS5 indexing the product's own search records (the yardstick of
  the whoosh build);
- :func:`run_command`: one ``regkb`` command in a child process, with its wall time and peak
  resident memory (``wait4``), for the "every command under 2 GB" target;
- :func:`summary`: one line per target, with the measured ratio and whether it is met.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_HEADING = re.compile(r"^[ \t#*]*(?:Article|Chapter|Section)\s+[0-9IVXLCDM]+\b", re.M)
_SENTENCE = re.compile(r"[^.;:!?]+[.;:!?]?")
_MODAL = re.compile(r"\b(?:shall|must|may|should|(?:is|are) encouraged to)\b", re.I)


def parse_floor(files: Iterable[Path]) -> int:
    """Read the files, find the headings, scan every sentence for a modal verb. Returns the modal count."""
    found = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        _HEADING.findall(text)
        for m in _SENTENCE.finditer(text):
            if _MODAL.search(m.group()):
                found += 1
    return found


def ox_write(triples: Sequence[Any], fmt: str) -> int:
    """pyoxigraph serialising ``triples`` (Oxigraph terms) in ``fmt`` (an ``RdfFormat`` name)."""
    import pyoxigraph as ox

    return len(ox.serialize(triples, format=getattr(ox.RdfFormat, fmt)) or b"")


def ox_parse_write(nt: bytes, fmt: str) -> int:
    """pyoxigraph parsing N-Triples and writing them in ``fmt``, streamed (the yardstick of a download written
    from the graph's N-Triples)."""
    import pyoxigraph as ox

    data = ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), format=getattr(ox.RdfFormat, fmt))
    return len(data or b"")


def fts_records(recs: Sequence[Any]) -> sqlite3.Connection:
    """SQLite FTS5 (porter stemming) over the same fields of the same records as the whoosh index."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE r USING fts5(id UNINDEXED, kind UNINDEXED, document UNINDEXED, "
                "title, text, term, name, tokenize='porter')")
    con.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?)",
                    ((r.id, r.kind, r.document, r.title, r.text, " ; ".join(r.terms), " ; ".join(r.names))
                     for r in recs))
    con.commit()
    return con


def _texts(recs: Sequence[Any]) -> Iterable[tuple[str, str, str, str]]:
    for r in recs:
        yield r.title, r.text, " ; ".join(r.terms), " ; ".join(r.names)


def whoosh_floor(recs: Sequence[Any]) -> Any:
    """The floor of whoosh's own indexing for these records: the four text fields the product searches, with
    the product's analyzer, nothing stored, no other field, in memory, one writer. What is left of the
    product's build beyond this is its schema (stored text, identifiers, filters, numbers). The fields are fed as
    the product feeds them (``regkb.postings.FastText``: the same postings as whoosh's analyzer chain)."""
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import Schema

    from ..index import _MemoryStorage
    from ..postings import FastText

    stem = StemmingAnalyzer()
    schema = Schema(title=FastText(stem), text=FastText(stem), term=FastText(stem), name=FastText(stem))
    scratch = Path(tempfile.mkdtemp(prefix="regkb-floor-"))  # the writer's sorting runs: its own place, not
    storage = _MemoryStorage(scratch)  # whoosh's shared /tmp/MAIN.tmp, which another build may remove
    try:
        ix = storage.create_index(schema)
        w = ix.writer(limitmb=128)
        for title, text, term, name in _texts(recs):
            w.add_document(title=title, text=text, term=term, name=name)
        w.commit()
        return ix
    finally:
        storage.cleanup()
        shutil.rmtree(scratch, ignore_errors=True)


def whoosh_analysis(recs: Sequence[Any]) -> int:
    """The product's analyzer (whoosh's StemmingAnalyzer) over the same four text fields: the tokens alone."""
    from whoosh.analysis import StemmingAnalyzer

    stem = StemmingAnalyzer()
    count = 0
    for parts in _texts(recs):
        for part in parts:
            for _ in stem(part):
                count += 1
    return count


def one_pass_analysis(recs: Sequence[Any]) -> int:
    """The product's indexing of the same four text fields (``regkb.postings.FastText``): the postings alone."""
    from whoosh.analysis import StemmingAnalyzer

    from ..postings import FastText

    field = FastText(StemmingAnalyzer())
    count = 0
    for parts in _texts(recs):
        for part in parts:
            for posting in field.index(part):
                count += posting[1]
    return count


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss: int  # bytes
    returncode: int
    output: str
    cpu: float | None = None  # user + system time of the command (and what it waited for)


def run_command(args: Sequence[str], cwd: Path | None = None, timeout: float = 7200) -> Run:
    """``python -m regkb ARGS`` in a child process: wall time and the command's own peak resident set.

    The command runs under ``/usr/bin/time`` when there is one: a process started straight from
    this (large) benchmark process would report at least the benchmark's own peak, because Linux
    carries the peak of the memory image a process had before ``exec`` into its ``ru_maxrss``.
    """
    import tempfile
    import threading

    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    timer_bin = shutil.which("time", path="/usr/bin:/bin")
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log, tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        cmd = [sys.executable, "-m", "regkb", *args]
        if timer_bin:
            cmd = [timer_bin, "-f", "%U %S %M", "-o", str(rss_file), *cmd]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss * 1024
        cpu = usage.ru_utime + usage.ru_stime
        if timer_bin:
            # GNU time writes "Command exited with non-zero status N" first when the command fails
            with contextlib.suppress(OSError, ValueError, IndexError):
                user, system, rss = rss_file.read_text(encoding="utf-8").split()[-3:]
                peak, cpu = int(rss) * 1024, float(user) + float(system)
        log.seek(0)
        return Run(seconds, peak, proc.returncode, log.read(), cpu)


# --- the summary ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    name: str
    measured: str
    bound: str
    met: bool | None  # None: not measured in this run


def summary(rows: Sequence[Any]) -> list[Target]:
    """The targets of regkb#16 checked against the rows of one run."""
    by = {(r.stage, r.size): r for r in rows}
    sizes = sorted({r.size for r in rows if not r.stage.startswith(("one document", "parse one"))})  # regulations

    def cost(stage: str, size: int) -> float | None:
        r = by.get((stage, size))
        if r is None or r.seconds is None:
            return None
        value = r.cpu if r.cpu else r.seconds
        return float(value) if value is not None else None

    out: list[Target] = []
    big = sizes[-1] if sizes else 0
    small = next((s for s in reversed(sizes) if s * 10 == big), None)
    for stage in ("parse", "graph (networkx)", "RDF", "index", "page generation", "site build"):
        a, b = (cost(stage, small), cost(stage, big)) if small else (None, None)
        ratio = b / a if a and b else None
        out.append(Target(f"{stage}: {big} vs {small} regulations" if small else f"{stage}: growth per 10x",
                          f"{ratio:.1f}x" if ratio else "-", "<= 11x", None if ratio is None else ratio <= 11))
    p, f = cost("parse", big), cost("parse floor (read, headings, modals)", big)
    out.append(Target(f"parse vs floor at {big}", f"{p / f:.1f}x" if p and f else "-", "<= 10x",
                      None if not (p and f) else p / f <= 10))
    docs = sorted(r.size for r in rows if r.stage == "one document: parse")
    if len(docs) >= 2:
        a, b = cost("one document: parse", docs[0]), cost("one document: parse", docs[-1])
        ratio = b / a if a and b else None
        out.append(Target(f"one document: {docs[-1]} vs {docs[0]} articles", f"{ratio:.1f}x" if ratio else "-",
                          f"<= {1.2 * docs[-1] / docs[0]:.0f}x", None if ratio is None else ratio <= 1.2 * docs[-1] / docs[0]))
    for fmt in ("nt", "ttl", "jsonld"):
        a, b = cost(f"download {fmt}", big), cost(f"pyoxigraph write {fmt}", big)
        out.append(Target(f"download {fmt} vs pyoxigraph at {big}", f"{a / b:.1f}x" if a and b else "-", "<= 2x",
                          None if not (a and b) else a / b <= 2))
    a = cost("downloads ttl+jsonld (one parse)", big)
    b, c = cost("pyoxigraph write ttl", big), cost("pyoxigraph write jsonld", big)
    out.append(Target(f"downloads ttl+jsonld as the site writes them (one parse) vs pyoxigraph at {big}",
                      f"{a / (b + c):.1f}x" if a and b and c else "-", "<= 2x",
                      None if not (a and b and c) else a / (b + c) <= 2))
    a, b = cost("index build [whoosh, records]", big), cost("index build [FTS5, records]", big)
    out.append(Target(f"whoosh build vs FTS5 at {big}", f"{a / b:.0f}x" if a and b else "-", "<= 10x",
                      None if not (a and b) else a / b <= 10))
    f = cost("index build [whoosh floor]", big)
    out.append(Target(f"whoosh build vs whoosh's own floor at {big} (explains the line above)",
                      f"{a / f:.1f}x" if a and f else "-", "(yardstick)", None))
    full = cost("site build", big)
    for stage, bound in (("site rebuild: no change", 5.0), ("site rebuild: 1 changed", 10.0)):
        r = cost(stage, big)
        pct = 100 * r / full if r and full else None
        out.append(Target(f"{stage} at {big} (CPU)", f"{pct:.1f}%" if pct is not None else "-", f"<= {bound:.0f}%",
                          None if pct is None else pct <= bound))
    site = by.get(("site build", big))
    if site is not None and site.peak:
        out.append(Target(f"peak memory of the site build at {big}", f"{site.peak / 2**30:.2f} GB", "< 2 GB",
                          site.peak < 2 * 2**30))
    peaks = [(r.stage, r.peak) for r in rows if r.size == big and r.stage.startswith("command:") and r.peak]
    if peaks:
        stage, worst = max(peaks, key=lambda x: x[1])
        out.append(Target(f"peak memory of any command at {big} ({stage[9:]})", f"{worst / 2**30:.2f} GB",
                          "< 2 GB", worst < 2 * 2**30))
    return out


def summary_markdown(targets: Sequence[Target]) -> str:
    """The targets as a Markdown table: measured, bound, and whether each is met."""
    lines = ["| target | measured | bound | met |", "|---|---:|---:|---|"]
    for t in targets:
        verdict = "-" if t.bound == "(yardstick)" else (
            "not measured" if t.met is None else ("yes" if t.met else "**no**"))
        lines.append(f"| {t.name} | {t.measured} | {t.bound} | {verdict} |")
    return "\n".join(lines)
