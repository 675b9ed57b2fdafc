"""Numbers as printed in headings and labels: Roman, Arabic, English words, Chinese, letters."""

from __future__ import annotations

import re

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_WORDS = {
    w: i + 1
    for i, w in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
    )
}
_TENS = {w: (i + 2) * 10 for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_CJK = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# ("opening": "the opening paragraph", a translator's word for the first; patterns._ORD)
_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_WORD_SEP = re.compile(r"[-\s]+")  # compiled once: re.split with a pattern string looks it up in re's cache each time


def roman(s: str) -> int | None:
    """The value of a Roman numeral (any case), or None if ``s`` is not one."""
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total if total > 0 else None


def cjk(s: str) -> int | None:
    """The value of a Chinese numeral up to the hundreds (一 .. 九百九十九), or None if ``s`` is not one."""
    if not s or any(c not in _CJK and c not in "十百" for c in s):
        return None
    total, cur = 0, 0
    for c in s:
        if c == "百":
            total += (cur or 1) * 100
            cur = 0
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CJK[c]
    return total + cur


def words_number(s: str) -> int | None:
    """An English number in words, 1 to 999: 'Twenty-One', 'one hundred and five', 'Thirty'.

    >>> [words_number(x) for x in ("Twenty-One", "one hundred and five", "Ninety nine", "Forty-Tenth")]
    [21, 105, 99, None]
    """
    parts = [w for w in _WORD_SEP.split(s.lower()) if w and w != "and"]
    if not parts:
        return None
    total = 0
    cur = 0
    last = ""  # the kind of the last word, so that 'twenty thirty' or 'one two' are refused
    for w in parts:
        if w == "hundred":
            if last != "unit" or cur >= 10 or total:
                return None
            total, cur, last = cur * 100, 0, "hundred"
        elif w in _TENS:
            if last in ("unit", "tens", "teen"):
                return None
            cur, last = cur + _TENS[w], "tens"
        elif w in _WORDS:
            v = _WORDS[w]
            if last in ("unit", "teen") or (last == "tens" and v >= 10):
                return None
            cur, last = cur + v, ("teen" if v >= 10 else "unit")
        else:
            return None
    n = total + cur
    return n if 0 < n < 1000 else None


def circled(s: str) -> int | None:
    """A circled number, as Chinese and Japanese texts number paragraphs and items: '①' -> 1, '⑳' -> 20, '㉑' -> 21,
    '㊿' -> 50 (None for anything else).

    >>> [circled(x) for x in ("①", "⑳", "㉑", "㊿", "1")]
    [1, 20, 21, 50, None]
    """
    if len(s) != 1:
        return None
    c = ord(s)
    for first, last, value in ((0x2460, 0x2473, 1), (0x3251, 0x325F, 21), (0x32B1, 0x32BF, 36)):
        if first <= c <= last:
            return value + c - first
    return None


def parse_number(s: str, letters: bool = False) -> int | None:
    """Parse a heading or label number: '17', 'XVII', 'seventeen', '十七', and 'c' if ``letters``.

    >>> [parse_number(x) for x in ("17", "XVII", "Two", "十七", "Twenty-One", "Thirty")]
    [17, 17, 2, 17, 21, 30]
    >>> parse_number("c", letters=True)
    3
    """
    s = s.strip()
    if circled(s) is not None:  # ("①".isdigit() is true, but int() does not read it)
        return circled(s)
    if s.isdigit():
        return int(s)
    if letters and len(s) == 1 and s.isalpha() and s.islower():
        # a single lower-case letter; "i", "v" and "x" are Roman numerals only when the caller says so
        return ord(s) - ord("a") + 1
    if s.lower() in _WORDS:
        return _WORDS[s.lower()]
    if (s[:1].isalpha() and ("-" in s or " " in s)) or s.lower() in _TENS:
        return words_number(s)
    if s.upper() == s and roman(s) is not None:
        return roman(s)
    return cjk(s)


def ordinal(word: str) -> int | None:
    """'first' -> 1, '2nd' -> 2."""
    w = word.lower()
    if w in _ORDINALS:
        return _ORDINALS[w]
    digits = w.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None


def roman_upper(n: int) -> str:
    """17 -> 'XVII' (for citations)."""
    out = []
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
