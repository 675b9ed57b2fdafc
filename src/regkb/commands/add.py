"""CLI command ``regkb add``: import a PDF, a web page, a Word file or a text file into the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import yaml


def _settings(pairs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r}: write KEY=VALUE", param_hint="--set")
        try:
            out[key.strip()] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError:
            out[key.strip()] = value
        if isinstance(out[key.strip()], dict | list) and key.strip() not in ("related_laws", "domains"):
            out[key.strip()] = value
    return out


def register(cli: click.Group) -> None:
    """Add the ``regkb add`` command (import PDF, web page, Word or text files into the corpus) to ``cli``."""
    from .common import corpus_option, handle_errors

    @cli.command("add")
    @click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
    @corpus_option
    @click.option("--id", "doc_id", default=None, help="Document id (default: from the title).")
    @click.option("--title", default=None, help="The title, when the text does not state it.")
    @click.option("--law", default=None, help="Id from laws.yaml of the law whose text this is.")
    @click.option("--set", "pairs", multiple=True, metavar="KEY=VALUE",
                  help="A frontmatter value the text does not state (repeatable), e.g. --set status=effective.")
    @click.option("--dry-run", is_flag=True, help="Print the reading text and what was found; write nothing.")
    @handle_errors
    def add(files: tuple[Path, ...], corpus: Path, doc_id: str | None, title: str | None, law: str | None,
            pairs: tuple[str, ...], dry_run: bool) -> None:
        """Import FILE(s) as one document: .pdf, .html/.htm, .docx, .txt, .md.

        Several files are the parts of one document in order (e.g. the pages of a web text).
        Writes CORPUS/<id>.md (Markdown reading text with frontmatter) and keeps the files
        under CORPUS/sources/<id>/ with their sha256. Adding the same files again changes
        nothing; a changed file is added as a new version (<id>.v2, same work).
        """
        from ..importers import read_files
        from ..importers.store import add_to_corpus

        imp = read_files(list(files))
        extra = _settings(pairs)
        if title:
            extra["title"] = title
        if law:
            extra["law"] = law
        for k, v in sorted(imp.meta.items()):
            click.echo(f"found {k}: {v}  ({imp.basis.get(k, '')[:80]})")
        for f in imp.furniture:
            click.echo(f"left out{f' (page {f.page})' if f.page else ''}: {f.text[:70]!r}: {f.reason}")
        for n in imp.notes:
            click.echo(f"note: {n}")
        if dry_run:
            click.echo(imp.text)
            return
        done = add_to_corpus(imp, corpus, doc_id, extra)
        if done.unchanged:
            click.echo(f"unchanged: these files are already in the corpus as '{done.doc_id}' (version {done.version})")
            return
        click.echo(f"wrote {done.document} (id {done.doc_id}, version {done.version}); originals in "
                   f"{corpus / 'sources' / done.doc_id}")
        for k in done.missing:
            click.echo(f"not stated in the text: {k}; add it to the frontmatter (or --set {k}=...)")
        if done.document is not None:  # what the parser makes of it: a text it cannot divide is said at once
            from ..corpus import read_source
            from ..parse import parse_file

            parsed = parse_file(read_source(done.document, corpus))
            for d in parsed.diagnostics:
                if d.severity == "error" or d.code == "articles-missing":
                    click.echo(str(d))
            if not parsed.articles and parsed.document.kind == "regulation":
                click.echo("the document was added, but no article was found in it: it is kept whole, not divided "
                           "into articles (see the error above)")
            else:
                click.echo(f"{len(parsed.articles)} articles found")
        click.echo("next: regkb check --corpus " + str(corpus))
