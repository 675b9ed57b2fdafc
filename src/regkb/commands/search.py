"""CLI commands of the search stage: ``regkb search`` and ``regkb index``."""

from __future__ import annotations

import re
from pathlib import Path

import click
from rich.text import Text

from ..model import MODALITIES

_MARK = re.compile(r"\*\*(.+?)\*\*")


def _styled(snippet: str) -> Text:
    """A snippet with its ``**match**`` marks turned into bold yellow text."""
    out = Text()
    pos = 0
    for m in _MARK.finditer(snippet):
        out.append(snippet[pos:m.start()])
        out.append(m.group(1), style="bold yellow")
        pos = m.end()
    out.append(snippet[pos:])
    return out


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
    from ..index import KINDS
    from .common import _SafeConsole, corpus_option, emit_json, handle_errors, json_option, load

    index_dir_option = click.option(
        "--index-dir", type=click.Path(path_type=Path), default=None,
        help="Where to keep the index (default: .regkb/index/ beside the corpus directory).",
    )

    @cli.command("search")
    @click.argument("query", nargs=-1)
    @click.option("--kind", type=click.Choice(KINDS), help="Only records of this kind.")
    @click.option("--actor", help="Only records about this actor (id, label or alias).")
    @click.option("--modality", type=click.Choice(MODALITIES), help="Only records with this modality.")
    @click.option("--document", help="Only records of this document (id).")
    @click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="Hits to show.")
    @corpus_option
    @index_dir_option
    @json_option
    @handle_errors
    def search_cmd(query: tuple[str, ...], kind: str | None, actor: str | None, modality: str | None,
                   document: str | None, limit: int, corpus: Path, index_dir: Path | None, as_json: bool) -> None:
        """Full-text search of the knowledge base.

        QUERY is words (all of them must match, else any), or whoosh syntax: "a phrase",
        AND / OR / NOT, field:value (kind, document, article, chapter, actor, modality, title,
        text, term), wildcards (mark*). Hits are best first, each with the id of its node.
        """
        kb = load(corpus)
        result = kb.search(" ".join(query), kind=kind, actor=actor, modality=modality,  # type: ignore[arg-type]
                           document=document, limit=limit, index_dir=index_dir)  # (click.Choice checked them)
        if as_json:
            emit_json(result.dump())
            return
        con = _SafeConsole(highlight=False, soft_wrap=False)  # control characters shown escaped
        if result.suggestion:
            con.print(Text(f"Did you mean: {result.suggestion}", style="italic"))
        if not result.hits:
            con.print("No matches.")
            return
        for n, hit in enumerate(result.hits, 1):
            con.print(Text(f"{n}. {hit.title}", style="bold") + Text(f"  [{hit.kind}] {hit.node_id}", style="dim"))
            con.print(Text("   ") + _styled(hit.snippet))
        shown = "all" if result.mode == "all" else "any"
        con.print(Text(f"{len(result.hits)} shown of {result.total} matching records ({shown} words matched)",
                       style="dim"))
        for name, counts in result.facets.items():
            if counts and name != "article":
                con.print(Text(f"{name}: " + ", ".join(f"{k} ({v})" for k, v in counts.items()), style="dim"))

    @cli.command("index")
    @corpus_option
    @index_dir_option
    @click.option("--rebuild", is_flag=True, help="Build a new index even if the corpus has not changed.")
    @click.option("--prune", is_flag=True, help="Remove the indexes of other (older) contents in the same place.")
    @json_option
    @handle_errors
    def index_cmd(corpus: Path, index_dir: Path | None, rebuild: bool, prune: bool, as_json: bool) -> None:
        """Build the search index (or reuse it when the corpus has not changed) and say where it is."""
        from ..index import search_index

        kb = load(corpus)
        six = search_index(kb, index_dir)
        if rebuild and not six.built:
            six.rebuild(full=True)
        version = six.ensure()
        pruned = six.prune_others() if prune else []
        info = {"path": str(six.home), "hash": six.hash, "records": len(six.records), "built": six.built,
                "version": version, "pruned": pruned}
        if as_json:
            emit_json(info)
        else:
            verb = "built" if six.built else "reused"
            click.echo(f"{verb} index {six.hash} ({len(six.records)} records) in {six.home / version}")
            if pruned:
                click.echo(f"removed {len(pruned)} older index(es): {', '.join(pruned)}")
