"""Article labels behind markup that carries no words, line numbers, and the census of a text's article labels.

Every importer's text reaches the structure parser as lines; the parser finds an article where a line opens with its
label ("Article 4", "**Article 4.**", "### Article 4", "第四条"). Tools that lawyers receive texts from set more before
the label than a heading mark or bold: an outliner's bullet on every block ("- Article 4"), a list's number ("1.
Article 4"), a glyph ("■ Article 4", "• Article 4"), a task box ("- [ ] Article 4"), single emphasis ("*Article 4*"),
an HTML tag a site's export left ("<p><b>Article 4</b>"), a note tool's wiki link ("[[#Article 4]]"), a text browser's
link number ("[12]Article 4"), a table's pipe ("| Article 4 | ..."), a heading mark with no space or with an outline
number ("###Article 4", "## 4 Article 4"), a line number in the margin ("12  Article 4"). None of it carries a word.

:func:`read_label` reads a line's label through such markup (the markup's spans, the label's number, the form);
:func:`chain` finds the labels that run in sequence (4, 5, 6 ... in the order of the lines); :func:`line_numbers`
tells a text whose lines carry their numbers. The parser (structure.py) reads the headings of a text whose labels are
set so, and reports, after parsing, the labels in sequence that no article was made of (``article-census``). A label
cited inside a sentence is no heading: only a label that opens a line (after the markup) and is followed by what opens
a heading or a sentence (not "of", "shall", a comma) counts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import patterns as P
from .numbers import parse_number

# --- the markup before a label ------------------------------------------------------------------------------------

# One piece of markup that carries no words, at a line's start or after another such piece (each alternative names
# its class: the census says which classes it saw)
_LEAD = re.compile(
    r"""
      (?P<space>[ \t\u3000]+)                                 # indentation (ideographic spaces too)
    | (?P<quote>>)                                            # a block quote's mark (a quoted list: "> - Article 4")
    | (?P<heading>\#{1,6})(?!\#)                              # a heading mark, with or without a space after it
    | (?P<task>[-*+][ \t]+\[[ xX]\])(?=[ \t])                 # a note tool's task box: "- [ ] Article 4"
    | (?P<bullet>[-*+–](?=[ \t])|[•·▪◦‣●○■□◆◇▶►▸★☆❖➤▌▍▎▐█◼◾]  # a list's bullet (Word's en dash too), a glyph,
      |\(cid:\d{1,5}\))                                      # one a PDF's font maps to no character (pdfminer)
    | (?P<number>\d{1,3}[.)](?=[ \t])                        # a list's number before a label: "1. Article 1",
      |[(（]\d{1,3}[)）](?=[ \t]*(?:Article|Art\.|第))        # "(1) Article 1",
      |\d{1,3}(?:\.\d{1,3})*\.?(?=[ \t]+(?:Article|Art\.|第)))  # an outline number: "## 4 Article 4", "2.1 Article 4"
    | (?P<pipe>[|｜])                                         # a table's cell border
    | (?P<tag></?(?:p|b|strong|em|i|u|span|div|li|ul|ol|h[1-6]|a|font|section|article|td|tr)\b[^<>\n]{0,200}>)
    | (?P<link>\[\[\#?|\[\d{1,4}\](?=\S)|\[(?!\d))             # a wiki link, a text browser's link number, a link
    | (?P<emphasis>\*{1,3}|_{1,3}|`)                          # emphasis, code
    | (?P<bracket>【)                                          # a lenticular bracket round the label
    """,
    re.VERBOSE,
)
# An article's label at the point where the markup ends: every form the parser reads as an article heading, the label
# word and its number run together ("Article4", "Art.4": a PDF's lost space, a European citation style), and the
# section sign, which the parser does not read as an article (the census names it, nothing more)
_LABEL = re.compile(
    rf"""(?:
        (?P<word>Article|Art\.)[ \t]*(?P<num>\d{{1,4}})(?![\d(])                  # Article 4, Art. 4, Article4
      | Article[ \t]+(?P<spelled>{P.ROMAN}|{P.SPELLED_NUM})\b                      # Article IV, Article Four
      | 第[ \t\u3000]*(?P<cjk>{P.CJK_NUM}|\d{{1,4}})[ \t\u3000]*条                  # 第四条, 第 四 条
      | (?P<sign>§)[ \t]*(?P<sec>\d{{1,4}})(?![\d(])                                # § 4
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# What may close the markup after the label (and its full stop or colon): the closing emphasis, a link's brackets and
# target, a wiki link's brackets, a closing tag, the closing bracket
# ((bounds20) each run of blanks possessive: the runs on either side of the optional stop split a long run every way, quadratic;
# neither the stop nor a closing mark is a blank, so what matches is unchanged)
_CLOSE = re.compile(r"[ \t]*+(?:[.:：](?![\d]))?[ \t]*+(?P<close>\*{1,3}|_{1,3}|`|\]\]|\]\([^()\s]{0,300}\)|\]\[[^\]\n]{0,40}\]"
                    r"|\]|</(?:p|b|strong|em|i|u|span|a|font|h[1-6])>|】)")

_PIPE = re.compile(r"(?<!\\)[|｜]")
_TAG_NAME = re.compile(r"<(\w+)")
_LINK_CLOSE = re.compile(r"\](?:\([^()\s]{0,300}\)|\[[^\]\n]{0,40}\])?")  # a link's bracket with its target


def _closer(kind: str, text: str) -> str | None:
    """What closes a piece of markup before a label ("]" stands for a link's bracket with its target), or None."""
    if kind == "emphasis":
        return text
    if kind == "bracket":
        return "】"
    if kind == "link":
        return "]]" if text.startswith("[[") else "]" if text == "[" else None
    if kind == "tag" and not text.startswith("</"):
        name = _TAG_NAME.match(text)
        return f"</{name.group(1)}>" if name is not None else None
    return None


def _closes(wanted: str, close: str) -> bool:
    return close == wanted or (wanted == "]" and close.startswith("]") and close != "]]")


@dataclass(frozen=True, slots=True)
class Label:
    """An article label that opens a line, read through the markup before it (offsets inside the line)."""

    number: int
    form: str  # "Article", "第N条" or "§"
    start: int  # where the label's word starts
    end: int  # where its number ends
    markup: tuple[tuple[int, int], ...]  # the markup before (and closing after) the label: (start, end) in the line
    classes: tuple[str, ...]  # the classes of that markup ("bullet", "emphasis", ...), indentation left out
    rest: str  # the line after the label (and its closing markup)
    caption_end: int | None = None  # where markup round the label and a caption closes: "*Article 4 Fees* ..."


def lead_markup(line: str) -> list[tuple[int, int, str]]:
    """The pieces of markup that carry no words at the start of ``line``: (start, end, class), indentation left out."""
    at, out = 0, []
    while (lead := _LEAD.match(line, at)) is not None and lead.end() > at:
        if lead.lastgroup != "space":
            out.append((lead.start(), lead.end(), lead.lastgroup or ""))
        at = lead.end()
    return out


def read_label(line: str) -> Label | None:
    """The article label that opens ``line`` after markup that carries no words, or None (no label there, or one
    cited inside a sentence: what follows the number goes on with a lower-case word, a comma or a bracket)."""
    at = 0
    pieces: list[tuple[int, int, str, str]] = []  # start, end, class, text
    while at < len(line):
        m = _LABEL.match(line, at)
        if m is not None:
            break
        lead = _LEAD.match(line, at)
        if lead is None or lead.end() == at:
            return None
        kind = lead.lastgroup or ""
        pieces.append((lead.start(), lead.end(), kind, lead.group()))
        at = lead.end()
    else:
        return None
    if m.group("num"):
        number, form = int(m.group("num")), "Article"
    elif m.group("spelled"):
        number, form = parse_number(m.group("spelled")) or 0, "Article"
    elif m.group("cjk"):
        number, form = parse_number(m.group("cjk")) or 0, "第N条"
    else:
        number, form = int(m.group("sec")), "§"
    if number <= 0:
        return None
    end = m.end()
    markup = [(a, b) for a, b, kind, _ in pieces if kind != "space"]
    openers = [_closer(kind, text) for _a, _b, kind, text in pieces]
    wanted = [c for c in openers if c is not None]
    after = end
    while wanted and (c := _CLOSE.match(line, after)) is not None and _closes(wanted[-1], c.group("close")):
        markup.append((c.start("close"), c.end("close")))  # the innermost piece closes right after the label
        wanted.pop()
        after = c.end()
    closes: list[int] = []
    if any(kind == "pipe" for _a, _b, kind, _t in pieces):  # a table's row: every cell border of the line is layout
        borders = [(k.start(), k.end()) for k in _PIPE.finditer(line, after)]
        markup.extend(borders)
        closes += [a for a, _b in borders[:1]]
    for close in reversed(wanted):  # a piece round the label and its caption closes after it: "*Article 4 Fees*"
        found = (_LINK_CLOSE if close == "]" else re.compile(re.escape(close))).search(line, after)
        if found is not None:
            markup.append((found.start(), found.end()))
            closes.append(found.start())
    rest = line[after:]
    if P.ARTICLE_REST_CONTINUES.match(rest):
        return None  # "Article 4 of the Law", "Article 4, paragraph 2": a citation, not a heading
    classes = tuple(dict.fromkeys(kind for _a, _b, kind, _t in pieces if kind != "space"))
    caption_end = min(closes) if closes and line[after:min(closes)].strip() else None
    return Label(number, form, m.start(), end, tuple(sorted(markup)), classes, rest, caption_end)


def chain(labels: list[tuple[int, int, bool]]) -> list[int]:
    """The longest run of labels in sequence: ``labels`` are (line, number, plain) in the order of the lines; the
    result, the indices (into ``labels``) of the longest chain whose numbers go up by one from label to label (other
    lines between them allowed), the one with the most plain labels (read as headings already) among equals, and among
    chains equal in that too the later (a text's body after a contents list that lists its articles)."""
    best: dict[int, tuple[int, int, int]] = {}  # number -> (length, plain count, index of its last label)
    back: dict[int, int] = {}  # index -> index of the label before it in its chain
    for k, (_line, number, plain) in enumerate(labels):
        before = best.get(number - 1)
        if before is not None and before[2] != k:
            cand = (before[0] + 1, before[1] + plain, k)
            back[k] = before[2]
        else:
            cand = (1, int(plain), k)
        if number not in best or cand[:2] >= best[number][:2]:  # among equals the later: a body after its contents
            best[number] = cand
    if not best:
        return []
    last = max(best.values(), key=lambda v: (v[0], v[1], v[2]))[2]
    out = [last]
    while out[-1] in back and labels[back[out[-1]]][1] == labels[out[-1]][1] - 1:
        out.append(back[out[-1]])
    return out[::-1]


# A label inside a line, after a word and before a word that opens a sentence: where a page's columns or a folded
# leaflet's panels were read across, the next column's heading stands inside the line ("... each bicycle Article 5 A
# borrower who ..."). A citation is followed by "of", a comma, a bracket, a lower-case verb or the name of a part of
# the article ("Article 5 Paragraph 2"), hardly ever by a sentence's opening word. Counted by the census only.
_INSIDE = re.compile(r"(?<=\S)[ \t]+(?:Article|Art\.)[ \t]*(?P<num>\d{1,4})(?![\d(])[.:]?"
                     r"(?=[ \t]+(?!(?:Paragraph|Item|Clause|Point|Subparagraph|Section|Chapter)\b)[A-Z](?![A-Z]))")


def labels_inside(line: str) -> list[tuple[int, int]]:
    """The article labels inside ``line`` (not at its start) that stand before a sentence's opening word: (offset,
    number)."""
    if "rt" not in line:
        return []
    return [(m.start("num"), int(m.group("num"))) for m in _INSIDE.finditer(line)]


# --- an outliner's bullets -----------------------------------------------------------------------------------------

_OUTLINE_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-*+])[ \t]+(?=\S)")


def outline_bullet(line: str) -> re.Match[str] | None:
    """The bullet an outliner writes before a block, if ``line`` opens with one."""
    return _OUTLINE_BULLET.match(line)


def outliner_bullets(lines: list[str], headings: set[int]) -> list[tuple[int, int, int]]:
    """The bullets an outliner writes before every block (Logseq, Notion, Workflowy, Roam: each paragraph a bullet,
    nested by indentation), where they mark paragraphs: (line index, start, end of the bullet and its blank). A text is
    so written when four in five of its content lines after its first heading (``headings``: the heading lines) open
    with a bullet. A bulleted line under a line that ends with a colon (a lead-in), or under such an item, is an item
    of that list and keeps its bullet; every other bulleted line that is no heading is a paragraph."""
    first = min(headings, default=None)
    if first is None:
        return []
    content = [k for k in range(first, len(lines)) if lines[k].strip()]
    marked = {k: m for k in content if (m := _OUTLINE_BULLET.match(lines[k])) is not None}
    if len(marked) < 0.8 * len(content):
        return []
    out: list[tuple[int, int, int]] = []
    stack: list[tuple[int, bool]] = []  # (indent, opens or is an item) of the blocks above
    for k in content:
        m = marked.get(k)
        indent = len((m.group("indent") if m else lines[k][:len(lines[k]) - len(lines[k].lstrip())]).expandtabs(4))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        item = bool(stack) and stack[-1][1]
        words = lines[k][m.end():] if m else lines[k]
        if m is not None and not item and k not in headings:
            out.append((k, m.start("bullet"), m.end()))
        stack.append((indent, item or words.rstrip().endswith((":", "："))))
    return out


# --- what a note tool or a text browser writes beside the text ---------------------------------------------------------

# a note tool's property line: Logseq's page and block properties ("title:: Rules", "collapsed:: true", "id:: 64f1..."),
# Obsidian Dataview's inline fields ("status:: draft"); a key, two colons, a value, alone on its line
PROPERTY_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][\w-]{0,40}::(?:[ \t]+\S[^\n]*)?[ \t]*$")
# a text browser's list of the links of the page it dumped (lynx, elinks: "References", then "   1. https://...")
_LINKS_HEADING = re.compile(r"^[ \t]*(?:References|Visible links:?|Hidden links:?)[ \t]*$")
_LINK_LINE = re.compile(r"^[ \t]*(?P<n>\d{1,4})\.[ \t]+(?:https?|ftp|file|mailto|javascript):\S*[ \t]*$")
# the link's number a text browser writes before a link's words ("[12]Article 4", "the [13]Data Security Law")
LINK_NUMBER = re.compile(r"\[(?P<n>\d{1,4})\](?=[^\s\[\]()])")


def link_list(lines: list[str]) -> tuple[list[int], int] | None:
    """A text browser's list of links after the text: (its lines: the heading, the numbered addresses and the blank
    lines between them, the largest number) or None. Two numbered addresses at least under the heading."""
    for k, s in enumerate(lines):
        if not _LINKS_HEADING.match(s):
            continue
        out, top, j = [k], 0, k + 1
        while j < len(lines) and (not lines[j].strip() or _LINK_LINE.match(lines[j]) or _LINKS_HEADING.match(lines[j])):
            m = _LINK_LINE.match(lines[j])
            if m is not None:
                top = max(top, int(m.group("n")))
            out.append(j)
            j += 1
        if sum(1 for x in out if _LINK_LINE.match(lines[x])) >= 2:
            return out, top
    return None


# --- line numbers --------------------------------------------------------------------------------------------------

# a number in a line's margin: digits (right-aligned or not), then a bar, a colon, a tab or two blanks before the
# line's words, or one blank after digits set in from the margin (right-aligned), or nothing (a numbered empty line)
_LINE_NUMBER = re.compile(r"^(?P<pad>[ \t]*)(?P<n>\d{1,5})(?P<sep>[ \t]*[|│:][ \t]?|\t[ \t]*|[ \t]{2,}|[ \t]|(?=[ \t]*$))")


def line_numbers(lines: list[str]) -> list[tuple[int, int]]:
    """The lines of a text that carry their numbers in the margin (a bill's or a pleading's line numbers, a copy from
    a code viewer, ``nl`` or ``cat -n``): (line index, end of the number and its separator). A text is so numbered when
    at least eight lines open with a bare number and, from one such line to the next, the number goes up by as many as
    the lines between them (every line numbered, blank ones included or not, or every fifth line), or starts again
    (a new page), for nine in ten of them; and the numbered lines are half the text's lines at least (or, numbered
    every few lines, steps of two or more throughout). Numbered items ("1.", "(1)") are no line numbers."""
    found: list[tuple[int, int, int]] = []  # line index, number, end
    for k, s in enumerate(lines):
        m = _LINE_NUMBER.match(s)
        if m is not None and (m.group("sep") != " " or m.group("pad")):
            found.append((k, int(m.group("n")), m.end()))
    if len(found) < 8:
        return []
    content = [k for k, s in enumerate(lines) if s.strip()]
    counted = {k: n for n, k in enumerate(content)}
    steps = good = 0
    wide = True
    for (k1, n1, _), (k2, n2, _) in itertools.pairwise(found):
        steps += 1
        between = {k2 - k1, counted.get(k2, 0) - counted.get(k1, 0)}
        if n2 - n1 in between or n2 <= 1 or (n2 < n1 and n2 <= 5):
            good += 1
            wide = wide and (n2 - n1 >= 2 or n2 < n1)
    if good < 0.9 * steps:
        return []
    if len(found) < 0.5 * len(content) and not wide:
        return []
    return [(k, end) for k, _n, end in found]


__all__ = ["LINK_NUMBER", "PROPERTY_LINE", "Label", "chain", "labels_inside", "lead_markup", "line_numbers", "link_list",
           "outline_bullet", "outliner_bullets", "read_label"]
