"""Fuzz the importer and parser with mutated real texts (not a test: run it by hand).

    PYTHONPATH=src:. python tests/fuzz_real.py [--rounds N] [--seed S] [--only NAME]

For each real text (the seed corpus, ../shared/realtexts, tests/heldout..heldout10; never heldout11) and
each mutation (tests/mutations.py), alone and combined: import it as a .txt (``read_files``), parse it
(``parse_file``) and build a knowledge base from it (``KnowledgeBase.from_parsed``). Reports a crash (any
exception but RegkbError), a ``parser-failed`` diagnostic (a defect kept whole), characters of the file
missing from the reading text and furniture, characters of the reading text in no bucket (article text,
heading, block, preamble, dropped) or in two, and the slowest runs.
"""

from __future__ import annotations

import argparse
import collections
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from regkb import KnowledgeBase, RegkbError
from regkb.corpus import SourceFile, split_frontmatter
from regkb.importers import read_files
from regkb.parse import parse_file
from regkb.parse.structure import parse_structure
from tests.mutations import CHEAP, MUTATIONS, mutate
from tests.test_layout_properties import buckets, visible

ROOT = Path(__file__).resolve().parent.parent
SETS = ["heldout"] + [f"heldout{k}" for k in range(2, 11)]  # never heldout11


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Timeout()


def base_texts() -> dict[str, str]:
    out: dict[str, str] = {}
    files = [ROOT / "corpus" / n for n in ("deep-synthesis-provisions.md", "pipl-npc.md", "anjie-commentary-2022-draft.md")]
    files.append(ROOT.parent / "shared/realtexts/genai-casi/genai-interim-measures-casi-en.txt")
    for s in SETS:
        files += sorted(p for p in (ROOT / "tests" / s).iterdir()
                        if p.suffix in (".md", ".txt", ".html", ".htm", ".docx", ".pdf") and p.name != "README.md")
    for p in files:
        if p.suffix in (".md", ".txt"):
            text = p.read_text(encoding="utf-8")
            _fm, body, _ = split_frontmatter(text, p.name)
            out[p.name] = text[body:]
        else:
            out[p.name] = read_files([p]).text
    pipl = sorted((ROOT.parent / "shared/realtexts/pipl-npc").glob("*.html"))
    out["pipl-pages.html"] = read_files(pipl).text
    return out


def nonspace(s: str) -> collections.Counter[str]:
    return collections.Counter(ch for ch in s if visible(ch))


def as_docx(text: str, out: Path) -> bytes:
    """The text as a Word file: a paragraph per line (python-docx)."""
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph("".join(ch for ch in line if ch.isprintable() or ch == "\t"))
    d.save(str(out))
    return out.read_bytes()


def as_pdf(text: str, out: Path) -> bytes:
    """The text as a PDF, 50 lines a page in Helvetica (reportlab); what Helvetica cannot print is left out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4)
    y = 800
    for line in text.split("\n"):
        line = "".join(ch for ch in line if ord(ch) < 256 and ch.isprintable())
        for k in range(0, max(len(line), 1), 95):
            c.drawString(40, y, line[k : k + 95])
            y -= 15
            if y < 50:
                c.showPage()
                y = 800
    c.save()
    return out.read_bytes()


def check(name: str, data: bytes, tmp: Path, timeout: int = 120, suffix: str = ".txt") -> tuple[list[str], dict[str, float]]:
    problems: list[str] = []
    times: dict[str, float] = {}
    path = tmp / f"input{suffix}"
    path.write_bytes(data)
    signal.alarm(timeout)
    try:
        t = time.perf_counter()
        try:
            imp = read_files([path])
        except RegkbError as exc:
            return [f"import refused: {exc}"[:200]], times
        times["import"] = time.perf_counter() - t
        src_text = data.decode("utf-8", "replace").replace("\r\n", "\n") if suffix == ".txt" else ""
        kept = nonspace(imp.text) + nonspace(" ".join(f.text for f in imp.furniture))
        kept += nonspace(" ".join(str(v) for v in imp.frontmatter.values()))
        lost = nonspace(src_text) - kept
        if imp.frontmatter:
            lost = collections.Counter()  # a frontmatter block: its keys are not in the reading text
        if lost:
            problems.append(f"import lost {sum(lost.values())} chars: {''.join(sorted(lost.elements()))[:80]!r}")
        text = "---\ntitle: Fuzzed\n---\n" + imp.text
        fm, body, diags = split_frontmatter(text, "fuzzed.md")
        src = SourceFile("fuzzed.md", text, "0", fm, body, tuple(diags))
        t = time.perf_counter()
        try:
            s = parse_structure(src, "fuzzed")
            got = buckets(src, s)
            bad = [k for k, c in enumerate(got) if c != 1]
            if bad:
                pos = [k for k in range(src.body_offset, len(text)) if visible(text[k])][bad[0]]
                problems.append(f"parse: {len(bad)} chars in {sorted({got[b] for b in bad})} buckets, first at line "
                                f"{src.line_col(pos)[0]}: {text[max(pos - 40, 0):pos]!r} >>> {text[pos:pos + 40]!r}")
        except RegkbError:
            pass
        times["structure"] = time.perf_counter() - t
        t = time.perf_counter()
        doc = parse_file(src)
        times["parse"] = time.perf_counter() - t
        problems += [f"parse_file: {d.message}" for d in doc.diagnostics if d.code == "parser-failed"]
        t = time.perf_counter()
        kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
        times["kb"] = time.perf_counter() - t
        problems += [f"kb: {d.message}" for d in kb.diagnostics if d.code == "parser-failed"]
    except Timeout:
        problems.append(f"TIMEOUT after {timeout}s (times so far {times})")
    except RegkbError as exc:
        problems.append(f"RegkbError (ok if clear): {str(exc)[:200]}")
    except Exception as exc:  # a crash is what we look for
        problems.append(f"CRASH {type(exc).__name__}: {exc}\n{traceback.format_exc()[-1500:]}")
    finally:
        signal.alarm(0)
    return problems, times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="")
    ap.add_argument("--mutations", default="")
    ap.add_argument("--formats", action="store_true", help="also as .docx and .pdf")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    texts = base_texts()
    rnd = random.Random(args.seed)
    n = 0
    found: list[str] = []
    slow: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, text in texts.items():
            if args.only and args.only not in name:
                continue
            combos = [[]] + [[m] for m in (args.mutations.split(",") if args.mutations else MUTATIONS)]
            for _ in range(args.rounds):
                combos.append(rnd.sample(CHEAP, rnd.randint(2, 4)))
            for combo in combos:
                seed = rnd.randrange(1 << 30)
                mutated = mutate(text, combo, seed)
                n += 1
                t = time.perf_counter()
                problems, times = check(name, mutated.encode("utf-8"), tmp)
                total = time.perf_counter() - t
                slow.append((total, f"{name} {combo} seed={seed} {len(mutated)} chars {times}"))
                for p in problems:
                    line = f"{name} {combo} seed={seed}: {p}"
                    found.append(line)
                    print(line, flush=True)
            if args.formats:  # the last combination once more as a Word file and as a PDF
                for suffix, make in ((".docx", as_docx), (".pdf", as_pdf)):
                    n += 1
                    problems, times = check(name, make(mutated, tmp / f"made{suffix}"), tmp, suffix=suffix)
                    slow.append((sum(times.values()), f"{name} {combo} {suffix} seed={seed} {times}"))
                    for p in problems:
                        line = f"{name} {combo} {suffix} seed={seed}: {p}"
                        found.append(line)
                        print(line, flush=True)
    print(f"\n{n} mutated inputs, {len(found)} problems")
    for t, what in sorted(slow, reverse=True)[:8]:
        print(f"{t:7.2f}s {what}")


if __name__ == "__main__":
    sys.exit(main())
