"""``regkb eval``: precision, recall and F1 of the extractors against hand-annotated gold files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import RegkbError
from ..eval import fmt, run


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--corpus", "corpus", default="corpus", show_default=True, type=click.Path(path_type=Path),
              help="Corpus to measure (with --text: where the registries laws.yaml and bodies.yaml come from).")
@click.option("--text", "texts", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Measure this text or HTML file instead (put in a temporary corpus); repeatable.")
@click.option("--document", help="Document id the gold annotates (default: the gold's 'document:' key or file name).")
@click.option("--misses/--no-misses", default=True, help="List the misses and false hits.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def eval_cmd(gold: tuple[Path, ...], corpus: Path, texts: tuple[Path, ...], document: str | None, misses: bool,
             as_json: bool) -> None:
    """Score the extracted obligations, definitions and references against GOLD files (YAML).

    Per field and document: gold count, found count, right, precision, recall and F1; then the
    misses (in the gold, not found) and false hits (found, not in the gold).
    """
    try:
        reports = run(list(gold), corpus, list(texts) or None, document)
    except RegkbError as exc:
        click.echo(f"regkb: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    if as_json:
        click.echo(json.dumps([r.dump() for r in reports], ensure_ascii=False, indent=1))
        return
    for r in reports:
        click.echo(f"{r.document} (gold: {r.gold})")
        click.echo(f"  {'field':<20} {'gold':>5} {'found':>6} {'right':>6} {'P':>5} {'R':>5} {'F1':>5}")
        for f in r.fields.values():
            click.echo(f"  {f.name:<20} {f.tp + f.fn:>5} {f.tp + f.fp:>6} {f.tp:>6} {fmt(f.precision):>5} "
                       f"{fmt(f.recall):>5} {fmt(f.f1):>5}")
        if misses:
            for f in r.fields.values():
                for m in f.misses:
                    click.echo(f"  miss  {f.name}: {m}")
                for m in f.false_hits:
                    click.echo(f"  false {f.name}: {m}")
        click.echo()


def register(cli: click.Group) -> None:
    """Add the ``regkb eval`` command (score the extraction against a gold file) to ``cli``."""
    cli.add_command(eval_cmd)
