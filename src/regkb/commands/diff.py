"""CLI commands of the diff stage (registered on the main group by regkb.cli).

``regkb diff`` prints what changed between versions of a work, as a redline in the terminal
(``--json`` for tools); ``regkb diff --review`` lists where the proposal step disagrees with the
reviewed alignment file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..compare import CLAIM_KINDS, Change

LABEL_TEXT = {
    "quote": ("draft text, quoted by the commentary", "bold cyan"),
    "paraphrase": ("the commentary's paraphrase, not draft text", "italic yellow"),
    "notes": ("quoted from the explanatory notes / an official view, not draft text", "italic magenta"),
}
KIND_STYLE = {
    "unchanged": "dim", "reworded": "yellow", "amended": "bold yellow", "added": "green", "removed": "red",
    "moved": "blue", "merged": "blue", "split": "blue", "context": "dim", "not-described": "dim",
}


def redline_text(segments: Any) -> Text:
    """A rich Text of a redline: deletions struck through in red, insertions underlined in green."""
    out = Text()
    for op, text in segments:
        if op == "-":
            out.append(text, style="red strike")
        elif op == "+":
            out.append(text, style="green underline")
        else:
            out.append(text)
    return out


def _articles(nums: Any) -> str:
    return ", ".join(f"Art. {n}" for n in nums) or "—"


def print_change(con: Console, kb: Any, c: Change) -> None:
    """Print one change for ``regkb diff``: its kind, sides, the claim if any, and the redline."""
    head = Text()
    head.append(f"[{c.kind}] ", style=KIND_STYLE.get(c.kind, ""))
    src = "draft claim" if c.claim else _articles(c.from_articles)
    head.append(f"{src} → {_articles(c.to_articles)}", style="bold")
    head.append(f"   {c.id}", style="dim")
    con.print(head)
    if c.claim:
        claim = next(cl for cl in kb.claims if cl.id == c.claim)
        what, style = LABEL_TEXT.get(claim.label, (claim.label, ""))
        con.print(Text(f"  commentary ({what}), chars {claim.span.start}-{claim.span.end}:", style="dim"))
        if claim.lead_in:
            con.print(Text(f"    {claim.lead_in}", style="dim"))
        con.print(Text(f"    “{claim.text}”" if claim.quoted else f"    {claim.text}", style=style))
    if c.redline:
        con.print(Text("  redline (struck: older text; underlined: final):", style="dim"))
        line = Text("    ")
        line.append_text(redline_text(c.redline))
        con.print(line)
    for e in c.effects:
        parts = [e.kind] + ([e.actor] if e.actor else [])
        detail = f": {e.before or '∅'} → {e.after or '∅'}" if (e.before or e.after) else ""
        con.print(Text(f"  • {' '.join(parts)}{detail}", style="yellow"))
    if c.note:
        con.print(Text(f"  {c.note}"))
    con.print()


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
    from .common import _console, corpus_option, emit_json, handle_errors, json_option, load

    @cli.command("diff")
    @click.option("--kind", type=click.Choice(CLAIM_KINDS), multiple=True, help="Only changes of this kind (repeatable).")
    @click.option("--article", type=int, help="Only changes touching this article number (either side).")
    @click.option("--document", help="Only changes from or to this document id.")
    @click.option("--all", "show_all", is_flag=True, help="Also show unchanged provisions and 'not described' ones.")
    @click.option("--review", is_flag=True, help="List where the proposal step disagrees with corpus/alignment.yaml.")
    @corpus_option
    @json_option
    @handle_errors
    def diff_cmd(kind: tuple[str, ...], article: int | None, document: str | None, show_all: bool, review: bool,
                 corpus: Path, as_json: bool) -> None:
        """What changed between versions of a regulation (a redline), including a draft known from a commentary.

        Claims taken from a commentary are labelled: a quote of the draft, the commentary's
        paraphrase, or words from the explanatory notes. Only quotes get a redline.
        """
        kb = load(corpus)
        if review:
            from ..draft import review_report

            rows = review_report(kb)
            if as_json:
                emit_json({"disagreements": [r.dump() for r in rows]})
                return
            table = Table("claim", "what", "reviewed", "proposed", title=f"Proposal vs review: {len(rows)} disagreement(s)")
            for r in rows:
                table.add_row(r.claim.rsplit("/", 1)[-1], r.what, r.reviewed, r.proposed)
            _console().print(table)
            return
        changes = [c for c in kb.changes(article=article, document=document)
                   if (c.kind in kind if kind else show_all or c.kind not in ("unchanged", "not-described"))]
        if as_json:
            ids = {c.claim for c in changes if c.claim}
            emit_json({"changes": [c.dump() for c in changes],
                       "claims": [cl.dump() for cl in kb.claims if cl.id in ids]})
            return
        con = _console()
        if not changes:
            con.print("No changes match." if kb.changes() else "The corpus has no versions to compare.")
            return
        for c in changes:
            print_change(con, kb, c)
        counts: dict[str, int] = {}
        for c in changes:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        con.print(Text(", ".join(f"{n} {k}" for k, n in sorted(counts.items())), style="bold"))
