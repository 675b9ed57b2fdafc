"""``python -m regkb.bench [--sizes 1,10,100,1000] [--quick]``: run the benchmark, print the table."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

from . import GROUPS, Bench, Row, machine, peak_rss_mb, table_markdown
from .targets import summary, summary_markdown


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m regkb.bench", description=__doc__)
    ap.add_argument("--sizes", default=None, help="comma-separated corpus sizes in regulations (default 1,10,100)")
    ap.add_argument("--quick", action="store_true",
                    help="sizes 1 and 10, no memory pass, slow stages once (for CI: about a minute)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the synthetic corpora")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass (halves the run time)")
    ap.add_argument("--registry", default=None,
                    help="corpus directory whose laws.yaml/bodies.yaml the synthetic texts cite (default: ./corpus)")
    ap.add_argument("--workdir", default=None, help="keep the generated corpora and outputs here")
    ap.add_argument("--markdown", default=None, help="also write the table as Markdown to this file")
    ap.add_argument("--one-doc", default=None,
                    help="article counts of one-document corpora (default 1000,10000; --quick: 100,300; 0: none)")
    ap.add_argument("--only", default=None, metavar="GROUPS",
                    help="run the parse rows and only these stage groups, comma-separated: " + ", ".join(GROUPS))
    ap.add_argument("--update-docs", default=None, metavar="FILE",
                    help="replace the figures between the bench markers of this guide (src/regkb/docs/performance.md)")
    ap.add_argument("--json", default=None, metavar="FILE",
                    help="also write every row to this file as it is measured (JSON lines): an interrupted run keeps "
                         "what it measured")
    ap.add_argument("--from-json", default=None, metavar="FILES",
                    help="measure nothing: make the tables (and --markdown/--update-docs) from rows written by --json "
                         "in one or more runs (comma-separated; for a row measured in several, the last file wins)")
    ap.add_argument("--label", default="", help="a name for this run, kept in the --json file (e.g. A)")
    ap.add_argument("--note", default="", help="with --from-json: a paragraph put before the tables (how the runs went)")
    args = ap.parse_args(argv)
    if args.from_json:
        return from_json([Path(f) for f in args.from_json.split(",") if f.strip()], args.markdown, args.update_docs,
                         args.note)
    try:
        sizes = [int(s) for s in (args.sizes or ("1,10" if args.quick else "1,10,100")).split(",") if s.strip()]
    except ValueError:
        ap.error("--sizes takes whole numbers separated by commas, e.g. 1,10,100")
    if not sizes or any(n < 1 for n in sizes):
        ap.error("--sizes must name at least one size of 1 or more")
    try:
        one_doc = [int(s) for s in (args.one_doc or ("100,300" if args.quick else "1000,10000")).split(",")
                   if s.strip() and int(s) > 0]
    except ValueError:
        ap.error("--one-doc takes whole numbers separated by commas, e.g. 1000,10000")
    only = frozenset(g.strip() for g in args.only.split(",") if g.strip()) if args.only is not None else None
    if only is not None and only - set(GROUPS):
        ap.error(f"--only: unknown group(s) {', '.join(sorted(only - set(GROUPS)))}; choose from {', '.join(GROUPS)}")
    registry = Path(args.registry) if args.registry else (Path("corpus") if Path("corpus/laws.yaml").exists() else None)
    print(f"# regkb benchmark on {machine()}")
    print(f"#   {'stage':<30} {'size':>5} {'time':>10} {'cpu':>10} {'peak mem':>10}  note")
    t = time.perf_counter()
    log = None
    if args.json:
        out = Path(args.json)
        head = {"run": args.label, "machine": machine(), "sizes": sizes, "one_doc": one_doc,
                "only": sorted(only) if only else "all", "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                "argv": list(argv if argv is not None else sys.argv[1:])}
        out.write_text(json.dumps({"header": head}) + "\n", encoding="utf-8")

        def log(row: Row) -> None:
            with out.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(dataclasses.asdict(row)) + "\n")

    bench = Bench(sizes=sizes, seed=args.seed, memory=not (args.no_memory or args.quick), quick=args.quick,
                  workdir=Path(args.workdir) if args.workdir else None, registry=registry, one_doc=one_doc,
                  only=only, log=log)
    rows = bench.run()
    from .parse_sizes import parse_rows  # the parser alone: linear in articles and in line length

    parse_rows(bench)
    table = table_markdown(rows)
    goals = summary_markdown(summary(rows))
    total = time.perf_counter() - t
    print()
    print(table)
    print()
    print(goals)
    print()
    print(f"# total {total:.1f}s, process peak RSS {peak_rss_mb():.0f} MB")
    report = (f"Machine: {machine()}; sizes {', '.join(map(str, sizes))}; one document of "
              f"{', '.join(map(str, one_doc)) or 'no'} articles; whole run {total / 60:.1f} min.\n\n"
              f"Targets (regkb#16):\n\n{goals}\n\nEvery row:\n\n{table}\n")
    if args.markdown:
        Path(args.markdown).write_text(report, encoding="utf-8")
    if args.update_docs:
        update_docs(Path(args.update_docs), report)
    return 0


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def from_json(files: list[Path], markdown: str | None, update: str | None, note: str = "") -> int:
    """The tables from the rows of one or more runs written with --json; each row says which run it is from."""
    by: dict[tuple[str, int], Row] = {}
    order: list[tuple[str, int]] = []
    heads: list[dict[str, Any]] = []
    for k, f in enumerate(files):
        label = chr(ord("A") + k)
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            if "header" in obj:
                head = dict(obj["header"])
                head["label"] = label
                heads.append(head)
                continue
            row = Row(**obj)
            if len(files) > 1:
                row.note = f"run {label}" + (f"; {row.note}" if row.note else "")
            key = (row.stage, row.size)
            if key not in by:
                order.append(key)
            by[key] = row
    rows = [by[k] for k in order]
    table = table_markdown(rows)
    goals = summary_markdown(summary(rows))
    runs = "\n".join(f"- run {h['label']}: `python -m regkb.bench {' '.join(h.get('argv', []))}`, started "
                     f"{h.get('started', '?')}{' (' + h['run'] + ')' if h.get('run') else ''}" for h in heads)
    print(table)
    print()
    print(goals)
    report = (f"{note.strip()}\n\n" if note.strip() else "") + (
              f"Machine: {heads[0]['machine'] if heads else machine()}. Rows from "
              f"{'these runs' if len(heads) > 1 else 'this run'} (a row measured in two runs is the later run's):\n\n"
              f"{runs}\n\nTargets (regkb#16):\n\n{goals}\n\nEvery row:\n\n{table}\n")
    if markdown:
        Path(markdown).write_text(report, encoding="utf-8")
    if update:
        update_docs(Path(update), report)
    return 0


def update_docs(path: Path, report: str) -> None:
    """Replace what lies between the bench markers of ``path`` with ``report``."""
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{path}: no {START} ... {END} markers to replace")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{report}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
