"""``regkb sanctions``: the penalties the texts provide, who incurs them and who imposes them."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

_NOT_NAMED = "(not named in the text)"


def register(cli: click.Group) -> None:
    """Add ``regkb sanctions`` to the ``regkb`` group."""
    from .common import _console, corpus_option, echo_err, emit_json, handle_errors, json_option, load

    @cli.command("sanctions")
    @click.option("--actor", help="Only penalties this actor incurs (id, label or alias).")
    @click.option("--authority", help="Only penalties this authority imposes (id, label or alias).")
    @click.option("--document", help="Only sanctions of this document (id).")
    @click.option("--article", type=int, help="Only sanctions of this article.")
    @corpus_option
    @json_option
    @handle_errors
    def sanctions_cmd(actor: str | None, authority: str | None, document: str | None, article: int | None,
                      corpus: Path, as_json: bool) -> None:
        """List sanctions: the penalty as printed, on whom, imposed by whom, and where it is.

        A sanction is a penalty for a violation: never a duty of the person penalised. Each row
        gives the document, article, paragraph, item and character span of the clause; a party
        the text does not name is shown as such (null in JSON).
        """
        from ..errors import NotFound
        from ..sanction_table import imposed_by_body, sanction_rows

        kb = load(corpus)
        if document is not None:
            document = kb.document(document).id  # an unknown document: a clear error, not an empty list
        violator = kb.actor(actor) if actor is not None else None
        imposers = []
        if authority is not None:
            try:
                imposers = [kb.actor(authority)]
            except NotFound:  # a body of the registry (bodies.yaml): the actors the texts name it by
                via = imposed_by_body(kb, authority)
                if via is None:
                    raise
                body, linked = via
                imposers = [a for a, _ in linked]
                names = "; ".join(f"{a.label}" + (" (a fuzzy match of the names: check it)" if link.fuzzy else "")
                                  for a, link in linked) or "none"
                echo_err(f"{body.name} ({body.id}) is a body of the registry; the texts name it as: {names}")
        found = [s for s in kb.sanctions_of(violator, article=article, document=document)
                 if authority is None or any(a.id in s.authorities for a in imposers)]
        rows = sanction_rows(kb, found)
        if as_json:
            emit_json(rows)
            return
        table = Table(show_lines=True)
        for head in ("where", "on whom", "imposed by", "penalty (as printed)", "condition"):
            table.add_column(head, overflow="fold")  # a document id is never cut short
        for r in rows:
            table.add_row(f"{r['document']}\n{r['citation']}", r["violator"] or _NOT_NAMED,
                          r["authority"] or _NOT_NAMED, r["penalties"], r["condition"] or "")
        con = _console()
        con.print(table)
        con.print(f"{len(rows)} sanction{'s' if len(rows) != 1 else ''} (penalties for violations, not duties)")
