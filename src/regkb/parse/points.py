"""Provisions numbered as points: a decision or notice whose text has no article headings but a run of top-level
numbered paragraphs ("I." ... "X.", "一、" ... "十、", "1." ... "9.") after an enacting paragraph ("... the following
decision is made:").

Such a text is divided like one with articles, each point one provision:

- the point numbered N is stored as the N-th article: ``number`` N, eId ``art_N`` (so that every place that
  addresses a provision, a reference or a page works unchanged), its ``label`` ``Point I`` / ``Point 1`` /
  ``Point 一`` (the word "Point" and the numeral as printed), its printed number ("I.", "一、") the heading's span;
- what stands before point 1 (the title, the enacting paragraph) is the preamble, kept;
- references to "Point VII", "Points I to III of this Decision", "Item 2 of this Decision", "第二点",
  "第一点至第三点" resolve to those provisions (:func:`point_references`).

The layout reason: a point number opens a paragraph (a blank line or the start of the text before it), is followed by
the point's text, and the numbers run 1, 2, 3 ... without a gap. A paragraph opens after a blank line, or after a
line that ends a sentence or a lead-in (a text set one paragraph a line). One style of numeral is read (the one of the first
point 1); a second style inside the points ("1." under "I.") is their sub-division and stays in their text. When the
numbers are not consecutive from 1, the text is kept as before (whole, not divided) and ``regkb check`` says why
(:func:`point_doubt`). A text with any article heading is never read as points.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .numbers import cjk, roman

if TYPE_CHECKING:
    from ..model import Article

# a point's number at the start of a paragraph: "I. ", "IV.", "一、", "1. ", "1、" (after a full stop, a space)
POINT_LINE = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?P<label>(?P<roman>[IVXLC]{1,6})(?:\.(?:\*\*|__)?[ \t]+|、(?:\*\*|__)?[ \t]*)"
    r"|(?P<cjk>[一二三四五六七八九十百]{1,4})、(?:\*\*|__)?[ \t]*"
    r"|(?P<arabic>\d{1,3})(?:\.(?:\*\*|__)?[ \t]+|、(?:\*\*|__)?[ \t]*))(?=\S)")
LABEL_PREFIX = "Point "  # the label of an article that is a point
MIN_POINTS = 2


def _value(m: re.Match[str]) -> tuple[str, int | None, str]:
    """(style, value, numeral as printed) of a POINT_LINE match."""
    if m.group("roman"):
        return "roman", roman(m.group("roman")), m.group("roman")
    if m.group("cjk"):
        return "cjk", cjk(m.group("cjk")), m.group("cjk")
    return "arabic", int(m.group("arabic")), m.group("arabic")


def candidates(lines: list[Any], usable: Any) -> list[tuple[int, str, int, str, re.Match[str]]]:
    """Lines that open a paragraph with a point number: (line index, style, value, numeral, match). ``lines`` are
    the parser's lines (``norm``, ``stripped``); ``usable(k)`` says whether line k may be read (not junk, no table)."""
    out: list[tuple[int, str, int, str, re.Match[str]]] = []
    opens = True  # a paragraph may open here: after a blank line, or after a line that ends a sentence or a lead-in
    for k, ln in enumerate(lines):
        if not ln.stripped:
            opens = True
            continue
        m = POINT_LINE.match(ln.norm) if opens and usable(k) else None
        opens = ln.stripped.rstrip("*_ ")[-1:] in ".;:。；：!?"
        if m:
            style, value, numeral = _value(m)
            if value:
                out.append((k, style, value, numeral, m))
    return out


def choose(cands: list[tuple[int, str, int, str, re.Match[str]]]) -> tuple[list[tuple[int, str, int, str, re.Match[str]]],
                                                                           str | None]:
    """The points of the text, or ([], why not) when it has numbered paragraphs but they do not make a run of
    points, or ([], None) when it has none.

    The style is the one of the first paragraph numbered 1; its numbers must run 1, 2, 3 ... (at least two)."""
    firsts = [c for c in cands if c[2] == 1]
    if not firsts:
        return [], None
    style = firsts[0][1]
    run = [c for c in cands if c[1] == style and c[0] >= firsts[0][0]]
    values = [c[2] for c in run]
    if len(run) < MIN_POINTS:
        return [], None
    if values != list(range(1, len(values) + 1)):
        shown = ", ".join(c[3] for c in run[:12]) + (" ..." if len(run) > 12 else "")
        return [], (f"its paragraphs numbered in one style ({shown}) do not run 1, 2, 3 ... without a gap or "
                    "repeat, so they were not read as its points")
    return run, None


def label_of(style: str, numeral: str) -> str:
    """The label of a point: "Point " and its numeral as printed ("Point IV", "Point 4", "Point 四"), in any style."""
    return LABEL_PREFIX + numeral


def is_points(articles: list[Article]) -> bool:
    """Are these a text's points (read by this module), not articles?"""
    return bool(articles) and all(a.label.startswith(LABEL_PREFIX) for a in articles)


_NUM = r"(?:[IVXLC]{1,6}\b|\d{1,3}\b)"
_SEP = r"(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ]|,[ ]or[ ]|[ ]to[ ]|[ ]through[ ]|[ ]?[-–][ ]?)"
_SCOPE = r"[ ]of[ ](?:this|these|the[ ]present)[ ](?:Decision|Notice|Circular|Opinions?|Announcement|Resolution)s?\b"
# "Point VII", "Points I to III of this Decision", "Item 2 of this Decision" (items only with that scope: an item
# without it may be one of the point's own items)
POINT_REF = re.compile(rf"\b(?:(?P<pw>Points?)[ ](?P<pn>{_NUM}(?:{_SEP}{_NUM})*)(?P<pscope>{_SCOPE})?"
                       rf"|(?P<iw>Items?)[ ](?P<inum>{_NUM}(?:{_SEP}{_NUM})*)(?P<iscope>{_SCOPE}))")
_CJK_NUM = r"[一二三四五六七八九十百]{1,4}"
# "第二点", "第一点至第三点", "第一至第三点", "第二项" (本决定第二项)
CJK_POINT_REF = re.compile(rf"第(?P<a>{_CJK_NUM})(?:[点项条]?(?:至|到|、|和|及|或)第?(?P<b>{_CJK_NUM}))?(?P<w>[点项])")

# Patterns the functions below use, compiled once (a call of re.match/re.sub with a pattern string looks it up in
# re's cache each time)
_NUMBER_SEP = re.compile(r"(,[ ](?:and[ ]|or[ ])?|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]|[ ]through[ ]|[ ]?[-–][ ]?)")
_RANGE_SEP = re.compile(r"[ ]to[ ]|[ ]through[ ]|[ ]?[-–][ ]?")
_NUM_ALONE = re.compile(_NUM)
_DIGIT = re.compile(r"\d")


def _num(s: str) -> int | None:
    s = s.strip()
    return int(s) if s.isdigit() else roman(s)


def _numbers(nums: str) -> list[int]:
    out: list[int] = []
    parts = _NUMBER_SEP.split(nums)
    rng = False
    for part in parts:
        if not part:
            continue
        if _RANGE_SEP.fullmatch(part):
            rng = True
            continue
        if not _NUM_ALONE.fullmatch(part):
            continue
        n = _num(part)
        if n is None:
            continue
        if rng and out and n > out[-1] and n - out[-1] <= 200:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
        rng = False
    return out


def style_of(articles: list[Article]) -> str:
    """The numeral style of a text's points: "roman", "cjk" or "arabic" (from the first point's label)."""
    numeral = articles[0].label.removeprefix(LABEL_PREFIX) if articles else ""
    return "arabic" if numeral.isdigit() else "roman" if roman(numeral) else "cjk"


def point_references(text: str, style: str) -> list[tuple[int, int, list[int]]]:
    """The references to points in ``text``: (start, end, point numbers). A Latin reference counts only in the numerals
    of the text's own points ("Point V" in a text of points I, II, ...; "Point 5" in one of 1., 2., ... or 一、)."""
    out: list[tuple[int, int, list[int]]] = []
    for m in POINT_REF.finditer(text):
        nums_text = m.group("pn") or m.group("inum")
        if bool(_DIGIT.search(nums_text)) != (style != "roman"):
            continue  # another style's numerals: not a reference to these points
        nums = _numbers(nums_text)
        if nums:
            out.append((m.start(), m.end(), nums))
    for m in CJK_POINT_REF.finditer(text):
        a = cjk(m.group("a"))
        b = cjk(m.group("b")) if m.group("b") else None
        if a is None:
            continue
        joined = m.group(0)
        nums = list(range(a, b + 1)) if b is not None and ("至" in joined or "到" in joined) and b > a else \
            [a] + ([b] if b is not None else [])
        out.append((m.start(), m.end(), nums))
    return out
