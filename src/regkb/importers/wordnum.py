"""Word's automatic numbering, rendered as Word prints it.

In a .docx file the number in front of a numbered paragraph ("Article 3", "(2)", "第三条") is not
text: the paragraph points to a list definition (``numbering.xml``) and Word draws the number from
a counter, a number format and a level text such as ``"Article %1"``. Regulations typed in Word
often number their chapters, articles and items this way; read as text only, such a file has no
article headings at all. :class:`Numbering` keeps Word's counters while the paragraphs are read
in document order and returns each paragraph's printed label.

What is modelled (ECMA-376 Part 1, 17.9): abstract list definitions and their levels (start value,
number format, level text, suffix, legal numbering), list instances with level overrides and
start overrides, numbering given by the paragraph or by its style (and the styles it is based
on), and the reset of deeper levels when a level counts on, unless a level says it never
restarts (``w:lvlRestart``), as articles numbered through all chapters do. Instances without a start override
continue the count of their abstract list, as Word does. Bullets print no label: a bullet is not
a number and its glyph is a font character, not text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_LEVELS = 9
_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
         "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
_ORDINAL_ENDS = {"One": "First", "Two": "Second", "Three": "Third", "Five": "Fifth", "Eight": "Eighth",
                 "Nine": "Ninth", "Twelve": "Twelfth"}
_CN_DIGITS = "零一二三四五六七八九"
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _val(el: Any, tag: str) -> str | None:
    """The ``w:val`` of the child ``tag`` of ``el``, if both exist."""
    if el is None:
        return None
    child = el.find(W + tag)
    return None if child is None else child.get(W + "val")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def cardinal_text(n: int) -> str:
    """English words for ``n`` as Word's ``cardinalText`` prints them ("Twenty-One")."""
    if n <= 0 or n >= 10000:
        return str(n)
    parts: list[str] = []
    if n >= 1000:
        parts.append(f"{_ONES[n // 1000]} Thousand")
        n %= 1000
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} Hundred")
        n %= 100
    if n:
        parts.append(_ONES[n] if n < 20 else _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    return " ".join(parts)


def ordinal_text(n: int) -> str:
    """English ordinal words ("Twenty-First"), Word's ``ordinalText``."""
    words = cardinal_text(n)
    cut = max(words.rfind("-"), words.rfind(" "))
    head, sep, last = (words[:cut], words[cut], words[cut + 1:]) if cut >= 0 else ("", "", words)
    if last in _ORDINAL_ENDS:
        last = _ORDINAL_ENDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    elif last.isalpha():
        last += "th"
    else:
        return words
    return head + sep + last


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 11th ... (Word's ``ordinal``)."""
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


def roman(n: int) -> str:
    """Upper-case roman numerals (1 to 3999; other values as digits)."""
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, glyph in _ROMAN:
        while n >= value:
            out.append(glyph)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's ``lowerLetter``: a..z, then aa..zz, aaa.. (the letter repeated, not base 26)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def chinese(n: int) -> str:
    """Chinese counting numerals as printed in statute numbering (十一, 二十, 一百零五)."""
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    units = [(1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for value, unit in units:
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
                zero = False
            out += ("" if (value == 10 and digit == 1 and not out) else _CN_DIGITS[digit]) + unit
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += _CN_DIGITS[n]
    return out


def format_number(n: int, fmt: str) -> str | None:
    """``n`` in Word's number format ``fmt``; None for a bullet or no number."""
    if fmt in ("bullet", "none"):
        return None
    simple = {
        "decimal": str(n), "decimalZero": f"{n:02d}", "upperRoman": roman(n), "lowerRoman": roman(n).lower(),
        "upperLetter": letters(n).upper(), "lowerLetter": letters(n), "ordinal": ordinal(n),
        "cardinalText": cardinal_text(n), "ordinalText": ordinal_text(n),
        "chineseCounting": chinese(n), "chineseCountingThousand": chinese(n), "chineseLegalSimplified": chinese(n),
        "ideographDigital": "".join(_CN_DIGITS[int(c)] for c in str(n)),
        "decimalFullWidth": str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"}),
        "decimalHalfWidth": str(n),
        "decimalEnclosedCircle": chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
        "decimalEnclosedCircleChinese": chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
        "decimalEnclosedParen": f"({n})", "decimalEnclosedFullstop": f"{n}.",
    }
    return simple.get(fmt, str(n))


@dataclass
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False
    restart: int | None = None  # w:lvlRestart: restarts after a use of levels 1..N (1-based); 0: never

    def resets_after(self, used: int, own: int) -> bool:
        """Whether this level (``own``, 0-based) starts again after level ``used`` counted on."""
        limit = own if self.restart is None else self.restart
        return used < limit

    @classmethod
    def read(cls, lvl: Any, base: Level | None = None) -> Level:
        """The level ``<w:lvl>`` ``lvl``, over ``base`` where it leaves a property out."""
        b = base or cls()
        lvl_text = lvl.find(W + "lvlText")
        return cls(start=_int(_val(lvl, "start"), b.start), fmt=_val(lvl, "numFmt") or b.fmt,
                   text=lvl_text.get(W + "val", b.text) if lvl_text is not None else b.text,
                   suffix=_val(lvl, "suff") or b.suffix, legal=lvl.find(W + "isLgl") is not None or b.legal,
                   restart=_int(_val(lvl, "lvlRestart"), 0) if _val(lvl, "lvlRestart") is not None else b.restart)


@dataclass
class ListInstance:
    """A ``<w:num>``: its abstract list's levels with this instance's overrides."""

    key: str
    levels: dict[int, Level]
    restarts: set[int] = field(default_factory=set)


class Numbering:
    """Word's list counters over one document, fed paragraphs in document order."""

    def __init__(self, document: Any) -> None:
        self.instances: dict[str, ListInstance] = {}
        self.style_numbering: dict[str, tuple[str, int | None]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.unresolved = 0
        self._read_definitions(document)
        self._read_styles(document)

    def _read_definitions(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, Level]] = {}
        for a in root.findall(W + "abstractNum"):
            levels = {}
            for lvl in a.findall(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"), 0)
                if 0 <= ilvl < _MAX_LEVELS:
                    levels[ilvl] = Level.read(lvl)
            abstract[a.get(W + "abstractNumId", "")] = levels
        for num in root.findall(W + "num"):
            num_id = num.get(W + "numId", "")
            abstract_id = _val(num, "abstractNumId") or ""
            levels = dict(abstract.get(abstract_id, {}))
            restarts: set[int] = set()
            for override in num.findall(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                if not 0 <= ilvl < _MAX_LEVELS:
                    continue
                base = levels.get(ilvl, Level())
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    base = Level.read(lvl, base)
                start = _val(override, "startOverride")
                if start is not None:
                    base = Level(_int(start, base.start), base.fmt, base.text, base.suffix, base.legal, base.restart)
                    restarts.add(ilvl)
                levels[ilvl] = base
            # An instance that restarts a level keeps its own counters; the others share their list's.
            key = f"num:{num_id}" if restarts else f"abstract:{abstract_id}"
            self.instances[num_id] = ListInstance(key, levels, restarts)

    def _read_styles(self, document: Any) -> None:
        try:
            styles = document.styles.element
        except AttributeError:
            return
        own: dict[str, tuple[str | None, int | None]] = {}
        based_on: dict[str, str] = {}
        for st in styles.findall(W + "style"):
            sid = st.get(W + "styleId", "")
            parent = _val(st, "basedOn")
            if parent:
                based_on[sid] = parent
            ppr = st.find(W + "pPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None:
                ilvl_text = _val(numpr, "ilvl")
                own[sid] = (_val(numpr, "numId"), None if ilvl_text is None else _int(ilvl_text, 0))
        for sid in set(own) | set(based_on):
            seen: set[str] = set()
            cur: str | None = sid
            while cur is not None and cur not in own and cur not in seen:
                seen.add(cur)
                cur = based_on.get(cur)
            if cur is not None and cur in own:
                style_num, style_ilvl = own[cur]
                if style_num:
                    self.style_numbering[sid] = (style_num, style_ilvl)

    def label(self, paragraph: Any) -> str | None:
        """The printed number of ``paragraph`` (a python-docx Paragraph), counting it; None if it has none.

        The label ends with the separator Word puts before the text (a space for a tab or a space,
        nothing for ``w:suff="nothing"``).
        """
        p = paragraph._p
        ppr = p.pPr
        numpr = ppr.numPr if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            ilvl_text = _val(numpr, "ilvl")
            ilvl = None if ilvl_text is None else _int(ilvl_text, 0)
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        if num_id is None and style_id in self.style_numbering:
            num_id, style_ilvl = self.style_numbering[style_id]
            ilvl = style_ilvl if ilvl is None else ilvl
        if num_id is None or num_id == "0":
            return None
        inst = self.instances.get(num_id)
        if inst is None:
            self.unresolved += 1
            return None
        level = ilvl if ilvl is not None and 0 <= ilvl < _MAX_LEVELS else 0  # Word's default level
        counters = self.counters.setdefault(inst.key, [None] * _MAX_LEVELS)
        for up in range(level):
            if counters[up] is None:
                counters[up] = inst.levels.get(up, Level()).start
        current = counters[level]
        counters[level] = inst.levels.get(level, Level()).start if current is None else current + 1
        for down in range(level + 1, _MAX_LEVELS):
            if inst.levels.get(down, Level()).resets_after(level, down):
                counters[down] = None
        lvl = inst.levels.get(level, Level())
        if lvl.fmt in ("bullet", "none"):
            return None
        text = lvl.text
        for k in range(_MAX_LEVELS, 0, -1):
            token = f"%{k}"
            if token in text:
                value = counters[k - 1] if counters[k - 1] is not None else inst.levels.get(k - 1, Level()).start
                fmt = inst.levels.get(k - 1, Level()).fmt
                shown = str(value) if lvl.legal else format_number(value or 0, fmt)
                text = text.replace(token, shown or "")
        text = text.strip()
        if not text:
            return None
        return text if lvl.suffix == "nothing" else text + " "
