"""Structure: chapters, sections, articles, paragraphs and items, with spans; junk cut out.

The parser reads the body of a source file line by line, removes page furniture
(field codes, page numbers, running headers, a table of contents), finds the
headings, recovers an article glued inside another one's last line, and splits
each article into paragraphs and enumerated items.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..corpus import SourceFile
from ..model import Article, Block, Chapter, Diagnostic, Dropped, Item, Paragraph, Section, Span
from ..textspan import Clean
from . import chat, mdext
from . import patterns as P
from . import structure_labels as SL
from . import tables as T
from .layout import (
    END_MARK,
    FOOTNOTE_MARK,
    OCR_MODAL,
    block_setting,
    chrome_line,
    end_mark_line,
    field_code_line,
    field_record,
    footnote_definitions,
    for_matching,
    furniture,
    line_end_hyphens,
    ocr_heading,
    odd_characters,
    pages_of,
    quote_mark,
    reads_like_prose,
    script_of,
    unquoted,
)
from .numbers import parse_number, roman
from .sentences import sentence_bounds


@dataclass(slots=True)
class Line:
    start: int  # offset in the source text
    end: int  # offset of the line's end (before "\n")
    text: str  # as in the source
    norm: str = ""  # the same, with Unicode spaces, invisibles and page breaks as plain spaces
    idx: int = 0  # index in the list of lines

    @property
    def stripped(self) -> str:
        return self.norm.strip()


@dataclass(slots=True)
class _Heading:
    kind: str  # "chapter" | "section" | "article"
    number: int
    label: str
    title: str
    line: int  # index into lines
    start: int  # source offset where the heading starts
    body_start: int  # source offset where the text after the heading starts
    label_span: Span = field(default_factory=lambda: Span(0, 0))



# a contents entry's page number (after dot leaders or a space) at its title's end
_COMPARED_KEPT = ("; the other columns' cells are kept as comments beside the article of their row, never as law (a "
                  "'(Deleted)' or '(None)' cell too)")
# What the parser says of each comment an importer leaves (``<!-- regkb doubt (CODE): WHAT -->``): the comment is
# dropped as (what it is), and reported at (level) with (message, its WHAT in place) and (what to do); a code not listed
# is read as "text-not-read"
IMPORT_DOUBTS: dict[str, tuple[str, str, str, str]] = {
    "footnote-doubt": ("comment on the text after it", "warning", "the import doubts the text after this comment: {what}",
                       "if it is a note, write it as '[^label]: ...' and its mark as '[^label]'; if it is law, delete "
                       "the comment"),
    "encoding-doubt": ("comment on the encoding it read the original in", "warning",
                       "the import doubts how it decoded the original: {what}",
                       "compare the accented and Chinese characters with the original; if they are wrong, re-save the "
                       "original as UTF-8 and add it again; then delete the comment"),
    "margin-note": ("list of the notes it left out of the text", "info",
                    "the import left text printed beside the law out of it: {what}",
                    "if one of them is the law's words (a paragraph's caption, an amendment, a translation), copy it "
                    "into the text where it belongs; then delete the comment"),
    "hidden-text": ("comment on text the page hides", "warning", "the import read text the page hides: {what}",
                    "check those parts against the page as shown: delete from the text what is no part of the law; "
                    "then delete the comment"),
    "comparison-table": ("comment on how it read a comparison table", "info",
                         "the document holds a table {what}" + _COMPARED_KEPT.replace("{", "{{").replace("}", "}}"),
                         "check that the column taken is the text in force; then delete the comment"),
    "comparison-doubt": ("comment on a table it could not read as law", "warning",
                         "the import could not tell which column is the law: {what}",
                         "name the versions in the table's header ('Original text' | 'Amended text') and add the file "
                         "again, or delete the text that is not in force; then delete the comment"),
    "struck-through": ("list of the struck-through text it left out", "info",
                       "the import left out text printed struck through (deleted text): {what}",
                       "if a struck word is in force, copy it into the text where it belongs; then delete the comment"),
    "contents-doubt": ("comment on where a table of contents ends", "warning",
                       "the import doubts where a table of contents ends: {what}",
                       "check the paragraphs after the contents list: entries left in the law belong before the first "
                       "heading of the body; then delete the comment"),
    "after-law-doubt": ("comment on text after the law's last article", "warning",
                        "the import read as law text after the last article that is set as words after a law are: "
                        "{what}", "if it is not law (a newsletter's box or footer, a record block), delete it from the "
                        "text; then delete the comment"),
    "register-table": ("comment on how it read a table of rows (a register)", "info",
                       "the import read a table saved as text as the law's rows: {what}",
                       "check that the column taken as the text is the law and that no left-out column holds its "
                       "words; then delete the comment"),
    "register-doubt": ("comment on a table it could not read as the law's rows", "warning",
                       "the import kept a table saved as text whole: {what}",
                       "give the article labels a column of their own beside the text and add the file again, or "
                       "write the text out; then delete the comment"),
    "text-not-read": ("comment on what it could not read", "warning",
                      "the import could not read all of the original: {what}",
                      "open the original file, copy what is missing into this text where it belongs, then delete the "
                      "comment"),
}
_BREAK = P.HTML_BREAK  # a line break inside a table cell (Markdown has no other)
_PIPE_OR_BREAK = re.compile(r"(?<!\\)\||" + P.HTML_BREAK.pattern, re.IGNORECASE)
# ((bounds20) from the first of a run of leaders only: a match that starts inside the run also starts one character
# earlier, and tried from each of a long run's characters it re-read the rest, quadratic)
_PAGE_AFTER_TITLE = re.compile(r"(?<![\s.…·_])[\s.…·_]*\d{1,4}$")


def _title_ends(title: str, words: str) -> bool:
    """Does a heading's title end with ``words`` (case, spacing, emphasis and a contents entry's page number aside)?"""
    def norm(t: str) -> str:
        return " ".join(_PAGE_AFTER_TITLE.sub("", " ".join(t.split()).strip("#*_ ")).split()).casefold()
    w = norm(words)
    return bool(w) and f" {norm(title)}".endswith(f" {w}")


@dataclass(slots=True)
class Structure:
    chapters: list[Chapter]
    sections: list[Section]
    articles: list[Article]
    blocks: list[Block]
    dropped: list[Dropped]
    diagnostics: list[Diagnostic]
    preamble: str
    preamble_span: Span | None
    headings: list[Span] = field(default_factory=list)  # heading lines (labels and titles) as printed
    paged: bool = False  # the text has pages (markers or form feeds): articles know their pages
    # a definition list's entries (find_definition_list; parse/mdext.py): (the term's span, the definition's span,
    # from the colon that opens it), a definition by layout for the definitions reader
    definition_entries: list[tuple[Span, Span]] = field(default_factory=list)


def split_lines(text: str, start: int) -> list[Line]:
    lines: list[Line] = []
    pos = start
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        raw = text[pos:end]
        lines.append(Line(pos, end, raw, for_matching(raw), len(lines)))
        if nl < 0:
            break
        pos = nl + 1
    return lines


_NEWLINE = re.compile("\n")
# (review20) a deontic verb phrase: a block that holds one states a norm ("shall report", "must not", "may not")
_NORM_WORD = P.NORM_WORD

# Patterns the functions below use, compiled once (a call of re.match/re.sub with a pattern string looks it up in
# re's cache each time)
_WORDS_APOS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LATIN_WORDS = re.compile(r"[A-Za-z]+")
_BLANKS = re.compile(r"\s+")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_CAPTION_WORDS = re.compile(r"[A-Za-z'’-]+")
_LABEL_ONLY = re.compile(r"\d+|[ivxlcIVXLC]+|[a-z]")
_ROMAN = re.compile(P.ROMAN)
_LOWER_ROMAN = re.compile(r"[ivx]+")
_BULLET = re.compile(r"^([ \t]*)([•·▪◦‣\-*+]|\d+[.)])[ \t]+(?=\S)")
# a row of a table copied with its pipes, and its cell borders; HTML's paragraph and inline formatting tags
_ROW_START = re.compile(r"^[ \t]*[|｜]")
_ROW_PIPE = re.compile(r"(?<!\\)[|｜]")
_FORMAT_TAG = re.compile(r"</?(?:p|b|strong|em|i|u|span|div|font|section|article|h[1-6])\b[^<>\n]{0,200}>", re.IGNORECASE)
# what the census and the label-markup report call each class of markup before a label (structure_labels._LEAD)
_MARKUP_NAMES = {"quote": "block-quote marks", "heading": "heading marks", "task": "task boxes", "bullet":
                 "list bullets or glyphs", "number": "list numbers", "pipe": "table pipes", "tag": "HTML tags",
                 "link": "link brackets or link numbers", "emphasis": "emphasis or code marks", "bracket": "brackets",
                 "outliner": "an outliner's bullets before its paragraphs"}


class _Parser:
    def __init__(self, src: SourceFile, doc_id: str) -> None:
        self.src = src
        self.doc = doc_id
        self.text = src.text
        self.lines = split_lines(src.text, src.body_offset)
        self._line_starts = [ln.start for ln in self.lines]
        self._nl = [m.start() for m in _NEWLINE.finditer(src.text)]  # a scan in C, not a loop per character
        self.junk: list[Span] = []  # sorted by start
        self._junk_starts: list[int] = []
        self._junk_reach: list[int] | None = None  # (cut) the furthest end of the junk spans up to each; None: stale
        self._junk_lines: set[int] = set()
        self.dropped: list[Dropped] = []
        self.diags: list[Diagnostic] = []
        self.heading_spans: list[Span] = []
        self._dropped_spans: set[Span] = set()  # what drop() recorded, each span once
        # thematic breaks: Markdown's "---", "***", "___", and a plain text's line of "=" signs set apart by a blank line
        # above it (a line of "=" right under a line of text underlines it: a Markdown heading)
        self.rules = [Span(ln.start, ln.end) for ln in self.lines if P.HORIZONTAL_RULE.match(ln.norm) or (
            _EQUALS_RULE.match(ln.norm) and (ln.idx == 0 or not self.lines[ln.idx - 1].stripped))]
        self._rule_starts = [r.start for r in self.rules]
        self.page_starts: list[tuple[int, int]] = []  # (source offset, page number)
        self.geometric_paragraphs = False  # a PDF's reading text: paragraphs set apart by blank lines (find_junk)
        self.line_mode = False
        self.title_lines: set[int] = set()  # lines that carry a chapter or section title
        self.expected_article: int | None = None
        self.captions: list[int] = []
        self._wrap_width: int | None = None
        self.expected_part: dict[str, int] = {"chapter": 1}  # the next chapter (section) number in sequence  # offsets of article headings that carry a caption
        # pipe tables (parse/tables.py): line index -> "header" | "delimiter" | "row"
        self.table_lines: dict[int, str] = {}
        self.sign_articles = False  # the text labels its articles "§ N" throughout (find_sign_articles)
        if "|" in src.text:
            for t in T.find_tables([ln.norm for ln in self.lines]):
                self.table_lines[t.header] = "header"
                self.table_lines[t.delimiter] = "delimiter"
                for k in range(t.delimiter + 1, t.last + 1):
                    self.table_lines[k] = "row"
        self._table_blocks: dict[int, str] = {}  # source offset of a block -> "header" | "row"
        self.law_quoted = False  # the law is set in block quotes (its article headings are): see read_quotes
        self.comments: list[Block] = []  # the editor's words between the articles (find_comments), text outside
        # any article (part-text), repeated articles set apart (repeated-article)
        self.repeats: dict[int, int] = {}  # article number -> how many repeats of it were set apart
        self.doc_para_style: str | None = None  # the label style of numbered paragraphs, where the text has one
        self._nested: set[int] = set()  # id() of the items of an article that hold a list of their own (_sub_item)
        # Markdown footnotes (find_footnotes): (label, span of the definition, span of its text), and where the marks
        # that point to each label stand (source offsets)
        self.footnotes: list[tuple[str, Span, Span]] = []
        self.footnote_marks: dict[str, list[int]] = {}
        # a text that gives its paragraphs in two languages (find_parallel_text): each paragraph in the other language,
        # with the offset of its twin (the translation beside it), or of itself where it has none
        self.parallel: list[tuple[Span, int]] = []
        self._parallel_lines: set[int] = set()
        self.compared: list[Span] = []  # lines a comparison table's other columns gave (find_marked_compared)
        # the rows of a Markdown comparison table read as law (read_comparison_tables): line index -> the spans of the
        # paragraphs of its law cell (a cell's "<br>" parts paragraphs)
        self.row_paragraphs: dict[int, list[tuple[int, int]]] = {}
        self.chat_messages: list[chat.Message] = []  # a chat export's messages (find_chat_lines; parse/chat.py)
        # a definition list (find_definition_list): its entries' spans, the lines that open a term, the blank lines
        # between a term and its definition (pandoc's), and the definitions' first lines (the colon's)
        self.definition_entries: list[tuple[Span, Span]] = []
        self._dl_terms: set[int] = set()
        self._dl_blanks: set[int] = set()
        self._dl_firsts: set[int] = set()
        self._dl_term_starts: set[int] = set()  # source offsets of the terms' first characters
        self._relabelled: set[int] = set()  # lines whose heading is read through markup (read_hidden_labels)
        # an outliner's export or a table's rows: every block on a line of its own (read_hidden_labels)
        self.block_lines = False
        self.printed_lines = False  # every printed line a paragraph of its own (read_printed_lines)
        self._head_lines: set[int] = set()  # the lines of the headings taken (run)
        self._property_lines: set[int] = set()  # a note tool's property lines (read_tool_furniture)
        self._caption_ends: dict[int, int] = {}  # line -> where markup round its label and caption closed (ditto)

    # --- positions and diagnostics -----------------------------------------------------

    def line_col(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_left(self._nl, offset)
        line_start = self._nl[k - 1] + 1 if k else 0
        return k + 1, offset - line_start + 1

    def line_at(self, offset: int) -> Line:
        return self.lines[max(bisect.bisect_right(self._line_starts, offset) - 1, 0)]

    def diag(self, severity: str, offset: int, message: str, hint: str = "", code: str = "") -> None:
        line, col = self.line_col(offset)
        self.diags.append(Diagnostic(severity, self.src.path, line, col, message, hint, code))  # type: ignore[arg-type]

    def drop(self, start: int, end: int, reason: str) -> None:
        # trim to the junk itself, then record it
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        span = Span(start, end)
        if span in self._dropped_spans:
            return  # dropped already, for another reason (a page number that also closes a mail's signature): once
        self._dropped_spans.add(span)
        k = bisect.bisect_left(self._junk_starts, start)
        self._junk_starts.insert(k, start)
        self.junk.insert(k, span)
        self._junk_reach = None
        first = self.line_at(start).idx
        last = self.line_at(end - 1).idx
        for i in range(first, last + 1):
            ln = self.lines[i]
            lead = len(ln.norm) - len(ln.norm.lstrip())
            if ln.stripped and start <= ln.start + lead and end >= ln.start + len(ln.norm.rstrip()):
                self._junk_lines.add(i)
        line, _ = self.line_col(start)
        self.dropped.append(Dropped(self.doc, self.text[start:end], span, line, reason))

    def cut(self, a: int, b: int) -> list[Span]:
        """The junk and the horizontal rules that overlap ``[a, b)``. Junk spans may nest (a block kept apart, such as
        the publisher's words after the law, holds the link markup dropped inside it): every span that starts before
        ``a`` and reaches into it counts, not only the last to start (``_junk_reach``: the furthest end of the spans
        up to each one, kept while no span is added)."""
        out: list[Span] = []
        for spans, starts in ((self.junk, self._junk_starts), (self.rules, self._rule_starts)):
            k = bisect.bisect_left(starts, a)
            if spans is self.junk:
                if self._junk_reach is None:
                    self._junk_reach = list(itertools.accumulate((s.end for s in spans), max))
                j = bisect.bisect_right(self._junk_reach, a, 0, k)  # the first span whose reach passes ``a``
                out.extend(s for s in spans[j:k] if s.end > a)
            elif k > 0 and spans[k - 1].end > a:
                k -= 1
            while k < len(spans) and spans[k].start < b:
                out.append(spans[k])
                k += 1
        return out

    def clean(self, a: int, b: int) -> Clean:
        return Clean.from_source(self.text, a, b, self.cut(a, b))

    # --- pass 1: pages and their furniture ---------------------------------------------

    def find_junk(self) -> None:
        self.find_sign_articles()
        self.read_line_numbers()
        self.read_tool_furniture()
        self.read_ocr_misreadings()
        self.read_quotes()
        self.read_comparison_tables()
        self.read_law_tables()
        self.find_mail_lines()
        self.find_chat_lines()
        raw = [ln.text for ln in self.lines]
        pages, how = pages_of(raw, self._line_starts)
        if how in ("markers", "form feeds"):
            self.page_starts = [(p.start, p.number) for p in pages]
        # page markers are written by the PDF importer, which has already set its paragraphs apart by blank lines,
        # from the page's geometry (gaps, indents, the fill of each line): its line breaks are wraps (_hard_break)
        self.geometric_paragraphs = how == "markers"
        for ln in self.lines:
            if P.PAGE_MARKER.match(ln.text):
                self.drop(ln.start, ln.end, "page marker (where a page of the original begins)")
        for f in furniture(raw, pages, how, lambda k: bool(self.heading_of(self.lines[k])), self._in_sentence):
            ln = self.lines[f.line]
            self.drop(ln.start, ln.end, f.reason)
            if reads_like_prose(ln.stripped):
                self.diag("warning", ln.start + len(ln.norm) - len(ln.norm.lstrip()),
                          f"a line that reads like law was dropped as page furniture: {ln.stripped[:60]!r}",
                          "check the page edges of the source; if it is law, it is missing from the article",
                          "dropped-prose")
        for rule in self.rules:
            self.drop(rule.start, rule.end, "horizontal rule (layout markup)")
        for ln in self.lines:
            for m in P.FIELD_CODES.finditer(ln.text):
                self.drop(ln.start + m.start(), ln.start + m.end(), "word-processor field code (page footer)")
        self.find_marked_parallel()
        self.find_marked_compared()
        self.find_marked_contents()
        self.drop_html_markup()
        self.read_hidden_labels()
        self.find_parallel_text()
        self.find_site_markdown()
        self.find_definition_list()
        self.drop_invisible_characters()
        self._report_odd_characters()
        if not self.geometric_paragraphs:  # a PDF's reading text has its hyphens joined by the importer already
            self.join_line_end_hyphens()
        self.find_footnotes()
        k = end_mark_line([ln.norm for ln in self.lines], lambda k: self.is_junk_line(self.lines[k]))
        if k is not None:
            ln = self.lines[k]
            self.drop(ln.start, ln.end, "end mark (the publisher's sign that the text ends here; not law)")

    def find_parallel_text(self) -> None:
        """A bilingual edition that gives its paragraphs twice, the Chinese paragraph and its English translation one
        after the other ("第四条 ..." then "Article 4 ...", or the English first): the parser reads the English, the
        language of its headings and its patterns; each paragraph in Chinese characters is the parallel text, kept
        apart, every character with its span, as a block of kind ``parallel`` beside the article (chapter) its twin
        belongs to (made in :meth:`_parallel_blocks`), never read as law: no second article, no Chinese words in an
        English paragraph. Told by script, never by words: a run of lines more Chinese ideographs than Latin letters
        (layout.script_of) is a paragraph of the other language. The text is such an edition when an English article
        heading stands beside a Chinese one ("第N条") that opens a run of the other script; which comes first is read
        from those pairs (where the headings carry both languages on one line, "第一条 / Article 1", from Chinese
        sentences in the articles' bodies beside English paragraphs), and most Chinese paragraphs must have their twin
        on that side (a heading beside a heading of its number, a paragraph beside a paragraph). Where a paragraph's twin is doubtful (a "第N条" beside no "Article N", a paragraph beside a
        heading, two Chinese paragraphs in a row), ``regkb check`` says so (``parallel-doubt``)."""
        runs = self._script_runs()
        cjk = [k for k, (_a, _b, script) in enumerate(runs) if script == "cjk"]
        if len(cjk) < 2:
            return
        latin = [k for k, r in enumerate(runs) if r[2] == "latin"]
        if not latin:
            return

        def opening(k: int) -> tuple[str, int | None]:
            """What run ``k`` opens: ("article" | "chapter", its number) or ("", None)."""
            ln = self.lines[runs[k][0]]
            for kind, pat in (("article", P.ARTICLE), ("article", P.CJK_ARTICLE), ("chapter", P.CHAPTER),
                              ("chapter", P.CJK_CHAPTER)):
                m = pat.match(ln.norm)
                if m:
                    return kind, parse_number(m.group("num"))
            return "", None

        def twin(k: int, before: bool) -> int | None:
            j = k + 1 if before else k - 1
            return j if 0 <= j < len(runs) and runs[j][2] == "latin" else None

        votes: Counter[bool] = Counter()
        for k in cjk:
            kind, num = opening(k)
            if kind != "article":
                continue
            for before in (True, False):
                j = twin(k, before)
                if j is not None and opening(j) == ("article", num):
                    votes[before] += 1
        if not votes:
            # no Chinese article beside its English one. Headings in both languages on one line ("第一条 / Article 1")
            # and each paragraph in both below them: Chinese sentences in the articles' bodies, each beside an English
            # paragraph, make the edition; which comes first is read from the paragraphs beside them. A Chinese title
            # or a Chinese name cited alone is no such edition
            opener = next((k for k in latin if opening(k)[0] == "article"), None)
            inside = [k for k in cjk if opener is not None and k > opener
                      and len(P.CJK_IDEOGRAPH.findall(self.text[self.lines[runs[k][0]].start:
                                                               self.lines[runs[k][1]].end])) >= 8]
            if len(inside) < 2:
                return
            for k in inside:
                for before in (True, False):
                    j = twin(k, before)
                    if j is not None and not opening(j)[0]:
                        votes[before] += 1
        before = votes[True] >= votes[False]
        if sum(j is not None and opening(j) == opening(k) for k in cjk for j in [twin(k, before)]) * 2 < len(cjk):
            return  # most Chinese paragraphs stand beside no English twin: a text in Chinese, not a parallel edition
        doubts: list[tuple[int, str]] = []
        for k in cjk:
            a, b, _ = runs[k]
            first, last = self.lines[a], self.lines[b]
            start = first.start + len(first.text) - len(first.text.lstrip())
            end = last.start + len(last.text.rstrip())
            j = twin(k, before)
            mine = opening(k)
            if j is None:
                doubts.append((start, f"{first.stripped[:30]!r} has no English paragraph "
                                      f"{'after' if before else 'before'} it"))
            elif opening(j) != mine:
                theirs = self.lines[runs[j][0]].stripped[:30]
                doubts.append((start, f"{first.stripped[:30]!r} stands beside {theirs!r}, which "
                                      + ("opens no " + ("Article" if mine[0] == "article" else "Chapter") + f" {mine[1]}"
                                         if mine[0] else "opens a heading")))
            self.parallel.append((Span(start, end), self.lines[runs[j][0]].start if j is not None else start))
            self.exclude(start, end)
            self._parallel_lines.update(range(a, b + 1))
        self.diag("info", self.parallel[0][0].start, f"{len(cjk)} paragraph(s) in Chinese characters stand "
                  f"{'before' if before else 'after'} their English translation: kept apart as the parallel text "
                  "(the text in the other language), beside the article they translate, never read as law",
                  "the English paragraphs are read; if a Chinese paragraph has no English twin, its law is not read",
                  "parallel-text")
        for at, what in doubts:
            self.diag("warning", at, f"a paragraph of the parallel text may be paired wrongly: {what}; it is kept "
                      "apart, not read as law", "check that every Chinese paragraph stands next to its English "
                      "translation, in the same order as the others", "parallel-doubt")

    def find_marked_parallel(self) -> None:
        """The parallel text an importer wrote into the reading text, each line opening with its mark
        (``<!-- regkb parallel -->``, patterns.PARALLEL_MARK: a Word table's Chinese column, written after the English
        cell of its row). The mark is trusted, whatever the line says: the rest of the line is cut out of the law and
        kept, every character with its span, as a block of kind ``parallel`` beside the heading it stands under (made
        in :meth:`_parallel_blocks`), so no line of it is ever read as law, not even a "第五条" as a second Article 5.
        The mark itself is listed as dropped. A marked line not in Chinese characters is kept apart all the same, with
        a warning (``parallel-doubt``): marked by hand on a line of the law?"""
        if P.PARALLEL_MARK not in self.text:
            return
        kept: list[int] = []
        for ln in self.lines:
            m = P.PARALLEL_LINE.match(ln.text)
            if m is None:
                continue
            self.drop(ln.start, ln.start + m.end(), "the import's mark of the parallel text (the other language)")
            start, end = ln.start + m.end(), ln.start + len(ln.text.rstrip())
            if end <= start:
                continue
            self.parallel.append((Span(start, end), start))
            self.exclude(start, end)
            self._parallel_lines.add(ln.idx)
            kept.append(start)
            if script_of(self.text[start:end]) != "cjk":
                self.diag("warning", start, f"a line marked as the parallel text is not in Chinese characters: "
                          f"{self.text[start:end][:40]!r}; it is kept apart, not read as law",
                          f"if it is law, delete the mark {P.PARALLEL_MARK!r} before it", "parallel-doubt")
        if kept:
            self.diag("info", kept[0], f"{len(kept)} line(s) marked by the import as the parallel text (the text in the "
                      "other language) are kept apart beside the heading they stand under, never read as law",
                      "nothing to do: the import marked them", "parallel-text")

    def find_marked_compared(self) -> None:
        """The columns of a comparison table that are not the law, as an importer wrote them into the reading text,
        each line opening with its mark (``<!-- regkb compared -->``, patterns.COMPARED_MARK: the earlier version's
        text, the notes on the amendment, a "(Deleted)" cell; importers/docx.py, importers/html.py, the column chosen
        by parse/tables.py comparison_columns). The mark is trusted: the rest of the line is cut out of the law and
        kept, every character with its span, as a comment beside the heading it stands under (made in
        :meth:`_compared_blocks`), so the earlier text of an article is never read as a second article or as law. The
        mark itself is listed as dropped."""
        if P.COMPARED_MARK not in self.text:
            return
        for ln in self.lines:
            m = P.COMPARED_LINE.match(ln.text)
            if m is None:
                continue
            self.drop(ln.start, ln.start + m.end(), "the import's mark of a comparison table's column that is not law")
            start, end = ln.start + m.end(), ln.start + len(ln.text.rstrip())
            if end > start:
                self.compared.append(Span(start, end))
                self.exclude(start, end)

    def _compared_blocks(self, heads: list[_Heading]) -> None:
        """The lines of :meth:`find_marked_compared` as comments (kind ``comment``, not law): eId ``<article or
        chapter eId>__comment_N`` after the heading under which they stand, ``comment_N`` before the first heading."""
        if not self.compared:
            return
        starts = [h.start for h in heads]
        counts: Counter[str] = Counter(b.eid.rsplit("__comment_", 1)[0] if "__comment_" in b.eid else ""
                                       for b in self.comments if b.kind == "comment")
        chapter: dict[int, int | None] = {}
        cur: int | None = None
        for k, h in enumerate(heads):
            cur = h.number if h.kind == "chapter" else cur
            chapter[k] = cur
        for span in self.compared:
            k = bisect.bisect_right(starts, span.start) - 1
            owner = ""
            if k >= 0:
                h = heads[k]
                owner = {"article": f"art_{h.number}", "chapter": f"chp_{h.number}"}.get(
                    h.kind, (f"chp_{chapter[k]}__" if chapter[k] is not None else "") + f"sec_{h.number}")
            counts[owner] += 1
            eid = (f"{owner}__" if owner else "") + f"comment_{counts[owner]}"
            self.comments.append(Block(f"{self.doc}/{eid}", self.doc, eid, "comment", 0,
                                       self.text[span.start:span.end], span))

    def _script_runs(self) -> list[tuple[int, int, str]]:
        """The runs of content lines of one script (first line, last line, "cjk" | "latin"): a blank line, a line of the
        other script, junk or a table line ends a run, and a heading line starts one (a text with one paragraph per line
        and no blank lines). A line without letters (a rule, a number) ends one too."""
        runs: list[tuple[int, int, str]] = []
        cur: tuple[int, int, str] | None = None
        for ln in self.lines:
            script = script_of(ln.norm) if ln.stripped and not self.is_junk_line(ln) \
                and ln.idx not in self.table_lines else ""
            if cur is not None and script == cur[2] and ln.idx == cur[1] + 1 and not self.heading_of(ln):
                cur = (cur[0], ln.idx, script)
                continue
            if cur is not None:
                runs.append(cur)
                cur = None
            if script:
                cur = (ln.idx, ln.idx, script)
        if cur is not None:
            runs.append(cur)
        return runs

    def _parallel_blocks(self, heads: list[_Heading]) -> None:
        """The parallel text as blocks of kind ``parallel``: eId ``<article or chapter eId>__parallel_N`` after the
        heading under which its twin stands, ``parallel_N`` before the first heading (the title, a note)."""
        starts = [h.start for h in heads]
        counts: Counter[str] = Counter()
        chapter: dict[int, int | None] = {}
        cur: int | None = None
        for k, h in enumerate(heads):
            cur = h.number if h.kind == "chapter" else cur
            chapter[k] = cur
        for span, at in self.parallel:
            k = bisect.bisect_right(starts, at) - 1
            owner = ""
            if k >= 0:
                h = heads[k]
                owner = {"article": f"art_{h.number}", "chapter": f"chp_{h.number}"}.get(
                    h.kind, (f"chp_{chapter[k]}__" if chapter[k] is not None else "") + f"sec_{h.number}")
            counts[owner] += 1
            eid = (f"{owner}__" if owner else "") + f"parallel_{counts[owner]}"
            self.comments.append(Block(f"{self.doc}/{eid}", self.doc, eid, PARALLEL, 0, self.text[span.start:span.end],
                                       span))

    def drop_html_markup(self) -> None:
        """Markup that a rendered Markdown page never shows is not law (a wiki's or a converter's export): an HTML
        comment (``<!-- ... -->``, over several lines too: a reviewer's remark, with its modal words), an empty anchor
        (``<a id="art-4"></a>``), a raised note mark (``<sup><a href="#fn1">1</a></sup>``, ``<sup>2</sup>``) and the
        brackets and target of a Markdown link (``[Article 4](#art-4)``: its words are kept). Each is cut out of the
        text and listed as dropped with its span, by its form, never by its words; page markers are dropped before."""
        counts: Counter[str] = Counter()
        # each comment from its opening to the first closing after it; when no closing follows an opening, none follows
        # a later one either (scanning from each opening to the end again would take quadratic time)
        at = self.text.find("<!--")
        while at >= 0 and (m := P.HTML_COMMENT.match(self.text, at)) is not None:
            if (doubt := P.IMPORT_DOUBT.match(m.group())) is not None:
                code = doubt.group("code")
                dropped, level, said, hint = IMPORT_DOUBTS.get(code, IMPORT_DOUBTS["text-not-read"])
                self.drop(m.start(), m.end(), f"the import's {dropped} (not law)")
                self.diag(level, m.start(), said.format(what=doubt.group("what")), hint,
                          code if code in IMPORT_DOUBTS else "text-not-read")
            elif not P.PAGE_MARKER.match(m.group()) and m.group() not in (P.PARALLEL_MARK, P.CONTENTS_MARK,
                                                                                      P.COMPARED_MARK):
                # (dropped before: a page marker, the parallel text's mark, a contents line with its mark)
                self.drop(m.start(), m.end(), "HTML comment (markup a rendered page never shows; not law)")
                counts["comment"] += 1
            at = self.text.find("<!--", m.end())
        for m in P.HTML_EMPTY_ANCHOR.finditer(self.text):
            self.drop(m.start(), m.end(), "empty HTML anchor (a link target; shows nothing)")
            counts["anchor"] += 1
        for m in P.HTML_NOTE_MARK.finditer(self.text):
            if m.group("mark") in ("2", "3") and P.UNIT_BEFORE_POWER.search(self.text, max(m.start() - 16, 0),
                                                                             m.start()):
                # (session 15) a unit's power ("6 m<sup>2</sup>"): the digit is law ("6 m2"), only the tags are markup
                self._drop_markup(m.start(), m.start("mark"), "HTML superscript tag (a unit's power; the digit is kept)")
                self._drop_markup(m.end("mark"), m.end(), "HTML superscript tag (a unit's power; the digit is kept)")
                counts["unit power"] += 1
                continue
            self.drop(m.start(), m.end(), f"raised note mark {m.group('mark')!r} (HTML <sup>; the note is not law)")
            counts["note mark"] += 1
        if "~~" in self.text or "<" in self.text:
            struck = [m for m in P.STRUCK_TEXT.finditer(self.text, self.src.body_offset)
                      if "\n\n" not in m.group() and self.line_at(m.start()).idx not in self.table_lines]
            for m in struck:
                self.drop(m.start(), m.end(), "struck through (deleted text, as the page shows it: ~~...~~, <del>, <s>, "
                                              "<strike>; not law)")
            if struck:
                shown = "; ".join(repr(" ".join(m.group().split())[:60]) for m in struck[:12])
                self.diag("info", struck[0].start(), f"{len(struck)} run(s) of text struck through (deleted text) were "
                          f"left out of the law's text and listed as dropped: {shown}" + (" ..." if len(struck) > 12
                                                                                          else ""),
                          "if a struck word is in force, write it without the strike", "struck-through")
        if "<" in self.text:
            for m in P.HTML_FORMAT_TAG.finditer(self.text, self.src.body_offset):
                self._drop_markup(m.start(), m.end(), "HTML formatting tag (markup; the words inside it are kept)")
                counts["formatting tag"] += 1
        for m in P.HTML_BREAK.finditer(self.text, self.src.body_offset):
            # (in a comparison table's law cell the break parts paragraphs: read_comparison_tables dropped it first)
            self._drop_markup(m.start(), m.end(), "HTML line break (a rendered page breaks the line there: its words "
                                                  "are read apart, as by a space)")
            counts["line break"] += 1
        for m in P.MD_LINK.finditer(self.text):
            self._drop_markup(m.start(), m.start() + 1, "Markdown link markup (its words are kept)")
            self._drop_markup(m.end("words"), m.end(), "Markdown link markup (its words are kept)")
            counts["link"] += 1
        self.drop_converter_markdown(counts)
        if counts:
            what = ", ".join(f"{n} {k}(s)" for k, n in sorted(counts.items()))
            self.diag("info", 0, f"HTML or Markdown markup left out of the law's text: {what} (listed as dropped)",
                      "nothing to do, unless a comment or a mark holds words of the law", "markup-dropped")

    def drop_converter_markdown(self, counts: Counter[str]) -> None:
        """What a converter of Word files (pandoc) writes into Markdown for a renderer, never shown as text: a bracketed
        span's brackets and attributes (``[words]{.underline}``: the words are kept; ``[]{#_Ref123 .anchor}``, a Word
        bookmark, is all markup), a heading's attributes (``## Article 4 {#article-4}``), the backslash of an escape
        (``\\(1\\)``, ``1\\.``, ``\\*``: the mark is kept) and the backslash of a hard line break (a backslash at a
        line end: the line break is kept). Each is cut out of the text and listed as dropped with its span, by its
        form; the lines are matched without it (a bookmark before "**Article 2**" does not hide the heading). Nothing
        in a pipe table's lines is unescaped ("\\|" is a bar inside a cell, read by the table reader)."""
        if "\\" not in self.text and "{" not in self.text:
            return
        for m in P.MD_ATTR_SPAN.finditer(self.text):
            self._drop_markup(m.start(), m.start("words"), "Markdown span markup (its words are kept)")
            self._drop_markup(m.end("words"), m.end(), "Markdown span markup (its words are kept)")
            counts["span"] += 1
        for m in P.MD_HEADING_ATTRS.finditer(self.text, self.src.body_offset):
            self._drop_markup(m.start("attrs"), m.end("attrs"), "Markdown heading attributes (an id or a class)")
            counts["heading attribute"] += 1
        if "\\" not in self.text:
            return
        for pat, what, why in ((P.MD_ESCAPE, "escape", "Markdown escape (the backslash; the mark after it is kept)"),
                               (P.MD_HARD_BREAK, "hard line break", "Markdown hard line break (the backslash; the "
                                                                    "line break is kept)")):
            for m in pat.finditer(self.text, self.src.body_offset):
                if self.line_at(m.start()).idx not in self.table_lines:
                    self._drop_markup(m.start(), m.start() + 1, why)
                    counts[what] += 1

    def _drop_markup(self, start: int, end: int, reason: str) -> None:
        """:meth:`drop` markup inside a line, and match the line as if it were not there (blanks where it stood: the
        offsets of the rest of the line stay those of the source)."""
        self.drop(start, end, reason)
        for i in range(self.line_at(start).idx, self.line_at(max(end - 1, start)).idx + 1):
            ln = self.lines[i]
            a, b = max(start, ln.start) - ln.start, min(end, ln.end) - ln.start
            if a < b:
                ln.norm = ln.norm[:a] + " " * (b - a) + ln.norm[b:]

    def find_footnotes(self) -> None:
        """Markdown footnotes (layout.footnote_definitions): each definition (``[^2]: ...`` and the lines that go on
        with it), wherever it stands, is a note, not law: it is taken out of the text around it and kept, every
        character with its span, as a block of kind ``note`` (made in :meth:`_note_blocks`, once the articles are
        known). A mark ``[^2]`` whose definition the text has is the note's pointer, no word of the law: it is left
        out of the law's text (listed as dropped, with where its note is kept), so that "departure.[^2]" ends its
        sentence. A mark without a definition is kept as printed, with a warning."""
        if "[^" not in self.text:
            return
        defs = footnote_definitions([ln.norm for ln in self.lines],
                                    lambda k: bool(self.heading_of(self.lines[k])) or self.is_junk_line(self.lines[k]))
        labels = {d.label for d in defs}
        inside: set[int] = set()
        for d in defs:
            first, last = self.lines[d.first], self.lines[d.last]
            a = first.start + len(first.text) - len(first.text.lstrip())
            b = last.start + len(last.text.rstrip())
            self.footnotes.append((d.label, Span(a, b), Span(first.start + d.text_at, b)))
            self.exclude(a, b)
            inside.update(range(d.first, d.last + 1))
        orphans: list[tuple[int, str]] = []
        for ln in self.lines:
            if ln.idx in inside or "[^" not in ln.norm or self.is_junk_line(ln):
                continue
            for m in FOOTNOTE_MARK.finditer(ln.norm):
                at = ln.start + m.start()
                if m.group("label") not in labels:
                    orphans.append((at, m.group()))
                    continue
                self.footnote_marks.setdefault(m.group("label"), []).append(at)
                self._cut(at, ln.start + m.end())
                self.dropped.append(Dropped(self.doc, m.group(), Span(at, ln.start + m.end()), self.line_col(at)[0],
                                            f"footnote mark (its note {m.group()} is kept apart as a note, not law)"))
                # matched as blanks from now on (the source is kept): the line ends where the law's words end
                ln.norm = ln.norm[:m.start()] + " " * (m.end() - m.start()) + ln.norm[m.end():]
        if defs:
            lines = ", ".join(str(self.line_col(s.start)[0]) for _, s, _ in self.footnotes[:8])
            self.diag("info", self.footnotes[0][1].start, f"{len(defs)} Markdown footnote(s) ([^label]: ...) kept apart "
                      f"as notes, not law (lines {lines}{' ...' if len(defs) > 8 else ''}); their marks in the text "
                      "were left out of the law's words",
                      "no duty, definition or reference is read from a note; if one is law, write it without the "
                      "'[^label]:' mark", "footnote")
        if orphans:
            shown = "; ".join(f"line {self.line_col(a)[0]}: {t}" for a, t in orphans[:8])
            self.diag("warning", orphans[0][0], f"{len(orphans)} footnote mark(s) point to no note in the text "
                      f"({shown}); kept as printed", "add the note ('[^label]: ...') or remove the mark", "footnote")

    def _note_blocks(self, articles: list[Article]) -> None:
        """The Markdown footnotes as blocks of kind ``note``: eId ``<article eId>__note_<label>`` when the first mark
        that points to the note stands in an article, ``note_<label>`` otherwise (a mark in the title or the
        preamble, or none)."""
        seen: Counter[str] = Counter()
        for label, span, text_span in self.footnotes:
            marks = self.footnote_marks.get(label, [])
            # the article whose text runs from its heading to the next heading holds the mark (a mark at the end of
            # an article is cut out of it, so it may stand past the article's last word)
            owner = next((a for at in marks[:1] for k, a in enumerate(articles) if a.span.start <= at and
                          (k + 1 == len(articles) or at < articles[k + 1].span.start)), None)
            key = _NOTE_LABEL.sub("-", label)
            seen[key] += 1
            eid = (f"{owner.eid}__" if owner is not None else "") + f"note_{key}" + \
                (f"_{seen[key]}" if seen[key] > 1 else "")
            if seen[key] > 1:
                self.diag("warning", span.start, f"the footnote label [^{label}] is defined twice; the second note is "
                          f"kept as {eid}", "give each note its own label", "footnote")
            text = Clean.from_source(self.text, text_span.start, text_span.end).text
            self.comments.append(Block(f"{self.doc}/{eid}", self.doc, eid, NOTE, 0, text, span))

    def join_line_end_hyphens(self) -> None:
        """A word broken by a hyphen at a line end is read whole (layout.line_end_hyphens): the hyphen, the line break
        and the next line's indent are cut (listed as dropped); a compound keeps its hyphen and loses only the break
        (which is a compound: layout.line_end_hyphens).
        The source is not changed; the joins are reported, since a compound printed nowhere else is read joined."""
        def skip(k: int) -> bool:  # not running text: page furniture, a table, a chapter's or section's title line (an
            head = self.heading_of(self.lines[k])  # article's first line runs on into its text: "Article 2 ... obli-")
            return self.is_junk_line(self.lines[k]) or k in self.table_lines or (head is not None and head[0] != "article")

        joins = line_end_hyphens([ln.norm for ln in self.lines], skip)
        shown: list[str] = []
        for h in joins:
            ln, nxt = self.lines[h.line], self.lines[h.line + 1]
            at = ln.start + h.hyphen
            to = nxt.start + len(nxt.norm) - len(nxt.norm.lstrip())
            cut = Span(at + 1 if h.keep else at, to)
            self._cut(cut.start, cut.end)
            why = (f"line break inside a compound ({h.first}-/{h.second} read "
                   f"{h.first}-{h.second})" if h.keep else
                   f"hyphen at a line end inside a word ({h.first}-/{h.second} read {h.first}{h.second})")
            self.dropped.append(Dropped(self.doc, self.text[cut.start:cut.end], cut, self.line_col(at)[0], why))
            shown.append(f"{h.first}-/{h.second} -> {h.first}{'-' if h.keep else ''}{h.second}")
        unseen = [f"{h.first}-/{h.second} -> {h.first}{h.second}" for h in joins if h.unseen]
        if unseen:
            guess = next(h for h in joins if h.unseen)
            self.diag("warning", self.lines[guess.line].start, f"{len(unseen)} word(s) broken by a hyphen at a line end "
                      f"were joined into a word the text prints nowhere else: {'; '.join(unseen[:12])}"
                      f"{' ...' if len(unseen) > 12 else ''}",
                      "check each against the printed text; if it is a compound, write it with its hyphen on one line",
                      "line-end-hyphen")
        if shown:
            self.diag("info", self.lines[joins[0].line].start, f"{len(shown)} word(s) broken by a hyphen at a line end "
                      f"were read whole: {'; '.join(shown[:12])}{' ...' if len(shown) > 12 else ''}",
                      "a compound keeps its hyphen where the text prints it so inside a line, or prints the part before "
                      "the hyphen as a word of its own and never the two parts as one word; check the joins against "
                      "the printed text", "line-end-hyphen")

    def _cut(self, start: int, end: int) -> None:
        """Leave ``[start, end)`` out of the clean text, exactly (no trimming: the line break is what is cut)."""
        k = bisect.bisect_left(self._junk_starts, start)
        self._junk_starts.insert(k, start)
        self.junk.insert(k, Span(start, end))
        self._junk_reach = None

    def read_ocr_misreadings(self) -> None:
        """A text read by OCR: article headings whose word or number holds a misread character ("Artic1e 5",
        "Article l2") are matched as headings (layout.ocr_heading; the source is kept as printed), and modal words
        misread in the text ("sha1l", "shal l") are reported: they hide a duty, and are not guessed at."""
        fixed: list[Line] = []
        for ln in self.lines:
            norm = ocr_heading(ln.norm)
            if norm is not None:
                ln.norm = norm
                fixed.append(ln)
        if fixed:
            shown = "; ".join(f"line {self.line_col(ln.start)[0]}: {ln.text.strip()[:20]!r}" for ln in fixed[:8])
            self.diag("warning", fixed[0].start, f"{len(fixed)} article heading(s) hold characters that OCR misreads "
                      f"('1' or 'I' for 'l', 'O' for '0'); read as headings ({shown}{' ...' if len(fixed) > 8 else ''})",
                      "check the article numbers against the printed text and correct the source", "ocr-misread")
        misread = list(OCR_MODAL.finditer(self.text, self.src.body_offset))  # one pass over the body, in C
        if misread:
            shown = "; ".join(f"line {self.line_col(m.start())[0]}: {m.group()!r}" for m in misread[:8])
            self.diag("warning", misread[0].start(), f"{len(misread)} word(s) read like a modal verb misread by OCR "
                      f"({shown}{' ...' if len(misread) > 8 else ''}); their clauses are not read as duties",
                      "correct the source ('shall', 'must', 'may') so that the duty is read", "ocr-misread")

    def find_mail_lines(self) -> None:
        """A regulation forwarded by e-mail: the mail's header and signature lines are layout (parse/mail.py)."""
        from . import mail

        plain = [unquoted(ln.norm) for ln in self.lines]
        if not any(mail.SEPARATOR.match(t) or mail.FIELD.match(t) or mail.SIGNATURE.match(t) for t in plain):
            return
        header = mail.header_lines(plain)
        for k in header:
            ln = self.lines[k]
            self.drop(ln.start, ln.end, "e-mail header (a forwarding or reply header: who sent the text, when, to whom)")
        # a "--" line ends a mail's text only in a mail: in a regulation without a mail header it may be a rule
        # between parts of the law, and what follows it is law
        signature = mail.signature_lines(plain, lambda k: bool(self.heading_of(self.lines[k]))) if header else []
        for k in signature:
            ln = self.lines[k]
            self.drop(ln.start, ln.end, "e-mail signature (after the '-- ' delimiter at the end of the mail)")
        if signature:
            self.diag("info", self.lines[signature[0]].start, f"{len(signature)} line(s) after the e-mail signature "
                      "delimiter ('-- ') at the end were left out of the last article as the mail's signature",
                      "if they are law, remove the '--' line above them", "mail-signature")

    def find_chat_lines(self) -> None:
        """A regulation pasted into a group chat and exported as text (parse/chat.py): each message's header (its
        sender and time), the day separators and the app's notices are layout, left out and listed."""
        plain = [ln.norm for ln in self.lines]
        self.chat_messages = chat.messages(plain)
        if not self.chat_messages:
            return
        for m in self.chat_messages:
            ln = self.lines[m.header]
            why = "chat message header (who sent the message, and when)"
            if m.body >= 0:  # before the body on its line: the line is read without it ("Article 3 ..." opens it)
                self._drop_markup(ln.start, ln.start + m.body, why)
            else:
                self.drop(ln.start, ln.end, why)
        for k, why in chat.furniture_lines(plain, self.chat_messages):
            self.drop(self.lines[k].start, self.lines[k].end, why)
        self.diag("info", self.lines[self.chat_messages[0].header].start,
                  f"read as a chat export: {len(self.chat_messages)} message header(s) (sender and time), the day "
                  "separators and the app's notices were left out of the law", "", "chat-export")

    def set_apart_chat_remarks(self, heads: list[_Heading]) -> None:
        """In a chat export, the messages of members who pasted no article heading, and the asides of those who did,
        are remarks: each is kept, every character, as a comment after the article it follows, not law. A message of
        a sender of the law with no heading in it is read as the law's text where it stands, and reported
        (parse/chat.py :func:`sort_messages`)."""
        if not self.chat_messages or not heads:
            return
        starts = {h.line for h in heads}
        remarks, law = chat.sort_messages(self.chat_messages, [ln.norm for ln in self.lines],
                                          lambda k: k in starts, lambda k: self.is_junk_line(self.lines[k]))
        counts = self._comment_counts()
        kept: list[int] = []
        for m in remarks:
            at = self.lines[m.header].start
            h = next((x for x in reversed(heads) if x.kind == "article" and x.start < at), None)
            lines = [ln for ln in self.lines[m.first:m.last + 1] if ln.stripped and not self.is_junk_line(ln)]
            if h is None or not lines:
                continue
            if m.body >= 0 and lines[0].idx == m.header:  # an inline header: the body starts after it
                ln = lines[0]
                a, b = ln.start + m.body, lines[-1].start + len(lines[-1].text.rstrip())
                counts[h.number] += 1
                eid = f"art_{h.number}__comment_{counts[h.number]}"
                self.keep_apart(eid, "comment", Clean.from_source(self.text, a, b, self.cut(a, b)).text, Span(a, b))
                kept.append(a)
                continue
            counts[h.number] += 1
            kept.append(self._add_comment(h, lines, counts[h.number]))
        # a sender's own line that opens a message before the law resumes ("Continuing from where the answer
        # stopped:" before the rest of a cut sentence): an aside, kept as a comment
        for a, b in chat.resuming_asides(self.chat_messages, [ln.norm for ln in self.lines], lambda k: k in starts,
                                         lambda k: self.is_junk_line(self.lines[k]), remarks):
            at = self.lines[a].start
            h = next((x for x in reversed(heads) if x.kind == "article" and x.start < at), None)
            if h is None:
                continue
            counts[h.number] += 1
            kept.append(self._add_comment(h, self.lines[a:b + 1], counts[h.number]))
        if kept:
            kept.sort()
            shown = ", ".join(str(self.line_col(x)[0]) for x in kept[:8]) + (" ..." if len(kept) > 8 else "")
            self.diag("info", kept[0], f"{len(kept)} chat message(s) between the pasted parts of the law are remarks "
                      f"(their senders pasted no article, or they are asides): kept as comments, not law (lines {shown})",
                      "no duty, definition or reference is read from them; if one is law, paste it with its article "
                      "heading", "chat-remark")
        for m in law:
            ln = self.lines[m.header]
            self.diag("info", ln.start, f"a chat message of {m.sender!r}, who pasted the law, holds no article heading: "
                      "read as the text of the article before it (a paragraph sent alone, or the rest of a sentence)",
                      "if it is a remark, not law, delete it from the source", "chat-remark")

    def _comment_counts(self) -> Counter[int]:
        """How many comments each article has kept already (article number -> count), so that the next is numbered
        after them."""
        return Counter(int(b.eid.split("__")[0][4:]) for b in self.comments
                       if b.eid.startswith("art_") and "__comment_" in b.eid and b.eid[4:].split("__")[0].isdigit())

    def find_site_markdown(self) -> None:
        """A documentation site's Markdown source (parse/mdext.py): a snippet include, an abbreviation's definition
        and a "[TOC]" marker on a line of their own are the site's furniture (left out, listed); so is a notes app's
        block id ("^art4-1") at a line's end."""
        if "^" in self.text:
            for ln in self.lines:
                if ln.start >= self.src.body_offset and (m := mdext.BLOCK_ID.search(ln.text)):
                    self.drop(ln.start + m.start(), ln.start + m.end(), "block id of a notes app's Markdown (a link "
                                                                          "target, not law)")
        if "8<--" not in self.text and "*[" not in self.text and "[TOC]" not in self.text:
            return
        for ln in self.lines:
            if ln.start >= self.src.body_offset and mdext.SITE_FURNITURE.match(ln.norm):
                self.drop(ln.start, ln.end, "site furniture of a Markdown source (a snippet include, an abbreviation's "
                                            "definition or a table-of-contents marker; not law)")

    def find_definition_list(self) -> None:
        """A definition list (parse/mdext.py :func:`definition_list`: a term line, then ``:   its definition``, perhaps
        after a blank line): each entry is read as one paragraph, the term's line and its definition's lines together
        (the blank line pandoc sets between them ends no paragraph; a term line opens one), every character kept (the
        colon reads as a glossary entry's "Term: meaning"); the entry's term and definition spans are handed to the
        definitions reader as a definition by layout (parse/__init__.py)."""
        if ":" not in self.text and "~" not in self.text:
            return
        lines = [ln.norm if ln.start >= self.src.body_offset and not self.is_junk_line(ln) and ln.idx not in
                 self.table_lines else "" for ln in self.lines]
        for e in mdext.definition_list(lines, lambda k: bool(self.heading_of(self.lines[k]))):
            term, first, last = self.lines[e.term], self.lines[e.first], self.lines[e.last]
            t0 = term.start + len(term.text) - len(term.text.lstrip())
            t1 = term.start + len(term.text.rstrip())
            d0 = first.start + len(first.text) - len(first.text.lstrip())
            self.definition_entries.append((Span(t0, t1), Span(d0, last.start + len(last.text.rstrip()))))
            self._dl_term_starts.add(t0)
            self._dl_terms.add(e.term)
            self._dl_firsts.add(e.first)
            self._dl_blanks.update(range(e.term + 1, e.first))

    def _dl_entry(self, blk: Clean) -> bool:
        """Does the block open with a definition list's term (find_definition_list)?"""
        return bool(self._dl_terms) and blk.whole_span().start in self._dl_term_starts

    def set_apart_admonitions(self, heads: list[_Heading]) -> None:
        """A documentation site's admonitions after the first article (parse/mdext.py: ``!!! note "Title"`` and the
        lines indented under it) are the editor's boxes beside the law: each is kept, every character, as a comment
        after the article it follows, not law, and reported. One that carries the law's own numbering (an article
        heading inside it) is read as law: only its marker line is left out, with a warning."""
        arts = [h for h in heads if h.kind == "article"]
        if not arts or ("!!!" not in self.text and "???" not in self.text):
            return
        counts = self._comment_counts()
        kept: list[int] = []
        for ad in mdext.admonitions([ln.norm for ln in self.lines]):
            marker = self.lines[ad.first]
            h = next((x for x in reversed(arts) if x.start < marker.start), None)
            if h is None:
                continue  # before the law: the preamble's, read as before
            inside = [ln for ln in self.lines[ad.first + 1:ad.last + 1] if ln.stripped]
            if any(P.ARTICLE.match(ln.norm.strip()) for ln in inside):
                self.drop(marker.start, marker.end, "admonition marker (its box holds an article: read as law)")
                self.diag("warning", marker.start, f"an admonition ({marker.stripped[:40]!r}) holds an article heading: "
                          "read as law, without its marker line", "if it is the editor's note, not law, remove the "
                          "article heading from it", "admonition")
                continue
            counts[h.number] += 1
            kept.append(self._add_comment(h, [marker, *inside], counts[h.number]))
        if kept:
            shown = ", ".join(str(self.line_col(x)[0]) for x in kept[:8]) + (" ..." if len(kept) > 8 else "")
            self.diag("info", kept[0], f"{len(kept)} admonition(s) ('!!!' or '???' boxes of a documentation site) are "
                      f"the editor's notes beside the law: kept as comments, not law (lines {shown})",
                      "no duty, definition or reference is read from them; if one is law, write it without the "
                      "admonition's marker and indent", "admonition")

    # --- article labels behind markup, line numbers, the census (parse/structure_labels.py) -------------------------

    def read_line_numbers(self) -> None:
        """A text whose lines carry their numbers in the margin (a bill's or a pleading's line numbers, a copy from a
        code viewer, ``nl``): the numbers are layout, not words of the law. Each is cut out (listed as dropped) and the
        lines are read without it, so that "12  Article 4 ..." opens an article and no number is left in a sentence."""
        found = SL.line_numbers([ln.norm for ln in self.lines])
        if not found:
            return
        for k, end in found:
            ln = self.lines[k]
            self._drop_markup(ln.start, ln.start + end, "line number in the margin (layout: the text numbers its lines)")
            if not ln.norm.strip():
                self._junk_lines.discard(k)  # a numbered empty line is an empty line: it parts paragraphs
        first = self.lines[found[0][0]]
        self.diag("info", first.start, f"{len(found)} line(s) open with the line's number in the margin (the text "
                  "numbers its lines, as a bill, a pleading or a code viewer does): the numbers were left out and the "
                  "lines read without them", "nothing to do, unless a number at a line's start is the law's",
                  "line-numbers")

    def read_tool_furniture(self) -> None:
        """What a note tool or a text browser writes beside the text, never law: a note tool's property lines ("title::
        Rules", "collapsed:: true": Logseq's, Obsidian Dataview's), and a text browser's dump of a web page (lynx,
        elinks): its list of the page's links after the text ("References", then "1. https://...") and, where it has
        one, the link numbers it writes before each link's words ("[12]Article 4", "the [13]Data Security Law"). Each is
        left out, listed as dropped; the words stay."""
        props = [ln for ln in self.lines if "::" in ln.norm and SL.PROPERTY_LINE.match(ln.norm)]
        for ln in props:
            self.drop(ln.start, ln.end, "a note tool's property line (a key and its value for the tool; not law)")
            self._property_lines.add(ln.idx)
        found = SL.link_list([ln.norm for ln in self.lines]) if "://" in self.text else None
        marks = 0
        if found is not None:
            listed, top = found
            for k in listed:
                ln = self.lines[k]
                self.drop(ln.start, ln.end, "a text browser's list of the page's links (not law)")
            for ln in self.lines[:listed[0]]:
                if "[" in ln.norm:
                    for m in SL.LINK_NUMBER.finditer(ln.norm):
                        if int(m.group("n")) <= top:
                            self._drop_markup(ln.start + m.start(), ln.start + m.end(), "a text browser's link number "
                                              "(it carries no words)")
                            marks += 1
        if props or found is not None:
            first = min([ln.start for ln in props] + ([self.lines[found[0][0]].start] if found else []))
            self.diag("info", first, f"left out what a tool wrote beside the text: {len(props)} note tool property "
                      f"line(s)" + (f", a text browser's list of links and {marks} link number(s) before link words"
                                    if found is not None else ""),
                      "nothing to do, unless one of them holds words of the law", "tool-furniture")

    def _outline_notes(self, heads: list[int]) -> None:
        """In an outliner's export whose articles are blocks with their paragraphs nested under them (Logseq, Roam,
        Workflowy: "- ### Article 4", then "- A booth operator ..." one level deeper), a block that stands at the level
        of the article headings or above, after the first article, and is no heading, is in no article: the user's
        own note, task or link block set between the articles ("- #comment ...", "- TODO ...", "- Related: ...", a
        rule "- ---"). It is left out with the blocks nested under it, listed as dropped, and the check says so (info
        ``outline-notes``). Only when the articles hold their paragraphs nested (two in three of them at least): in a
        flat outline every paragraph stands at the articles' level and is law."""
        def depth(ln: Line) -> int:
            return len(ln.text[:len(ln.text) - len(ln.text.lstrip())].expandtabs(4))

        def content(j: int) -> bool:
            ln = self.lines[j]
            return bool(ln.stripped) and j not in self._property_lines and not self.is_junk_line(ln)

        arts = [k for k in heads if SL.read_label(self.lines[k].norm) is not None or
                (self.heading_of(self.lines[k]) or ("",))[0] == "article"]
        if len(arts) < 2:
            return
        nested = 0
        for k in arts:
            j = next((j for j in range(k + 1, len(self.lines)) if content(j)), None)
            nested += j is not None and depth(self.lines[j]) > depth(self.lines[k])
        if nested * 3 < len(arts) * 2:
            return
        level = max(depth(self.lines[k]) for k in arts)
        taken = set(heads)
        notes: list[tuple[int, int]] = []  # (first line, last line) of each note with what is nested under it
        k = arts[0] + 1
        while k < len(self.lines):
            ln = self.lines[k]
            if not content(k) or k in taken or depth(ln) > level or SL.outline_bullet(ln.text) is None:
                k += 1
                continue
            last = k
            j = k + 1
            while j < len(self.lines) and j not in taken and (not self.lines[j].stripped or j in self._property_lines
                                                              or depth(self.lines[j]) > depth(ln)):
                if self.lines[j].stripped:
                    last = j
                j += 1
            notes.append((k, last))
            k = last + 1
        for a, b in notes:
            self.drop(self.lines[a].start, self.lines[b].end, "a block set between the articles of an outline, at "
                      "their level (a note, a task or a link of the user's own): in no article, not law")
        if notes:
            # (review20) a dropped block that states a norm ("- Where a hive is diseased, the beekeeper shall report it")
            # may be a paragraph the export left unindented: the drop is then said as a warning, not in passing
            norm = any(_NORM_WORD.search(self.text, self.lines[a].start, self.lines[b].end) for a, b in notes)
            self.diag("warning" if norm else "info", self.lines[notes[0][0]].start, f"{len(notes)} block(s) of the outline stand between its "
                      "articles at the articles' own level, not nested under one (the user's notes, tasks, links): "
                      "left out of the law and listed as dropped; first: "
                      f"{self.lines[notes[0][0]].text.strip()[:60]!r}",
                      ("one of them states a duty or a ban: if it is law, indent it under its article" if norm else
                       "nothing to do, unless one of them is law: then indent it under its article"),
                      "outline-notes")

    def _labels(self) -> list[tuple[int, int, bool, SL.Label | None]]:
        """Every article label that opens a line, in the order of the lines: (line index, number, read as a heading
        by the patterns as the line now reads, the label as read through markup when it is not). A label cited inside a
        sentence is none (structure_labels.read_label)."""
        out: list[tuple[int, int, bool, SL.Label | None]] = []
        for ln in self.lines:
            if not ln.stripped or not any(c in ln.norm for c in "rR条§"):
                continue
            found = self.heading_of(ln)
            if found is not None and found[0] == "article":
                num = parse_number(found[1].group("num"))
                if num is not None and not P.ARTICLE_REST_CONTINUES.match(found[1].group("rest")):
                    out.append((ln.idx, num, True, None))
                continue
            label = SL.read_label(ln.norm)
            if label is not None:
                out.append((ln.idx, label.number, False, label))
        return out

    def read_hidden_labels(self) -> None:
        """Article headings set behind markup that carries no words (structure_labels: an outliner's or a list's
        bullet, a list's number, a glyph, a task box, single emphasis, an HTML tag, a wiki link, a text browser's link
        number, a table's pipe, a heading mark with no space): where two or more such labels run in sequence with the
        text's other labels (4, 5, 6 ... in the order of the lines) and carry numbers no heading of the text carries,
        they are the text's headings. Their markup is cut out (listed as dropped) and the line read without it; the
        chapter and section headings set with the same markup are read so too. A single label so set is a guess:
        the census after parsing reports it (:meth:`article_census`)."""
        labels = self._labels()
        if not any(not plain for _k, _n, plain, _l in labels):
            return
        plain_numbers = {n for _k, n, plain, _l in labels if plain}
        picked = [labels[j] for j in SL.chain([(k, n, plain) for k, n, plain, _l in labels])]
        hidden = [(k, lab) for k, n, plain, lab in picked if not plain and lab is not None and n not in plain_numbers
                  and k not in self.table_lines and k not in self._parallel_lines
                  and not self.is_junk_line(self.lines[k])]
        if len(hidden) < 2:
            return
        read: list[int] = []
        classes: dict[str, int] = {}
        for k, lab in hidden:
            ln = self.lines[k]
            trial = list(ln.norm)
            for a, b in lab.markup:
                trial[a:b] = [" "] * (b - a)
            m = P.ARTICLE.match("".join(trial)) or P.CJK_ARTICLE.match("".join(trial))
            if m is None or parse_number(m.group("num")) != lab.number:
                continue  # a label the patterns do not read even without its markup ("§ 4"): the census says so
            for a, b in lab.markup:
                self._drop_markup(ln.start + a, ln.start + b, "markup before an article's label (it carries no words)")
            self._relabelled.add(k)
            if lab.caption_end is not None:
                self._caption_ends[k] = lab.caption_end
            read.append(k)
            for c in lab.classes:
                classes[c] = classes.get(c, 0) + 1
        if not read:
            return
        # chapters and sections set as the articles are ("- Chapter II ...", "* **Section 1** ...")
        for ln in self.lines:
            if ln.idx in self._relabelled or not ln.stripped or self.heading_of(ln) is not None:
                continue
            pieces = [(a, b) for a, b, kind in SL.lead_markup(ln.norm) if kind in classes]
            if not pieces:
                continue
            trial = list(ln.norm)
            for a, b in pieces:
                trial[a:b] = [" "] * (b - a)
            t = "".join(trial)
            if any(pat.match(t) for pat in (P.CHAPTER, P.CJK_CHAPTER, P.SECTION)):
                for a, b in pieces:
                    self._drop_markup(ln.start + a, ln.start + b, "markup before a heading's label (it carries no "
                                      "words)")
                self._relabelled.add(ln.idx)
                read.append(ln.idx)
        read.sort()
        if "bullet" in classes:  # an outliner's export: every block a bullet, the paragraphs' bullets too
            bullets = SL.outliner_bullets([ln.text if not self.is_junk_line(ln) else "" for ln in self.lines], set(read))
            for k, a, b in bullets:
                ln = self.lines[k]
                self._drop_markup(ln.start + a, ln.start + b, "an outliner's bullet before a paragraph (every block "
                                  "is a bullet; it carries no words)")
            if bullets:
                classes["outliner"] = len(bullets)
                self.block_lines = True
                self._outline_notes(read)
        self._markup_of_the_body(classes, read[0])
        shown = ", ".join(str(self.line_col(self.lines[k].start)[0]) for k in read[:8]) + (" ..." if len(read) > 8
                                                                                             else "")
        how = ", ".join(f"{_MARKUP_NAMES.get(c, c)}" for c in classes)
        self.diag("info", self.lines[read[0]].start, f"{len(read)} heading(s) stand behind markup that carries no "
                  f"words ({how}): read as headings, the markup left out (lines {shown})",
                  "nothing to do, unless one of these lines is a list item that cites an article", "label-markup")

    def _markup_of_the_body(self, classes: dict[str, int], first: int) -> None:
        """The markup a tool writes round every paragraph, as it wrote it round the headings read through it: a table's
        cell borders on every row of the table the headings stand in (a page laid out in a table, its rows copied with
        their pipes), and HTML's formatting tags (a CMS's export: ``<p>``, ``<strong>``, ``<span ...>``) after the
        first heading. Cut out and listed as dropped; the words stay."""
        if "pipe" in classes:
            rows = [ln for ln in self.lines[first:] if ln.idx not in self.table_lines and _ROW_START.match(ln.norm)
                    and not self.is_junk_line(ln)]
            self.block_lines = self.block_lines or len(rows) > 1
            for ln in rows:
                for m in _ROW_PIPE.finditer(ln.norm):
                    self._drop_markup(ln.start + m.start(), ln.start + m.end(), "a table's cell border (the page is "
                                      "laid out in a table; it carries no words)")
        if "tag" in classes:
            for ln in self.lines[first:]:
                if "<" in ln.norm and ln.idx not in self.table_lines:
                    for m in _FORMAT_TAG.finditer(ln.norm):
                        self._drop_markup(ln.start + m.start(), ln.start + m.end(), "an HTML formatting tag (a page's "
                                          "markup; it carries no words)")

    def article_census(self, articles: list[Article]) -> None:
        """The census of the article labels: every label that opens a line (after markup that carries no words), the
        longest run of them in sequence, and the numbers of that run no article was made of. Where there are such
        numbers, the law they head was kept in the article before or in the undivided text, silently until now: a
        warning names them with their lines (``article-census``). Never an error: the text is kept as it was read."""
        starts = self._labels()
        if len(starts) < 2:
            return
        made = {a.number for a in articles} | set(self.repeats)
        # (line, number, read as a heading, the label read through markup, inside the line)
        picked = [(*starts[j], False) for j in SL.chain([(k, n, plain) for k, n, plain, _l in starts])]
        if len(picked) < 2:
            return
        # the run goes on, down and up, through the numbers of the other labels that open a line and of the labels inside
        # a line before a sentence, wherever they stand (the order of columns read across is not the text's)
        others: dict[int, tuple[int, int, bool, SL.Label | None, bool]] = {}
        for k, n, plain, lab in reversed(starts):
            others[n] = (k, n, plain, lab, False)
        for ln in reversed(self.lines):
            if ln.idx not in self._parallel_lines:
                for _at, n in SL.labels_inside(ln.norm):
                    others.setdefault(n, (ln.idx, n, False, None, True))
        have = {n for _k, n, _p, _l, _i in picked}
        low, top = min(have), max(have)
        while low - 1 in others:
            low -= 1
        while top + 1 in others:
            top += 1
        picked += [others[n] for n in range(low, top + 1) if n not in have]
        picked.sort(key=lambda x: x[1])
        missed = [(k, n, lab, within) for k, n, _plain, lab, within in picked if n not in made]
        if not missed:
            return
        kinds = sorted({_MARKUP_NAMES.get(c, c) for _k, _n, lab, _i in missed if lab is not None for c in lab.classes})
        forms = sorted({lab.form for _k, _n, lab, _i in missed if lab is not None and lab.form != "Article"})
        inside_missed = [n for _k, n, _l, i in missed if i]
        shown = ", ".join(f"{n} (line {self.line_col(self.lines[k].start)[0]})" for k, n, _l, _i in missed[:8]) + (
            f" and {len(missed) - 8} more" if len(missed) > 8 else "")
        where = "in the undivided text" if not articles else "in the text of the article or part before each"
        self.diag("warning", self.lines[missed[0][0]].start,
                  f"{len(missed)} of the {len(picked)} article labels that run in sequence "
                  f"(numbers {picked[0][1]} to {picked[-1][1]}) were not read as articles: {shown}"
                  + (f"; they stand behind {', '.join(kinds)}" if kinds else "")
                  + (f"; written as {', '.join(forms)}" if forms else "")
                  + (f"; {', '.join(map(str, inside_missed))} inside a line, before a sentence (columns or panels of "
                     "a page read across?)" if inside_missed else "")
                  + f". Their text is kept {where}, not lost, but not read as those articles",
                  "write each as a heading line of its own: 'Article N' (or '第N条') at the start of the line, with "
                  "nothing before it but '#' or '**', the sentence before it ended (where columns were read across, "
                  "put each column's lines in order)", "article-census")

    def read_quotes(self) -> None:
        """Is the law set in block quotes? It is when more lines that open with an article heading are quoted
        (``> **Article 1**``) than not. Then the quote marks are layout: each is cut out (and listed as dropped)
        and the lines are read without them; blocks set otherwise are the editor's (:meth:`find_comments`)."""
        quoted = plain = 0
        for ln in self.lines:
            n = quote_mark(ln.norm)
            body = ln.norm[n:]
            if P.ARTICLE.match(body) or P.CJK_ARTICLE.match(body) or (n and SL.read_label(body) is not None):
                quoted, plain = quoted + (n > 0), plain + (n == 0)
        if quoted <= plain:
            return
        self.law_quoted = True
        for ln in self.lines:
            n = quote_mark(ln.norm)
            if n:
                ln.norm = unquoted(ln.norm)
                self.drop(ln.start, ln.start + n, "block-quote mark (layout: this text sets its law in block quotes)")

    def read_comparison_tables(self) -> None:
        """A Markdown pipe table that compares two versions of a text (its header names them: "Current provision |
        Revised provision | Reason"; parse/tables.py :func:`comparison_columns`, the decision the Word and web-page
        importers share) is read as the importers read one: each row's cell of the later version (and of the article
        numbers) is law, read as a line of its own (a heading, a paragraph; ``<br>`` inside it parts paragraphs);
        every other cell (the earlier version, the notes) and a later-version cell that says there is no text
        ("(Deleted)") is kept, with its span, as a comment beside the heading it stands under
        (:meth:`_compared_blocks`); the header and delimiter rows and the cells' pipes are dropped and listed. The
        source is not changed: the line's other characters are blanked in its reading copy (``norm``) only. A table
        whose columns hold articles side by side but whose header names no versions is left as it is, with a warning
        (``comparison-doubt``)."""
        if not self.table_lines:
            return
        for t in T.find_tables([ln.norm for ln in self.lines]):
            rows = [T.cells(self.lines[k].norm) for k in range(t.delimiter + 1, t.last + 1)]
            grid = [T.cells(self.lines[t.header].norm), *rows]
            cmp = T.comparison_columns(grid)
            if cmp is None:
                if T.comparison_doubt(grid):
                    self.diag("warning", self.lines[t.header].start, "a table sets articles side by side in two columns "
                              "or more (two versions of the text?) but its header names no earlier and later version: "
                              "it is kept as a table, every column's text, and no article is read from it",
                              "name the versions in its header ('Original text | Amended text') to have the later one "
                              "read as the law", "comparison-doubt")
                continue
            self.diag("info", self.lines[t.header].start, f"the document holds a table {cmp.says()}{_COMPARED_KEPT}",
                      "check that the column taken is the text in force", "comparison-table")
            for k in (t.header, t.delimiter):
                ln = self.lines[k]
                self.drop(ln.start, ln.end, "header row of a comparison table (it names the columns)" if k == t.header
                          else "delimiter row of a comparison table (layout markup)")
                del self.table_lines[k]
            for k in range(t.delimiter + 1, t.last + 1):
                ln = self.lines[k]
                del self.table_lines[k]
                spans = T.cell_spans(ln.norm)
                norm = [" "] * len(ln.norm)
                law: list[tuple[int, int]] = []
                for j, (a, b) in enumerate(spans):
                    if a >= b:
                        continue
                    cell = ln.norm[a:b]
                    if j in (cmp.law, cmp.number) and not T.NO_TEXT_CELL.match(cell.strip()):
                        norm[a:b] = list(cell)
                        law.append((a, b))
                    else:
                        self.compared.append(Span(ln.start + a, ln.start + b))
                        self._cut(ln.start + a, ln.start + b)
                apart = [(a, b) for a, b in spans if a < b and (a, b) not in law]
                for m in _PIPE_OR_BREAK.finditer(ln.norm):
                    if any(a <= m.start() < b for a, b in apart):
                        continue  # inside a cell kept as a comment, with it
                    norm[m.start():m.end()] = [" "] * (m.end() - m.start())
                    self.drop(ln.start + m.start(), ln.start + m.end(), "a comparison table's cell border or line "
                              "break (layout markup)")
                ln.norm = "".join(norm)
                paras: list[tuple[int, int]] = []
                for a, b in law:
                    at = a
                    for m in _BREAK.finditer(ln.text, a, b):
                        paras.append((ln.start + at, ln.start + m.start()))
                        at = m.end()
                    paras.append((ln.start + at, ln.start + b))
                self.row_paragraphs[k] = [(a, b) for a, b in paras if self.clean(a, b).text.strip()]

    def read_law_tables(self) -> None:
        """A Markdown pipe table that sets the law itself, a row per article under a row naming the columns
        ("Article | Text", "Provision | Text of the provision"): a Word or web-page table through pandoc or another
        converter, a wiki's table. The decision is the one the Word and web-page importers take on their tables
        (parse/tables.py :func:`law_rows`: the first cells number the articles in sequence, the next cells hold the
        text). The header and delimiter rows are dropped and listed (they name the columns; no law), and the rows are
        left to be read as the rows of a page laid out in a table (:meth:`read_hidden_labels`: each row's label is the
        article's heading, the cell borders dropped). A table of data that cites articles (numbers out of sequence,
        most rows without an article number) stays a table."""
        if not self.table_lines:
            return
        plain: set[int] | None = None  # the numbers of the article headings outside tables
        for t in T.find_tables([ln.norm for ln in self.lines]):
            if self.table_lines.get(t.header) != "header":
                continue  # read already (a comparison table)
            head = T.cells(self.lines[t.header].norm)
            rows = [T.cells(self.lines[k].norm) for k in range(t.delimiter + 1, t.last + 1)]
            if not T.names_columns(head) or not T.law_rows([head, *rows]):
                continue
            if plain is None:
                plain = {n for k, n, is_plain, _l in self._labels() if is_plain and k not in self.table_lines}
            cited = {n for r in rows if (m := P.LAW_ROW_NUMBER.match(r[0].strip()))
                     and (n := parse_number(m.group(1) or m.group(2))) is not None}
            if cited & plain:
                continue  # a table that sums up articles the text sets out under its own headings: data
            for k in (t.header, t.delimiter):
                ln = self.lines[k]
                self.drop(ln.start, ln.end, "header row of a table that sets the law a row per article (it names the "
                          "columns)" if k == t.header else "delimiter row of a table (layout markup)")
            for k in range(t.header, t.last + 1):
                del self.table_lines[k]
            for k in range(t.delimiter + 1, t.last + 1):  # each row a block of its own: a heading, a paragraph
                ln = self.lines[k]
                first = next(((a, b) for a, b in T.cell_spans(ln.norm)), None)
                if first is not None and first[0] < first[1]:
                    self._caption_ends[k] = first[1]  # "| Art. 2 Registration | A boat owner ...": the cell closes
                    # round the label and its caption
                for m in _ROW_PIPE.finditer(ln.norm):
                    self._drop_markup(ln.start + m.start(), ln.start + m.end(), "a table's cell border (the law is "
                                      "set in a table, a row per article; it carries no words)")
            self.block_lines = True
            self.diag("info", self.lines[t.header].start, f"a table sets the law a row per article ({t.last - t.delimiter} "
                      "rows): each row's first cell read as the article's heading (and caption), the next as its text; "
                      "the header row and the cell borders left out", "nothing to do, unless the table is data that "
                      "cites articles", "law-table")

    def _in_sentence(self, k: int) -> bool:
        """Does a sentence run into line ``k`` from the line before, or out of it into the next?"""
        s = self.lines[k].stripped
        before = next((ln.stripped for ln in reversed(self.lines[max(k - 3, 0):k]) if ln.stripped), "")
        if P.PAGE_NUMBER_LINE.match(before):  # the page's foot: the text runs in from the line above the page number
            before = next((ln.stripped for ln in reversed(self.lines[max(k - 8, 0):k]) if ln.stripped
                           and not P.PAGE_NUMBER_LINE.match(ln.stripped)), "")
        after = next((ln.stripped for ln in self.lines[k + 1:k + 4] if ln.stripped), "")
        runs_in = bool(before) and bool(P.LINE_CONTINUES.search(before)) and s[:1].islower()
        runs_out = bool(after) and bool(P.LINE_CONTINUES.search(s)) and after[:1].islower()
        if runs_out and not runs_in and self._sentence_runs_over(k):
            return False  # the sentence runs from the page before into ``after``: this line stands between, as a header
        return runs_in or runs_out

    def _sentence_runs_over(self, k: int) -> bool:
        """Is line ``k`` at the head of a page, after a page break (a form feed, a page number or a page marker) that
        a sentence runs across? Then the next line's lower case goes on from the page before, not from line ``k``."""
        broken = False
        for ln in reversed(self.lines[max(k - 8, 0):k]):
            t = ln.stripped
            if "\f" in ln.text or P.PAGE_MARKER.match(ln.text) or (t and P.PAGE_NUMBER_LINE.match(t)):
                broken = True
            elif t:
                return broken and bool(P.LINE_CONTINUES.search(t))
        return False

    def drop_invisible_characters(self) -> None:
        """Characters a page does not show (patterns.INVISIBLE_RUN: a soft hyphen, a zero-width space or joiner, a bidi
        mark) are matched as spaces in the lines' reading copies (layout.for_matching); in the law's text they broke
        the word they stand in ("sh\u200ball", "Inspec\u00adtors"), and its duty was lost. Each run is left out of the
        text and listed as dropped, so the word is read whole; one info (``odd-characters``) counts those outside
        heading lines (a heading line's are reported with the line)."""
        n = 0
        first = -1
        for m in P.INVISIBLE_RUN.finditer(self.text, self.src.body_offset):
            self.drop(m.start(), m.end(), "invisible character (a soft hyphen, zero-width space or mark the page does "
                                          "not show; the word around it is read whole)")
            if self.heading_of(self.line_at(m.start())):
                continue  # (a heading line's are reported with it: _report_odd_characters)
            n += 1
            first = m.start() if first < 0 else first
        if n:
            self.diag("info", first, f"{n} run(s) of invisible characters (soft hyphens, zero-width spaces or marks) "
                      "were left out of the law's text, so that the words they stood in are read whole (listed as "
                      "dropped)", "nothing to do; the source is kept as it is", "odd-characters")

    def _report_odd_characters(self) -> None:
        """Unicode spaces or invisible characters in heading lines: matched as spaces, reported."""
        by_kind: dict[str, list[int]] = {}
        chars: dict[str, set[str]] = {}
        for ln in self.lines:
            if ln.norm == ln.text or ln.idx in self._parallel_lines or not self.heading_of(ln):
                continue
            for kind, which in odd_characters(ln.text[: 40]).items():
                by_kind.setdefault(kind, []).append(ln.start)
                chars.setdefault(kind, set()).update(which.split(", "))
        for kind, offsets in by_kind.items():
            lines = [self.line_col(o)[0] for o in offsets]
            shown = ", ".join(map(str, lines[:8])) + (" ..." if len(lines) > 8 else "")
            what = "Unicode spaces" if kind == "space" else "invisible characters (zero-width or bidi marks)"
            self.diag("info" if kind == "space" else "warning", offsets[0],
                      f"{len(lines)} heading line(s) hold {what} ({', '.join(sorted(chars[kind]))}); "
                      f"they were read as plain spaces (lines {shown})",
                      "the source is kept as it is; replace them with plain spaces to silence this",
                      "odd-characters")

    def is_junk_line(self, ln: Line) -> bool:
        return ln.idx in self._junk_lines

    def page_of(self, offset: int) -> int:
        k = bisect.bisect_right(self.page_starts, (offset, 1 << 62)) - 1
        return self.page_starts[max(k, 0)][1]

    # --- pass 2: headings --------------------------------------------------------------

    def heading_of(self, ln: Line) -> tuple[str, re.Match[str]] | None:
        if ln.idx in self.table_lines:
            return None  # "Article 5 | keep logs |": a cell of a table that cites an article
        for kind, pat in (("chapter", P.CHAPTER), ("chapter", P.CJK_CHAPTER), ("section", P.SECTION),
                          ("article", P.ARTICLE), ("article", P.CJK_ARTICLE)):
            m = pat.match(ln.norm)
            if m:
                return kind, m
        if self.sign_articles and (m := P.SIGN_ARTICLE.match(ln.norm)):
            return "article", m
        return None

    def find_sign_articles(self) -> None:
        """Does the text label its articles "§ 1", "§ 2" ... throughout (a German- or Nordic-style statute in
        translation, a code's sections)? It does when no line opens with an article heading of another form and the
        lines that open with "§ N" followed by a sentence's start (not "§ 3 of the Act", "§ 3, paragraph 2") run in
        sequence, two at least, with most such lines in the run. Then "§ N" at the start of a line is an article's
        heading (:meth:`heading_of`; the usual reading still sets aside one that continues a sentence). A "§" cited
        inside a sentence never opens a line and is never read so."""
        if "§" not in self.text:
            return
        signs: list[tuple[int, int, bool]] = []
        for ln in self.lines:
            if not ln.stripped:
                continue
            if P.ARTICLE.match(ln.norm) or P.CJK_ARTICLE.match(ln.norm):
                return  # the text has article headings of its own: a "§" is a citation or a sub-unit
            if "§" in ln.norm and (m := P.SIGN_ARTICLE.match(ln.norm)) \
                    and not P.ARTICLE_REST_CONTINUES.match(m.group("rest")):
                signs.append((ln.idx, int(m.group("num")), False))
        run = SL.chain(signs)
        if len(run) >= 2 and len(run) * 2 > len(signs):
            self.sign_articles = True

    def prev_content_line(self, i: int) -> tuple[Line | None, bool]:
        """The content line before line ``i`` (junk skipped) and whether a blank line separates them."""
        blank = False
        j = i - 1
        while j >= 0:
            ln = self.lines[j]
            if not ln.stripped:
                blank = True
            elif not self.is_junk_line(ln):
                return ln, blank
            j -= 1
        return None, True

    def article_reading(self, i: int, num: int, rest: str) -> str | None:
        """Why 'Article N' at the start of line ``i`` is not a heading, or None when it is one.

        A heading is supported by the reading: the line before ends a sentence (or a blank line,
        a page break or a heading separates them), the text after the number starts a sentence,
        and the number continues the sequence. A cross-reference wrapped onto a new line fails.
        """
        prev, blank = self.prev_content_line(i)
        blank = blank and not self.printed_lines  # (a blank line between printed lines parts no sentence)
        continues = (prev is not None and not blank and not self.heading_of(prev)
                     and bool(P.LINE_CONTINUES.search(prev.stripped)))
        expected = self.expected_article
        in_sequence = expected is None or num == expected
        if P.ARTICLE_REST_CONTINUES.match(rest) and not (in_sequence and not continues and rest.strip()[:1].isalpha()):
            return "what follows the number continues a sentence"
        if continues and not in_sequence:
            return "the line before ends mid-sentence and the number breaks the sequence"
        if continues and _ends_with_function_word(prev.stripped if prev is not None else ""):
            return "the line before ends with a word that needs what follows ('under', 'of', 'in' ...)"
        return None

    def _unnumbered_heading(self, i: int) -> bool:
        """A line such as "Supplementary Provisions" between the last sentence of one article and the
        next heading: a name in title case, alone on its line, with a finished sentence (or a
        blank line) before it and a heading right after it."""
        ln = self.lines[i]
        t = ln.stripped.strip("#*_ ").strip()
        words = _WORDS_APOS.findall(t)
        if not words or not _caption_like(t, strict=True) or P.ITEM_LINE.match(t):
            return False
        if any(w[0].islower() and w.lower() not in _NO_CAPTION_END for w in words):
            return False  # not title case: a fragment of running text
        prev, blank = self.prev_content_line(i)
        ends = prev.stripped.rstrip("*_ ")[-1:] if prev is not None else ""
        if prev is None or ends in ":：,，" or not (blank or ends in ".;。；!?"):
            return False  # after a colon, a name is an entry of the list it opens
        j = self.next_content_line(i + 1)
        return j is not None and self.heading_of(self.lines[j]) is not None and not self._junk_between(i, j)

    def part_reading(self, i: int, kind: str, num: int, title: str) -> str | None:
        """Why 'Chapter N' or 'Section N' at the start of line ``i`` is not a heading, or None.

        A heading's title is a name: it does not go on with a lower-case word or a comma
        ("Chapter II of these Rules ...") and holds no verb of the law's text ("Section 3 of
        Chapter I shall apply"). After a line that stops mid-sentence, a number out of
        sequence is a wrapped cross-reference too.
        """
        t = title.strip().strip("*_").strip()
        if t and (P.ARTICLE_REST_CONTINUES.match(t) or t[:1] in ",;"):
            return "what follows the number continues a sentence"
        words = {w.lower() for w in _LATIN_WORDS.findall(t)}
        if words & _CLAUSE_WORDS and t[-1:] in ".;,":
            return "what follows the number reads as a clause, not a title"
        prev, blank = self.prev_content_line(i)
        blank = blank and not self.printed_lines  # (a blank line between printed lines parts no sentence)
        continues = (prev is not None and not blank and not self.heading_of(prev)
                     and bool(P.LINE_CONTINUES.search(prev.stripped)))
        expected = self.expected_part.get(kind)
        if continues and expected is not None and num not in (expected, 1):  # 1: a body after a contents list
            return "the line before ends mid-sentence and the number breaks the sequence"
        if continues and prev is not None and _ends_with_function_word(prev.stripped):
            return "the line before ends with a word that needs what follows ('under', 'of', 'in' ...)"
        return None

    def _as_read(self, ln: Line) -> str:
        """A line as its headings are told from: as in the source, but a comparison table's row as its law cell
        (its other cells blanked in ``norm``: :meth:`read_comparison_tables`), and a heading read through markup as
        its label (:meth:`read_hidden_labels`)."""
        return ln.norm if ln.idx in self.row_paragraphs or ln.idx in self._relabelled else ln.text

    def find_headings(self) -> list[_Heading]:
        heads: list[_Heading] = []
        i = 0
        while i < len(self.lines):
            ln = self.lines[i]
            if not ln.stripped or self.is_junk_line(ln):
                i += 1
                continue
            found = self.heading_of(ln)
            if not found and any(h.kind == "article" for h in heads) and self._unnumbered_heading(i):
                self.drop(ln.start, ln.end, "a heading without a number between two articles (not text of either)")
                self.diag("warning", ln.start + len(ln.norm) - len(ln.norm.lstrip()),
                          f"{ln.stripped[:60]!r} stands alone between two articles and reads as a heading without "
                          "a number; it was kept out of the article before it",
                          "if it is a chapter, give it its 'Chapter N' label; if it is text of the article, end it "
                          "with a full stop", "unnumbered-heading")
                i += 1
                continue
            if found:
                kind, m = found
                num = parse_number(m.group("num"))
                if num is None:
                    i += 1
                    continue
                # (the matching copy of the line: the source's characters, but Unicode spaces as spaces and the
                # characters OCR misreads in a heading read right, "Artic1e 2" -> "Article 2")
                label = " ".join(ln.norm[m.start("label"):m.end("label")].split())
                # the line, decoration and invisibles included
                start = ln.start + (len(self._as_read(ln)) - len(self._as_read(ln).lstrip()))
                if kind in ("chapter", "section"):
                    why_not = self.part_reading(i, kind, num, m.group("title"))
                    if why_not is not None:
                        self.diag("warning", start, f"'{label}' at the start of a line was read as part of the "
                                  f"sentence before, not as a heading: {why_not}",
                                  f"if it is a {kind} heading, put it on a line of its own with its title",
                                  "doubtful-heading")
                        i += 1
                        continue
                    if kind == "chapter":
                        self.expected_part = {"chapter": num + 1, "section": 1}
                    else:
                        self.expected_part["section"] = num + 1
                    title = m.group("title").strip().strip("*_").strip()
                    body_start = ln.end
                    last = i
                    if not title:
                        j = self.next_content_line(i + 1)
                        if j is not None and self._is_title_line(self.lines[j]):
                            title = self.lines[j].stripped.strip("#*_ ").strip()
                            body_start = self.lines[j].end
                            last = j
                    if title:
                        more, last = self._title_continuation(last)
                        if more:
                            title = " ".join([title, *more])
                            body_start = self.lines[last].end
                    title = " ".join(title.split())
                    self.title_lines.update(range(i, last + 1))
                    for x in range(i, last + 1):  # the heading's lines, junk between them left out
                        hl = self.lines[x]
                        if hl.stripped and not self.is_junk_line(hl):
                            a = start if x == i else hl.start + len(hl.text) - len(hl.text.lstrip())
                            # (to the end of the line as read: a comparison table's row ends with its law cell)
                            self.heading_spans.append(Span(a, hl.start + len(self._as_read(hl).rstrip())))
                    heads.append(_Heading(kind, num, label, title, i, start, body_start,
                                          Span(start, ln.start + m.end("label"))))
                    i = last
                else:
                    rest = m.group("rest")
                    sub = m.groupdict().get("sub")  # the Chinese heading pattern ("第一条") has no such group
                    if sub:
                        self.diag("warning", start, f"'{label}{sub}' looks like an inserted article "
                                  "(numbered after the article before it); regkb does not number such articles, "
                                  "so its text is kept in the article before",
                                  "give it an article number of its own if it is a separate article",
                                  "inserted-article")
                        i += 1
                        continue
                    g = m.groupdict()
                    other = g.get("en_num") or g.get("en_num2") or g.get("cjk_num") or g.get("cjk_num2")
                    if other and parse_number(other) != num:  # "第三条 / Article 4": the heading names two articles
                        self.diag("warning", start, f"the bilingual heading {ln.stripped[:40]!r} gives two different "
                                  f"article numbers; it was read as Article {num}",
                                  "correct the number that is wrong", "bilingual-heading")
                    why_not = self.article_reading(i, num, rest)
                    if why_not is not None:
                        self.diag("warning", start, f"'{label}' at the start of a line was read as part of the "
                                  f"sentence before, not as a heading: {why_not}",
                                  "if it is a heading, end the sentence before it and check its number",
                                  "doubtful-heading")
                        i += 1
                        continue
                    title, rest_at = self._article_caption(ln, m, i)
                    rest_start = ln.start + rest_at
                    if title:
                        self.captions.append(start)
                    self.heading_spans.append(Span(start, rest_start if rest_start < ln.end
                                                   else ln.start + len(self._as_read(ln).rstrip())))
                    if not title and not m.group("rest").strip("*_ \t"):
                        below = self._caption_below(i)
                        if below is not None:  # "Article 3" / "[Purpose]" / text
                            cl = self.lines[below]
                            title = cl.stripped.strip("*_#[]【】()（） ").strip()
                            rest_start = cl.end
                            self.captions.append(start)
                            self.heading_spans.append(Span(cl.start + len(cl.text) - len(cl.text.lstrip()),
                                                           cl.start + len(cl.text.rstrip())))
                    heads.append(_Heading("article", num, label, title, i, start, rest_start,
                                          Span(start, ln.start + m.end("label"))))
                    self.expected_article = num + 1
            i += 1
        return heads

    def _caption_below(self, i: int) -> int | None:
        """The line under a bare "Article N" heading when it is the article's caption, else None.

        A caption in brackets ("[Purpose]", "(Purpose)"), or a short name in title case, alone on
        its line, with the article's text after it. A line whose sentence goes on in the next line
        ("Park Operators and Kiosk" / "Owners shall ...") is the start of the text, not a caption.
        """
        j = self.next_content_line(i + 1)  # page furniture between them is skipped
        if j is None:
            return None
        t = self.lines[j].stripped.strip("*_ ")
        k = self.next_content_line(j + 1)
        if k is None or self.heading_of(self.lines[j]) or self.heading_of(self.lines[k]):
            return None
        nxt = self.lines[k].stripped.lstrip("*_ ")
        bm = _BRACKETED.match(t)
        if bm and bm.end() == len(t) and _caption_like(bm.group("cap"), strict=False):
            return j
        words = _WORDS_APOS.findall(t)
        if not words or len(words) > 6 or len(t) > 50 or not _caption_like(t, strict=True) or P.ITEM_LINE.match(t):
            return None
        if any(w[0].islower() and w.lower() not in _NO_CAPTION_END for w in words):
            return None  # not title case
        if not _starts_text(nxt):
            return None
        first_word = nxt.split(maxsplit=1)[0] if nxt.split() else ""
        if len(t) + 1 + len(first_word) > self.wrap_width():
            return None  # the next word would not have fitted: the line was wrapped, its sentence goes on
        return j

    def wrap_width(self) -> int:
        """The width a hard-wrapped text was wrapped at (the 95th percentile of its line lengths).

        A text whose lines are all short (under 40 characters) was not wrapped at a width: any
        break in it is deliberate, so the width is taken as unbounded.
        """
        if self._wrap_width is None:
            lengths = sorted(len(ln.stripped) for ln in self.lines if ln.stripped)
            width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.95))] if lengths else 0
            self._wrap_width = width if width >= 40 else 1 << 30
        return self._wrap_width

    def _title_continuation(self, last: int) -> tuple[list[str], int]:
        """Lines that continue a chapter or section title printed over several lines.

        A following title-like line belongs to the title when the line after it is a heading
        (the title run ends where the text of the chapter begins), at most two more lines.
        """
        more: list[str] = []
        k = last
        for _ in range(2):
            j = self.next_content_line(k + 1)
            if j is None or not self._is_title_line(self.lines[j]) or self._junk_between(k, j):
                break  # a title does not go on over a page break
            after = self.next_content_line(j + 1)
            run_ends = after is not None and self.heading_of(self.lines[after]) is not None
            if not run_ends:
                if after is None or not (self._is_title_line(self.lines[after]) and len(more) == 0):
                    break
                after2 = self.next_content_line(after + 1)
                if after2 is None or self.heading_of(self.lines[after2]) is None:
                    break
            more.append(self.lines[j].stripped.strip("#*_ ").strip())
            k = j
        return more, k

    def _junk_between(self, a: int, b: int) -> bool:
        """Is there junk between lines ``a`` and ``b`` (a note tool's property lines aside: they stand under the block
        they belong to, "collapsed:: true" under a heading, and hide no page break)?"""
        return any(x in self._junk_lines and x not in self._property_lines for x in range(a + 1, b))

    def next_content_line(self, j: int) -> int | None:
        while j < len(self.lines):
            if self.lines[j].stripped and not self.is_junk_line(self.lines[j]):
                return j
            j += 1
        return None

    def _is_title_line(self, ln: Line) -> bool:
        s = ln.stripped.strip("#*_ ")
        return bool(s) and len(s) <= 120 and not self.heading_of(ln) and not P.ITEM_LINE.match(s) \
            and s[-1] not in ".;:,。；：" and not P.HORIZONTAL_RULE.match(ln.stripped)

    def _article_caption(self, ln: Line, m: re.Match[str], i: int) -> tuple[str, int]:
        """The caption printed with an article's number, if any, and where the article's text starts.

        Translators print a caption in brackets ("Article 3 [Purpose]", "Article 3 (Purpose)"),
        after a dash ("Article 3 – Purpose"), in the bold or Markdown heading of the number
        ("**Article 3 Purpose**", "### Article 3 Purpose"), or alone after the number with the
        text on the next line ("Article 3 Purpose"). A caption is a short name, not a clause: no
        verb, no determiner at its start, no function word at its end. The returned offset is
        relative to the line's start; the caption's characters stay in the heading.
        """
        rest = m.group("rest")
        rest_at = m.start("rest")
        r = rest.rstrip()
        if not r.strip():
            return "", len(ln.text)
        if P.DELETED_PLACEHOLDER.match(r):
            return "", rest_at  # "[Deleted]" is what the edition prints for the article's text, not its caption
        # a caption in brackets, alone or followed by the article's text on the same line
        bm = _BRACKETED.match(r)
        if bm and _caption_like(bm.group("cap"), strict=False):
            after = bm.end()
            if after >= len(r.rstrip("*_ ")):
                return bm.group("cap").strip(), len(ln.text)
            nxt = r[after:].lstrip(" *_")
            if _starts_text(nxt):
                return bm.group("cap").strip(), rest_at + len(r) - len(nxt)
        # "*Article 3 Purpose* These Rules ...", "| Article 3 Purpose | These Rules ... |": markup that was read as no
        # words (read_hidden_labels) closed round the number and the caption
        if (close_at := self._caption_ends.get(i)) is not None and close_at > rest_at:
            cap = ln.norm[rest_at:close_at]
            nxt = ln.norm[close_at:].lstrip()
            if _caption_like(cap.strip(), strict=False) and (not nxt.strip() or _starts_text(nxt)):
                return cap.strip(), (len(ln.norm) - len(nxt)) if nxt.strip() else len(ln.text)
        # "**Article 3 Purpose** These Rules ...": the bold that opens before the number closes after the caption
        if ln.norm.lstrip().lstrip("#").lstrip().startswith(("**", "__")):
            close = r.find("**") if "**" in r else r.find("__")
            if close > 0:
                cap = r[:close]
                nxt = r[close + 2:].lstrip()
                if _caption_like(cap, strict=False) and (not nxt or _starts_text(nxt)):
                    return cap.strip(), (rest_at + len(r) - len(nxt)) if nxt else len(ln.text)
        cap = r.strip("*_ ")
        strong = m.groupdict().get("sep") in ("-", "–", "—") or ln.stripped.startswith("#")
        if not _caption_like(cap, strict=not strong):
            return "", rest_at
        if not strong:
            # "Article 3 Purpose" with the text on the next line: the next line starts a sentence
            j = self.next_content_line(i + 1)
            if j is None:
                return "", rest_at
            nxt = self.lines[j].stripped.lstrip("*_ ")
            if not _starts_text(nxt) or self._junk_between(i, j):
                return "", rest_at
            first_word = nxt.split(maxsplit=1)[0] if nxt.split() else ""
            if len(ln.stripped) + 1 + len(first_word) > self.wrap_width():
                return "", rest_at  # the next word would not have fitted: a wrapped first line of the text
        return cap, len(ln.text)

    def inline_articles(self, heads: list[_Heading]) -> list[_Heading]:
        """Find article headings glued inside a line (the next number in sequence only)."""
        out: list[_Heading] = []
        arts = [h for h in heads if h.kind == "article"]
        art_pos = {id(h): k for k, h in enumerate(arts)}
        for idx, h in enumerate(heads):
            out.append(h)
            if h.kind != "article":
                continue
            k_art = art_pos[id(h)]
            nxt_art = arts[k_art + 1] if k_art + 1 < len(arts) else None
            limit = nxt_art.start if nxt_art else len(self.text)
            nxt_head = heads[idx + 1].start if idx + 1 < len(heads) else len(self.text)
            limit = min(limit, nxt_head)
            expected = h.number + 1
            pos = h.body_start
            while True:
                m = None
                if nxt_art is None or nxt_art.number != expected:
                    for cand in P.INLINE_ARTICLE.finditer(self.text, pos, limit):
                        if int(cand.group("num")) == expected:
                            m = cand
                            break
                if m is None:
                    break
                debris = m.group("debris")
                if debris.strip():
                    self.drop(m.start("debris"), m.end("debris"), "debris before a glued article heading "
                              "(numbers left of a date or page mark)")
                self.diag("warning", m.start("label"),
                          f"{m.group('label')} starts inside the line of the article before it; it was split off",
                          "put each article on a line of its own", "glued-article")
                line_idx = self.line_at(m.start("label")).idx
                self.heading_spans.append(Span(m.start("label"), m.start("label") + len(m.group(0)[m.start("label") - m.start():].rstrip())))
                new = _Heading("article", expected, m.group("label"), "", line_idx, m.start("label"), m.end(),
                               Span(m.start("label"), m.end("label")))
                out.append(new)
                expected += 1
                pos = m.end()
        return out

    def drop_toc(self, heads: list[_Heading]) -> list[_Heading]:
        """Chapter headings listed before the body and repeated later are a table of contents."""
        first_article = next((k for k, h in enumerate(heads) if h.kind == "article"), None)
        if first_article is None:
            return heads
        before = heads[:first_article]
        later = Counter((g.kind, g.number) for g in heads)
        keep: list[_Heading] = []
        toc: list[_Heading] = []
        for k, h in enumerate(before):
            later[(h.kind, h.number)] -= 1
            repeated = later[(h.kind, h.number)] > 0
            nxt = before[k + 1] if k + 1 < len(before) else None
            bare = nxt is not None and not self._text_between(h.body_start, nxt.start)
            if repeated and (bare or (toc and toc[-1] is before[k - 1])):
                toc.append(h)
            else:
                keep.append(h)
        if toc:
            # to the end of the last entry's title, which may wrap onto the lines after its own ("Chapter II Handling
            # of Visitor" / "Information"): its body would start there, were it a heading
            # only when a heading of the body ends its title with those wrapped words (the entry repeated there);
            # else the lines after the entry's own are not the contents' (a document title, a preamble line
            # without a full stop) and stay
            last = toc[-1]
            end = self.lines[last.line].end
            wrapped = self.text[end:last.body_start]
            if last.body_start > end and any(_title_ends(g.title, wrapped) for g in heads if g.start > last.body_start):
                end = last.body_start
            else:
                self.title_lines.difference_update(range(last.line + 1, self.line_at(max(last.body_start, end)).idx + 1))
            start = self._drop_contents(toc[0].start, end, f"{len(toc)} headings")
            self.heading_spans = [s for s in self.heading_spans
                                  if not start <= s.start < max(end, last.body_start)]
        return keep + heads[first_article:]

    def _drop_contents(self, start: int, end: int, what: str) -> int:
        """Keep a table of contents out of the law: from ``start`` (from the "Contents" line just above it, if there is
        one) to the offset ``end``, dropped as one span (every character kept in the dropped list) and reported
        as info ``toc``; returns where the dropped span starts. The one place for both a contents list told by its headings (:meth:`drop_toc`) and one an
        importer marked (:meth:`find_marked_contents`)."""
        k = self.line_at(start).idx - 1
        while k >= 0 and not self.lines[k].stripped:
            k -= 1
        if k >= 0 and P.CONTENTS_HEAD.fullmatch(self.lines[k].stripped):
            start = self.lines[k].start
        self.drop(start, end, "table of contents")
        self.diag("info", start, f"a table of contents ({what}) was recognised and left out", "", "toc")
        return start

    def find_marked_contents(self) -> None:
        """The table of contents an importer kept in the reading text, each line opening with its mark
        (``<!-- regkb contents -->``, patterns.CONTENTS_MARK: a Word file's TOC field, contents control or contents-styled
        paragraphs). The mark is trusted, whatever the line says: each run of marked lines (blank lines between them
        go with them) is a contents list, kept out of the law by :meth:`_drop_contents` before headings are looked
        for, so that no entry ("Article 4  Filing  2") is read as a second Article 4, nor its page number as text."""
        if P.CONTENTS_MARK not in self.text:
            return
        body = sum(len(P.CONTENTS_LINE.sub("", ln.stripped, count=1).strip()) for ln in self.lines)
        run: list[Line] = []
        for ln in [*self.lines, None]:
            if ln is not None and not ln.stripped:
                continue
            if ln is not None and P.CONTENTS_LINE.match(ln.text):
                run.append(ln)
                continue
            if run and (why := self._law_in_contents(run, body)) is not None:
                # the entries up to the last one that reads as an entry are the contents; the lines after, law
                texts = [P.CONTENTS_LINE.sub("", x.stripped, count=1).strip() for x in run]
                k = max((j for j, t in enumerate(texts) if P.CONTENTS_ENTRY.search(t)), default=-1) + 1
                if k:
                    self._drop_contents(run[0].start, run[k - 1].end, f"{k} line(s) marked by the import")
                if k < len(run):
                    self._keep_marked(run[k:], why)
            elif run:
                self._drop_contents(run[0].start, run[-1].end, f"{len(run)} line(s) marked by the import")
            run = []

    def _law_in_contents(self, run: list[Line], body: int) -> str | None:
        """Why a run of lines marked as contents reads as law (the mark in doubt: a Word field whose end was lost), or
        None: a line that is a sentence (it ends with a full stop or a semicolon) holding a modal verb, or following an
        article heading; or more than 30 % of the text's characters (a contents list is a small part of a law)."""
        texts = [P.CONTENTS_LINE.sub("", ln.stripped, count=1).strip() for ln in run]
        for k, t in enumerate(texts):
            if not t.endswith((".", ";", "。")) or len(t.split()) < 4:
                continue
            if P.MODAL.search(t):
                return f"the line {t[:50]!r} is a sentence with a modal verb"
            if k and P.ARTICLE.match(texts[k - 1]):
                return f"the article heading {texts[k - 1][:30]!r} is followed by a sentence"
        if sum(len(t) for t in texts) > 0.3 * body:
            return "the marked lines are more than 30 % of the text"
        return None

    def _keep_marked(self, run: list[Line], why: str) -> None:
        """Keep a run of marked lines as text, the marks alone left out (listed as dropped), with a warning."""
        for ln in run:
            m = P.CONTENTS_LINE.match(ln.text)
            if m is None:
                continue
            self.drop(ln.start, ln.start + m.end(), "the import's mark of a contents line (kept as text: in doubt)")
            ln.norm = " " * m.end() + ln.norm[m.end():]  # its words read as any line's (a heading is found)
        at = run[0].start + len(run[0].text) - len(P.CONTENTS_LINE.sub("", run[0].text, count=1))
        self.diag("warning", at, f"{len(run)} line(s) the import marked as a table of contents were kept as "
                  f"text: {why}", "if they are a contents list, move them before the first heading; if they are law, "
                  f"delete the marks {P.CONTENTS_MARK!r}", "contents-doubt")

    def _text_between(self, a: int, b: int) -> bool:
        chunk = self.clean(a, b).text
        return bool(chunk.strip(" -*_#"))

    # --- pass 3: build -------------------------------------------------------------------

    def decide_line_mode(self, heads: list[_Heading]) -> None:
        """One paragraph per line, or hard-wrapped lines? Read from how the lines of the body end.

        In a hard-wrapped text many lines stop mid-sentence and the next goes on; in a text
        with one paragraph per line (the usual shape of text taken from a web page) almost
        none does.
        """
        pairs = goes_on = 0
        first = heads[0].line if heads else len(self.lines)
        prev: Line | None = None
        heading_lines = {h.line for h in heads} | self.title_lines
        for ln in self.lines[first:]:
            if not ln.stripped or self.is_junk_line(ln) or ln.idx in heading_lines:
                prev = None if not ln.stripped or ln.idx in heading_lines else prev
                continue
            if prev is not None:
                pairs += 1
                if P.LINE_CONTINUES.search(prev.stripped) and not P.ITEM_LINE.match(ln.stripped):
                    goes_on += 1
            prev = ln
        self.line_mode = pairs >= 4 and goes_on < 0.3 * pairs
        if self.block_lines:
            self.line_mode = True  # an outliner, a table's rows: each block on a line of its own, none wrapped
        if self.chat_messages and goes_on < 0.3 * max(pairs, 1):
            self.line_mode = True  # a chat app wraps no line: each line break in a message is its sender's

    def run(self) -> Structure:
        self.find_junk()
        self.read_printed_lines()
        heads = self.find_headings()
        heads = self.inline_articles(heads)
        if self.captions:
            shown = ", ".join(str(self.line_col(o)[0]) for o in self.captions[:8]) + (" ..." if len(self.captions) > 8 else "")
            self.diag("info", self.captions[0], f"{len(self.captions)} article heading(s) carry a caption, kept as the "
                      f"article's title, not as its text (lines {shown})",
                      "if a caption is the first sentence of the article, end it with a full stop", "article-caption")
        heads = self.drop_toc(heads)
        if not any(h.kind == "article" for h in heads):
            heads += self.find_points()  # a decision numbered "I." ... "X." (parse/points.py)
        heads.sort(key=lambda h: h.start)
        self.set_apart_chat_remarks(heads)
        self.set_apart_admonitions(heads)
        self._head_lines = {h.line for h in heads} | self.title_lines
        self.decide_line_mode(heads)
        self.find_comments(heads)
        self.set_apart_annexes(heads)
        self.set_apart_after_closing_rule(heads)
        self.set_apart_later_fields(heads)
        self.doc_para_style = self._document_paragraph_numbers(heads)
        chapters: list[Chapter] = []
        sections: list[Section] = []
        articles: list[Article] = []
        cur_ch: int | None = None
        cur_sec: int | None = None
        body_start = self.src.body_offset
        first = heads[0].start if heads else len(self.text)
        preamble = self.clean(body_start, first)
        self._report_unrecognised_preamble(preamble)
        seen_articles: dict[int, int] = {}
        seen_parts: dict[tuple[str, int | None, int], int] = {}
        part_ends = self._part_ends(heads)
        for k, h in enumerate(heads):
            if h.kind in ("chapter", "section"):
                key = (h.kind, cur_ch if h.kind == "section" else None, h.number)
                if key in seen_parts:
                    self.diag("error", h.start, f"{h.label} appears twice (the first is on line "
                              f"{self.line_col(seen_parts[key])[0]})",
                              f"{h.kind} numbers must be unique: fix the number, or remove the repeated heading",
                              f"duplicate-{h.kind}")
                    continue
                seen_parts[key] = h.start
            end = heads[k + 1].start if k + 1 < len(heads) else len(self.text)
            if h.kind == "chapter":
                cur_ch, cur_sec = h.number, None
                eid = f"chp_{h.number}"
                chapters.append(Chapter(f"{self.doc}/{eid}", self.doc, eid, h.number, h.label, h.title,
                                        Span(h.start, self._content_end(h.start, part_ends[k]))))
                self._keep_part_text(h, end, eid)
            elif h.kind == "section":
                cur_sec = h.number
                eid = (f"chp_{cur_ch}__" if cur_ch is not None else "") + f"sec_{h.number}"
                sections.append(Section(f"{self.doc}/{eid}", self.doc, eid, cur_ch, h.number, h.label, h.title,
                                        Span(h.start, self._content_end(h.start, part_ends[k]))))
                self._keep_part_text(h, end, eid)
            else:
                if h.number in seen_articles:
                    self._set_apart_repeated(h, end, seen_articles[h.number], articles)
                    continue
                seen_articles[h.number] = h.start
                art = self.build_article(h, end, cur_ch, cur_sec)
                if art is not None:
                    articles.append(art)
        self._note_blocks(articles)
        self._parallel_blocks([h for h in heads if h.kind != "article" or h.number in seen_articles])
        self._compared_blocks([h for h in heads if h.kind != "article" or h.number in seen_articles])
        self.check_sequence(articles, chapters, heads)
        self.article_census(articles)
        self._dup_titles(chapters)
        if articles:
            self._report_footer_words(articles[-1])
        blocks: list[Block] = sorted(self.comments, key=lambda b: b.span.start)
        # a heading line inside a block set apart is the block's ("第三条 ..." in a comment between quoted articles):
        # no heading of the structure (each character in one place), as a repeated article's heading
        starts = [b.span.start for b in blocks]
        reach = list(itertools.accumulate((b.span.end for b in blocks), max))
        heading_lines = [h for h in sorted(self.heading_spans) if not _inside_a_block(h, starts, reach)]
        return Structure(chapters, sections, articles, blocks, self.dropped, self.diags,
                         preamble.text, preamble.whole_span() if preamble.text else None,
                         heading_lines, bool(self.page_starts), self.definition_entries)

    def find_points(self) -> list[_Heading]:
        """The points of a text without article headings, read as its provisions (see parse/points.py); [] and a
        warning when its numbered paragraphs do not run 1, 2, 3 ..."""
        from . import points as PT

        found, doubt = PT.choose(PT.candidates(
            self.lines, lambda k: not self.is_junk_line(self.lines[k]) and k not in self.table_lines
            and k not in self.title_lines))
        if doubt is not None:
            first = next((ln for ln in self.lines if ln.stripped), self.lines[0])
            self.diag("error", first.start, "this text has no article headings, and " + doubt,
                      "if its numbered paragraphs are its provisions, number them 1, 2, 3 ... (or I, II, III ...) "
                      "without a gap; else write its article headings as 'Article N'", "points-doubt")
            return []
        heads: list[_Heading] = []
        for k, style, value, numeral, m in found:
            ln = self.lines[k]
            start = ln.start + (len(ln.text) - len(ln.text.lstrip()))
            label_end = ln.start + m.start("label") + len(m.group("label").rstrip(" \t*_"))
            body = ln.start + m.end()
            self.heading_spans.append(Span(start, label_end))
            heads.append(_Heading("article", value, PT.label_of(style, numeral), "", k, start, body,
                                  Span(start, label_end)))
        if heads:
            self.diag("info", heads[0].start, f"this text has no article headings; its {len(heads)} numbered "
                      f"paragraphs ({found[0][3]} to {found[-1][3]}) were read as its points, each one provision "
                      "(labelled 'Point N', stored as article N); the text before the first is its preamble",
                      "if they are not its provisions, write its article headings as 'Article N'", "points")
        return heads

    # --- the editor's words between the articles --------------------------------------------

    def _body_blocks(self, start: int, end: int) -> list[list[Line]]:
        """The blocks of lines of ``[start, end)``: runs of content lines between blank lines (in a text with one
        paragraph per line, each line); a block quote starts a new run. Junk, table and title lines are left out."""
        out: list[list[Line]] = []
        cur: list[Line] = []
        k = max(bisect.bisect_right(self._line_starts, start) - 1, 0)
        while k < len(self.lines) and self.lines[k].start < end:
            ln = self.lines[k]
            k += 1
            if ln.end <= start or not ln.stripped or self.is_junk_line(ln) or ln.idx in self.table_lines \
                    or ln.idx in self.title_lines:
                if cur:
                    out.append(cur)
                    cur = []
                continue
            # a quote starts a new block; a line after a quoted one, with no blank line between, stays in the quote
            # (Markdown's lazy continuation), unless each line is a paragraph of its own
            quoted, after_quoted = bool(quote_mark(ln.text)), bool(cur) and bool(quote_mark(cur[-1].text))
            if cur and ((quoted and not after_quoted) or (self.line_mode and not (quoted and after_quoted))):
                out.append(cur)
                cur = []
            cur.append(ln)
        if cur:
            out.append(cur)
        return out

    def find_comments(self, heads: list[_Heading]) -> None:
        """Blocks inside an article's body that are set apart from the law are the editor's comments, not law.

        The law's setting is the setting of its article headings (:meth:`read_quotes`). Where the law is
        quoted, an unquoted block in an article's body is a comment. Where the law is plain, a block opened by
        an editor's label set apart ("**Comment:**", "[Editor's note]", "Our view:") is a comment wherever it
        stands; a block quote or a paragraph wholly in italics is a comment when only such blocks follow it in
        the article (law opens the article, comments follow it), and a doubt (a warning, kept as law) when law
        follows it, or when the text before it ends with a colon (a law may quote). A plain "Note:" is a doubt.
        A comment is cut out of the article (no duty, definition or reference is read from it) and kept, every
        character, as a block of kind ``comment`` after the article it follows.
        """
        found: list[tuple[int, str]] = []
        article: _Heading | None = None  # the article a comment follows
        # numbered after the comments kept already (a chat's remarks: set_apart_chat_remarks)
        counts = self._comment_counts()
        for k, h in enumerate(heads):
            end = heads[k + 1].start if k + 1 < len(heads) else len(self.text)
            blocks = self._body_blocks(h.body_start, end)
            settings = [block_setting([ln.text for ln in b]) for b in blocks]
            if self.law_quoted:  # quoted, unless opened by an editor's label inside the quote ("> **Note:** ...")
                law = [st == "quoted" and block_setting([unquoted(ln.text) for ln in b]) != "labelled"
                       for b, st in zip(blocks, settings, strict=True)]
            else:
                law = [st in ("plain", "note") for st in settings]
            if h.kind != "article":
                # after a chapter or section heading, before its first article: no law is there (such text is
                # reported and left out, _report_stray_text); blocks set apart are comments on the article before
                if article is not None:
                    for b, is_law in zip(blocks, law, strict=True):
                        if not is_law:
                            counts[article.number] += 1
                            found.append((self._add_comment(article, b, counts[article.number]),
                                          "unquoted" if self.law_quoted else "set apart"))
                continue
            article = h
            if not any(law):
                continue  # an article is never all comment: its body is its law, however it is set
            last_law = max(i for i, x in enumerate(law) if x)
            for i, (b, st) in enumerate(zip(blocks, settings, strict=True)):
                first = b[0]
                lead = first.start + len(first.text) - len(first.text.lstrip())
                if st == "note" and not self.law_quoted:
                    self.diag("warning", lead, f"a paragraph opens with a plain 'Note:' ({first.stripped[:50]!r}); it "
                              "is kept as law", "if it is the editor's note, not the law's, set it apart: a block quote "
                              "('> '), italics, or a label such as 'Editor's note:'", "possible-comment")
                    continue
                if law[i]:
                    continue
                if not self.law_quoted and st != "labelled":
                    before = self.clean(h.body_start, first.start).text.rstrip()
                    if i < last_law or before.endswith((":", "：")):
                        self.diag("warning", lead, f"a block set apart from the law ({st}) stands inside "
                                  f"{h.label}: kept as law, though it may be the editor's comment",
                                  "if it is a comment, move it after the article's last paragraph, or open it with a "
                                  "label such as 'Comment:'", "possible-comment")
                        continue
                counts[h.number] += 1
                self._add_comment(h, b, counts[h.number])
                found.append((lead, "unquoted" if self.law_quoted else st))
        if found:
            kinds = ", ".join(sorted({f for _, f in found}))
            lines = ", ".join(str(self.line_col(x)[0]) for x, _ in found[:8]) + (" ..." if len(found) > 8 else "")
            where = "in block quotes, like the article headings" if self.law_quoted else "plain, like the article headings"
            self.diag("info", found[0][0],
                      f"{len(found)} block(s) between the articles are set apart from the law ({kinds}; the law is set "
                      f"{where}): kept as the editor's comments, not law (lines {lines})",
                      "no duty, definition or reference is read from them; if one is law, set it like the law",
                      "editor-comment")

    def set_apart_after_closing_rule(self, heads: list[_Heading]) -> None:
        """A rule (a thematic break: "---", "***", a line of "=" signs) after the last article's text closes the law:
        what follows it, with no heading after it, is the publisher's (a law firm's disclaimer, a copyright line, a
        translator's credit), not law. Each of its blocks is kept, every character with its span, as a comment after
        the last article (kind ``comment``), and reported; no duty, definition or reference is read from it. A rule
        between the last article's heading and its first words closes nothing, nor one that an annex follows
        ("Annex 1", "Attachment", "Schedule", "附件": the law's own forms and lists, read as before)."""
        if not heads or heads[-1].kind != "article":
            return
        h = heads[-1]
        rule = next((r for r in self.rules if r.start >= h.body_start), None)
        # the publisher's end mark ("— END —", "(End)", "（完）") on a line of its own closes the law as a rule does:
        # a post, a newsletter or a database page goes on after it with its own furniture (source, editor, buttons,
        # readers' comments)
        mark = next((ln for ln in self.lines if ln.start >= h.body_start and not self.is_junk_line(ln)
                     and END_MARK.match(ln.norm.strip())), None)
        closing = "the rule"
        if mark is not None and (rule is None or mark.start < rule.start):
            rule = Span(mark.start, mark.end)
            closing = f"the end mark {mark.stripped!r}"
            if self.clean(h.body_start, rule.start).text and self._body_blocks(rule.end, len(self.text)):
                self.drop(mark.start, mark.end, "end mark (the publisher's sign that the text ends here; not law)")
        if rule is None or not self.clean(h.body_start, rule.start).text:
            return
        blocks = self._body_blocks(rule.end, len(self.text))
        if not blocks:
            return
        if P.ANNEX_OPENING.match(blocks[0][0].stripped):
            # an annex, attachment or schedule after the rule is the law's own (its forms, its lists): read as before
            self.diag("info", blocks[0][0].start, f"{blocks[0][0].stripped[:40]!r} after {closing} that follows {h.label} "
                      "opens an annex: it is read as the last article's text, as printed",
                      "if the annex is not law, say so in the source", "after-closing-rule")
            return
        n = sum(1 for b in self.comments if b.eid.startswith(f"art_{h.number}__comment_"))
        starts: list[int] = []
        for b in blocks:
            n += 1
            starts.append(self._add_comment(h, b, n))
        lines = ", ".join(str(self.line_col(x)[0]) for x in starts[:8]) + (" ..." if len(starts) > 8 else "")
        self.diag("info", starts[0], f"{len(blocks)} block(s) after {closing} that closes {h.label} (the last article) "
                  f"are not law: kept as the publisher's words after the law (lines {lines})",
                  "no duty, definition or reference is read from them; if they are law, remove "
                  f"{'the rule' if closing == 'the rule' else 'the end mark'} above them",
                  "after-closing-rule")

    def set_apart_later_fields(self, heads: list[_Heading]) -> None:
        """A database record's download (:func:`.layout.field_record`: every field a paragraph opening with its code
        at the margin, padded to one column) holds the law in one field, the one whose code comes before the first
        article heading. The first code at the margin after the last article's heading opens the next field: from it
        to the end the text is the database's (its other fields, a search summary), kept as comments after the last
        article, every character, and reported. A paragraph that closes the law's field wholly in brackets with no
        "shall", "must" or "may" (a translator's or editor's line) is kept apart with them. A line of the law indented
        to the fields' column opens no field ("AN   application ..." inside an item)."""
        arts = [h for h in heads if h.kind == "article"]
        if not arts or heads[-1] is not arts[-1]:
            return
        width = field_record([ln.text for ln in self.lines])
        if width is None:
            return
        first, last = arts[0], arts[-1]
        if not any(field_code_line(ln.text, width) for ln in self.lines if ln.start < first.start):
            return  # the law in no field of the record
        end = next((ln for ln in self.lines if ln.start > last.body_start and not self.is_junk_line(ln)
                    and field_code_line(ln.text, width)), None)
        if end is None:
            return
        blocks = self._body_blocks(end.start, len(self.text))
        law = self._body_blocks(last.body_start, end.start)
        if len(law) > 1:
            t = " ".join(ln.stripped for ln in law[-1])
            if t[:1] in "(（[" and t[-1:] in ")）]" and not P.SET_APART_MODAL.search(t):
                blocks.insert(0, law[-1])
        if not blocks:
            return
        n = sum(1 for b in self.comments if b.eid.startswith(f"art_{last.number}__comment_"))
        starts = [self._add_comment(last, b, n + k) for k, b in enumerate(blocks, 1)]
        lines = ", ".join(str(self.line_col(x)[0]) for x in starts[:8]) + (" ..." if len(starts) > 8 else "")
        self.diag("info", starts[0], f"a database record: the law is the text of one field, and the field code "
                  f"{end.stripped.split()[0]!r} after {last.label} (the last article) opens the next; {len(blocks)} "
                  f"block(s) from there (and a bracketed line closing the law's field) are the database's, kept as "
                  f"comments, not law (lines {lines})",
                  "no duty, definition or reference is read from them; if one is law, indent it to the fields' column "
                  "like the law's other paragraphs", "later-fields")

    def _add_comment(self, h: _Heading, lines: list[Line], n: int) -> int:
        """Keep ``lines`` as the ``n``-th comment after the article of ``h``; returns where it starts."""
        first, last = lines[0], lines[-1]
        a = first.start + len(first.text) - len(first.text.lstrip())
        b = last.start + len(last.text.rstrip())
        marks = [Span(ln.start, ln.start + quote_mark(ln.text)) for ln in lines if quote_mark(ln.text)]
        text = Clean.from_source(self.text, a, b, marks).text
        eid = f"art_{h.number}__comment_{n}"
        self.keep_apart(eid, "comment", text, Span(a, b))
        return a

    def set_apart_annexes(self, heads: list[_Heading]) -> None:
        """An annex printed after the last article (a form, a list, a table "attached to these Provisions") is not
        text of that article. It opens with a heading line of its own ("Annex", "Annex 2 Items of the Record",
        "Appendix", "Attachment", "Schedule", "附件", "附表"), a paragraph of its own that ends no sentence, after the
        last article heading and with no heading after it. Each annex, from its heading to the next annex or the
        end, is kept, every character with its span, as a block of kind ``annex`` (eId ``annex_N``), cut out of
        the last article and reported (info ``annex``): no duty, definition or reference is read from it."""
        arts = [h for h in heads if h.kind == "article"]
        if not arts or any(h.start > arts[-1].start and h.kind != "article" for h in heads):
            return
        last = arts[-1]
        starts: list[int] = []
        for ln in self.lines:
            if ln.start <= last.body_start or self.is_junk_line(ln):
                continue
            prev = self.lines[ln.idx - 1] if ln.idx > 0 else None
            if prev is not None and prev.norm.strip() and not self.is_junk_line(prev):
                continue  # not the first line of its paragraph
            nxt = self.lines[ln.idx + 1] if ln.idx + 1 < len(self.lines) else None
            if nxt is not None and not self.is_junk_line(nxt) and _CARRIED_ON.match(nxt.norm):
                continue  # "Schedule A lists the fees\nthat operators pay.": a sentence wrapped, not a heading
            if P.ANNEX_HEADING.match(ln.stripped) and not _ENDS_SENTENCE_RE.search(ln.stripped) \
                    and len(ln.stripped.split()) <= 14:
                starts.append(ln.start + len(ln.text) - len(ln.text.lstrip()))
        if not starts:
            return
        for n, a in enumerate(starts, 1):
            b = starts[n] if n < len(starts) else len(self.text)
            stray = self.clean(a, b)
            if not stray.text.strip():
                continue
            span = stray.whole_span()
            eid = f"annex_{n}"
            self.keep_apart(eid, ANNEX, stray.text, span)
            self.diag("info", span.start, f"an annex after the last article ({eid}: {stray.text.split(chr(10))[0][:60]!r}) "
                      f"is kept apart as printed, not as text of {last.label}, and not read for duties, definitions "
                      "or references", "if it is text of the article, remove the heading line before it", "annex")

    def keep_apart(self, eid: str, kind: str, text: str, span: Span) -> None:
        """Keep ``span`` of the source (read as ``text``) as a block of ``kind`` with eId ``eid``, out of the law."""
        self.comments.append(Block(f"{self.doc}/{eid}", self.doc, eid, kind, 0, text, span))
        self.exclude(span.start, span.end)

    def exclude(self, start: int, end: int) -> None:
        """Cut ``[start, end)`` out of the law without recording it as dropped (it is kept elsewhere)."""
        k = bisect.bisect_left(self._junk_starts, start)
        self._junk_starts.insert(k, start)
        self.junk.insert(k, Span(start, end))
        self._junk_reach = None
        for i in range(self.line_at(start).idx, self.line_at(max(end - 1, start)).idx + 1):
            self._junk_lines.add(i)

    def _keep_part_text(self, h: _Heading, end: int, part_eid: str) -> None:
        """Text between a chapter or section heading and the next heading belongs to no article. It is kept as law,
        every character with its span, as a block of kind ``part-text`` (eId ``<chapter or section eId>__text``),
        and reported: no duty, definition or reference is read from it, since it has no article to cite."""
        stray = self.clean(h.body_start, end)
        if not stray.text.strip(" *_#"):
            return
        span = stray.whole_span()
        eid = f"{part_eid}__text"
        self.keep_apart(eid, PART_TEXT, stray.text, span)
        self.diag("warning", span.start, f"text after the heading {h.label} is not part of any article: kept as the "
                  f"{h.kind}'s own text ({eid}), not read for duties, definitions or references: {stray.text[:60]!r}",
                  "if it is an article, start it with 'Article N'; if it belongs to an article, move it there",
                  "stray-text")

    def _set_apart_repeated(self, h: _Heading, end: int, first: int, articles: list[Article]) -> None:
        """An article whose number was used before: the structure is kept, and the repeated article is set apart,
        every character of it (heading and text) with its span, as a block of kind ``repeated-article`` (eId
        ``art_N__repeat_K``), with an error at its line. References to that number reach the first article
        (references.py); ``regkb check`` says they are ambiguous."""
        self.repeats[h.number] = self.repeats.get(h.number, 0) + 1
        eid = f"art_{h.number}__repeat_{self.repeats[h.number]}"
        body = self.clean(h.start, end)
        span = body.whole_span() if body.text else Span(h.start, h.label_span.end)
        text = body.text if body.text else self.text[span.start:span.end]
        self.keep_apart(eid, REPEATED_ARTICLE, text, span)
        # its heading is inside the block set apart: no heading line of the structure (each character in one place);
        # a heading line that only overlaps the block is its heading too ("> Article 7" in a text set in block quotes:
        # the line begins with the quote mark, left out as dropped, the block with the label)
        self.heading_spans = [s for s in self.heading_spans if not (s.start < span.end and span.start < s.end)]
        prev = articles[-1].number if articles else None
        where = f"; it stands where Article {prev + 1} would" if prev is not None and prev + 1 != h.number else ""
        self.diag("error", h.start, f"{h.label} appears twice (the first is on line {self.line_col(first)[0]}){where}: "
                  f"the second is kept apart, verbatim, as {eid}, and not read for duties, definitions or references; "
                  f"references to {h.label} reach the first",
                  "article numbers must be unique within a document: fix the number", "duplicate-article")

    def _report_footer_words(self, last: Article) -> None:
        """Paragraphs that close the text in a site footer's words ("ICP Filing No. ...", "Best viewed at ...")
        may be a web page's footer copied with the law: kept as law, with a warning (a web page imported by
        ``regkb add`` has its footer left out where the page sets it apart)."""
        tail: list[Paragraph] = []
        for p in reversed(last.paragraphs[1:]):
            if not chrome_line(p.text):
                break
            tail.append(p)
        if tail:
            first = tail[-1]
            self.diag("warning", first.span.start, f"{last.label} ends with {len(tail)} paragraph(s) in a web site "
                      f"footer's words ({first.text[:60]!r}); kept as law",
                      "if it is the page's footer, not the law, delete it from the document", "possible-page-chrome")

    def _report_unrecognised_preamble(self, pre: Clean) -> None:
        return None  # the preamble is kept as document metadata text, not dropped

    def _part_ends(self, heads: list[_Heading]) -> list[int]:
        """For each chapter (section) heading, where the next chapter (chapter or section) starts."""
        ends = [len(self.text)] * len(heads)
        next_ch = next_part = len(self.text)
        for k in range(len(heads) - 1, -1, -1):
            h = heads[k]
            if h.kind == "chapter":
                ends[k] = next_ch
            elif h.kind == "section":
                ends[k] = next_part
            if h.kind == "chapter":
                next_ch = next_part = h.start
            elif h.kind == "section":
                next_part = h.start
        return ends

    def _content_end(self, start: int, end: int) -> int:
        """Pull ``end`` back over white space, rules and junk."""
        k = end
        while k > start:
            ln = self.line_at(k - 1)
            a = max(ln.start, start)
            c = self.clean(a, min(ln.end, k))
            if c.text:
                return c.whole_span().end
            k = a - 1 if a > start else start
        return start

    def _dup_titles(self, chapters: list[Chapter]) -> None:
        seen: dict[str, Chapter] = {}
        for ch in chapters:
            key = ch.title.lower()
            if key and key in seen:
                self.diag("warning", ch.span.start,
                          f"{ch.label} has the same title as {seen[key].label} ({ch.title!r}); kept as printed",
                          "check the source: one of the two titles may be a translation slip", "duplicate-title")
            seen.setdefault(key, ch)

    def check_sequence(self, articles: list[Article], chapters: list[Chapter], heads: list[_Heading]) -> None:
        prev: Article | None = None
        for a in articles:
            if prev is not None and a.number != prev.number + 1:
                kind = "goes backwards" if a.number < prev.number else f"skips {prev.number + 1}"
                self.diag("warning", a.span.start, f"{a.label} follows {prev.label}: the numbering {kind}",
                          "check for a missing or misnumbered article", "article-sequence")
            prev = a
        self._missing_articles(articles)
        if chapters and any(a.chapter is None for a in articles):
            for a in articles:
                if a.chapter is None:
                    self.diag("warning", a.span.start, f"{a.label} stands before the first chapter heading "
                              "while the other articles are inside chapters",
                              "add its chapter heading, or move it", "article-outside-chapter")
        prev_ch = 0
        for ch in chapters:
            if ch.number != prev_ch + 1:
                self.diag("warning", ch.span.start, f"{ch.label} follows chapter {prev_ch}: the numbering is not in sequence",
                          "check the chapter headings", "chapter-sequence")
            prev_ch = ch.number

    def _missing_articles(self, articles: list[Article]) -> None:
        """One warning for the document when it holds fewer articles than its numbering implies: the articles run
        from Article 1 to the highest number found, so every number below it that no article has is a lost article
        (a heading dropped at a page break, set inside a table or a paragraph, a page missing from the file). A text
        that begins above Article 1 is counted too: nothing else would tell of its missing first articles."""
        if not articles:
            return
        numbers = {a.number for a in articles}
        top = max(numbers)
        missing = [n for n in range(1, top + 1) if n not in numbers]
        if not missing:
            return
        shown = ", ".join(str(n) for n in missing[:12]) + (" ..." if len(missing) > 12 else "")
        self.diag("warning", articles[0].span.start,
                  f"{len(numbers)} article(s) found where the numbering runs to {top}: no article {shown} "
                  f"({len(missing)} missing)",
                  "find the missing articles in the source (a heading lost at a page break, inside a table or in "
                  "the middle of a line; a missing page) and fix the text, or import the original file with "
                  "'regkb add'; if the text is an excerpt, say so in its title", "articles-missing")

    # --- articles ------------------------------------------------------------------------

    def build_article(self, h: _Heading, end: int, chapter: int | None, section: int | None) -> Article | None:
        eid = f"art_{h.number}"
        body = self.clean(h.body_start, end)
        if not body.text:
            self.diag("warning", h.start, f"{h.label} has no text", "check the source for a lost article body", "empty-article")
        raw_blocks = self.blocks_of(h.body_start, end)
        paragraphs = self.paragraphs_of(eid, raw_blocks)
        span_end = paragraphs[-1].span.end if paragraphs else h.label_span.end
        text = "\n\n".join(p.text for p in paragraphs)
        if P.DELETED_PLACEHOLDER.match(text):
            self.diag("info", h.start, f"{h.label} is printed as deleted ({text.strip()!r}): kept under its number, "
                      "its placeholder as its text", "it holds no law of its own; references to it point to the "
                      "placeholder", "deleted-article")
        pages: tuple[int, ...] = ()
        if self.page_starts:
            first, last = self.page_of(h.start), self.page_of(max(span_end - 1, h.start))
            pages = tuple(range(first, last + 1)) if last >= first else (first,)
        return Article(f"{self.doc}/{eid}", self.doc, eid, h.number, h.label, chapter, section, h.title, text,
                       Span(h.start, span_end), tuple(paragraphs), pages)

    def blocks_of(self, start: int, end: int) -> list[Clean]:
        """Split an article body into blocks: blank lines and item labels start a new block.

        Hard-wrapped lines are joined; in a text with one paragraph per line, each line is a
        block unless it stops mid-sentence. An item label inside a line, after the colon that
        introduces the list, also starts a block.
        """
        spans: list[tuple[int, int]] = []
        cur_start: int | None = None
        cur_end = start
        prev_piece = ""
        k = max(bisect.bisect_right(self._line_starts, start) - 1, 0)
        while k < len(self.lines) and self.lines[k].start < end:
            ln = self.lines[k]
            k += 1
            if ln.end <= start and ln.end != ln.start:
                continue
            a, b = max(ln.start, start), min(ln.end, end)
            if ln.idx in self.row_paragraphs and a < b:
                # a row of a comparison table read as law: its law cell's paragraphs, each a block
                if cur_start is not None:
                    spans.append((cur_start, cur_end))
                    cur_start = None
                spans.extend((max(pa, a), min(pb, b)) for pa, pb in self.row_paragraphs[ln.idx]
                             if min(pb, b) > max(pa, a))
                continue
            kind = self.table_lines.get(ln.idx)
            if kind is not None and a < b:
                # a table: the header and delimiter rows are one block, each data row another
                if cur_start is not None:
                    spans.append((cur_start, cur_end))
                    cur_start = None
                if kind == "delimiter" and spans and self._table_blocks.get(spans[-1][0]) == "header":
                    spans[-1] = (spans[-1][0], b)
                elif kind != "delimiter":
                    spans.append((a, b))
                    self._table_blocks[a] = kind
                continue
            piece = self.clean(a, b).text if a < b else ""
            if not piece:
                # a line of the parallel text ends a paragraph (its translation is the paragraph before or after it)
                if cur_start is not None and (not self.is_junk_line(ln) or ln.idx in self._parallel_lines) \
                        and not self._over_page_break(ln.idx, prev_piece) and ln.idx not in self._dl_blanks \
                        and not self._printed_line_runs_on(ln.idx, prev_piece):
                    spans.append((cur_start, cur_end))
                    cur_start = None
                continue
            label = P.ITEM_LINE.match(piece)
            starts_item = bool(label or P.BULLET_ITEM.match(piece))
            if label and label.group("d") and cur_start is not None and P.ENDS_WITH_PROVISION_WORD.search(prev_piece):
                starts_item = False  # "... of Article\n5.": the article's number wrapped onto the line, no item "5."
            starts_item = starts_item or ln.idx in self._dl_terms  # a definition list's term opens its entry
            if ln.idx in self._dl_firsts:  # ... and its definition goes on with it
                starts_item = False
            if cur_start is not None and (starts_item or (ln.idx not in self._dl_firsts and self._line_break(
                    cur_start, cur_end, prev_piece, piece))):
                spans.append((cur_start, cur_end))
                cur_start = None
            if cur_start is None:
                cur_start = a
            cur_end = b
            prev_piece = piece
        if cur_start is not None:
            spans.append((cur_start, cur_end))
        blocks: list[Clean] = []
        for a, b in spans:
            c = self.clean(a, b)
            if a in self._table_blocks:
                if c.text:
                    self._table_blocks[c.whole_span().start] = self._table_blocks[a]
                    blocks.append(c)
                continue
            m = P.INLINE_FIRST_ITEM.search(c.text)
            if m and not P.ITEM_LINE.match(c.text):
                blocks.append(c.sub(0, m.start()).strip())
                blocks.append(c.sub(m.start("label"), len(c.text)).strip())
            else:
                blocks.append(c)
        return [b for b in blocks if b.text]

    def read_printed_lines(self) -> None:
        """A converter that sets every printed line of a page as an element of its own (pdf2htmlEX, a PDF-to-Word or
        PDF-to-HTML tool that positions each line) gives each line as a paragraph: blank lines between the printed lines
        of one sentence. Told by form: eight pairs or more of one-line blocks, next to each other, most blocks one line
        long, and in a fifth of the pairs the first line stops mid-sentence (no full stop, colon or semicolon) and the
        next goes on in lower case. Then a blank line after a line that stops mid-sentence parts nothing
        (:meth:`_printed_line_runs_on`), and a label at the start of a line after such a line is read as the sentence
        before goes on (a wrapped citation, "... provided in" / "Article 9. The ...", is no heading)."""
        blocks: list[list[Line]] = []
        cur: list[Line] = []
        for ln in self.lines:
            if not ln.stripped or self.is_junk_line(ln):
                if cur:
                    blocks.append(cur)
                    cur = []
            else:
                cur.append(ln)
        if cur:
            blocks.append(cur)
        pairs = runs_on = 0
        for a, b in itertools.pairwise(blocks):
            if len(a) == 1 and len(b) == 1 and b[0].idx - a[0].idx == 2:
                pairs += 1
                runs_on += bool(P.LINE_CONTINUES.search(a[0].stripped)) and b[0].stripped[:1].islower()
        single = sum(len(b) == 1 for b in blocks)
        self.printed_lines = pairs >= 8 and runs_on >= 0.2 * pairs and single >= 0.8 * len(blocks)
        if self.printed_lines:
            self.diag("info", blocks[0][0].start, f"every printed line of this text stands as a paragraph of its own "
                      f"({runs_on} of {pairs} lines stop mid-sentence before a line set apart that goes on): a blank "
                      "line after a line that stops mid-sentence is read as no paragraph break",
                      "nothing to do; if paragraphs were run together, set them apart by two blank lines",
                      "printed-lines")

    def _printed_line_runs_on(self, k: int, prev: str) -> bool:
        """In a text that sets every printed line apart (:meth:`read_printed_lines`), does the sentence of ``prev`` run
        on across the blank line ``k`` into the next line (no heading, no item): the line stops mid-sentence, or ends a
        clause with a semicolon before a line in lower case?"""
        if not self.printed_lines or not prev.strip():
            return False
        j = self.next_content_line(k)
        if j is None:
            return False
        nxt = self.lines[j]
        if not (P.LINE_CONTINUES.search(prev.rstrip()) or (prev.rstrip()[-1] in ";；" and nxt.stripped[:1].islower())):
            return False  # (a clause that ends with a semicolon goes on in lower case)
        return j not in self._head_lines and not P.ITEM_LINE.match(nxt.stripped) \
            and not P.BULLET_ITEM.match(nxt.stripped)

    def _over_page_break(self, k: int, prev: str) -> bool:
        """Does a sentence run on across a page break that starts at blank line ``k``? A text with pages (form feeds,
        or page numbers and running headers found and dropped) sets its paragraphs apart by blank lines, and the
        page's foot and head leave blank lines of their own: they end no paragraph when only blank lines, page
        furniture and the page break lie between a line that stops mid-sentence and one that goes on in lower case.
        In a PDF's reading text (page markers) the importer has joined its paragraphs across pages already, where it
        knew the page's foot and head; a page number or running header that only the parser finds (printed inside a
        box on the sheet, as a page shrunk beside comments has them) stands between the two halves: then the page
        marker must lie in the gap too."""
        if not (self.page_starts or self._junk_lines) or not P.LINE_CONTINUES.search(prev.rstrip()):
            return False
        first = k  # the blank run around the break: from the line after the paragraph's last line ...
        while first > max(k - 40, 0) and (self.is_junk_line(self.lines[first - 1]) or not self.lines[first - 1].stripped):
            first -= 1
        if self.geometric_paragraphs:
            gap = self.lines[first:k + 40]
            stop = next((n for n, ln in enumerate(gap) if ln.stripped and not self.is_junk_line(ln)), len(gap))
            if not any(P.PAGE_MARKER.match(ln.text) for ln in gap[:stop]):
                return False
        paged = False
        for ln in self.lines[first:k + 40]:  # ... to the next line of text (a page's foot and head: a few lines)
            if self.is_junk_line(ln) or "\f" in ln.text:
                paged = True
            elif ln.stripped:
                return paged and ln.stripped[:1].islower()
        return False

    def _line_break(self, a: int, b: int, prev: str, nxt: str) -> bool:
        """Does the paragraph end between two lines with no blank line between them?"""
        if self.line_mode:
            return not P.LINE_CONTINUES.search(prev.rstrip())
        return self._hard_break(a, b, nxt)

    def _hard_break(self, a: int, b: int, nxt: str) -> bool:
        """In a hard-wrapped text, a short line ending a sentence ends its paragraph. Not in a PDF's reading text
        (page markers): its paragraphs were told from the page's geometry, and a line of a column in two is short
        by its characters when it is full (a sentence that ends at the end of a full line goes on in the next)."""
        if self.geometric_paragraphs:
            return False
        nl = self.text.rfind("\n", a, b)
        prev = self.text[(nl + 1 if nl >= 0 else a):b].rstrip()
        return bool(prev) and prev[-1] in ".。;；:" and len(prev) < 60 and nxt[:1].isupper() and (
            nl >= 0 or self.text[b:b + 1] == "\n")

    def _document_paragraph_numbers(self, heads: list[_Heading]) -> str | None:
        """The label style in which the text numbers the paragraphs of its articles ("(1)", "1."), when at least two
        articles number theirs so (:meth:`_numbered_paragraphs`), else None. Only articles whose text opens with
        a label are looked at."""
        found: Counter[str] = Counter()
        for k, h in enumerate(heads):
            if h.kind != "article":
                continue
            end = heads[k + 1].start if k + 1 < len(heads) else len(self.text)
            if not P.ITEM_LINE.match(self.clean(h.body_start, min(end, h.body_start + 400)).text):
                continue
            blocks = [b for b in self.blocks_of(h.body_start, end) if not self._table_kind(b)]
            style = self._numbered_paragraphs("", blocks, quiet=True)
            if style is not None:
                found[style] += 1
        style, n = found.most_common(1)[0] if found else (None, 0)
        return style if n >= 2 else None

    def _lone_numbered_paragraph(self, blocks: list[Clean]) -> bool:
        """An article whose text opens with the first paragraph number of the text's style ("(1) These Rules
        ...", a full sentence) and has no second: in a text that numbers its paragraphs, a one-paragraph article
        is numbered too, and a list of one item is no list."""
        style = self.doc_para_style
        if style is None or not blocks:
            return False
        m = P.ITEM_LINE.match(blocks[0].text)
        if m is None or _item_style(m) != style or m.group("label").replace("（", "(").replace("）", ")") != \
                _label(style, 1).replace("（", "(").replace("）", ")"):
            return False
        rest = blocks[0].text[m.start("rest"):].strip()
        others = [b for b in blocks[1:] if (n := P.ITEM_LINE.match(b.text)) and _item_style(n) == style]
        return not others and (rest[:1].isupper() or rest[:1] in "\"“")

    def _numbered_paragraphs(self, art_eid: str, blocks: list[Clean], quiet: bool = False) -> str | None:
        """The label style of an article's numbered paragraphs, or None when its numbers label items.

        Law-firm translations number the paragraphs of an article ("1.", "2." or "(1)", "(2)").
        Numbers label paragraphs when the article starts with the first of them (no lead-in
        introduces a list), they run in sequence, and each numbered block is a full sentence: a
        capital letter after the number, a full stop (or a colon that opens items of its own) at
        its end. A list that a lead-in ending with ":" introduces is items, whatever its blocks.
        """
        if len(blocks) < 2:
            return None
        m0 = P.ITEM_LINE.match(blocks[0].text)
        if m0 is None:
            return None
        style = _item_style(m0)
        numbered = [(blk, m) for blk in blocks if (m := P.ITEM_LINE.match(blk.text)) and _item_style(m) == style]
        printed = [m.group("label").replace("（", "(").replace("）", ")") for _, m in numbered]
        expected = [_label(style, k).replace("（", "(").replace("）", ")") for k in range(1, len(numbered) + 1)]
        if len(numbered) < 2 or printed != expected:
            return None
        sentences = [blk.text[m.start("rest"):].strip() for blk, m in numbered]
        full = [t[:1].isupper() or t[:1] in "\"“" for t in sentences]
        ends = [t.rstrip("\"”’'）)")[-1:] in ".。:：!?" for t in sentences]
        if all(full) and all(ends):
            return style
        if not quiet and any(f and e for f, e in zip(full, ends, strict=True)) and not all(ends):
            first = numbered[0][0].whole_span().start
            self.diag("info", first, f"the numbered blocks of {art_eid.replace('art_', 'Article ')} were read as "
                      "items of one paragraph: some are full sentences, some are not",
                      "check whether they are paragraphs or items", "numbered-blocks")
        return None

    def paragraphs_of(self, art_eid: str, blocks: list[Clean]) -> list[Paragraph]:
        # group blocks: a paragraph is an intro block followed by its item blocks
        groups: list[tuple[Clean | None, list[Clean], str]] = []
        style: str | None = None
        if blocks and not self._table_kind(blocks[0]):
            blocks = _split_run_together_paragraphs(blocks)
        plain = [b for b in blocks if not self._table_kind(b)]
        para_style = self._numbered_paragraphs(art_eid, plain)
        if para_style is None and self._lone_numbered_paragraph(plain):
            para_style = self.doc_para_style
        labels: dict[int, str] = {}  # id(intro) -> the paragraph's number as printed
        self._nested = set()
        tables: dict[int, Clean] = {}  # index of a group -> the header block of its table
        for blk in blocks:
            kind = self._table_kind(blk)
            if kind == "header":
                # a table belongs to the paragraph before it (its lead-in), unless that one has items or a table
                if groups and groups[-1][0] is not None and not groups[-1][1] and len(groups) - 1 not in tables:
                    tables[len(groups) - 1] = blk
                else:
                    groups.append((None, [], "layout"))
                    tables[len(groups) - 1] = blk
                continue
            if kind == "row" and groups and len(groups) - 1 in tables:
                groups[-1][1].append(blk)
                continue
            m = P.ITEM_LINE.match(blk.text)
            if m and para_style is not None and _item_style(m) == para_style:
                # a numbered paragraph: its number is a label, like an article's, not text of the paragraph
                para_intro = blk.sub(m.start("rest"), len(blk.text)).strip()
                label_span = blk.sub(m.start("label"), m.end("label")).whole_span()
                self.heading_spans.append(label_span)
                inline = P.INLINE_FIRST_ITEM.search(para_intro.text)
                first_items: list[Clean] = []
                if inline:  # "2. The inspectors may: (a) enter ...; (b) ..."
                    first_items = [para_intro.sub(inline.start("label"), len(para_intro.text)).strip()]
                    para_intro = para_intro.sub(0, inline.start()).strip()
                labels[id(para_intro)] = m.group("label")
                groups.append((para_intro, first_items, "layout"))
            elif groups and groups[-1][1] and (m or P.BULLET_ITEM.match(blk.text)) and self._sub_item(groups[-1][1], blk, m):
                # a list inside an item ("(1) ... namely: / 1. ... / 2. ..."): contents of that item, not items of the
                # paragraph
                items = groups[-1][1]
                items[-1] = self.clean(items[-1].whole_span().start, blk.whole_span().end)
                self._nested.add(id(items[-1]))
            elif m and groups and (groups[-1][1] or (groups[-1][0] is not None and groups[-1][0].text.rstrip().endswith((":", "：")))):
                groups[-1][1].append(blk)
            elif not m and P.BULLET_ITEM.match(blk.text) and groups and (
                    (groups[-1][1] and all(P.BULLET_ITEM.match(i.text) for i in groups[-1][1]))
                    or (not groups[-1][1] and groups[-1][0] is not None
                        and groups[-1][0].text.rstrip().endswith((":", "：")))):
                # a bulleted list that a lead-in ending with a colon introduces: its items, unnumbered
                groups[-1][1].append(blk)
            elif not m and self._dl_entry(blk) and groups and (
                    (groups[-1][1] and all(self._dl_entry(i) for i in groups[-1][1]))
                    or (not groups[-1][1] and groups[-1][0] is not None
                        and groups[-1][0].text.rstrip().endswith((":", "：")))):
                # a definition list that a lead-in ending with a colon introduces: its entries are the items, as a
                # bulleted list's (parse/mdext.py; a reader sees the lead-in and the terms under it)
                groups[-1][1].append(blk)
            elif m and not groups:
                groups.append((None, [blk], "layout"))
            else:
                groups.append((blk, [], "layout"))
        # split items that hold several items inline, and text that follows the last item
        out: list[tuple[Clean | None, list[Clean], Clean | None, str]] = []
        table_of: dict[int, Clean] = {}  # id(items list) -> header block
        for g, (intro, items, basis) in enumerate(groups):
            if g in tables:
                table_of[id(items)] = tables[g]
                out.append((intro, items, None, basis))
                continue
            if not items:
                out.append((intro, [], None, basis))
                continue
            if not P.ITEM_LINE.match(items[0].text):  # bullets: no numbers to split on, each bullet one item
                out.append((intro, items, None, basis))
                continue
            style = _item_style(P.ITEM_LINE.match(items[0].text))
            expanded: list[Clean] = []
            for it in items:
                expanded.extend(_split_inline_items(it, style, len(expanded)))
            last = expanded[-1]
            tail_at = _text_after_item(last)
            extra: Clean | None = None
            if tail_at is not None:
                expanded[-1] = last.sub(0, tail_at).strip()
                extra = last.sub(tail_at, len(last.text)).strip()
            out.append((intro, expanded, None, basis))
            if extra is not None and extra.text:
                out.append((extra, [], None, "after-items"))
        # a paragraph whose later sentence refers to "the preceding paragraph" while it is the
        # first paragraph of its article: the source has merged paragraphs, split before it
        final: list[tuple[Clean | None, list[Clean], str]] = []
        for intro, items, _tail, basis in out:
            if intro is not None and not final and not items and id(intro) not in labels and id(items) not in table_of:
                parts = _split_on_relative_reference(intro)
                if len(parts) > 1:
                    final.append((parts[0], [], basis))
                    for p in parts[1:]:
                        self.diag("info", p.whole_span().start,
                                  "a paragraph break was inferred before a sentence that cites 'the preceding paragraph'",
                                  "", "inferred-paragraph")
                        final.append((p, [], "reference"))
                    continue
            final.append((intro, items, basis))
        paragraphs: list[Paragraph] = []
        for n, (intro, items, basis) in enumerate(final, 1):
            p_eid = f"{art_eid}__para_{n}"
            if id(items) in table_of:
                paragraphs.append(self.table_paragraph(p_eid, n, intro, table_of[id(items)], items, basis))
                continue
            item_objs: list[Item] = []
            for k, it in enumerate(items, 1):
                m = P.ITEM_LINE.match(it.text) or P.BULLET_ITEM.match(it.text)
                assert m is not None or self._dl_entry(it)
                label = (m.group("label") or "").strip() if m else ""  # a bullet is no number: the item has no label
                i_eid = f"{p_eid}__item_{k}"
                body = it.sub(m.start("rest"), len(it.text)).strip() if m else it  # (a definition list's entry whole)
                item_objs.append(Item(f"{self.doc}/{i_eid}", i_eid, k, label, body.text, it.whole_span()))
            first_span = intro.whole_span() if intro is not None else item_objs[0].span
            last_span = item_objs[-1].span if item_objs else first_span
            span = Span(first_span.start, last_span.end)
            pieces = ([intro.text] if intro is not None else []) + [self.text[i.span.start:i.span.end] for i in item_objs]
            text = " ".join(Clean.from_source(self.text, span.start, span.end, self.junk).text.split()) \
                if item_objs else (intro.text if intro is not None else "")
            if item_objs and not text:
                text = " ".join(pieces)
            elif item_objs and self._joined_by_markup([intro.whole_span()] if intro is not None else [], item_objs):
                # "following:<br>(1) keep ...": markup with no space around it parts the lead-in and the items; the
                # paragraph's text reads them apart, as the page shows them (a Clean cuts, it inserts nothing)
                spans = ([intro.whole_span()] if intro is not None else []) + [i.span for i in item_objs]
                text = " ".join(" ".join(Clean.from_source(self.text, x.start, x.end, self.junk).text.split())
                                for x in spans)
            paragraphs.append(Paragraph(f"{self.doc}/{p_eid}", p_eid, n, text, span,
                                        intro.text if intro is not None else "", tuple(item_objs), "", basis,
                                        labels.get(id(intro), "") if intro is not None else ""))
        return paragraphs

    def _joined_by_markup(self, intro: list[Span], items: list[Item]) -> bool:
        """Does markup with no whitespace around it (a ``<br>``) stand between a paragraph's lead-in and its first item,
        or between two items?"""
        spans = intro + [i.span for i in items]
        return any(a.end < b.start and not any(c.isspace() for c in self.text[a.end:b.start])
                   for a, b in itertools.pairwise(spans))

    def _indent(self, blk: Clean) -> int:
        """How far the block's first line is set in from the start of its line (in characters, a tab as four)."""
        at = blk.whole_span().start
        ln = self.line_at(at)
        return len(self.text[ln.start:at].expandtabs(4))

    def _sub_item(self, items: list[Clean], blk: Clean, m: re.Match[str] | None) -> bool:
        """Is ``blk`` (labelled, or a bullet) an entry of a list inside the last of ``items``? Its label is of
        another style than the list's (or a bullet under numbered items), and it is set in deeper than the list's
        items, or the list inside has begun (the item ends with a colon, "namely:", or holds entries already)."""
        first = P.ITEM_LINE.match(items[0].text)
        if first is None:
            return False  # a bulleted list: its entries are read as they are
        if m is not None and _item_style(m) == _item_style(first):
            return False
        last = items[-1]
        opened = last.text.rstrip().endswith((":", "：")) or id(last) in self._nested
        return self._indent(blk) > self._indent(items[0]) or opened

    def _table_kind(self, blk: Clean) -> str | None:
        if not self._table_blocks or not blk.text:
            return None
        return self._table_blocks.get(blk.whole_span().start)

    def table_paragraph(self, p_eid: str, n: int, intro: Clean | None, header: Clean, rows: list[Clean],
                        basis: str) -> Paragraph:
        """A paragraph whose lead-in (``intro``, if any) introduces a table: each data row is an item, labelled by
        its number cell if the table has a column of item numbers; the header's cells are kept as printed."""
        h0 = header.whole_span().start
        hdr = T.cells(self.clean(h0, self.line_at(h0).end).text)  # the header row (the block's first line)
        row_cells = [T.cells(r.text) for r in rows]
        reading = T.read_columns(hdr, row_cells)
        item_objs: list[Item] = []
        for k, (r, cs) in enumerate(zip(rows, row_cells, strict=True), 1):
            spans = T.cell_spans(r.text)
            label = cs[0] if reading.label is not None and cs else ""
            first = 1 if reading.label is not None else 0
            filled = [(a, b) for a, b in spans[first:] if b > a]
            body = r.sub(filled[0][0], filled[-1][1]).text if filled else ""
            i_eid = f"{p_eid}__item_{k}"
            item_objs.append(Item(f"{self.doc}/{i_eid}", i_eid, k, label, body, r.whole_span(), tuple(cs)))
        start = intro.whole_span().start if intro is not None else header.whole_span().start
        end = max(header.whole_span().end, item_objs[-1].span.end if item_objs else 0)
        span = Span(start, end)
        text = " ".join(Clean.from_source(self.text, span.start, span.end, self.junk).text.split())
        lead = intro.text if intro is not None else ""
        where = p_eid.split('__')[0].replace('art_', 'Article ')
        pen = T.read_penalty_columns(hdr, row_cells) if T.penalty_table(hdr) else None
        if pen is not None and pen.problem:
            self.diag("warning", header.whole_span().start,
                      f"the table of penalties in {where}: {pen.problem}; its {len(rows)} row(s) are kept as items of "
                      f"paragraph {n}, and no sanction was read from them",
                      "give the columns headers such as 'Violation' and 'Penalty'", "table-penalties")
        elif pen is not None:
            roles = [f"{hdr[k]!r} {what}" for k, what in ((pen.penalty, "the penalties"), (pen.violation, "the violations"),
                                                         (pen.violator, "the violators"), (pen.authority, "the authorities"))
                     if k is not None]
            self.diag("info", header.whole_span().start, f"a table of {len(rows)} penalt{'y' if len(rows) == 1 else 'ies'} "
                      f"read as the items of {where}, paragraph {n}, one sanction per row: " + "; ".join(roles),
                      "check the roles of the columns", "table")
        elif T.carries_duties(lead, hdr) and reading.problem:
            self.diag("warning", header.whole_span().start,
                      f"the table in {p_eid.split('__')[0].replace('art_', 'Article ')}: {reading.problem}; its "
                      f"{len(rows)} row(s) are kept as items of paragraph {n}, and no duty was read from them",
                      "give the column of duties a header such as 'Duty of <party>' or 'Obligations', and the column "
                      "of stages or deadlines one such as 'Stage' or 'Deadline'", "table-roles")
        elif rows:
            self.diag("info", header.whole_span().start,
                      f"a table of {len(rows)} row(s) read as the items of "
                      f"{p_eid.split('__')[0].replace('art_', 'Article ')}, paragraph {n}: "
                      f"{reading.describe(hdr) or 'no column roles'}", "check the roles of the columns", "table")
        return Paragraph(f"{self.doc}/{p_eid}", p_eid, n, text, span, lead, tuple(item_objs), "", basis, "",
                         tuple(hdr))


_BRACKETED = re.compile(r"^[ \t]*[\[【(（](?P<cap>[^\[\]【】()（）]{2,80})[\]】)）]")
# Words that show a clause, not a caption: a verb of the law's text, a determiner or subordinator at
# the start, a function word at the end (a line cut by the wrap).
_CLAUSE_WORDS = frozenset(["shall", "may", "must", "should", "is", "are", "was", "were", "will", "can", "cannot", "refers", "means"])
_NO_CAPTION_START = frozenset(["the", "these", "this", "that", "those", "a", "an", "any", "all", "each", "every", "no", "where", "if", "when", "whoever", "unless", "such", "its", "their", "it", "they"])
_NO_CAPTION_END = frozenset(["of", "and", "or", "the", "to", "for", "by", "in", "on", "with", "a", "an", "its", "their", "from", "at", "as"])


_NEEDS_MORE = frozenset(["of", "in", "under", "with", "to", "by", "and", "or", "the", "a", "an", "for", "from", "at", "on", "as", "per", "pursuant", "than"])


def _ends_with_function_word(line: str) -> bool:
    """A line that ends with a preposition, article or conjunction stops inside a sentence."""
    words = _LAST_WORD.findall(line.rstrip())
    return bool(words) and words[0].lower() in _NEEDS_MORE and words[0][0].islower()


def _starts_text(s: str) -> bool:
    """Does ``s`` start a sentence or a numbered block (what may follow a caption)?"""
    return s[:1].isupper() or s[:1] in "\"“" or bool(P.ITEM_LINE.match(s))


def reads_as_caption(text: str) -> bool:
    """Does ``text`` read as an article's caption printed apart from its text (in brackets, a heading, a margin)?"""
    return _caption_like(text, strict=False)


def _caption_like(text: str, strict: bool) -> bool:
    """A short name ("Scope of Application", "Definitions"), not the start of a clause.

    ``strict`` (a caption not marked by brackets, a dash or a heading) also asks for at most
    60 characters and a capital letter at its start.
    """
    t = text.strip().strip("*_").strip()
    words = _CAPTION_WORDS.findall(t)
    if not t or not words or len(t) > (60 if strict else 80) or len(words) > 12:
        return False
    if t[-1] in ".;:,。；：，" or _LABEL_ONLY.fullmatch(t):
        return False  # a sentence, or an item label such as "(1)" or "(a)"
    lower = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS for w in lower) or lower[0] in _NO_CAPTION_START or lower[-1] in _NO_CAPTION_END:
        return False
    return not strict or t[:1].isupper()


def _item_style(m: re.Match[str] | None) -> str:
    """The label style of an item ("(1)" paren-digit, "ii." lroman-dot ...). A lone "i" is a Roman
    one: a list of letters starts at "a"."""
    if m is None:
        return "digit"
    if m.group("p"):
        v = m.group("p")
        if v.isdigit():
            return "paren-digit"
        if _ROMAN.fullmatch(v):
            return "paren-roman"
        if _LOWER_ROMAN.fullmatch(v) and (len(v) > 1 or v == "i"):
            return "paren-lroman"
        if len(v) == 1 and v.islower():
            return "paren-letter"
        return "paren-cjk"
    if m.group("d"):
        return "dot-digit" if m.group("label").endswith(".") else "digit-paren"
    for group, roman_style, letter_style in (("l", "lroman-paren", "letter-paren"), ("ld", "lroman-dot", "letter-dot")):
        v = m.group(group)
        if v:
            return roman_style if _LOWER_ROMAN.fullmatch(v) and (len(v) > 1 or v == "i") else letter_style
    if m.group("o"):
        return "circled"
    return "cjk-comma"


def _circled(n: int) -> str:
    if n <= 20:
        return chr(0x2460 + n - 1)
    if n <= 35:
        return chr(0x3251 + n - 21)
    return chr(0x32B1 + n - 36) if n <= 50 else f"({n})"


def _label(style: str, n: int) -> str:
    from .numbers import roman_upper

    cjk_digits = "零一二三四五六七八九"

    def cjk(k: int) -> str:
        if k < 10:
            return cjk_digits[k]
        if k < 100:
            tens, ones = divmod(k, 10)
            return ("" if tens == 1 else cjk_digits[tens]) + "十" + (cjk_digits[ones] if ones else "")
        hundreds, rest = divmod(k, 100)  # 100 一百, 105 一百零五, 110 一百一十 (items past 999 do not occur)
        if hundreds > 9:
            return str(k)
        tail = "" if rest == 0 else ("零" + cjk_digits[rest] if rest < 10 else
                                     (cjk_digits[rest // 10] + "十" + (cjk_digits[rest % 10] if rest % 10 else "")))
        return cjk_digits[hundreds] + "百" + tail

    return {
        "paren-digit": f"({n})",
        "paren-roman": f"({roman_upper(n)})",
        "paren-lroman": f"({roman_upper(n).lower()})",
        "paren-letter": f"({chr(ord('a') + n - 1)})",
        "paren-cjk": f"（{cjk(n)}）",
        "dot-digit": f"{n}.",
        "digit-paren": f"{n})",
        "letter-paren": f"{chr(ord('a') + n - 1)})",
        "lroman-paren": f"{roman_upper(n).lower()})",
        "letter-dot": f"{chr(ord('a') + n - 1)}.",
        "lroman-dot": f"{roman_upper(n).lower()}.",
        "circled": _circled(n),
        "cjk-comma": f"{cjk(n)}、",
    }[style]


_SENTENCE_END = re.compile(r"[.!?][ ]+[A-Z\"“]|[。！？]")  # the end of a sentence before the next one's opening


def _split_inline_items(it: Clean, style: str, before: int) -> list[Clean]:
    """Split '(I) foo; (II) bar' into one Clean per item, following the label sequence.

    An item ends at the punctuation before the next label in sequence. Circled numbers need none: "① comply with
    Article 5 ② keep a log" runs its items together with no mark between them, and a circled number in running text
    is always a label or a paragraph cited after an article's number, so the next number in sequence, where no
    punctuated one follows, opens the next item (as parse.references reads it: the sentence's own enumeration),
    unless a sentence ends before it (then the mark cites, in the text after the items).
    Other labels keep the punctuation: a bare "(2)" or "2." inside a clause is as often a citation ("paragraph (2)")."""
    out: list[Clean] = []
    cur = it
    n = before + 1
    while True:
        nxt = _label(style, n + 1)
        alt = nxt.replace("（", "(").replace("）", ")")
        after = r"[ ]*" if style == "circled" else r"[ ]"  # "①keep records;②report" is printed without spaces
        label = "(" + re.escape(nxt) + "|" + re.escape(alt) + ")"
        pat = re.compile(r"(?<=[;,；，.。:])[ ]*(?:and[ ]|or[ ])?" + label + after)
        m = pat.search(cur.text)
        if not m and style == "circled":
            m = re.compile(label).search(cur.text, 1)
            if m and _SENTENCE_END.search(cur.text, 0, m.start()):
                m = None  # a mark in a sentence after the items ("... . A breach of Article 7 ③ ...") cites
        if not m:
            out.append(cur)
            return out
        out.append(cur.sub(0, m.start(1)).strip())  # "...; and" stays with the item it ends, as when printed one per line
        cur = cur.sub(m.start(1), len(cur.text)).strip()
        n += 1


def _split_run_together_paragraphs(blocks: list[Clean]) -> list[Clean]:
    """'1. The office opens at eight. 2. Users book rooms.' in one block: numbered sentences run
    together in the article's first block are split where the next number follows a full stop and
    precedes a capital letter (items, run together after ';', are split elsewhere)."""
    if not blocks:
        return blocks
    m = P.ITEM_LINE.match(blocks[0].text)
    if m is None:
        return blocks
    style = _item_style(m)
    if style not in ("dot-digit", "paren-digit") or m.group("label") not in ("1.", "(1)"):
        return blocks
    rest = m.group("rest")
    if not (rest[:1].isupper() or rest[:1] in "\"“"):
        return blocks
    out: list[Clean] = []
    cur = blocks[0]
    n = 2
    while True:
        pat = re.compile(r"(?<=[.。!?])[ ]+(" + re.escape(_label(style, n)) + r")[ ]+(?=[A-Z\"“])")
        found = pat.search(cur.text)
        if not found:
            out.append(cur)
            break
        out.append(cur.sub(0, found.start()).strip())
        cur = cur.sub(found.start(1), len(cur.text)).strip()
        n += 1
    return out + blocks[1:]


def _text_after_item(item: Clean) -> int | None:
    """Offset where text that is not part of the (last) item begins: a new sentence after it.

    The label is not a sentence of its own: "3. The office may ..." is read from "The".
    """
    m = P.ITEM_LINE.match(item.text)
    at = m.start("rest") if m else 0
    body = item.text[at:]
    for _s, e in sentence_bounds(body):
        if e < len(body) and body[e:].strip():
            nxt = body[e:].lstrip()
            if nxt[:1].isupper():
                return at + e + (len(body[e:]) - len(nxt))
        break
    return None


def _split_on_relative_reference(par: Clean) -> list[Clean]:
    bounds = sentence_bounds(par.text)
    cuts = []
    for k, (s, e) in enumerate(bounds):
        if k == 0:
            continue
        m = P.RELATIVE_REF.search(par.text, s, e)
        if m and m.group("prev") and m.group("unit").startswith("paragraph"):
            cuts.append(s)
    if not cuts:
        return [par]
    pieces = []
    prev = 0
    for c in cuts:
        pieces.append(par.sub(prev, c).strip())
        prev = c
    pieces.append(par.sub(prev, len(par.text)).strip())
    return [p for p in pieces if p.text]


def parse_structure(src: SourceFile, doc_id: str) -> Structure:
    """Parse a regulation's body into its structure.

    A body the parser cannot divide into articles (no article heading is recognised, or two articles,
    chapters or sections carry one number) is not an error of the whole corpus: it is kept whole, every
    character, as one ``unstructured`` block (see :func:`unstructured`), and an error diagnostic says why
    and what to do (``regkb check``)."""
    st = _Parser(src, doc_id).run()
    errors = [d for d in st.diagnostics if d.severity == "error" and d.code not in SET_APART_ERRORS]
    if st.articles and not errors:
        return st
    kept = unstructured(src, doc_id, errors)
    # the doubt that explains the failure stays with it (a table of two versions side by side, their articles read
    # twice: which column is the law, the import could not tell)
    kept.diagnostics.extend(d for d in st.diagnostics if d.code in ("comparison-doubt", "article-census"))
    return kept


UNSTRUCTURED = "unstructured"  # the kind of the block that holds a regulation the parser could not divide
PART_TEXT = "part-text"  # law between a chapter or section heading and its first article
ANNEX = "annex"  # an annex printed after the last article (a form, a list, a table), kept apart
_ENDS_SENTENCE_RE = re.compile(r"[.;:。；：!?]\s*$")
# a line that goes on with a sentence of the line above it: it opens with a lower-case word (an annex's heading is
# followed by a title, a table, a form or a list, never by the rest of a sentence)
_CARRIED_ON = re.compile(r"^[ \t]*[a-z]")
def _inside_a_block(h: Span, starts: list[int], reach: list[int]) -> bool:
    """Whether the span ``h`` lies within a block: ``starts`` are the blocks' starts in order, ``reach[k]`` the
    furthest end of the blocks up to the k-th."""
    k = bisect.bisect_right(starts, h.start) - 1
    return k >= 0 and reach[k] >= h.end


REPEATED_ARTICLE = "repeated-article"  # an article whose number the text used before, kept apart
_EQUALS_RULE = re.compile(r"^[ \t]*={3,}[ \t]*$")
PARALLEL = "parallel"  # a paragraph of a bilingual edition in the other language (Chinese), beside its translation
NOTE = "note"  # a footnote of the text (Markdown's "[^1]: ..."): a translator's or editor's note, not law
_NOTE_LABEL = re.compile(r"[^A-Za-z0-9]+")
SET_APART_ERRORS = frozenset({"duplicate-article"})  # errors after which the structure holds (the doubt is set apart)


def unstructured(src: SourceFile, doc_id: str, errors: list[Diagnostic]) -> Structure:
    """A regulation kept whole: its body (every character, from its first to its last printed character) as
    one block of kind ``unstructured`` with its span, no articles, and the diagnostics that say why.

    Nothing is dropped as page furniture: without articles there is no layout to tell furniture from law.
    """
    line = src.line_col(src.body_offset)[0]
    body = src.text[src.body_offset:]
    start = src.body_offset + (len(body) - len(body.lstrip()))
    end = src.body_offset + len(body.rstrip())
    blocks = []
    if end > start:
        blocks.append(Block(f"{doc_id}/text", doc_id, "text", UNSTRUCTURED, 0, src.text[start:end], Span(start, end)))
    kept = "; its text is kept whole on one page, not divided into articles, and no duties, definitions or " \
           "references are read from it until this is fixed"
    if not blocks:
        diags = [Diagnostic("warning", src.path, line, 1, "this regulation has no text after its frontmatter",
                            "put the text of the regulation below the frontmatter, or remove the file", "empty-body")]
    elif errors:
        diags = [Diagnostic(d.severity, d.file, d.line, d.column, d.message + kept, d.hint, d.code) for d in errors]
    else:
        diags = [Diagnostic("error", src.path, src.line_col(start)[0], 1,
                            "no article heading was recognised in this regulation" + kept,
                            "articles start with 'Article 1' (or '**Article 1.**', '第一条') at the start of a line; "
                            "if the numbers are Word's automatic numbering, import the .docx with `regkb add` (it "
                            "renders them); if the text numbers its articles another way ('§ 1', '1.1'), write "
                            "them as 'Article N'; if it is not a regulation, set 'kind: commentary'",
                            "no-articles")]
    return Structure([], [], [], blocks, [], diags, "", None)


def parse_blocks(src: SourceFile, doc_id: str) -> tuple[list[Block], list[Diagnostic]]:
    """A document without articles (a commentary): headings, paragraphs and list items."""
    blocks: list[Block] = []
    lines = split_lines(src.text, src.body_offset)
    counters: Counter[str] = Counter()
    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.stripped
        if not s or P.HORIZONTAL_RULE.match(s):
            i += 1
            continue
        j = i
        # hard-wrapped paragraph: join following lines while this one is long and unfinished
        while (j + 1 < len(lines) and lines[j + 1].stripped and len(lines[j].stripped) > 60
               and lines[j].stripped[-1] not in ".:;!?。" and not _bullet(lines[j + 1].text)):
            j += 1
        c = Clean.from_source(src.text, ln.start, lines[j].end)
        bullet = _bullet(ln.text)
        if bullet:
            indent, marker_end = bullet
            kind, level = "list-item", indent // 2
            c = Clean.from_source(src.text, ln.start + marker_end, lines[j].end)
        elif s.startswith("#"):
            kind, level = "heading", len(s) - len(s.lstrip("#"))
            c = Clean.from_source(src.text, ln.start + ln.text.index("#") + level, lines[j].end)
        elif len(s) <= 80 and s[-1] not in ".:;,!?。" and j == i:
            kind, level = "heading", 2
        else:
            kind, level = "paragraph", 0
        counters[kind] += 1
        eid = {"heading": "hdg", "paragraph": "para", "list-item": "li"}[kind] + f"_{counters[kind]}"
        blocks.append(Block(f"{doc_id}/{eid}", doc_id, eid, kind, level, c.text, c.whole_span()))
        i = j + 1
    return blocks, []


def _bullet(line: str) -> tuple[int, int] | None:
    m = _BULLET.match(line)
    if not m:
        return None
    return len(m.group(1).expandtabs(2)), m.end()


__all__ = ["NOTE", "PART_TEXT", "REPEATED_ARTICLE", "SET_APART_ERRORS", "UNSTRUCTURED", "Structure", "parse_blocks", "parse_structure", "roman", "unstructured"]
