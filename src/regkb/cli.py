"""The ``regkb`` command: thin commands over the library.

Every command parses the corpus (``--corpus``, default ``corpus/``), calls one library
function and prints the result readably, or as JSON with ``--json``. Input errors print
the file, line and what to fix, and exit with status 2.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from .commands.common import F, _console, corpus_option, emit_json, handle_errors, json_option, load  # noqa: F401  (re-exported)
from .export import EXPORTERS, render
from .kb import KnowledgeBase
from .model import MODALITIES


class _Regkb(click.Group):
    """The command group; Ctrl-C in any command ends it with one line and exit status 130.

    Click's own handling would print "Aborted!" and exit with 1, as for a refused prompt; a
    command that was interrupted says so, as the shell's convention (128 + SIGINT) has it.
    Commands write their outputs in one step at the end, so an interrupted one leaves the
    previous outputs as they were."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("regkb: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Regkb, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="regkb")
def cli() -> None:
    """regkb: a knowledge base of regulatory texts.

    Parses the regulations in a corpus directory into articles, definitions, actors,
    obligations and references, and exports, searches and publishes them.
    """


@cli.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(sorted(EXPORTERS)))
@corpus_option
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to this regular file, replaced in one step (default: standard output).")
@click.option("--follow-symlinks", is_flag=True, help="If the -o file is a symbolic link, write to its target.")
@click.option("--base", "base", default=None, metavar="IRI",
              help="Base IRI of the RDF resources (ttl, nt, jsonld, graphml; default https://regkb.example/eli/).")
@handle_errors
def export_cmd(fmt: str, corpus: Path, output: Path | None, follow_symlinks: bool, base: str | None) -> None:
    """Export the whole knowledge base in FORMAT (json is the documented contract)."""
    from .outputs import check_output_file, write_output

    if output is not None:
        check_output_file(output, follow_symlinks=follow_symlinks)  # before the work, not after
    kb = load(corpus)
    if base:
        kb.set_base_iri(base)
    text = render(kb, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_output(output, text.encode("utf-8"), follow_symlinks=follow_symlinks)


@cli.command("check")
@corpus_option
@json_option
@handle_errors
def check_cmd(corpus: Path, as_json: bool) -> None:
    """Parse the corpus and report problems, dropped junk and counts.

    Exit status: 2 for bad input (nothing parsed), 1 when the corpus parsed but a document needs you (an
    ``error`` diagnostic, such as a regulation kept whole because no article heading was recognised), else 0.
    """
    from .importers.store import left_out_norms

    kb = KnowledgeBase.from_corpus(corpus)
    diagnostics = [*kb.diagnostics, *left_out_norms(corpus, kb.documents)]
    status = 1 if any(d.severity == "error" for d in diagnostics) else 0
    if as_json:
        emit_json({"diagnostics": [d.dump() for d in diagnostics], "dropped": [d.dump() for d in kb.dropped]})
        raise SystemExit(status)
    con = _console()
    for d in diagnostics:
        con.print(Text(str(d), style={"warning": "yellow", "error": "red"}.get(d.severity, "dim")))
    for dropped in kb.dropped:
        path = kb.document(dropped.document).path
        con.print(Text(f"{path}:{dropped.line}: dropped {dropped.text!r} ({dropped.reason})", style="dim"))
    con.print(f"{len(kb.documents)} documents, {len(kb.articles)} articles, {len(kb.definitions)} definitions, "
              f"{len(kb.actors)} actors, {len(kb.obligations)} obligations, {len(kb.references)} references")
    kept = [d for d in kb.documents if d.id in kb.unstructured_ids]
    if kept:
        con.print(Text(f"{len(kept)} regulation(s) kept whole, not divided into articles (see the errors above): "
                       + ", ".join(d.path for d in kept), style="red"))
    short = sorted({d.file for d in kb.diagnostics if d.code == "articles-missing"})
    if short:
        con.print(Text(f"{len(short)} regulation(s) with fewer articles than their numbering implies (see the "
                       "warnings above): " + ", ".join(short), style="yellow"))
    raise SystemExit(status)


@cli.command("article")
@click.argument("number", type=int)
@click.option("--document", help="Document id (needed when the corpus has several regulations).")
@corpus_option
@json_option
@handle_errors
def article_cmd(number: int, document: str | None, corpus: Path, as_json: bool) -> None:
    """Show one article: its text, paragraphs and items, and the obligations it creates."""
    kb = load(corpus)
    art = kb.article(number, document)
    obls = kb.obligations_of(article=number, document=art.document)
    if as_json:
        emit_json({"article": art.dump(), "obligations": [o.dump() for o in obls],
                   "references": [r.dump() for r in kb.references_from(art.id)]})
        return
    con = _console()
    chapter = kb.chapter_of(art)
    con.print(Text(f"{art.label}" + (f"  ({chapter.label} {chapter.title})" if chapter else ""), style="bold"))
    for p in art.paragraphs:
        con.print(Text(p.intro or "", style=""))
        if any(p.table_header):  # a table: its header, then its rows as items
            con.print(Text("  " + " | ".join(p.table_header), style="bold"))
        for it in p.items:
            con.print(Text(f"  {it.label} {it.text}"))
        con.print()
    if obls:
        table = Table("bearer", "modality", "action", "condition", title="Obligations", show_lines=True)
        for o in obls:
            table.add_row(", ".join(kb.actor(a).label for a in o.actors), o.modality, o.action, o.condition_text or "")
        con.print(table)


@cli.command("obligations")
@click.option("--actor", help="Actor id, label or alias.")
@click.option("--modality", type=click.Choice(MODALITIES))
@click.option("--article", type=int)
@click.option("--document")
@corpus_option
@json_option
@handle_errors
def obligations_cmd(actor: str | None, modality: str | None, article: int | None, document: str | None,
                    corpus: Path, as_json: bool) -> None:
    """List obligations, filtered by actor, modality, article or document."""
    kb = load(corpus)
    obls = kb.obligations_of(actor=actor, modality=modality,  # type: ignore[arg-type]  # click.Choice checked it
                             article=article, document=document)
    if as_json:
        emit_json([o.dump() for o in obls])
        return
    table = Table("art.", "bearer", "modality", "action", "condition", show_lines=True)
    for o in obls:
        table.add_row(str(o.article), ", ".join(kb.actor(a).label for a in o.actors), o.modality, o.action,
                      o.condition_text or "")
    con = _console()
    con.print(table)
    con.print(f"{len(obls)} obligations")


@cli.command("definitions")
@corpus_option
@json_option
@handle_errors
def definitions_cmd(corpus: Path, as_json: bool) -> None:
    """List the defined terms with their definitions and where they are defined."""
    kb = load(corpus)
    if as_json:
        emit_json([d.dump() | {"uses": len(kb.uses_of(d))} for d in kb.definitions])
        return
    table = Table("term", "definition", "where", "uses", show_lines=True)
    for d in kb.definitions:
        table.add_row(d.term, d.definition, f"{d.document} Art. {d.article}", str(len(kb.uses_of(d))))
    _console().print(table)


@cli.command("actors")
@corpus_option
@json_option
@handle_errors
def actors_cmd(corpus: Path, as_json: bool) -> None:
    """List the actors the texts give duties or powers to, with their obligation counts."""
    kb = load(corpus)
    if as_json:
        emit_json([a.dump() | {"obligations": len(kb.obligations_of(actor=a))} for a in kb.actors])
        return
    table = Table("actor", "id", "named as", "obligations")
    for a in kb.actors:
        table.add_row(a.label, a.id, "; ".join(a.aliases), str(len(kb.obligations_of(actor=a))))
    _console().print(table)


def _register_stage_commands() -> None:
    from .commands import bench, diff, graph, sanctions, search, site
    from .commands import eval as eval_commands

    for module in (graph, diff, search, site, bench, eval_commands, sanctions):
        module.register(cli)
    from .commands import add as add_command  # regkb add: importers (issue 11)
    add_command.register(cli)


_register_stage_commands()


def main() -> None:
    """Run the ``regkb`` command line (the console script's entry point)."""
    cli(prog_name="regkb")


if __name__ == "__main__":
    main()
