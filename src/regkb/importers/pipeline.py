"""The state an import pipeline passes from stage to stage, and how a pipeline runs.

A pipeline is a list of small stages, one list per source format. Each stage is a class
whose docstring says what it reads from the :class:`Draft` and what it writes back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class Line:
    text: str
    page: int | None = None  # page of the original (PDF), where it has pages


@dataclass(slots=True)
class Block:
    """A paragraph of the reading text: its lines as printed (one line unless the source wraps)."""

    lines: list[Line]

    @property
    def text(self) -> str:
        """The block's lines joined by spaces."""
        return " ".join(ln.text for ln in self.lines)


@dataclass(slots=True)
class Furniture:
    """Something left out of the reading text because it is not part of the document's text."""

    text: str
    reason: str
    page: int | None = None
    # the source itself marks the text as not the law's (struck through as deleted), so leaving it out is no guess
    # of the importer's: `regkb check` does not ask about it (store.left_out_norms)
    marked: bool = False


@dataclass(slots=True)
class Draft:
    """What the stages build: the reading text's blocks, what was left out, what was learnt."""

    path: Path
    data: bytes
    converter: str  # library that read the file, with its version
    tree: Any = None  # the format's own object (an lxml tree, a pdfplumber PDF, a python-docx Document)
    blocks: list[Block] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # what the file itself says (title, dates, ...)
    notes: list[str] = field(default_factory=list)  # what the user should know
    has_pages: bool = False
    # characters of the original the reader met but put in no line of the text nor in ``furniture``, per page (a
    # PDF's; 0 for a format without pages): the import reports them (:func:`report_not_read`)
    not_read: dict[int, int] = field(default_factory=dict)
    # what the reader left out of the reading text because it is printed beside it and may still be the law's words
    # ("page N: text"; a PDF's margin notes not placed as an article's caption): listed after the text in a comment
    # that `regkb check` reports (info ``margin-note``, :func:`report_left_aside`)
    aside: list[str] = field(default_factory=list)
    # (code, what) of the doubts a stage had before the text's blocks were written (a layout it could not be sure of):
    # written after the text as ``<!-- regkb doubt (code): what -->`` when the pipeline ends (:func:`run`)
    doubts: list[tuple[str, str]] = field(default_factory=list)

    def reading_text(self) -> str:
        """Markdown reading text: one blank line between paragraphs; page markers where pages begin."""
        out: list[str] = []
        page: int | None = None
        for blk in self.blocks:
            lines: list[str] = []
            for ln in blk.lines:
                if self.has_pages and ln.page is not None and ln.page != page:
                    lines.append(f"<!-- page {ln.page} -->")
                    page = ln.page
                lines.append(ln.text)
            if lines:
                out.append("\n".join(lines))
        return "\n\n".join(out) + "\n"


class Stage:
    """A step of an import pipeline: reads and writes fields of a :class:`Draft`."""

    def __call__(self, draft: Draft) -> None:
        raise NotImplementedError

    @property
    def name(self) -> str:
        """The stage's name (its class name), for reports."""
        return type(self).__name__


def non_space(text: str) -> int:
    """The characters of ``text`` that are not white space: what a count of text read compares (an import re-spaces
    what it reads)."""
    return len("".join(text.split()))


def report_not_read(draft: Draft, what: str) -> None:
    """Tell the user that part of the original was not read into the text: ``what`` (how many characters, where, what
    to compare) is a note of the import, and the comment ``<!-- regkb doubt (text-not-read): what -->`` after the text,
    which the parser reports as a warning (``text-not-read``) in `regkb check` until the text is mended and the comment
    deleted (parse/structure.py)."""
    report_doubt(draft, "text-not-read", what)


def report_doubt(draft: Draft, code: str, what: str, note: str | None = None) -> None:
    """Keep ``note`` (``what`` when None) among the import's notes and put the comment ``<!-- regkb doubt (code): what
    -->`` after the text, which the parser reports in `regkb check` (parse/structure.py, ``IMPORT_DOUBTS``)."""
    draft.notes.append(what if note is None else note)
    draft.blocks.append(Block([Line(f"<!-- regkb doubt ({code}): {what.replace('-->', '->')} -->")]))


def report_comparisons(draft: Draft, compared: Sequence[str], doubted: int, source: str) -> None:
    """Say how the import read comparison tables (parse/tables.py): for each table read as one (``compared``: what
    :meth:`Comparison.says` tells), a note and the comment ``<!-- regkb doubt (comparison-table): ... -->``, an info
    in `regkb check`; for ``doubted`` tables that set articles side by side under a header that names no versions, a
    note and the comment ``<!-- regkb doubt (comparison-doubt): ... -->``, a warning. ``source`` names what to add
    again once mended ("file", "page")."""
    from ..parse.patterns import COMPARED_MARK

    for says in compared:
        what = (f"a table {says}: its cells are written after the law's cell of their row, each line opening with "
                f"the mark {COMPARED_MARK!r} (the parser keeps them beside their article, never as law); a cell "
                "of the later version that says there is no text ('(Deleted)', '(None)') is no law either")
        report_doubt(draft, "comparison-table", says, note=what)
    if doubted:
        what = (f"{doubted} table(s) set articles side by side in two columns or more (two versions of the text?) "
                "but their header names no earlier and later version ('Original text' | 'Amended text'): every "
                "column's text was kept, in the order of the cells; say which column is the law (edit the header "
                f"to name the versions and add the {source} again, or delete the other columns' text)")
        report_doubt(draft, "comparison-doubt", what)


MAX_ASIDE = 12  # texts listed in the margin-note comment; the rest are counted (all are in the import's record)


def report_left_aside(draft: Draft, what: str) -> None:
    """List ``draft.aside`` (``what`` says what they are) in the comment ``<!-- regkb doubt (margin-note): ... -->``
    after the text, which the parser reports as an info (``margin-note``) in `regkb check`: text left out of the law
    because of where it is printed is never dropped unsaid."""
    if not draft.aside:
        return
    listed = "; ".join(" ".join(t.split())[:200].replace("-->", "->") for t in draft.aside[:MAX_ASIDE])
    more = f" (and {len(draft.aside) - MAX_ASIDE} more)" if len(draft.aside) > MAX_ASIDE else ""
    draft.blocks.append(Block([Line(f"<!-- regkb doubt (margin-note): {len(draft.aside)} {what}: {listed}{more} -->")]))


def run(stages: Sequence[Stage], draft: Draft) -> Draft:
    """Run ``stages`` in order on ``draft``; returns the draft."""
    for stage in stages:
        stage(draft)
    for code, what in draft.doubts:
        draft.blocks.append(Block([Line(f"<!-- regkb doubt ({code}): {what.replace('-->', '->')} -->")]))
    draft.doubts.clear()
    return draft


def opens_unit(text: str) -> bool:
    """A line that opens an item ("(1)", "a.", "- ") or a heading ("Article 3", "Chapter II", "第三条")."""
    from ..parse import patterns as P

    return bool(P.ITEM_LINE.match(text) or P.BULLET_ITEM.match(text) or P.ARTICLE.match(text)
                or P.CJK_ARTICLE.match(text) or P.CHAPTER.match(text) or P.SECTION.match(text))


_CLOSES = re.compile(r"[)\]”’\"']$")


def runs_on(line: str, nxt: str) -> bool:
    """Does a sentence run on from ``line`` into the line after it (``nxt``)? ``line`` stops where no sentence or
    clause ends: after a word, a comma, an opening bracket or a hyphen (patterns.LINE_CONTINUES, the mark the parser
    reads hard-wrapped lines by), or after a closing bracket or quote when ``nxt`` goes on in lower case ("(the
    "Rules")" / "shall apply")."""
    from ..parse import patterns as P

    return bool(P.LINE_CONTINUES.search(line) or (_CLOSES.search(line) and nxt[:1].islower()))


def wraps_into(line: str, nxt: str) -> bool:
    """Does ``nxt`` plainly go on with the sentence of ``line`` (:func:`runs_on`, and ``nxt`` opens in lower case or
    ``line`` ends with a comma or a hyphen), not as an item or a heading? A line broken so is a wrapped line, not a
    paragraph of its own."""
    return runs_on(line, nxt) and not opens_unit(nxt) and (nxt[:1].islower() or line[-1:] in ",-")


def printed_lines(pairs: Sequence[tuple[str, str]]) -> bool:
    """Are these paragraphs printed lines (each paragraph of a file a line of the page it was made from)? ``pairs``:
    each two paragraphs next to each other, the first's end and the second's start. A line that stops mid-sentence
    and a next one that plainly goes on (in lower case, or after a comma or a hyphen), not as an item or heading,
    is rare in a file of whole paragraphs and frequent in one of lines: a fifth of the pairs, and three at least."""
    wrapped = sum(1 for a, b in pairs if wraps_into(a, b))
    return wrapped >= 3 and wrapped >= 0.2 * len(pairs)


def join_parts(drafts: list[Draft]) -> list[Block]:
    """The blocks of several files of one document (its web pages, or those pages printed to PDF),
    in order, without the site chrome that every file repeats at its start and at its end.

    The lines that every file has (words compared, digits and punctuation ignored) are candidates;
    only the unbroken run of them at the very start and at the very end of each file is chrome
    (navigation, a breadcrumb, the 'Updated' line, a pager, a list of news, the copyright line),
    listed as furniture of its file. Text between is the document's, whatever it repeats.
    """
    if len(drafts) < 2:
        return list(drafts[0].blocks) if drafts else []

    def shape(text: str) -> str:
        return " ".join(re.sub(r"[^a-z#]+", " ", re.sub(r"\d+", "#", text.lower())).split())

    from ..parse.patterns import IMPORT_DOUBT

    flat = [[ln for b in d.blocks for ln in b.lines] for d in drafts]
    # (the import's own comment on a file, the same in every file but for its numbers, is no site chrome)
    common = set.intersection(*({shape(ln.text) for ln in lines if not IMPORT_DOUBT.match(ln.text)} for lines in flat))
    out: list[Block] = []
    for d, lines in zip(drafts, flat, strict=True):
        chrome: set[int] = set()
        for run in (lines, lines[::-1]):
            for ln in run:
                if shape(ln.text) not in common:
                    break
                chrome.add(id(ln))
        for b in d.blocks:
            kept = [ln for ln in b.lines if id(ln) not in chrome]
            for ln in b.lines:
                if id(ln) in chrome:
                    d.furniture.append(Furniture(ln.text, "repeated at the start or end of every file of the document",
                                                 ln.page))
            if kept:
                out.append(Block(kept))
    return out
