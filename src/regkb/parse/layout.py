"""The page layout of a text: page boundaries, page furniture and characters that hide in headings.

A text taken from a PDF or a word processor carries its pages: form feeds, page
numbers, running headers and footers, or the page markers that ``regkb add`` writes
(``<!-- page 3 -->``). Furniture is only ever looked for in the bands next to a page
boundary; a line inside the body of a page is law, whatever it looks like.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import patterns as P

# Characters that look like a space, or like nothing, and defeat pattern matching in headings
# ("Article\u00a02"). They are mapped one to one onto a plain space for matching, so offsets
# stay valid; the source text is never changed.
UNICODE_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u00ad"
_PAGE_BREAKS = "\f\v"
_MATCH_TABLE = str.maketrans({c: " " for c in UNICODE_SPACES + INVISIBLES + _PAGE_BREAKS})

EDGE_LINES = 2  # content lines at the top and at the bottom of a page that may be furniture

# Patterns the functions below use, compiled once (a call of re.match/re.sub with a pattern string looks it up in
# re's cache each time)
_LATIN_WORDS = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CHROME_FIELD_SEP = re.compile(r"\s[|｜]\s|\s{2,}")


def for_matching(text: str) -> str:
    """``text`` with Unicode spaces, invisible characters and page breaks as plain spaces (same length)."""
    return text.translate(_MATCH_TABLE)


def odd_characters(text: str) -> dict[str, str]:
    """The Unicode spaces and invisible characters in ``text``: {kind: 'U+00A0, ...'}."""
    found: dict[str, set[str]] = {}
    for ch in text:
        if ch in UNICODE_SPACES:
            found.setdefault("space", set()).add(f"U+{ord(ch):04X}")
        elif ch in INVISIBLES:
            found.setdefault("invisible", set()).add(f"U+{ord(ch):04X}")
    return {k: ", ".join(sorted(v)) for k, v in found.items()}


@dataclass(slots=True)
class Page:
    number: int  # the page number (from a marker) or the running count
    start: int  # source offset where the page starts
    lines: list[int]  # indices of its content lines, in order


@dataclass(slots=True)
class Furniture:
    line: int  # index of the line
    reason: str


_FUNCTION_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"])


def script_of(text: str) -> str:
    """The script a line is written in: "cjk" when it holds more CJK ideographs than Latin letters (two at least),
    "latin" when it holds Latin letters and fewer ideographs, "" when it holds neither (a number, a rule). A Chinese
    name cited in an English sentence, or a Latin abbreviation in a Chinese one, does not change the line's script."""
    ideographs = len(P.CJK_IDEOGRAPH.findall(text))
    letters = len(_LATIN_LETTER.findall(text))
    if ideographs >= 2 and ideographs > letters:
        return "cjk"
    return "latin" if letters else ""


def reads_like_prose(text: str) -> bool:
    """A line of running text, not a title or a number: it ends a clause, or it has several
    lower-case words other than the small words that titles keep in lower case."""
    words = _LATIN_WORDS.findall(text)
    if len(words) < 3:
        return False
    content_lower = sum(1 for w in words if w[0].islower() and w not in _FUNCTION_WORDS)
    return content_lower >= 3 or text.rstrip()[-1:] in ".;:,"


def pages_of(lines: Sequence[str], starts: Sequence[int]) -> tuple[list[Page], str]:
    """Split the content lines into pages; the second value says how the pages were found.

    ``lines`` are the raw lines of the body and ``starts`` their source offsets. Pages come
    from page markers, else from form feeds, else from page-number lines in sequence.
    """
    markers = [k for k, t in enumerate(lines) if P.PAGE_MARKER.match(t)]
    if markers:
        return _split_at(lines, starts, markers, from_markers=True), "markers"
    feeds: list[int] = []
    for k, t in enumerate(lines):
        if "\f" in t:
            # a form feed before the line's text breaks before it; one after the text, after it
            feeds.append(k if not t[: t.index("\f")].strip() else k + 1)
    if feeds:
        return _split_at(lines, starts, feeds, from_markers=False), "form feeds"
    numbers = page_number_lines(lines)
    if numbers:
        return _split_at(lines, starts, [k + 1 for k in numbers], from_markers=False), "page numbers"
    return _split_at(lines, starts, [], from_markers=False), "none"


def _split_at(lines: Sequence[str], starts: Sequence[int], cuts: list[int], from_markers: bool) -> list[Page]:
    pages: list[Page] = []
    bounds = sorted(set([0, *cuts]))
    for n, a in enumerate(bounds):
        b = bounds[n + 1] if n + 1 < len(bounds) else len(lines)
        number = n + 1
        if from_markers and a < len(lines):
            m = P.PAGE_MARKER.match(lines[a])
            if m:
                number = int(m.group("num"))
            elif n == 0:
                number = 0  # text before the first marker
        content = [k for k in range(a, b) if for_matching(lines[k]).strip() and not P.PAGE_MARKER.match(lines[k])]
        pages.append(Page(number, starts[a] if a < len(starts) else (starts[-1] if starts else 0), content))
    return [p for p in pages if p.lines or p is pages[0]]


def page_number_lines(lines: Sequence[str]) -> list[int]:
    """Lines that are page numbers: an explicit form ('- 3 -', 'Page 3 of 9'), or bare numbers in sequence."""
    cands = [(k, for_matching(t).strip()) for k, t in enumerate(lines) if P.PAGE_NUMBER_LINE.match(for_matching(t))]
    out: list[int] = []
    prev_num: int | None = None
    for idx, (k, s) in enumerate(cands):
        num = int(_DIGITS.search(s).group())  # type: ignore[union-attr]
        explicit = not s.isdigit()
        nxt = int(_DIGITS.search(cands[idx + 1][1]).group()) if idx + 1 < len(cands) else None  # type: ignore[union-attr]
        in_sequence = (prev_num is not None and num == prev_num + 1) or (nxt is not None and nxt == num + 1)
        if explicit or in_sequence:
            out.append(k)
            prev_num = num
    return out


def furniture(lines: Sequence[str], pages: list[Page], how: str, is_heading: object,
              in_sentence: object = None) -> list[Furniture]:
    """Page numbers and running headers or footers, looked for only in the bands at page edges.

    A running header or footer is a line that comes back at the same edge of several pages
    (digits ignored, so "Page 3" matches "Page 4"). ``is_heading`` tells heading lines and
    ``in_sentence`` lines that a sentence runs into or out of: neither is ever furniture.
    """
    if how == "none":
        return []
    check = is_heading if callable(is_heading) else (lambda _k: False)
    joined = in_sentence if callable(in_sentence) else (lambda _k: False)
    out: list[Furniture] = []
    numbered = set(page_number_lines(lines)) if how == "page numbers" else set()
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    bands: list[tuple[list[int], list[int]]] = []
    for page in pages:
        head = page.lines[:EDGE_LINES]
        foot = page.lines[-EDGE_LINES:] if len(page.lines) > EDGE_LINES else page.lines[len(head):]
        bands.append((head, foot))
        for k in set(head):
            top[_shape(lines[k])] += 1
        for k in set(foot):
            bottom[_shape(lines[k])] += 1
    n_pages = len(pages)
    seen: set[int] = set()
    for head, foot in bands:
        for k, counter in [(k, top) for k in head] + [(k, bottom) for k in foot]:
            if k in seen:
                continue
            s = for_matching(lines[k]).strip()
            if P.PAGE_NUMBER_LINE.match(s) and (how != "page numbers" or k in numbered):
                out.append(Furniture(k, "page number"))
                seen.add(k)
                continue
            shape = _shape(lines[k])
            repeats = counter[shape]
            if (repeats >= 3 or (repeats >= 2 and repeats * 2 >= n_pages)) and len(s) < 160 \
                    and not check(k) and not joined(k) and not P.ITEM_LINE.match(s) and not P.HORIZONTAL_RULE.match(s):
                out.append(Furniture(k, "running header or footer (repeated at the edge of pages)"))
                seen.add(k)
    for k in numbered - seen:
        out.append(Furniture(k, "page number"))
    return sorted(out, key=lambda f: f.line)


def _shape(line: str) -> str:
    """A line as a running header repeats it: digits as "#", case and spacing folded, and its fields (parts set apart
    by two or more spaces, or " | ") in sorted order: facing pages print a header's fields mirrored ("GAZETTE    2030
    No. 4" on an odd page, "2030 No. 4    GAZETTE" on an even one)."""
    fields = [" ".join(f.split()) for f in _CHROME_FIELD_SEP.split(for_matching(line).strip()) if f.strip()]
    return _DIGITS.sub("#", "  ".join(sorted(fields))).lower()


# --- characters that OCR misreads ---------------------------------------------------------------------------
#
# A scanned text read by OCR confuses letters and digits that look alike: "l", "1", "I", "|" and "!"; "O" and "0".
# In an article heading this loses the article ("Artic1e 5", "Article l2"), so the heading word and number are
# matched through those confusions (the source is never changed: ``Line.norm`` is the same length, and the
# article's label is the number read). In running text a misread modal word ("sha1l", "shal l") would hide a duty:
# it is not guessed at, it is reported.
_OCR_HEADING = re.compile(r"^(?P<lead>[ \t>*_#]*)(?P<word>Art[iIl1|!]c[lI1|!]e|ART[Il1|!]C[LlI1|!]E)(?P<gap>[ \t]+)"
                          r"(?P<num>[0-9lIO|]{1,4})(?![\w(])")
_AS_ONE = str.maketrans("lI|!O", "1111" + "0")
OCR_MODAL = re.compile(r"\b(?:sha[l1I|!][l1I|!](?<!shall)|shal[ ]l|sha[ ]ll|rnust|rnay|mu[ ]st)\b")


def ocr_heading(norm: str) -> str | None:
    """``norm`` with an article heading misread by OCR read right ("Artic1e 5" -> "Article 5", "Article l2" ->
    "Article 12"), the same length; None when the line holds no such heading. A number is read through the
    confusions only when it has a digit of its own ("l2", not "I": a Roman one)."""
    if norm.lstrip(" \t>*_#")[:3] not in ("Art", "ART"):
        return None  # (most lines: no heading word at all; checked before the pattern, for speed)
    m = _OCR_HEADING.match(norm)
    if not m:
        return None
    word, num = m.group("word"), m.group("num")
    fixed_word = "ARTICLE" if word[1] == "R" else "Article"
    fixed_num = num.translate(_AS_ONE) if any(c.isdigit() for c in num) else num
    if fixed_word.lower() == word.lower() and fixed_num == num:
        return None
    return norm[: m.start("word")] + fixed_word + m.group("gap") + fixed_num + norm[m.end("num"):]


# --- the publisher's end mark ------------------------------------------------------------------------------
#
# A database, a gazette or a translator marks where the text ends: "[End of text]", "(End)", "— END —", "（完）",
# "全文完". On a line of its own, with nothing after it but page furniture or a site's footer, it is no part of the
# law (importers and the parser leave it out, and say so).
END_MARK = re.compile(
    r"""^[ \t]*(?:
        [\[(（【〔<][ \t]*(?:the[ \t]+)?end(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:text|document))?[ \t]*[\])）】〕>]
      | [-–—*=~·]+[ \t]*(?:the[ \t]+)?end(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:text|document))?[ \t]*[-–—*=~·]+
      | (?:the[ \t]+)?end[ \t]+of[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:text|document)\.?
      | [\[(（【〔]?[ \t]*(?:全文完|完)[ \t]*[\])）】〕]?
    )[ \t]*$""",
    re.IGNORECASE | re.VERBOSE,
)


def end_mark_line(lines: Sequence[str], skip: object = None) -> int | None:
    """The line that marks the end of the text ("[End of text]"), when only blank lines, lines that ``skip(k)`` tells
    (page furniture) and a site footer's lines (:func:`chrome_line`) follow it; else None."""
    no = skip if callable(skip) else (lambda _k: False)
    for k in range(len(lines) - 1, -1, -1):
        t = for_matching(lines[k]).strip()
        if not t or no(k) or chrome_line(t):
            continue
        return k if END_MARK.match(t) else None
    return None


# --- a database record's field codes ----------------------------------------------------------------------
#
# A news or legal database's download (Factiva's, LexisNexis's, a library catalogue's tagged export) gives every field
# as a paragraph that opens, at the margin, with the field's code in capitals padded to a fixed column ("HD   ...",
# "PD   ...", "IPD  ...", "AN   ..."), the field's later paragraphs indented to that column. The law is the text of
# one field: a code at the margin after the law's last article opens the next field, which is the database's.
FIELD_CODE = re.compile(r"^(?P<code>[A-Z][A-Z0-9]{1,3})(?P<pad>[ \t]+)\S")
_ROMAN = re.compile(r"[IVXLC]+")  # "II   General Provisions": a chapter's number padded to its title, no field code


def field_record(lines: Sequence[str]) -> int | None:
    """The column at which the fields' text starts when ``lines`` are a field-coded record: five lines or more open at
    the margin with a code padded to one column (three codes or more; a Roman numeral is a chapter's number, no code),
    the column wider than the longest code; else None."""
    cols: Counter[int] = Counter()
    codes: dict[int, set[str]] = {}
    for t in lines:
        m = FIELD_CODE.match(t)
        if m and "\t" not in m.group("pad") and not _ROMAN.fullmatch(m.group("code")):
            w = m.end("pad")
            cols[w] += 1
            codes.setdefault(w, set()).add(m.group("code"))
    if not cols:
        return None
    w, n = cols.most_common(1)[0]
    return w if n >= 5 and len(codes[w]) >= 3 and w > max(len(c) for c in codes[w]) else None


def field_code_line(text: str, width: int) -> bool:
    """Does ``text`` open a field of a record whose fields' text starts at column ``width``?"""
    m = FIELD_CODE.match(text)
    return m is not None and m.end("pad") == width and "\t" not in m.group("pad")


# --- words broken by a hyphen at a line end -------------------------------------------------------------
#
# A hard-wrapped text (OCR of a gazette, a text file saved from a typesetting program) breaks long words at its line
# ends with a hyphen: "inter-" / "ests". The hyphen is the typesetter's, not the word's, unless the word is a compound
# that keeps its hyphen ("self-" / "regulatory"). As the PDF importer does (importers.pdf.join_hyphens), the text
# itself tells the two apart: a compound is printed with its hyphen inside a line somewhere else in the text; a word
# that is not is read joined, and every join is reported.

_HYPHEN_END = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z]*[a-z])-[ \t]*$")
_WORD_BEGIN = re.compile(r"^[ \t]*([a-z]+)(?![A-Za-z0-9-])")
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


@dataclass(slots=True)
class LineEndHyphen:
    line: int  # index of the line that ends with the hyphen
    hyphen: int  # column of the hyphen in that line
    first: str  # the word's part before the hyphen
    second: str  # its part at the start of the next line
    keep: bool  # a compound: the text prints it with its hyphen inside a line elsewhere
    unseen: bool = False  # joined into a word the text prints nowhere else (a guess: reported as a warning)


def line_end_hyphens(lines: Sequence[str], skip: object = None) -> list[LineEndHyphen]:
    """Words broken by a hyphen at the end of a line and taken up by a lower-case letter at the start of the next one.
    ``skip(k)`` tells lines that are not running text (page furniture, headings): neither line may be one."""
    no = skip if callable(skip) else (lambda _k: False)
    found: list[LineEndHyphen] = []
    for k in range(len(lines) - 1):
        if not lines[k].rstrip().endswith("-"):
            continue
        m = _HYPHEN_END.search(lines[k])
        if not m:
            continue
        n = _WORD_BEGIN.match(lines[k + 1])
        if n and not no(k) and not no(k + 1):
            found.append(LineEndHyphen(k, m.end(1), m.group(1), n.group(1), False))
    if found:
        compounds = {w.lower() for t in lines for w in _HYPHENATED.findall(t)}
        printed = Counter(w.lower() for t in lines for w in _WORD.findall(t))
        words = set(printed)
        taken_up = Counter(h.second.lower() for h in found)  # a second part is printed at its own break: not alone
        alone = {w for w, n in printed.items() if n > taken_up[w]}
        for h in found:
            h.keep = _compound(h.first.lower(), h.second.lower(), compounds, words, alone)
            h.unseen = not h.keep and (h.first + h.second).lower() not in words
    return found


_WORD = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?![A-Za-z-])")  # a word standing alone (not a part of a compound)


def _compound(first: str, second: str, compounds: set[str], words: set[str], alone: set[str]) -> bool:
    """Is "first-" at a line end and "second" at the next line's start a compound that keeps its hyphen ("long-" /
    "term", "State-" / "owned"), not a word the typesetter broke ("obli-" / "gations")? What the text prints elsewhere
    decides, in this order: the compound with its hyphen inside a line (keep); the word whole ("information" after
    "in-" / "formation": join); the part before the hyphen as a word of its own, two letters or more ("long",
    "State": keep, since a broken word's first syllable is seldom a word the text uses), unless it is a particle
    that English prefixes to make single words ("with-" / "drawal", "under-" / "taking": join); then a prefix English
    writes with a hyphen (:data:`_HYPHEN_PREFIXES`: "non-" / "motor", "self-" / "discipline", "pre-" / "existing"),
    or a second part the text prints as a word of its own, three letters or more ("traffic-" / "control" where
    "control" stands alone: keep), unless it is an ending ("cross-" / "ing"); else join."""
    if f"{first}-{second}" in compounds:
        return True
    if first + second in words:
        return False
    if len(first) >= 2 and first in words and first not in _PARTICLES:
        return True
    if second in _ENDINGS:
        return False
    vowel = second[:1] in "aeiou"
    return (first in _HYPHEN_PREFIXES or (vowel and first in _HYPHEN_PREFIXES_BEFORE_VOWEL)
            or (len(second) >= 3 and second in alone and first not in _PARTICLES))


# prefixes English writes with a hyphen before a word (non-motor, self-discipline, anti-monopoly, cross-border,
# multi-level, semi-finished, quasi-judicial); "pre" and "post" only before a vowel (pre-existing, post-employment,
# where the closed form doubles or hides a vowel; "pre-/sent" is a broken "present"). Not "ex" (ex-/amine, ex-/ecute
# are broken words far more often than "former"), "co" (co-/operation keeps its hyphen when "operation" is printed
# alone: the second-part rule) nor "inter" (closed in English: interagency, interdepartmental)
_HYPHEN_PREFIXES = frozenset(["non", "self", "anti", "cross", "multi", "semi", "quasi"])
_HYPHEN_PREFIXES_BEFORE_VOWEL = frozenset(["pre", "post"])
# endings a typesetter breaks a word before, never a word of a compound (cross-/ing, post-/al, self-/ish, multi-/ply)
_ENDINGS = frozenset(["ing", "ings", "ed", "er", "ers", "es", "ly", "al", "ish", "less", "ness", "ply", "plied",
                      "plies", "tude", "age", "ure", "ion", "ions"])


# prepositions, adverbs and conjunctions that begin many single words (withdraw, undertake, income, outcome, overseas,
# forthwith, therefore): before a line-end hyphen, more often a broken word's first syllable than a compound's first word
_PARTICLES = frozenset(["in", "on", "up", "out", "over", "under", "with", "for", "fore", "forth", "after", "back",
                        "down", "off", "through", "to", "by", "be", "at", "as", "an", "and", "or", "per", "there",
                        "where", "here", "what", "when", "any", "some", "no", "not", "can", "man", "other"])


# --- a web site's footer ----------------------------------------------------------------------------
#
# The words a site prints in the box at the foot of every page, never a law's: who runs the site and its filing
# numbers (China's ICP and public-security filing), copyright, browser advice, contact and site-map links.
# A line in this vocabulary is chrome only where the page also sets it apart from the law (importers.html);
# alone, the vocabulary is a doubt, not a reason to drop text.
PAGE_CHROME = re.compile(
    r"""(?:\bICP\b|备案|公网安备|网站标识码|\bwebsite[ ]+(?:identifier|code)\b|\b(?:filing|record|registration)[ ]+(?:no\.|number)|
       copyright|©|\ball[ ]+rights[ ]+reserved\b|版权所有|
       ^[ ]*(?:sponsored|hosted|organi[sz]ed|maintained|operated|undertaken|run|produced)[ ]+by\b|主办|承办|
       \bbest[ ]+viewed\b|\bscreen[ ]+resolution\b|\bresolution[ ]+of[ ]+\d|\b\d{3,4}[ ]*[x×*][ ]*\d{3,4}\b|
       \b(?:recommended|supported)[ ]+browsers?\b|建议使用|分辨率|
       \bcontact[ ]+us\b|\bsite[ ]*map\b|\babout[ ]+us\b|\bprivacy[ ]+policy\b|\bterms[ ]+of[ ]+use\b|
       联系我们|网站地图|\[(?:print|close)[^\]]*\]|\bback[ ]+to[ ]+top\b)""",
    re.VERBOSE | re.IGNORECASE,
)


_MODAL = re.compile(r"\b(?:shall|must|may|should|is[ ]+(?:prohibited|required))\b|应当|不得|必须", re.IGNORECASE)


def chrome_line(text: str) -> bool:
    """A short line in a site footer's vocabulary (every field of a "A | B | C" line, or the line as a whole)."""
    t = " ".join(text.split())
    if not t or len(t) > 300 or _MODAL.search(t):
        return False  # a clause of law (shall, must, may ...) is never a site's footer
    fields = [f for f in _CHROME_FIELD_SEP.split(t) if f.strip()]
    return bool(PAGE_CHROME.search(t)) and sum(bool(PAGE_CHROME.search(f)) for f in fields) * 2 >= len(fields)


# --- the editor's words between the articles ---------------------------------------------------------
#
# A law firm's or a publisher's edition sets its own comments apart from the law it reproduces: in a
# block quote, in italics, or under a label ("Comment:", "Our view:", "[Editor's note]"). Which setting is
# the law's is read from the text itself: the setting of the blocks that hold the article headings. Some
# editions quote the law (each article in a block quote) and write their comments plain; most print the
# law plain and quote the comments.

QUOTE_MARK = re.compile(r"^[ \t]{0,3}>(?:[ \t]{0,3}>)*[ \t]?")  # a Markdown block quote's mark(s) on a line
_EMPH = r"(?:\*\*|__|\*|_)"
# A label of the editor's words at the start of a block. "Note" alone is ambiguous (a table or a law may
# carry notes): it counts only when it is set apart (emphasis or brackets), otherwise it is a doubt.
# (Runs of blanks are possessive, "*+": no token after them opens with a blank, so the matches are the same, and a
# line of a thousand blanks is read in linear time, not cubic: several optional parts stand between them.)
EDITOR_LABEL = re.compile(
    r"^[ \t]*+(?P<em0>" + _EMPH + r")?[ \t]*+(?P<open>[\[(（【][ \t]*+)?(?P<em>" + _EMPH + r")?[ \t]*+"
    r"(?P<label>comments?|commentary|our[ \t]+(?:view|comments?|notes?|take|analysis|remarks?)|"
    r"editor(?:'|’)?s?[ \t]+notes?|editorial[ \t]+(?:notes?|comments?)|translator(?:'|’)?s?[ \t]+notes?|"
    r"practice[ \t]+notes?|annotations?|notes?)"
    r"[ \t]*+(?P<em2>" + _EMPH + r")?[ \t]*+(?P<end>[:：]|[\])）】])", re.IGNORECASE)


def quote_mark(line: str) -> int:
    """Length of the block-quote mark(s) at the start of ``line`` (``> ``), 0 if it is not quoted."""
    m = QUOTE_MARK.match(line)
    return m.end() if m else 0


def block_setting(lines: Sequence[str]) -> str:
    """How a block of consecutive lines is set: ``quoted`` (every line in a block quote), ``labelled``
    (opened by an editor's label set apart: "**Comment:**", "[Note]", "Our view:"), ``note`` (a plain
    "Note:", which may be law), ``italic`` (the whole block in single emphasis), or ``plain``."""
    if lines and quote_mark(lines[0]):  # a line that follows without a blank line stays in the quote (Markdown)
        return "quoted"
    first = lines[0] if lines else ""
    m = EDITOR_LABEL.match(first)
    if m:
        plain_note = m.group("label").lower().startswith("note") and not (m.group("open") or m.group("em") or
                                                                           m.group("em0"))
        return "note" if plain_note else "labelled"
    return "italic" if _whole_italic(" ".join(ln.strip() for ln in lines)) else "plain"


def _whole_italic(text: str) -> bool:
    """Is ``text`` one span of single emphasis (``*...*`` or ``_..._``), with no other emphasis mark inside?"""
    if len(text) < 3 or text[0] not in "*_" or text[-1] != text[0]:
        return False
    inner = text[1:-1]
    return inner[:1] not in ("*", "_", " ") and inner[-1:] not in ("*", "_", " ") and text[0] not in inner


def unquoted(line: str) -> str:
    """``line`` with its block-quote mark(s) replaced by spaces (the same length, offsets kept)."""
    n = quote_mark(line)
    return " " * n + line[n:]


# --- Markdown footnotes ------------------------------------------------------------------------------
#
# Markdown (GitHub's, Pandoc's, most translation repositories') writes a footnote as a mark in the text, "[^2]", and
# its note as a definition on a line of its own, "[^2]: The Chinese term ... ", wherever the writer puts it (after the
# paragraph, at the end of the article, after the last article). The definition is a note, never law: a translator's
# or editor's remark, outside the law's sentences. The mark is the note's pointer, no word of the law.
# A definition goes on over the lines that follow it up to a blank line (a lazy continuation), and over later
# paragraphs indented by four spaces or a tab (a note of several paragraphs), as Markdown reads it.

FOOTNOTE_DEFINITION = re.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s^]{1,40})\]:[ \t]?")
FOOTNOTE_MARK = re.compile(r"\[\^(?P<label>[^\]\s^]{1,40})\](?!:)")
_NOTE_INDENT = re.compile(r"^(?: {4}|\t)")


@dataclass(slots=True)
class FootnoteDefinition:
    label: str  # as printed between "[^" and "]"
    first: int  # index of its first line (the one with "[^label]:")
    last: int  # index of its last line
    text_at: int  # column where its text starts on the first line (after "[^label]: ")


def footnote_definitions(lines: Sequence[str], stop: object = None) -> list[FootnoteDefinition]:
    """The Markdown footnote definitions among ``lines`` (each ``[^label]: text`` and the lines that go on with it).
    ``stop(k)`` tells lines that end a note whatever their setting (a heading)."""
    halt = stop if callable(stop) else (lambda _k: False)
    out: list[FootnoteDefinition] = []
    own_prev = False
    k = 0
    while k < len(lines):
        m = FOOTNOTE_DEFINITION.match(lines[k])
        if m is None:
            k += 1
            continue
        last = k
        # a text that indents its own paragraphs by four spaces (the text above the note is so set) says nothing by an
        # indent: a paragraph indented after the note is the law's next paragraph, not the note's
        i = next((i for i in range(k - 1, -1, -1) if lines[i].strip()), -1)
        if out and out[-1].first <= i <= out[-1].last:  # notes one after another: the text above the first tells
            own_indent = own_prev
        else:
            own_indent = i >= 0 and bool(_NOTE_INDENT.match(lines[i]))
        own_prev = own_indent
        j = k + 1
        while j < len(lines):
            t = lines[j]
            if FOOTNOTE_DEFINITION.match(t) or halt(j):
                break
            if t.strip():
                # a lazy continuation line, or an indented paragraph
                if j == last + 1 or (_NOTE_INDENT.match(t) and not own_indent):
                    last = j
                    j += 1
                    continue
                break
            j += 1  # a blank line: the note goes on only if an indented paragraph follows
        out.append(FootnoteDefinition(m.group("label"), k, last, m.end()))
        k = last + 1
    return out
