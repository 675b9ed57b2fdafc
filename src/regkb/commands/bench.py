"""CLI commands of the bench stage (registered on the main group by regkb.cli).

- ``regkb synth OUT -n 100 [--seed 1] [--articles 30] [--registry corpus]``: write a synthetic corpus;
- ``regkb save OUT [--corpus DIR] [--incremental]``: build a knowledge base and save it for a fast load;
- ``regkb bench [--sizes 1,10,100] [--quick] ...``: the benchmark (same as ``python -m regkb.bench``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
    from .common import corpus_option, handle_errors

    @cli.command("synth")
    @click.argument("out", type=click.Path(path_type=Path))
    @click.option("-n", "--count", default=10, show_default=True, type=click.IntRange(1, 100000),
                  help="Number of regulations.")
    @click.option("--seed", default=1, show_default=True, type=int, help="Same seed, same bytes.")
    @click.option("--articles", default=30, show_default=True, type=click.IntRange(8, 500),
                  help="Articles per regulation (about).")
    @click.option("--registry", type=click.Path(path_type=Path, file_okay=False),
                  help="Corpus directory whose laws.yaml/bodies.yaml the texts cite (default: a built-in one).")
    @handle_errors
    def synth_cmd(out: Path, count: int, seed: int, articles: int, registry: Path | None) -> None:
        """Write a synthetic corpus of COUNT regulations into OUT (for benchmarks and tests)."""
        from ..progress import BuildProgress
        from ..synth import generate_corpus

        if out.exists() and not out.is_dir():
            raise click.BadParameter(f"{out} is a file, not a directory", param_hint="OUT")
        others = sorted(p.name for p in out.glob("*.md") if not p.name.startswith("synth-")) if out.is_dir() else []
        if others:
            raise click.BadParameter(f"{out} already holds other texts ({', '.join(others[:3])}); "
                                     "choose an empty or new directory", param_hint="OUT")
        t = time.perf_counter()
        with BuildProgress():
            m = generate_corpus(out, count, seed=seed, articles=articles, registry=registry)
        click.echo(f"wrote {len(m.documents)} regulations ({m.articles} articles) to {out} "
                   f"in {time.perf_counter() - t:.1f}s")

    @cli.command("save")
    @click.argument("out", type=click.Path(path_type=Path, file_okay=False))
    @corpus_option
    @click.option("--incremental", is_flag=True, help="Re-parse only files changed since the last --incremental build.")
    @handle_errors
    def save_cmd(out: Path, corpus: Path, incremental: bool) -> None:
        """Build the knowledge base of the corpus and save it into OUT (load it with KnowledgeBase.load)."""
        from ..incremental import build
        from ..kb import KnowledgeBase
        from ..progress import BuildProgress

        t = time.perf_counter()
        if incremental:
            with BuildProgress() as report:
                kb, stats = build(corpus, progress=report)
            how = f"{stats.parsed} parsed, {stats.reused} reused"
        else:
            kb = KnowledgeBase.from_corpus(corpus)
            how = f"{len(kb.documents)} parsed"
        kb.save(out)
        click.echo(f"saved {len(kb.documents)} documents, {len(kb.articles)} articles to {out} "
                   f"({how}, {time.perf_counter() - t:.1f}s)")

    @cli.command("bench", context_settings={"ignore_unknown_options": True}, add_help_option=False)
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def bench_cmd(args: tuple[str, ...]) -> None:
        """Run the performance benchmark (options: see 'python -m regkb.bench --help')."""
        from ..bench.__main__ import main

        sys.exit(main(list(args)))
