"""``python -m regkb.bench [--sizes 1,10,100,1000] [--quick]``: run the benchmark, print the table."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import Bench, machine, peak_rss_mb, table_markdown


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
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in (args.sizes or ("1,10" if args.quick else "1,10,100")).split(",") if s.strip()]
    except ValueError:
        ap.error("--sizes takes whole numbers separated by commas, e.g. 1,10,100")
    if not sizes or any(n < 1 for n in sizes):
        ap.error("--sizes must name at least one size of 1 or more")
    registry = Path(args.registry) if args.registry else (Path("corpus") if Path("corpus/laws.yaml").exists() else None)
    print(f"# regkb benchmark on {machine()}")
    print(f"#   {'stage':<30} {'size':>5} {'time':>10} {'cpu':>10} {'peak mem':>10}  note")
    t = time.perf_counter()
    bench = Bench(sizes=sizes, seed=args.seed, memory=not (args.no_memory or args.quick), quick=args.quick,
                  workdir=Path(args.workdir) if args.workdir else None, registry=registry)
    rows = bench.run()
    from .parse_sizes import parse_rows  # the parser alone: linear in articles and in line length

    parse_rows(bench)
    table = table_markdown(rows)
    print()
    print(table)
    print()
    print(f"# total {time.perf_counter() - t:.1f}s, process peak RSS {peak_rss_mb():.0f} MB")
    if args.markdown:
        Path(args.markdown).write_text(f"Machine: {machine()}\n\n{table}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
