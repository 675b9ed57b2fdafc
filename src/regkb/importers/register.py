"""A law laid out as a spreadsheet's rows (a compliance register, a law extract saved as tab- or comma-separated text).

One row per article (or per paragraph); columns such as chapter | article number | article text | notes / owner /
status. The class is told by its layout, never by its words:

- the file is a delimited table: it parses (quoted cells with the delimiter or line breaks inside, as spreadsheet
  programs write them) into at least :data:`MIN_ROWS` rows that all have the same number of cells, two or more;
- one column holds article labels ("5", "Article 5", "Art. 5", "第五条"), blank or repeated where a row continues
  the article above (one row per paragraph); of several such columns (a row number, a year) the one whose header
  names articles, else whose cells do, else the first; another holds the law's text: the longest cells, filled in nearly every row;
- columns whose cells are all part headings ("Chapter II ...", "Section 1 ...", "第二章 ..."), or that a header row
  names so, hold labels: a blank cell there repeats the cell above (a merged cell exported as blanks);
- the first row is a header when its cell in the article column is no article label: it names the columns.

The rows become what the parser reads: a heading where a label column changes, "Article N" and the text cell's first
paragraph, the rest of the cell's lines as the article's paragraphs. Every cell of every other column (notes, owner,
status) and the header row stay out of the law, each listed in the import's left-out text; a note and an info in
`regkb check` say which column was read as what. A table in which no column reads as article labels or as text, or
whose rows are ragged, is kept whole as today and, when the suffix (.tsv, .csv) or the layout says it is a table,
reported (warning ``register-doubt``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from .pipeline import Block, Draft, Furniture, Line, Stage, report_doubt

MIN_ROWS = 3  # data rows: fewer are no register
LABEL_SHARE = 0.8  # share of a column's filled cells that must be article labels
TEXT_FILLED = 0.9  # share of the rows whose text cell is filled
MIN_TEXT_MEAN = 25  # characters: a text column's mean cell (labels and status words are shorter)
MAX_HEADER_CELL = 60  # characters: a header row's cells are column names
DELIMITERS = {"\t": "tab", ",": "comma", ";": "semicolon"}
TABLE_SUFFIXES = (".tsv", ".csv", ".tab")

# an article's label alone in its cell: "5", "5a", "Article 5", "Art. 5.", "第五条", "第 5 条"
ARTICLE_CELL = re.compile(r"(?:(?:Article|Art\.?)[ \t]*)?(?P<num>\d+[a-z]?)\.?|第[ \t　]?[一二三四五六七八九十百零〇\d]+[ \t　]?条",
                          re.IGNORECASE)
ARTICLE_HEADER = re.compile(r"\b(?:article|art)\b|条", re.IGNORECASE)  # a header cell naming the article column
WORDED_LABEL = re.compile(r"Art|第", re.IGNORECASE)  # a label that says it is an article's, not a bare number
BARE_NUMBER = re.compile(r"\d+[a-z]?\.?|[IVXLC]+\.?", re.IGNORECASE)
# a header cell naming a label column, and the word the column's bare numbers take ("Chapter" + "2")
HEADER_LABEL = re.compile(r"(?P<word>chapter|section|part|章|节)\b", re.IGNORECASE)
_WORD_OF = {"章": "Chapter", "节": "Section"}


def _heading(cell: str) -> bool:
    """Is ``cell`` a part heading the parser reads (chapter, section, part; English or Chinese)?"""
    from ..parse import patterns as P

    return bool(P.CHAPTER.match(cell) or P.CJK_CHAPTER.match(cell) or P.SECTION.match(cell)
                or re.match(r"(?:Part[ \t]+\S+|第[一二三四五六七八九十百零〇\d]+[编节])", cell))


@dataclass(slots=True)
class Register:
    """How a table was read: its delimiter, rows, header and the role of each column."""

    delimiter: str
    rows: list[list[str]]
    header: list[str] | None
    article: int
    text: int
    labels: dict[int, str] = field(default_factory=dict)  # column -> the word its bare numbers take ("" if none)
    titles: list[str] = field(default_factory=list)  # the title rows above the table, one filled cell each

    def name(self, col: int) -> str:
        """How the notes name column ``col``: its header cell, quoted, or "column N" when the table has no header."""
        if self.header and self.header[col].strip():
            return repr(" ".join(self.header[col].split()))
        return f"column {col + 1}"


def _rows(text: str, delimiter: str) -> list[list[str]] | None:
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return [r for r in rows if any(c.strip() for c in r)]


def tables(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each delimiter (tab, comma, semicolon, in that order) under which ``text`` is a delimited table (all rows of one
    width, two cells or more), with its rows: a text quoted for one delimiter may parse evenly under another too."""
    out = []
    for delim in DELIMITERS:
        rows = _rows(text, delim)
        if rows and len(rows) > MIN_ROWS - 1 and len(rows[0]) > 1 and all(len(r) == len(rows[0]) for r in rows):
            out.append((delim, rows))
    return out


def table_rows(text: str) -> tuple[str, list[list[str]]] | None:
    """The first delimiter and rows under which ``text`` is a delimited table (:func:`tables`), or None."""
    found = tables(text)
    return found[0] if found else None


def _ragged(text: str) -> bool:
    """Do most lines of ``text`` hold the same number (one or more) of tabs, yet the rows do not parse to one width?"""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    counts = [ln.strip().count("\t") for ln in lines]  # an indent is no cell
    if len(lines) < MIN_ROWS or not any(counts):
        return False
    common = max(set(counts), key=counts.count)
    return common > 0 and counts.count(common) >= LABEL_SHARE * len(lines)


def read_register(text: str) -> Register | None:
    """The register ``text`` lays out, or None when it is no table or no column reads as article labels and text:
    the first delimiter under which it is a table and reads as a register."""
    for delim, rows in tables(text):
        reg = _read_rows(delim, rows)
        if reg is not None:
            return reg
    return None


def _read_rows(delim: str, rows: list[list[str]]) -> Register | None:
    """The register laid out by ``rows`` (cells split at ``delim``), or None (:func:`read_register`)."""
    width = len(rows[0])
    # title rows above the table (the register's name, its source, an export line): a spreadsheet writes them in the
    # first cell of a row (A1, A2, or a merged cell exported as that cell and blanks); they name the table, not its
    # columns. A row whose one filled cell stands in another column is a row of the table (its text, a label)
    title = 0
    while title < len(rows) and not any(c.strip() for c in rows[title][1:]):
        title += 1
    titles, rows = rows[:title], rows[title:]
    if len(rows) < MIN_ROWS:
        return None
    body = rows[1:] if not ARTICLE_CELL.fullmatch(rows[0][0].strip()) else rows  # probe without a possible header
    labelled = []
    for col in range(width):
        filled = [r[col].strip() for r in body if r[col].strip()]
        if filled and sum(bool(ARTICLE_CELL.fullmatch(c)) for c in filled) >= LABEL_SHARE * len(filled):
            labelled.append(col)
    if not labelled:
        return None
    # several columns of numbers (a row number, a year): the one its header or its cells call articles
    article = min(labelled, key=lambda c: (not ARTICLE_HEADER.search(rows[0][c]),
                                           not any(WORDED_LABEL.match(r[c].strip()) for r in body), c))
    header: list[str] | None = None
    if not ARTICLE_CELL.fullmatch(rows[0][article].strip()):
        if any(len(c) > MAX_HEADER_CELL or "\n" in c for c in rows[0]):
            return None
        header, rows = rows[0], rows[1:]
    # the rows before the first article may only be part headings (a chapter's row above its first article)
    first = next((i for i, r in enumerate(rows) if r[article].strip()), None)
    if len(rows) < MIN_ROWS or first is None or not all(_heading(c.strip()) for r in rows[:first] for c in r if c.strip()):
        return None
    means = {}
    for col in range(width):
        cells = [r[col].strip() for r in rows]
        filled = [c for c in cells if c]
        if col != article and len(filled) >= TEXT_FILLED * len(rows):
            means[col] = sum(map(len, filled)) / len(filled)
    if not means or max(means.values()) < MIN_TEXT_MEAN:
        return None
    text_col = max(means, key=lambda c: means[c])
    reg = Register(delim, rows, header, article, text_col, titles=[" ".join(c.strip() for c in r if c.strip())
                                                                  for r in titles])
    for col in range(width):
        if col in (article, text_col):
            continue
        filled = [r[col].strip() for r in rows if r[col].strip()]
        named = HEADER_LABEL.search(header[col]) if header else None
        if filled and all(_heading(c) for c in filled):
            reg.labels[col] = ""
        elif named and filled and all(len(c) <= MAX_HEADER_CELL and "\n" not in c for c in filled):
            reg.labels[col] = _WORD_OF.get(named.group("word"), named.group("word").capitalize())
    return reg


def _article_label(cell: str) -> str:
    m = ARTICLE_CELL.fullmatch(cell)
    if m and m.group("num"):
        return f"Article {m.group('num')}"
    return cell


def blocks_of(reg: Register, draft: Draft) -> list[Block]:
    """The rows as headings and article paragraphs; every other column's cells and the header row in
    ``draft.furniture``."""
    out: list[Block] = []
    shown: dict[int, str] = {}
    carried: dict[int, str] = {}
    article_shown = ""
    heading_shown = ""  # the last part heading a row wrote in the text column ("Chapter I General Provisions")
    for t in reg.titles:
        draft.furniture.append(Furniture(t, "a title row above the register's table (its name, source or export "
                                            "line; not law)"))
    if reg.header:
        draft.furniture.append(Furniture(" | ".join(reg.header), "the register's header row (column names, not law)"))
    for n, row in enumerate(reg.rows, start=2 if reg.header else 1):
        for col in sorted(reg.labels):
            cell = " ".join(row[col].split()) or carried.get(col, "")
            carried[col] = cell
            if cell and cell != shown.get(col):
                shown[col] = cell
                for lower in [c for c in shown if c > col]:
                    shown.pop(lower)  # a new chapter shows its first section again
                word = reg.labels[col]
                line = f"{word} {cell}" if word and BARE_NUMBER.fullmatch(cell) else cell
                if heading_shown == line or heading_shown.startswith(line + " "):
                    continue  # the text column's own heading row named this part already, with its title
                out.append(Block([Line(line)]))
        paras = [" ".join(p.split()) for p in row[reg.text].split("\n") if p.strip()]
        if len(paras) == 1 and not " ".join(row[reg.article].split()) and _heading(paras[0]):
            heading_shown = paras[0]
        label = " ".join(row[reg.article].split())
        if label == article_shown:  # the label repeated on each of an article's rows (one row per paragraph)
            label = ""
        if label:
            article_shown = label
            head = _article_label(label)
            first = f"{head} {paras[0]}" if paras else head
            out.append(Block([Line(first)]))
            paras = paras[1:]
        out.extend(Block([Line(p)]) for p in paras)
        for col, cell in enumerate(row):
            if col not in reg.labels and col not in (reg.article, reg.text) and cell.strip():
                draft.furniture.append(Furniture(f"row {n}, {reg.name(col)}: {cell.strip()}",
                                                 "a register column that is not the law's text"))
    return out


def says(reg: Register, path: str) -> str:
    """What the import tells about how it read the register."""
    width = len(reg.rows[0])
    left = [c for c in range(width) if c not in reg.labels and c not in (reg.article, reg.text)]
    parts = [f"{path} read as a register table ({DELIMITERS[reg.delimiter]}-separated, {len(reg.rows)} rows"
             + (", a header row" if reg.header else ", no header row") + ")",
             f"{reg.name(reg.text)} holds the law's text", f"{reg.name(reg.article)} the article labels"]
    if reg.labels:
        parts.append(", ".join(reg.name(c) for c in sorted(reg.labels))
                     + " the part headings (a blank cell repeats the one above)")
    if left:
        cells = sum(1 for r in reg.rows for c in left if r[c].strip())
        parts.append(", ".join(reg.name(c) for c in left) + f" left out ({cells} cells, listed in the left-out text)")
    return "; ".join(parts)


class RegisterTable(Stage):
    """Reads ``tree`` (the decoded text); when it is a register table (module docstring) writes ``blocks`` from its
    rows, ``furniture`` from its other columns and empties ``tree``; a table it cannot read is kept whole and, when
    the suffix or the layout says it is a table, reported (``register-doubt``)."""

    def __call__(self, draft: Draft) -> None:
        text: str = draft.tree
        reg = read_register(text)
        suffix = draft.path.suffix.lower() in TABLE_SUFFIXES
        if reg is None:
            found = table_rows(text)
            if suffix or (found is not None and found[0] == "\t") or _ragged(text):
                what = (f"{draft.path.name} looks like a table saved as text, but no column reads as article labels "
                        "beside a column of the law's text, or its rows have unequal numbers of cells: it was kept "
                        "whole, as written; put the article number in a column of its own (one row per article or "
                        "paragraph) and add the file again, or turn it into a text")
                draft.tree = text.rstrip("\n") + "\n"
                _doubt_after(draft, what)
            return
        draft.blocks.extend(blocks_of(reg, draft))
        draft.tree = ""
        report_doubt(draft, "register-table", says(reg, draft.path.name))


def _doubt_after(draft: Draft, what: str) -> None:
    """The ``register-doubt`` comment goes at the end of the text that is kept whole (TextBlocks reads it)."""
    draft.notes.append(what)
    draft.tree = f"{draft.tree}\n\n<!-- regkb doubt (register-doubt): {what.replace('-->', '->')} -->\n"
