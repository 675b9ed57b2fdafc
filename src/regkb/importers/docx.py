"""Word files (.docx): body paragraphs and tables in order (python-docx); page headers and
footers live in their own parts and are listed, not read as text."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .pipeline import (
    Block,
    Draft,
    Furniture,
    Line,
    Stage,
    opens_unit,
    printed_lines,
    report_comparisons,
    report_not_read,
    runs_on,
)
from .wordnum import Numbering

if TYPE_CHECKING:
    from ..parse.tables import Comparison


class OpenDocx(Stage):
    """Reads ``data``; writes ``tree`` (a python-docx Document) and the core properties' title."""

    def __call__(self, draft: Draft) -> None:
        import docx

        draft.tree = docx.Document(io.BytesIO(draft.data))
        title = draft.tree.core_properties.title
        if title and title.strip():
            draft.meta["title"] = title.strip()


class HeadersAndFooters(Stage):
    """Reads ``tree``; lists the page headers and footers in ``furniture`` (they are not body text)."""

    def __call__(self, draft: Draft) -> None:
        seen: set[str] = set()
        for section in draft.tree.sections:
            for part, what in ((section.header, "page header"), (section.footer, "page footer")):
                if part is None:
                    continue
                for p in part.paragraphs:
                    t = " ".join(p.text.split())
                    if t and f"{what}:{t}" not in seen:
                        seen.add(f"{what}:{t}")
                        draft.furniture.append(Furniture(t, f"{what} of the Word file"))


class DocxBlocks(Stage):
    """Reads ``tree``; writes ``blocks``: each body paragraph in order, one block whose lines are split where a
    manual line break (<w:br/>) breaks it, and each table as one block: a Markdown pipe table (see :func:`table_lines`).
    Automatic list numbers are not text in a .docx: they are rendered from the file's list definitions
    (:mod:`.wordnum`) and put before the paragraph's (or the table cell's) text, and the user is told."""

    def __call__(self, draft: Draft) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        from ..parse.patterns import COMPARED_MARK, CONTENTS_MARK, PARALLEL_MARK
        from ..parse.tables import comparison_doubt

        doc = draft.tree
        numbering = Numbering(doc)
        numbered = 0
        merged = 0
        soft = 0
        set_apart = 0
        parallel = 0
        revisions = Revisions()
        fields = Fields()
        contents = 0
        law_tables = 0  # tables that set the law a row per article
        law_notes = 0  # paragraphs of their notes columns, written as block quotes
        compared: list[str] = []  # what was read of each comparison table (the law's column and the others)
        doubtful = 0  # tables that may compare two versions without saying which is which
        field_marked: list[Block] = []  # the blocks marked as contents by the TOC field still open, in order
        first_block, first_aside = len(draft.blocks), len(draft.furniture)
        plain: dict[int, int] = {}  # id(block) -> its place among the body's children: a body paragraph as it is set
        children = list(body_blocks(doc.element.body))
        # the tables that set the law a row per article; once one does, a further table with a single article row
        # does too (a file that sets each chapter in a table of its own, a chapter of one article among them)
        tables = [c for c in children if c.tag.rsplit("}", 1)[-1] == "tbl"]
        laws = {id(t) for t in tables if law_table(Table(t, doc))}
        if laws:
            laws |= {id(t) for t in tables if id(t) not in laws and law_table(Table(t, doc), least=1)}
        for place, child in enumerate(children):
            tag = child.tag.rsplit("}", 1)[-1]
            paras: list[Paragraph | Block] = []  # (a Block: a table inside a table's cell, as its pipe table)
            after: dict[int, list[str]] = {}  # paras' index -> the parallel text written after that paragraph
            quoted: set[int] = set()  # paras' index of the paragraphs of a law table's notes column
            mark = PARALLEL_MARK  # the mark of the lines in ``after``
            if tag == "tbl" and (cmp := comparison_of(Table(child, doc))) is not None:
                paras, aside, after = _comparison_split(Table(child, doc), cmp, numbering)
                draft.furniture.extend(aside)
                mark = COMPARED_MARK
                compared.append(cmp.says())
            elif tag == "tbl":
                table = Table(child, doc)
                keep, number_column = parallel_columns(table)
                if keep is None and comparison_doubt(_plain_rows(table)):
                    doubtful += 1
                law = keep is None and id(child) in laws
                lines, n, k = table_lines(table, numbering) if keep is None and not law else ([], 0, 0)
                merged += n
                numbered += k
                if lines:
                    draft.blocks.append(Block([Line(t) for t in lines]))
                    continue
                # a table that lays out the page: its cells' paragraphs (and tables) in order, as text; a table that
                # sets the law a row per article: the same, its header row listed and a notes column set apart; a
                # table that sets the text in two languages side by side: the cells of the column in the text's
                # language only (and the article numbers' column)
                if law:
                    paras, aside, quoted = _law_rows_split(table, numbering)
                    draft.furniture.extend(aside)
                    law_tables += 1
                elif keep is None:
                    paras = [it for row in _first_seen(table) for _, cell in row if cell is not None
                             for it in cell_items(cell, numbering)]
                else:
                    paras, aside, after = _parallel_split(table, keep, number_column)
                    draft.furniture.extend(aside)
                    parallel += 1
                    draft.notes.append(
                        f"a table sets the text in two languages side by side: its column {keep + 1} (in Latin "
                        "script, the language the parser reads) is read as the text" + (
                            f", with its column {number_column + 1} (the article numbers)" if number_column is not None
                            else "") + f"; the cells of {len(after)} row(s) in "
                        "the other column(s) (in Chinese characters) are the parallel text, written after the English "
                        f"cell of their row, each line opening with the mark {PARALLEL_MARK!r}: the parser keeps "
                        "them apart beside their article, never read as law")
            elif tag == "p":
                paras = [Paragraph(child, doc)]
            for i, p in enumerate(paras):
                if isinstance(p, Block):
                    draft.blocks.append(p)
                    if after.get(i):
                        draft.blocks.append(Block([Line(f"{mark} {t}") for t in after[i]]))
                    continue
                label = numbering.label(p)
                numbered += label is not None
                printed: list[Line] = []
                text, in_toc = revisions.text(p, fields)
                listed = in_toc or _contents_paragraph(p)
                for k, piece in enumerate(text.split("\n")):
                    t = " ".join(piece.split())
                    if label is not None and k == 0:
                        t = (label + t).strip()
                    if not t:
                        continue
                    if printed and not opens_unit(t):
                        printed[-1].text += " " + t  # a manual line break inside the text: a space
                    else:
                        printed.append(Line(t))
                apart = 0
                if printed and listed:
                    # a table of contents: its entries (page numbers too) are kept, every character, each line marked
                    # for the parser, which keeps them out of the law as the contents list (parse/structure.py)
                    for ln in printed:
                        ln.text = f"{CONTENTS_MARK} {ln.text}"
                    contents += 1
                    if in_toc and not _contents_paragraph(p):
                        field_marked.append(Block(printed))
                elif printed and tag == "p":
                    apart = _set_apart(p, printed)
                    set_apart += apart
                elif printed and i in quoted and not opens_unit(printed[0].text):
                    for ln in printed:  # a law table's notes column: the editor's words beside the article
                        ln.text = "> " + ln.text
                    law_notes += 1
                if printed:
                    # a manual line break (Shift+Enter) breaks the line, not the paragraph: Word's paragraph is
                    # <w:p>. Its lines are one block, joined by a space, except before a line that opens an item
                    # or a heading (a list or an article laid out by line breaks), which stays a line of its own.
                    draft.blocks.append(Block(printed))
                    if tag == "p" and not apart and not listed and not _heading_style(p):
                        plain[id(draft.blocks[-1])] = place
                    soft += len(text.split("\n")) - 1
                if after.get(i):
                    draft.blocks.append(Block([Line(f"{mark} {t}") for t in after[i]]))
                if not fields.in_contents():
                    field_marked = []
        contents -= _unclosed_contents(draft, fields, field_marked)
        rejoin_printed_lines(draft, first_block, plain)
        read = sum(len("".join(ln.text.split())) for b in draft.blocks[first_block:] for ln in b.lines)
        read += sum(len("".join(f.text.split())) for f in draft.furniture[first_aside:])
        read -= sum(len("".join(CONTENTS_MARK.split())) for b in draft.blocks[first_block:] for ln in b.lines
                    if ln.text.startswith(CONTENTS_MARK))
        if (short := body_text_count(doc.element.body) - fields.hidden - read) > 0:
            what = (f"{short} character(s) of the Word file's body text were not read into the text (held in a "
                    "construct the import does not read, such as a text box or a frame): compare the text with the "
                    "document in Word")
            report_not_read(draft, what)
        report_comparisons(draft, compared, doubtful, "file")
        if law_tables:
            draft.notes.append(f"{law_tables} table(s) set the law a row per article (its number alone in the "
                               "first cell, its text in the next): read row by row, each cell's paragraphs as "
                               "paragraphs, the number cell as the article's heading, a row of one cell (a chapter) "
                               "as a heading; a first row that only names the columns is listed as left out" +
                               (f"; {law_notes} paragraph(s) of a column its header names as notes or remarks "
                                "written as block quotes (the editor's words beside the article, not law)"
                                if law_notes else ""))
        if fields.count:
            draft.notes.append(f"{fields.count} Word field(s) (automatic numbers, cross-references, page numbers, a "
                               "table of contents) read as the results Word last computed and printed, never their "
                               "codes: if the file was edited after its fields were last updated, update them in Word "
                               "(select all, F9) and import it again")
        if contents:
            draft.notes.append(f"{contents} paragraph(s) of a table of contents (a Word TOC field, a contents control "
                               "or paragraphs in the contents styles) written with the mark "
                               f"{CONTENTS_MARK!r} before each line: the parser keeps them as the contents list, "
                               "never as law")
        if numbered:
            draft.notes.append(f"{numbered} paragraph number(s) come from Word's automatic numbering, not from the "
                               "text: they were rendered from the file's list definitions as Word prints them; "
                               "compare the article and item numbers with the printed document")
        if set_apart:
            draft.notes.append(f"{set_apart} paragraph(s) set apart by their Word style (a quote or note style: written "
                               "as block quotes) or wholly in italics (written in *...*): the parser reads them as the "
                               "editor's comments where the law is set otherwise")
        if soft:
            draft.notes.append(f"{soft} manual line break(s) (Shift+Enter) inside paragraphs: read as spaces, not as "
                               "paragraph breaks, except before an item or a heading")
        if revisions.inserted or revisions.deleted:
            draft.notes.append(f"tracked changes left in the file: {revisions.inserted} insertion(s) and "
                               f"{revisions.deleted} deletion(s) in {revisions.paragraphs} paragraph(s); the text was read "
                               "with every change accepted (inserted words kept, deleted words left out), as Word shows "
                               "it with 'Accept All Changes'; compare those paragraphs with the text in force")
        if numbering.unresolved:
            draft.notes.append(f"{numbering.unresolved} paragraph(s) point to a Word list that the file does not "
                               "define: their numbers are missing from the text; check the article and item numbers")
        if merged:
            draft.notes.append(f"{merged} merged table cell(s): the text of a merged cell is written once, in its "
                               "first row and column; the cells it covers are left empty")


def _unclosed_contents(draft: Draft, fields: Fields, marked: list[Block]) -> int:
    """A table-of-contents field still open at the body's end (its ``end`` field character lost: a damaged or
    truncated file, or an end in a part the import does not walk) would mark the rest of the document as contents,
    and the parser would leave the law out. Its paragraphs after the last one that reads as a contents entry
    (patterns.CONTENTS_ENTRY: an entry and its page number; all of them if none does) are unmarked, read as text, and
    a doubt is written after the text (``contents-doubt``). Returns how many paragraphs were unmarked."""
    from ..parse.patterns import CONTENTS_ENTRY, CONTENTS_MARK

    if not fields.in_contents() or not marked:
        return 0
    plain = [ln.text[len(CONTENTS_MARK):].strip() for b in marked for ln in b.lines[-1:]]
    last = max((k for k, t in enumerate(plain) if CONTENTS_ENTRY.search(t)), default=-1)
    unmarked = marked[last + 1:]
    if not unmarked:
        return 0
    for b in unmarked:
        for ln in b.lines:
            ln.text = ln.text[len(CONTENTS_MARK):].lstrip()
    what = (f"a table of contents field (Word's TOC) never closes: the last {len(unmarked)} paragraph(s) it would "
            f"hold, from {unmarked[0].lines[0].text[:40]!r}, do not read as contents entries and were read as text; "
            "check where the contents list ends and that no entry was read as law")
    draft.notes.append(what)
    draft.blocks.append(Block([Line(f"<!-- regkb doubt (contents-doubt): {what} -->")]))
    return len(unmarked)


def _heading_style(p: Any) -> bool:
    """Is the paragraph set in one of Word's heading or title styles (a heading by the file's own word)?"""
    name = (p.style.name or "") if p.style is not None else ""
    return name.lower().startswith(("heading", "title", "subtitle"))


def rejoin_printed_lines(draft: Draft, first: int, plain: dict[int, int]) -> None:
    """A Word file made from a PDF sets each printed line as a paragraph of its own (a converter's <w:p> per line):
    the lines of a paragraph of law are written back as the lines of one block, as a hard-wrapped plain text has
    them, and the parser joins them as it joins a plain text's (one reader of wrapped lines: parse/structure.py
    ``blocks_of``, with its words broken by a hyphen at a line end, ``join_line_end_hyphens``).

    Only where the file shows the pattern (:func:`pipeline.printed_lines`): many of its body paragraphs stop in the
    middle of a sentence and the next goes on. Then two body paragraphs next to each other (no empty paragraph or
    table between; neither in a heading style nor set apart) are lines of one block when the first runs on
    (:func:`pipeline.runs_on`). An ordinary Word file, one paragraph per <w:p>, is left as it is."""
    blocks = draft.blocks
    pairs = [(a, b) for a, b in zip(blocks[first:], blocks[first + 1:], strict=False)
             if id(a) in plain and id(b) in plain and plain[id(b)] == plain[id(a)] + 1]
    if not printed_lines([(a.lines[-1].text, b.lines[0].text) for a, b in pairs]):
        return
    joined = {id(b) for a, b in pairs if runs_on(a.lines[-1].text, b.lines[0].text)}
    out: list[Block] = []
    for blk in blocks[first:]:
        if id(blk) in joined:
            out[-1] = Block(out[-1].lines + blk.lines)
        else:
            out.append(blk)
    blocks[first:] = out
    draft.notes.append(f"the Word file sets each printed line as a paragraph of its own (as a PDF converted to Word "
                       f"does): {len(joined)} line(s) that go on from a line stopping mid-sentence were joined to it "
                       "as the lines of one paragraph (a paragraph ends where a line ends a sentence); compare the "
                       "paragraphs with the printed document")


def body_blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs (<w:p>) and tables (<w:tbl>) of ``parent`` in order, those inside a block-level content control
    (<w:sdt>: a template's fill-in field, a locked clause) or custom XML included: their text is the document's, as
    Word shows it; python-docx's ``Document.paragraphs`` leaves it out, and every character of it would be lost."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag in ("p", "tbl"):
            yield child
        elif tag == "sdt":
            for content in child.iterchildren():
                if isinstance(content.tag, str) and content.tag.endswith("}sdtContent"):
                    yield from body_blocks(content)
        elif tag == "customXml":
            yield from body_blocks(child)


def body_text_count(body: Any) -> int:
    """The characters (spaces left out) of every text run of the body outside deletions: what a reader sees, the
    yardstick of what the import read (a shortfall is text the import could not place)."""
    texts = body.xpath(".//w:t[not(ancestor::w:del)][not(ancestor::w:moveFrom)]/text()")
    return sum(len("".join(str(x).split())) for x in texts)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word's wrappers that hold a paragraph's runs without changing what they show: a hyperlink, a tracked insertion or
# text moved here, a simple field (its runs are the field's result), an inline content control (its runs in
# <w:sdtContent>), custom XML, a smart tag and the bidirectional wrappers. python-docx's ``Paragraph.text`` reads only
# a paragraph's own runs and hyperlinks, so the runs these hold are read here, in order. Tracked deletions and text
# moved away (``w:del``, ``w:moveFrom``: their ``w:delText``), a control's properties and anything else (a text box
# inside a run, a formula) are not part of the line.
_WRAPPERS = {_W + t for t in ("hyperlink", "ins", "moveTo", "fldSimple", "sdt", "sdtContent", "customXml", "smartTag",
                              "dir", "bdo")}
# what a run shows, as python-docx reads it (a tab, a line break, a no-break hyphen, the text), and the field
# characters and codes that decide whether it is shown; a footnote's or endnote's reference mark
_RUN_PARTS = ("w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab | w:fldChar | w:instrText"
              " | w:footnoteReference | w:endnoteReference")
# a field that builds a table of contents (its code's first word: Word's TOC field)
_CONTENTS_FIELD = "TOC"


@dataclass(slots=True)
class _Field:
    code: str = ""  # the field's code so far, upper-cased ("toc" is Word's TOC too)
    showing: bool = False  # past its ``separate``: its result is being read
    hidden: int = 0  # characters of text runs inside its code (when it is the outermost field in its code)


class Fields:
    """Word's fields as a reader of the printed page sees them, carried from paragraph to paragraph in document order
    (a field can open in one paragraph and close in another, as a table of contents does).

    A complex field is a run with ``<w:fldChar w:fldCharType="begin"/>``, its code in ``<w:instrText>`` ("SEQ Article",
    "REF _Ref12 \\h", "PAGEREF _Toc3", "TOC \\o"), a ``separate`` field character, the field's last computed result
    (what Word prints: the article number, the page number, the contents entries) and an ``end``. The code is never
    text; the result is. Fields nest: a field inside another's result is shown through its own result; a field inside
    another's code is part of that code, and so not shown. A simple field (``<w:fldSimple w:instr="...">``) holds its
    code in an attribute and its result as runs.

    The text of runs inside a code (a nested field's result) is counted in ``hidden`` only once the field that holds it
    closes: in a damaged file whose field never closes, the text after it is not silently taken for a code, it is
    reported as not read (DocxBlocks compares what it read with the body's text)."""

    def __init__(self) -> None:
        self.stack: list[_Field] = []  # the open fields, outermost first
        self.hidden = 0  # characters (spaces left out) of text runs inside closed fields' codes: rightly not shown
        self.count = 0  # the fields met

    def shown(self) -> bool:
        """Whether a run here is shown: inside no field's code."""
        return all(f.showing for f in self.stack)

    def in_contents(self) -> bool:
        """Whether a run here is the result of a table-of-contents field."""
        return any(f.showing and f.code.split()[:1] == [_CONTENTS_FIELD] for f in self.stack)

    def char(self, kind: str | None) -> None:
        """A field character: ``begin`` opens a field, ``separate`` turns it from its code to its result, ``end``
        closes it (an ``end`` with no field open is left alone: a damaged file keeps its text)."""
        if kind == "begin":
            self.open(_Field())
        elif kind == "separate" and self.stack:
            self.stack[-1].showing = True
        elif kind == "end" and self.stack:
            self.close()

    def open(self, field: _Field) -> None:
        """Open ``field`` inside the fields open here (a simple field, or a complex field's ``begin``)."""
        self.stack.append(field)
        self.count += 1

    def close(self) -> None:
        """Close the innermost open field; the text its code held is now known to be hidden, and counted."""
        self.hidden += self.stack.pop().hidden

    def code(self, text: str) -> None:
        """A piece of the innermost open field's code."""
        if self.stack and not self.stack[-1].showing:
            self.stack[-1].code += text.upper()

    def hide(self, text: str) -> None:
        """Text of a run inside a code: counted on the outermost field in its code, the one whose end confirms it."""
        holder = next(f for f in self.stack if not f.showing)
        holder.hidden += len("".join(text.split()))


# the paragraph styles of a table of contents: Word's "TOC 1" ... "TOC 9" and "TOC Heading" (stored as "toc 1"), and
# the names other editors give them ("Contents 1", "Contents Heading"): a file that passed through another editor
# keeps the styled entries but may have lost the field around them
_CONTENTS_STYLE = re.compile(r"(?i)^(?:toc|contents)[ ]?(?:\d|heading)$")
# the gallery of a content control that holds a table of contents (Word's References > Table of Contents)
_CONTENTS_GALLERY = "Table of Contents"


def _contents_paragraph(p: Any) -> bool:
    """A paragraph of a table of contents by its place or its style: inside a content control of Word's contents
    gallery (``w:docPartGallery w:val="Table of Contents"``), or in a contents paragraph style (:data:`_CONTENTS_STYLE`),
    whatever its words (the paragraphs inside a contents field are told by the field, :func:`read_paragraph`)."""
    el = p._p
    if el.xpath(f"ancestor::w:sdt/w:sdtPr/w:docPartObj/w:docPartGallery[@w:val='{_CONTENTS_GALLERY}']"):
        return True
    style = el.xpath("string(w:pPr/w:pStyle/@w:val)")
    if not style:
        return False
    if _CONTENTS_STYLE.match(str(style)):  # the style's id ("TOC1", "TOCHeading")
        return True
    name = p.style.name if p.style is not None else ""
    return bool(name and _CONTENTS_STYLE.match(name))


def read_paragraph(el: Any, fields: Fields) -> tuple[str, bool]:
    """The text a ``<w:p>`` shows, in order: its runs, wherever wrapped (:data:`_WRAPPERS`), with their tracked
    insertions and without their deletions; the results of its fields, never their codes (:class:`Fields`, carried on
    from the paragraphs before); footnote and endnote marks as Markdown's "[^N]" ("[^eN]"). And whether any of the
    text is the result of a table-of-contents field."""
    out: list[str] = []
    contents = [False]

    def walk(parent: Any) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _W + "r":
                run(child)
            elif tag == _W + "fldSimple":
                fields.open(_Field(str(child.get(_W + "instr") or "").upper(), True))
                walk(child)
                fields.close()
            elif tag in _WRAPPERS:
                walk(child)

    def run(r: Any) -> None:
        for e in r.xpath(_RUN_PARTS):
            name = e.tag[len(_W):]
            if name == "fldChar":
                fields.char(e.get(_W + "fldCharType"))
            elif name == "instrText":
                fields.code(e.text or "")
            elif not fields.shown():
                if name == "t":
                    fields.hide(e.text or "")
            elif name == "footnoteReference":
                out.append(f"[^{e.get(_W + 'id')}]")
            elif name == "endnoteReference":
                out.append(f"[^e{e.get(_W + 'id')}]")
            else:
                text = str(e)
                out.append(text)
                if text.strip() and fields.in_contents():
                    contents[0] = True

    walk(el)
    return "".join(out), contents[0]


class Revisions:
    """The text of a paragraph with its tracked changes accepted, and a count of the changes met.

    A translator's or reviser's working file keeps its revisions: python-docx reads only a paragraph's own runs, so
    an inserted word would be lost and the law changed silently. Inserted (and moved-in) runs are read in their
    place; deleted (and moved-away) runs are left out (:func:`read_paragraph`); both are counted for the import's
    note."""

    def __init__(self) -> None:
        self.inserted = 0
        self.deleted = 0
        self.paragraphs = 0

    def text(self, p: Any, fields: Fields) -> tuple[str, bool]:
        """The paragraph's text with its tracked changes accepted and its fields read as printed (and whether it is
        a table of contents field's result, :func:`read_paragraph`); counts the changes."""
        el = p._p
        ins = len(el.xpath("w:ins | w:moveTo | w:hyperlink/w:ins | w:hyperlink/w:moveTo"))
        dele = len(el.xpath("w:del | w:moveFrom | w:hyperlink/w:del | w:hyperlink/w:moveFrom"))
        if ins or dele:
            self.inserted += ins
            self.deleted += dele
            self.paragraphs += 1
        return read_paragraph(el, fields)


# A paragraph style that sets a block apart from the text: Word's quote styles, or a style named for the editor's words
_QUOTE_STYLE = re.compile(r"(?i)^(?:quote|intense[ ]quote|block[ ]text)$|(?<![a-z])(?:comments?|commentary|annotations?|"
                          r"editor(?:'s|ial)?|notes?)(?![a-z])")


def _set_apart(p: Any, printed: list[Line]) -> int:
    """Carry how a body paragraph is set into the reading text, as the web-page importer does: a paragraph in a quote
    style, or a style named for comments or notes, as a Markdown block quote ("> "); a paragraph wholly in italics
    (every run with text italic, by itself or by its style) in single emphasis ("*...*"). Returns 1 if it did."""
    style = p.style
    name = (style.name or "") if style is not None else ""
    if name.lower().startswith(("heading", "title", "footnote", "endnote")) or opens_unit(printed[0].text):
        return 0  # a heading, an article or an item is never the editor's words, however it is set
    if name and _QUOTE_STYLE.search(name):
        for ln in printed:
            ln.text = "> " + ln.text
        return 1
    runs = [r for r in p.runs if r.text.strip()]
    style_italic = bool(style is not None and style.font is not None and style.font.italic)
    if runs and all(r.italic or (r.italic is None and style_italic) for r in runs) \
            and not any("*" in ln.text for ln in printed):
        printed[0].text = "*" + printed[0].text
        printed[-1].text = printed[-1].text + "*"
        return 1
    return 0


class WordNotes(Stage):
    """Reads ``tree``; adds to ``blocks`` the Word file's footnotes and endnotes that the body refers to, each a block
    of its own after the body, written as Markdown footnote definitions ("[^N]: text", "[^eN]: text" for an endnote),
    as the body's marks are written "[^N]" (:func:`read_paragraph`). The parser keeps them as notes, not law
    (parse/structure.py ``find_footnotes``): a translator's note is kept, every character, and never read as law."""

    def __call__(self, draft: Draft) -> None:
        from lxml import etree

        doc = draft.tree
        body = doc.element.body
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        written = 0
        for kind, prefix in (("footnote", ""), ("endnote", "e")):
            wanted = [str(i) for i in body.xpath(f".//w:{kind}Reference/@w:id")]
            if not wanted:
                continue
            part = next((r.target_part for r in doc.part.rels.values()
                         if not r.is_external and r.reltype.endswith(f"/{kind}s")), None)
            if part is None:
                draft.notes.append(f"{len(wanted)} {kind} mark(s) in the text, but the file has no {kind}s part: "
                                   "their notes are missing")
                continue
            root = etree.fromstring(part.blob)
            notes = {n.get(f"{w}id"): n for n in root.iter(f"{w}{kind}")}
            for i in dict.fromkeys(wanted):
                note = notes.get(i)
                if note is None:
                    continue
                paras = [" ".join("".join(t.text or "" for t in p.iter(f"{w}t")).split()) for p in note.iter(f"{w}p")]
                text = " ".join(t for t in paras if t)
                draft.blocks.append(Block([Line(f"[^{prefix}{i}]: {text}")]))
                written += 1
        if written:
            draft.notes.append(f"{written} footnote(s) or endnote(s) of the Word file written after the text as "
                               "Markdown notes ('[^N]: ...'), their marks as '[^N]' where Word prints them: the parser "
                               "keeps them as notes, not law")


def table_lines(table: Any, numbering: Numbering | None = None) -> tuple[list[str], int, int]:
    """A Word table as the lines of a Markdown pipe table, how many merged cells it has, and how many of its
    paragraphs Word numbers.

    Each cell's paragraphs are joined by a space (a nested table's text follows in order), each after the number
    Word prints before it (``numbering``, fed in document order, only once the table is known to be a table). The
    header is the rows Word repeats as header rows (stacked ones read column by column), else the first row unless
    its first cell is an item number ("1", "(1)"): then the header is left empty, so no row of law is taken for a
    header. A cell merged across columns or rows is written once; the places it covers are empty. A table of one
    column, or one whose cell holds an article, lays out the page: ``[]`` (its paragraphs are then read as text).
    """
    from docx.oxml.ns import qn

    from ..parse.tables import header_looks_like_data, markdown_table

    grid: list[list[Any]] = []  # the rows' cells, None where a merged cell is repeated
    repeated = 0  # the leading rows Word repeats on each page ("header rows")
    merged = 0
    seen: set[int] = set()
    alive: list[Any] = []  # the cells seen, kept alive so that their ids stay theirs
    for tr in table.rows:
        if repeated == len(grid) and tr._tr.trPr is not None and tr._tr.trPr.find(qn("w:tblHeader")) is not None:
            repeated += 1
        row: list[Any] = []
        for tc in tr.cells:
            if id(tc._tc) in seen:  # the same cell again: a merge across columns or rows
                row.append(None)
                merged += 1
                continue
            seen.add(id(tc._tc))
            alive.append(tc._tc)
            row.append(tc)
        grid.append(row)
    plain = [[_cell_text(tc) if tc is not None else "" for tc in row] for row in grid]
    if max((len(r) for r in grid), default=0) < 2 or not any(c.strip() for r in plain for c in r) or any(
            _holds_article(" ".join(p.text.split())) for r in grid for tc in r if tc is not None for p in tc.paragraphs):
        return [], merged, 0  # one column, or articles inside: the table lays out the page
    counted = [0]
    texts = [[_cell_text(tc, numbering, counted) if tc is not None else "" for tc in row] for row in grid]
    keep = [k for k, r in enumerate(texts) if any(c.strip() for c in r)]
    heads = len([k for k in keep if k < repeated])
    rows = [texts[k] for k in keep]
    if heads > 1 and heads < len(rows):  # header rows one above the other: one header, column by column
        width = max(len(r) for r in rows[:heads])
        head = [" ".join(r[k] for r in rows[:heads] if k < len(r) and r[k]) for k in range(width)]
        return markdown_table(head, rows[heads:]), merged, counted[0]
    if header_looks_like_data(rows[0]) and not heads:
        return markdown_table([""] * len(rows[0]), rows), merged, counted[0]
    return markdown_table(rows[0], rows[1:]), merged, counted[0]


_ARTICLE = re.compile(r"(?:Article|Art\.|Chapter|Section)\s+(?:\d|[IVXLC]+\b)", re.IGNORECASE)


def _holds_article(text: str) -> bool:
    """A cell that holds an article (its heading and more than a few words), not one that cites "Article 5"."""
    return bool(_ARTICLE.match(text)) and len(text.split()) > 15


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def _script_share(texts: list[str]) -> tuple[int, int]:
    """How many CJK ideographs and how many Latin letters ``texts`` hold."""
    whole = "".join(texts)
    return len(_CJK.findall(whole)), len(_LATIN.findall(whole))


def parallel_column(table: Any) -> int | None:
    """The column to read of a table that sets a text in two languages side by side, or None (:func:`parallel_columns`)."""
    return parallel_columns(table)[0]


def parallel_columns(table: Any) -> tuple[int | None, int | None]:
    """The column to read of a table that sets a text in two languages side by side (a bilingual edition: the
    Chinese article in one cell, its English translation in the next), or None for any other table.

    Told by the scripts of its columns, never by their words: each column's cells (a merged cell once) are counted
    for CJK ideographs and Latin letters; the table is parallel when one column is written in ideographs (more of
    them than Latin letters) and another in Latin letters (at least four times as many as ideographs: a cited
    Chinese name does not make an English column Chinese), over at least two rows, and the Latin column's cells open
    articles ("Article 1 ...": a glossary of terms in two languages stays a table), or the table sets the law a row
    per article (:func:`law_table`: the article numbers in a first column of their own, "Article 1 | 第一条 ... |
    The State ..."; that column is then read too, and is left out of the count). The parser reads English law: the
    Latin column is the text; the ideographic one its parallel text. Returns the column to read and the numbers'
    column (None when the numbers stand in the text's cells), or (None, None)."""
    rows = [_distinct(r.cells) for r in table.rows]
    width = max((len(r) for r in rows), default=0)
    if width < 2 or len(rows) < 2:
        return None, None
    label = 0 if width >= 3 and law_table(table) else None
    cols = [[" ".join(p.text for p in r[k].paragraphs) for r in rows if len(r) == width] for k in range(width)]
    shares = [_script_share(c) for c in cols]
    latin = [k for k, (cjk, lat) in enumerate(shares) if k != label and lat >= 20 and lat >= 4 * cjk]
    ideographic = [k for k, (cjk, lat) in enumerate(shares) if k != label and cjk >= 10 and cjk > lat]
    if len(latin) != 1 or not ideographic:
        return None, None
    # the text of a regulation, not a glossary of terms in two languages: the Latin column opens articles
    if label is None and not any(_ARTICLE.match(" ".join(r[latin[0]].paragraphs[0].text.split())) for r in rows
                                 if len(r) == width and r[latin[0]].paragraphs):
        return None, None
    return latin[0], label


def _parallel_split(table: Any, keep: int, label: int | None = None) -> tuple[list[Any], list[Furniture],
                                                                             dict[int, list[str]]]:
    """The paragraphs of the column ``keep`` of a parallel table, row by row; the other columns' cells as the
    parallel text to write after the last paragraph of their row's English cell (by its index in the paragraphs), a
    line for each of their paragraphs (every character kept, spaces collapsed); and the furniture. A first row whose
    cells are a word or two each (a header naming the languages, "中文 | English") labels the columns: listed, not
    read. A row with no English paragraph gives its cells to the paragraph before (before any: listed). The
    numbers' column ``label`` (a table that sets the law a row per article) is read as the text is."""
    rows = [_distinct(r.cells) for r in table.rows]
    paras: list[Any] = []
    aside: list[Furniture] = []
    after: dict[int, list[str]] = {}
    for n, cells in enumerate(rows, 1):
        texts = [" ".join(" ".join(p.text for p in c.paragraphs).split()) for c in cells]
        if n == 1 and all(len(t.split()) <= 2 and len(_CJK.findall(t)) <= 4 for t in texts):
            aside.extend(Furniture(t, "header row of a table in two languages (it names the columns)")
                         for t in texts if t)
            continue
        other: list[tuple[int, str]] = []
        for k, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            if k in (keep, label) or len(cells) == 1:
                paras.extend(cell.paragraphs)
            elif text:
                other.append((k, "\n".join(p.text for p in cell.paragraphs if p.text.strip())))
        for k, text in other:
            if paras:
                after.setdefault(len(paras) - 1, []).extend(
                    t for line in text.split("\n") if (t := " ".join(line.split())))
            else:
                aside.append(Furniture(text, f"parallel text (row {n}, column {k + 1}: the text in the other "
                                             "language, before any English paragraph)"))
    return paras, aside, after


def _plain_rows(table: Any) -> list[list[str]]:
    """A table's rows as its cells' words (a merged cell once)."""
    return [[_plain_cell(c) for _, c in r if c is not None] for r in _first_seen(table)]


def comparison_of(table: Any) -> Comparison | None:
    """How a Word table compares two versions of a text (parse/tables.py :func:`comparison_columns`), or None."""
    from ..parse.tables import comparison_columns

    grid = _first_seen(table)
    width = max((len(r) for r in grid), default=0)
    if width < 2:
        return None
    # the rows' cells by grid column, so that a column's index is the same in every row (a merged cell at its first)
    return comparison_columns([[next((_plain_cell(c) for k, c in r if k == j and c is not None), "")
                                for j in range(width)] for r in grid])


def _comparison_split(table: Any, cmp: Comparison, numbering: Numbering) -> tuple[list[Any], list[Furniture],
                                                                                   dict[int, list[str]]]:
    """The content of a comparison table, row by row: the article numbers' column and the later version's column as
    the text (their paragraphs, tables inside them as tables); every other column's paragraphs (the earlier version,
    the notes) and a later-version cell that says there is no text ("(Deleted)") as the lines to write after the
    last paragraph of the row's law (by its index), or, before any, as furniture; the header row is furniture (it
    names the columns). Every character is kept, in one place or the other."""
    from docx.oxml.ns import qn

    from ..parse.tables import NO_TEXT_CELL

    paras: list[Any] = []
    aside: list[Furniture] = []
    after: dict[int, list[str]] = {}
    header = [" ".join(c.split()) for c in cmp.names]
    for n, row in enumerate(_first_seen(table)):
        cells = {k: c for k, c in row if c is not None}
        if n <= cmp.header:
            texts = [_plain_cell(c) for c in cells.values()]
            if n == cmp.header or [" ".join(t.split()) for t in texts] == header:
                aside.extend(Furniture(t, "header row of a comparison table (it names the columns)") for t in texts if t)
            else:
                aside.extend(Furniture(t, "above the header row of a comparison table") for t in texts if t)
            continue
        if [" ".join(_plain_cell(c).split()) for c in cells.values()] == header:
            aside.extend(Furniture(t, "header row of a comparison table, repeated") for t in header if t)
            continue
        other: list[str] = []
        for k in (cmp.number, cmp.law):
            if k is None or k not in cells:
                continue
            if NO_TEXT_CELL.match(_plain_cell(cells[k])):
                other.append(_plain_cell(cells[k]))
                continue
            paras.extend(cell_items(cells[k], numbering))
        for k in cmp.apart:
            if k in cells:
                other.extend(t for p in cells[k]._tc.iter(qn("w:p")) if (t := " ".join(_para_text(p).split())))
        if not other:
            continue
        if paras:
            after.setdefault(len(paras) - 1, []).extend(other)
        else:
            aside.extend(Furniture(t, f"a comparison table's row {n + 1}, before any text of the law") for t in other)
    return paras, aside, after


def _para_text(p: Any) -> str:
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _plain_cell(cell: Any) -> str:
    """A cell's words as its paragraphs hold them (tables inside it included), spaces collapsed: what the table's
    shape is told from, before any number is rendered."""
    from docx.oxml.ns import qn

    return " ".join(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in cell._tc.iter(qn("w:p"))).split())


def _first_seen(table: Any) -> list[list[tuple[int, Any]]]:
    """Each row's cells as (grid column, cell), a cell merged across columns once (at its first column) and a cell
    merged down from a row above as None (Word's vertical merge: an article's number cell beside its paragraphs set
    in rows of their own)."""
    seen: set[int] = set()
    alive: list[Any] = []  # the cells seen, kept alive so that their ids stay theirs
    out: list[list[tuple[int, Any]]] = []
    for row in table.rows:
        cells: list[tuple[int, Any]] = []
        here: set[int] = set()
        for k, c in enumerate(row.cells):
            if id(c._tc) in here:
                continue
            here.add(id(c._tc))
            cells.append((k, None if id(c._tc) in seen else c))
            alive.append(c._tc)
        seen |= here
        out.append(cells)
    return out


def law_table(table: Any, least: int = 2) -> bool:
    """Does a Word table set the law itself, a row per article (the article's number alone in its first cell, its
    text in the next; chapters as rows of their own)? The rule the web-page importer uses (parse/tables.py
    :func:`law_rows`), on the rows' cells (a merged cell once; a cell merged down from the row above is empty);
    ``least``: the article rows it needs (one for a further table of a file whose law is set in such tables)."""
    from ..parse.tables import law_rows

    return law_rows([[_plain_cell(c) if c is not None else "" for _, c in r] for r in _first_seen(table)], least)


def cell_items(cell: Any, numbering: Numbering) -> list[Any]:
    """A table cell's content in order: its paragraphs (python-docx ``Paragraph``), those inside content controls
    included, and each table inside it as one block, its pipe table (:func:`table_lines`); a table inside that lays
    out the page (one column, articles inside) gives its cells' content in turn. ``cell.paragraphs`` alone would
    leave a table inside a cell out, and every character of it would be lost."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[Any] = []
    for child in body_blocks(cell._tc):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, cell))
        elif tag == "tbl":
            inner = Table(child, cell)
            lines, _, _ = table_lines(inner, numbering)
            if lines:
                out.append(Block([Line(t) for t in lines]))
            else:
                out.extend(it for row in _first_seen(inner) for _, c in row if c is not None
                           for it in cell_items(c, numbering))
    return out


# a header cell that names a column of the editor's words beside the law ("Notes", "Remarks", "Amendments",
# "Commentary", "Source", "Status"): its cells are set apart from the articles
_NOTES_HEADER = re.compile(r"(?i)(?<![a-z])(?:comments?|commentary|annotations?|editor(?:'s|ial)?|notes?|remarks?|"
                           r"amendments?|amendment[ ]history|history|sources?|explanations?|status)(?![a-z])")


def _law_rows_split(table: Any, numbering: Numbering) -> tuple[list[Any], list[Furniture], set[int]]:
    """The content of a table that sets the law a row per article (:func:`law_table`), row by row and cell by cell,
    in reading order: the number cell, the text cell, then any other. A row whose cells only name the columns
    ("Provision | Text", "Article | Content | Notes": a few words each, no number) is listed, not read; a number cell
    whose caption stands in a paragraph of its own under the number is one heading line ("Article 5 Entry into
    force"), as the number and caption of a heading are; a column
    its header names as the editor's notes (``_NOTES_HEADER``) is read, every character, with its paragraphs' indexes
    returned so that they are written as block quotes (the editor's words, kept beside the article, not law)."""
    from ..parse import patterns as P
    from ..parse.tables import column_names_row

    aside: list[Furniture] = []
    items: list[Any] = []
    quoted: set[int] = set()
    notes: set[int] = set()
    grid = [[(k, c) for k, c in row if c is not None] for row in _first_seen(table)]  # (grid column, cell) per row
    plain = [[_plain_cell(c) for _, c in cells] for cells in grid]
    head = column_names_row(plain)
    for n, (cells, texts) in enumerate(zip(grid, plain, strict=True)):
        if n == head:
            aside.extend(Furniture(t, "header row of a table that sets the law a row per article (it names the "
                                      "columns)") for t in texts if t)
            notes = {k for (k, _), t in zip(cells, texts, strict=True) if k > 0 and _NOTES_HEADER.search(t)}
            continue
        for k, c in cells:
            if k == 0 and P.LAW_ROW_CELL.fullmatch(texts[0]) and any(t for t in texts[1:]) and \
                    sum(bool(p.text.strip()) for p in c.paragraphs) > 1:
                # "Article 5" over its caption "Entry into force" in the number cell: one heading line
                items.append(Block([Line(_cell_text(c))]))
                continue
            for it in cell_items(c, numbering):
                if k in notes and not isinstance(it, Block):
                    quoted.add(len(items))
                items.append(it)
    return items, aside, quoted


def _distinct(cells: list[Any]) -> list[Any]:
    """The cells of a row, a merged cell once."""
    out: list[Any] = []
    for c in cells:
        if not any(c._tc is o._tc for o in out):
            out.append(c)
    return out


def _cell_text(tc: Any, numbering: Numbering | None = None, counted: list[int] | None = None) -> str:
    """The text of a table cell: its paragraphs (and those of tables inside it) in order, joined by spaces, each
    with the number Word prints before it, if any."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    parts: list[str] = []
    for p in tc._tc.iter(qn("w:p")):
        label = numbering.label(Paragraph(p, tc)) if numbering is not None else None
        if label is not None and counted is not None:
            counted[0] += 1
        text = "".join(node.text or "" if node.tag == qn("w:t") else " " for node in p.iter(qn("w:t"), qn("w:br"),
                                                                                              qn("w:tab")))
        text = (label or "") + text
        if text.strip():
            parts.append(" ".join(text.split()))
    return " ".join(parts)


class RecordBlock(Stage):
    """Reads ``tree`` and ``blocks``; writes a rule ("* * *") into ``blocks`` before the closing record block of a
    document in the government document format (GB/T 9704: the copy-to line and the line of the office that printed
    it, with the date, between horizontal rules after the body), so that the parser keeps them apart as words after
    the law (its ``after-closing-rule``).

    Told by the rules, never by the words: the last body paragraph with a top border opens it when every non-empty
    paragraph from there to the end is short (two printed lines at most), ruled only above or below (a box, with a
    side border, is a note of the text's own) and holds no "shall", "must" or "may", and the last of them has a bottom
    border. Where a paragraph so ruled binds someone, no rule is written and the user is told."""

    def __call__(self, draft: Draft) -> None:
        from docx.oxml.ns import qn

        from ..parse.patterns import SET_APART_MODAL

        paras = [c for c in body_blocks(draft.tree.element.body) if c.tag == qn("w:p")]
        full = [p for p in paras if _para_text(p).strip()]

        def sides(p: Any) -> set[str]:
            bdr = p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
            return set() if bdr is None else {e.tag.rsplit("}", 1)[-1] for e in bdr
                                              if e.get(qn("w:val")) not in (None, "nil", "none")}

        top = next((k for k in range(len(full) - 1, -1, -1) if "top" in sides(full[k])), None)
        if top is None or top == 0 or "bottom" not in sides(full[-1]):
            return
        run = full[top:]
        if len(run) > 4 or any(sides(p) & {"left", "right", "between"} or len(_para_text(p)) > 200 for p in run):
            return
        texts = [" ".join(_para_text(p).split()) for p in run]
        if any(SET_APART_MODAL.search(t) for t in texts):
            what = (f"the text ends with {len(run)} paragraph(s) between rules, as a record block is set "
                    f"({texts[0][:60]!r} ...), but one of them binds someone: read as the law's text")
            draft.notes.append(what)
            draft.doubts.append(("after-law-doubt", what))
            return
        tail = [" ".join(b.text.split()) for b in draft.blocks[-len(run):]]
        if len(draft.blocks) <= len(run) or [t.replace(" ", "") for t in tail] != [t.replace(" ", "") for t in texts]:
            return
        draft.blocks.insert(len(draft.blocks) - len(run), Block([Line("* * *")]))
        draft.notes.append(f"the text closes with a record block ({len(run)} paragraph(s) between horizontal rules: "
                           "the copy-to and printing lines of an official document): a rule is written before it, "
                           "so that it is kept apart from the law")


PIPELINE: list[Stage] = [OpenDocx(), HeadersAndFooters(), DocxBlocks(), RecordBlock(), WordNotes()]
