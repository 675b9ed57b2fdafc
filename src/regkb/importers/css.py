"""The numbers a web page's style sheet draws: CSS counters shown by ``::before`` (``::after``) content.

A page may print no article number at all and let the browser draw it: ``h3.article::before { counter-increment:
art; content: "Article " counter(art) }``. :func:`generated_numbers` reads the page's ``<style>`` elements (bounded:
``MAX_CSS`` characters, ``MAX_RULES`` rules that bear on counters, content or list markers), walks the page in
document order as a browser does, keeps the counters (reset, set, increment; their scope: the element that creates
one, its descendants and its following siblings; ``list-item`` counted by each ``<li>``) and gives, for each
element, the text its ``::before`` / ``::after`` draws: strings, ``counter(name[, style])`` and ``attr(name)``; and
for each list item the marker the sheet draws in place of the browser's default number: its ``::marker`` content, or
the marker of a list style the sheet defines with ``@counter-style`` (prefix, number, suffix).

Only the simple, common forms are read: selectors made of an element name, ``#id`` and ``.class`` parts, joined by
a blank (descendant) or ``>`` (child), with ``::before``/``:before``, ``::after``/``:after`` or ``::marker`` last;
an element's own ``style=""`` (counters, list style); counter styles decimal, decimal-leading-zero,
lower/upper-roman, lower/upper-alpha (latin), cjk-decimal, the informal Chinese ones, and those the sheet defines
(systems cyclic, fixed, symbolic, alphabetic, numeric, additive and extends; prefix, suffix, pad, range, fallback).
Anything else that would draw or count (``counters()`` with a separator, ``:nth-child``, a counter style with image
symbols or an unknown system, an unknown counter style, a ``::marker`` on an element that is no list item, an
external style sheet, a ``@media`` rule other than screen or all) is a doubt: it is returned as such, never
guessed. Generated content without a counter or an attribute (a bullet, an icon) is decoration and is not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

MAX_CSS = 256 * 1024  # characters of <style> read; the rest is a doubt
MAX_RULES = 400  # rules that bear on counters, content or list markers; more is a doubt
# rule-element checks for the whole page (a candidate rule tried on an element, a selector step tried at a node): past
# it the numbers are not written, with a doubt; a page of 20,000 elements with 20 candidate rules each stays below
MAX_WORK = 1_000_000
# a counter's value as browsers keep it (a signed 32-bit integer): a longer number is clamped, never refused
COUNTER_MAX = 2**31 - 1

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_COMPOUND = re.compile(r"(?P<tag>[A-Za-z][A-Za-z0-9-]*|\*)?(?P<rest>(?:[#.][A-Za-z_][\w-]*)*)$")
_PART = re.compile(r"([#.])([A-Za-z_][\w-]*)")
_PSEUDO = re.compile(r"(?:::?(before|after)|::(marker))$", re.IGNORECASE)
_IDENT = re.compile(r"-?[A-Za-z_][\w-]*")
_INT = re.compile(r"[+-]?\d+")
_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""", re.DOTALL)
_FUNC = re.compile(r"(counters?|attr)\(\s*([^()]*?)\s*\)", re.IGNORECASE)
_ESCAPE = re.compile(r"\\(?:([0-9A-Fa-f]{1,6})[ \t\n]?|(.))", re.DOTALL)
_RELEVANT = ("counter-reset", "counter-increment", "counter-set", "content", "list-style", "list-style-type")

CJK_DIGITS = "〇一二三四五六七八九"


@dataclass(slots=True)
class Rule:
    steps: list[tuple[str, str | None, frozenset[str], str | None]]  # (combinator, tag, classes, id), left to right
    pseudo: str | None  # "before", "after", "marker" or None
    decls: dict[str, str]
    specificity: tuple[int, int, int]
    order: int


@dataclass(slots=True)
class Generated:
    """What the style sheet draws: text per element (before, after), list-style-type per list element, doubts."""

    before: dict[Any, str] = field(default_factory=dict)
    after: dict[Any, str] = field(default_factory=dict)
    list_style: dict[Any, str] = field(default_factory=dict)
    # a list item's marker as the sheet draws it: ``::marker`` content that shows a counter, or a list style the sheet
    # defines (``@counter-style``) with its prefix and suffix; "" for an item the sheet gives a marker with no number
    # (``::marker { content: none }``, a bullet string): the browser's default number is not drawn for these items
    marker: dict[Any, str] = field(default_factory=dict)
    doubts: list[str] = field(default_factory=list)
    counted: int = 0  # generated texts that hold a counter's value


def _strings(css: str) -> Iterator[tuple[str, str]]:
    """(prelude, body) of each block in ``css`` (nesting one level for @media), comments removed."""
    i, n = 0, len(css)
    while i < n:
        brace = css.find("{", i)
        if brace < 0:
            return
        prelude = css[i:brace].strip().rsplit(";", 1)[-1].strip()  # "@import ...;" before a rule
        depth, j = 1, brace + 1
        while j < n and depth:
            c = css[j]
            if c in "\"'":
                m = _STRING.match(css, j)
                j = m.end() if m else j + 1
                continue
            depth += c == "{"
            depth -= c == "}"
            j += 1
        yield prelude, css[brace + 1:j - 1]
        i = j


def _declarations(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in re.split(r";(?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)", body):
        name, colon, value = part.partition(":")
        if colon:
            value = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.IGNORECASE)
            out[name.strip().lower()] = value
    return out


def _selector(text: str) -> tuple[list[tuple[str, str | None, frozenset[str], str | None]], str | None,
                                  tuple[int, int, int]] | None:
    """A selector in the simple forms read here, or None."""
    text = text.strip()
    pseudo = None
    m = _PSEUDO.search(text)
    if m:
        pseudo = (m.group(1) or m.group(2)).lower()
        text = text[:m.start()]
    tokens = re.split(r"\s*(>)\s*|\s+", text.strip())
    steps: list[tuple[str, str | None, frozenset[str], str | None]] = []
    comb = " "
    ids = classes = types = 0
    for tok in tokens:
        if tok is None or tok == "":
            continue
        if tok == ">":
            comb = ">"
            continue
        c = _COMPOUND.match(tok)
        if not c or not (c.group("tag") or c.group("rest")):
            return None
        tag = c.group("tag").lower() if c.group("tag") and c.group("tag") != "*" else None
        parts = _PART.findall(c.group("rest"))
        ident = next((v for k, v in parts if k == "#"), None)
        cls = frozenset(v for k, v in parts if k == ".")
        ids += sum(k == "#" for k, _ in parts)
        classes += len(cls)
        types += tag is not None
        steps.append((comb, tag, cls, ident))
        comb = " "
    if not steps or comb == ">":
        return None
    return steps, pseudo, (ids, classes, types + (pseudo is not None))


def read_rules(css: str, doubts: list[str], styles: dict[str, CounterStyle] | None = None) -> list[Rule]:
    """The rules of ``css`` that bear on counters, content or list markers, in the forms read here; what would draw
    or count in another form is added to ``doubts``. The counter styles the sheet defines (``@counter-style``) go
    into ``styles`` when it is given (else they are a doubt)."""
    if len(css) > MAX_CSS:
        doubts.append(f"the page's style sheet is longer than {MAX_CSS // 1024} KB; only its start was read")
        css = css[:MAX_CSS]
    css = _COMMENT.sub(" ", css)
    rules: list[Rule] = []
    blocks = list(_strings(css))
    k = 0
    while k < len(blocks):
        prelude, body = blocks[k]
        k += 1
        if prelude.startswith("@"):
            low = prelude.lower()
            if low.startswith("@media"):
                query = low[len("@media"):].strip()
                if re.fullmatch(r"(?:only\s+)?(?:screen|all)(?:\s*,\s*(?:only\s+)?(?:screen|all|print))*", query):
                    blocks[k:k] = list(_strings(body))
                elif re.search(r"counter|content\s*:|list-style", body) and "print" not in query.split(","):
                    doubts.append(f"the style sheet draws or counts under '{prelude[:60]}', which depends on the "
                                  "screen: not read")
            elif low.startswith("@counter-style") and styles is not None:
                name = prelude[len("@counter-style"):].strip()
                style = _counter_style(name, body)
                if style is None:
                    doubts.append(f"the style sheet defines a counter style the import does not draw "
                                  f"('{prelude[:60]}'): numbers drawn in it are not written")
                else:
                    styles[name] = style
            elif low.startswith("@counter-style"):
                doubts.append(f"the style sheet defines its own counter style ('{prelude[:60]}'): numbers drawn in "
                              "it are not written")
            continue
        decls = {k2: v for k2, v in _declarations(body).items() if k2 in _RELEVANT}
        if not decls:
            continue
        draws = "content" in decls and bool(_FUNC.search(decls["content"]))
        for sel in prelude.split(","):
            parsed = _selector(sel)
            if parsed is None:
                if draws or any(k2.startswith("counter-") for k2 in decls):
                    doubts.append(f"the style sheet draws or counts numbers with a selector not read here "
                                  f"('{sel.strip()[:60]}')")
                continue
            if len(rules) >= MAX_RULES:
                doubts.append(f"the style sheet has more than {MAX_RULES} rules on counters, content or list "
                              "markers; the rest were not read")
                return rules
            steps, pseudo, spec = parsed
            rules.append(Rule(steps, pseudo, decls, spec, len(rules)))
    return rules


class TooMuchWork(Exception):
    """The page and its style sheet ask more than ``MAX_WORK`` rule-element checks."""


class _Matcher:
    """Whether a rule's selector matches an element, each (rule, step, element) decided once: a descendant step that
    looks up the ancestors reuses what it found for the parent, so the work grows with elements x rules x steps, not
    with their depth too; past ``MAX_WORK`` checks, :class:`TooMuchWork`."""

    def __init__(self) -> None:
        self.at_memo: dict[tuple[int, int, Any], bool] = {}
        self.up_memo: dict[tuple[int, int, Any], bool] = {}
        self.work = 0

    def spend(self, n: int = 1) -> None:
        self.work += n
        if self.work > MAX_WORK:
            raise TooMuchWork

    def matches(self, rule: Rule, el: Any) -> bool:
        return self.at(rule, len(rule.steps) - 1, el)

    def at(self, rule: Rule, idx: int, node: Any) -> bool:
        """The steps up to ``idx`` match, with step ``idx`` at ``node``."""
        key = (rule.order, idx, node)
        got = self.at_memo.get(key)
        if got is None:
            self.spend()
            _, tag, classes, ident = rule.steps[idx]
            got = _compound(node, tag, classes, ident)
            if got and idx:
                parent = node.getparent()
                if parent is None:
                    got = False
                elif rule.steps[idx][0] == ">":
                    got = self.at(rule, idx - 1, parent)
                else:
                    got = self.up(rule, idx - 1, parent)
            self.at_memo[key] = got
        return got

    def up(self, rule: Rule, idx: int, node: Any) -> bool:
        """The steps up to ``idx`` match, with step ``idx`` at ``node`` or one of its ancestors (a loop, not a
        recursion: the page may be deep)."""
        path: list[Any] = []
        got = False
        while node is not None:
            key = (rule.order, idx, node)
            known = self.up_memo.get(key)
            if known is not None:
                got = known
                break
            path.append(node)
            if self.at(rule, idx, node):
                got = True
                break
            node = node.getparent()
        for n in path:  # every node walked has the answer found above it (or at it)
            self.up_memo[(rule.order, idx, n)] = got
        return got


def _compound(el: Any, tag: str | None, classes: frozenset[str], ident: str | None) -> bool:
    if not isinstance(el.tag, str):
        return False
    if tag is not None and el.tag.lower() != tag:
        return False
    if ident is not None and el.get("id") != ident:
        return False
    return not classes or classes <= set((el.get("class") or "").split())


class _Index:
    """The rules by what their last compound needs (an id, a class, an element name, or nothing): an element is
    matched against the rules that may match it only."""

    def __init__(self, rules: list[Rule]) -> None:
        self.by: dict[tuple[str, str], list[Rule]] = {}
        for r in rules:
            _, tag, classes, ident = r.steps[-1]
            key = ("#", ident) if ident else (".", min(classes)) if classes else ("t", tag) if tag else ("*", "")
            self.by.setdefault(key, []).append(r)

    def candidates(self, el: Any) -> list[Rule]:
        keys = [("*", ""), ("t", el.tag.lower()), ("#", el.get("id") or "")]
        keys += [(".", c) for c in (el.get("class") or "").split()]
        return [r for k in keys for r in self.by.get(k, ())]


def _cascade(index: _Index, matcher: _Matcher, el: Any) -> dict[str | None, dict[str, str]]:
    """The declarations that win for ``el`` and for its ``::before``, ``::after`` and ``::marker`` (keys None,
    "before", "after", "marker"): the higher specificity, then the later rule. One pass over the candidate rules."""
    won: dict[str | None, dict[str, tuple[tuple[int, int, int], int, str]]] = {
        None: {}, "before": {}, "after": {}, "marker": {}}
    candidates = index.candidates(el)
    matcher.spend(len(candidates))
    for r in candidates:
        if matcher.matches(r, el):
            mine = won[r.pseudo]
            for name, value in r.decls.items():
                key = (r.specificity, r.order, value)
                if name not in mine or key[:2] > mine[name][:2]:
                    mine[name] = key
    inline = el.get("style")
    if inline and any(k in inline for k in ("counter", "list-style")):  # the element's own style wins over the sheet
        for name, value in _declarations(inline).items():
            if name in _RELEVANT and name != "content":
                won[None][name] = (_INLINE, 0, value)
    return {pseudo: {name: v[2] for name, v in decls.items()} for pseudo, decls in won.items()}


_INLINE = (1 << 20, 0, 0)  # the specificity of an element's own style="": above any selector's


def _counter_list(value: str, default: int) -> list[tuple[str, int]] | None:
    """"art 0 sec" -> [("art", 0), ("sec", default)]; "none" -> []; None when it cannot be read."""
    value = value.strip()
    if value.lower() in ("none", "initial", "unset", ""):
        return []
    out: list[tuple[str, int]] = []
    for tok in value.split():
        if _INT.fullmatch(tok) and out:
            out[-1] = (out[-1][0], _clamped(tok))
        elif _IDENT.fullmatch(tok):
            out.append((tok, default))
        else:
            return None
    return out


def _clamped(tok: str) -> int:
    """An integer token as a counter's value, clamped to the range browsers keep (never converted whole when it is
    longer than any value in that range)."""
    digits = tok.lstrip("+-").lstrip("0") or "0"
    n = int(digits) if len(digits) <= 10 else COUNTER_MAX + 1
    n = min(n, COUNTER_MAX + (tok.startswith("-")))
    return -n if tok.startswith("-") else n


def counter_text(n: int, style: str) -> str | None:
    """``n`` in a CSS counter style, as a browser draws it; None for a style not drawn here."""
    style = style.strip().lower() or "decimal"
    if style == "decimal":
        return str(n)
    if style == "decimal-leading-zero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if style in ("lower-roman", "upper-roman") and 1 <= n < 4000:
        r = _roman(n)
        return r if style == "upper-roman" else r.lower()
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin") and n >= 1:
        s = ""
        k = n
        while k:
            k, rem = divmod(k - 1, 26)
            s = chr(ord("a") + rem) + s
        return s.upper() if style.startswith("upper") else s
    if style == "cjk-decimal" and n >= 0:
        return "".join(CJK_DIGITS[int(d)] for d in str(n))
    if style in ("simp-chinese-informal", "trad-chinese-informal", "cjk-ideographic") and 0 <= n < 10000:
        return chinese_informal(n)
    if style == "none":
        return ""
    return None


def chinese_informal(n: int) -> str:
    """0..9999 in Chinese informal numbering: 十, 十一, 二十一, 一百零五, 一千零一十."""
    if n == 0:
        return "〇"
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("" if (unit == "十" and d == 1 and not out) else CJK_DIGITS[d]) + unit
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


@dataclass(slots=True)
class CounterStyle:
    """A counter style the sheet defines (``@counter-style name { system: ...; symbols: ...; ... }``): its
    descriptors as read; a descriptor the rule does not give is None (inherited from the style it extends, else the
    CSS default)."""

    system: str  # cyclic, numeric, alphabetic, symbolic, additive, fixed, extends
    first: int = 1  # fixed: the value of the first symbol
    extends: str | None = None
    symbols: list[str] = field(default_factory=list)
    additive: list[tuple[int, str]] = field(default_factory=list)
    prefix: str | None = None
    suffix: str | None = None
    pad: tuple[int, str] | None = None
    ranges: list[tuple[float, float]] | None = None
    fallback: str = "decimal"


_SYSTEMS = ("cyclic", "numeric", "alphabetic", "symbolic", "additive", "fixed", "extends")
MAX_DRAWN = 60  # symbols a counter style may draw for one number (a symbolic or additive style counts in symbols)


def _symbol_list(value: str) -> list[str] | None:
    """``"0" "1" A B`` -> ["0", "1", "A", "B"]; None when a symbol is not a string or a name (an image)."""
    out: list[str] = []
    pos = 0
    while pos < len(value):
        if value[pos].isspace():
            pos += 1
            continue
        s = _STRING.match(value, pos)
        i = _IDENT.match(value, pos) if not s else None
        if s:
            out.append(_unescape(s.group(1) if s.group(1) is not None else s.group(2)))
            pos = s.end()
        elif i and value[i.end():i.end() + 1] != "(":
            out.append(i.group())
            pos = i.end()
        else:
            return None
    return out


def _counter_style(name: str, body: str) -> CounterStyle | None:
    """The counter style an ``@counter-style`` rule defines, or None when it is not in a form drawn here (a symbol
    that is an image, a system with too few symbols, a name that is not one)."""
    if not _IDENT.fullmatch(name) or name.lower() in ("none", "decimal", "disc", "circle", "square"):
        return None
    d = _declarations(body)
    words = (d.get("system") or "symbolic").split()
    if not words or words[0].lower() not in _SYSTEMS:
        return None
    st = CounterStyle(words[0].lower())
    if st.system == "extends":
        if len(words) != 2:
            return None
        st.extends = words[1]
    elif st.system == "fixed" and len(words) > 1:
        if len(words) > 2 or not _INT.fullmatch(words[1]):
            return None
        st.first = _clamped(words[1])
    for key in ("prefix", "suffix"):
        if key in d:
            got = _symbol_list(d[key])
            if got is None or len(got) != 1:
                return None
            setattr(st, key, got[0])
    if "pad" in d:
        got = _symbol_list(" ".join(t for t in d["pad"].split() if not _INT.fullmatch(t)))
        width = [t for t in d["pad"].split() if _INT.fullmatch(t)]
        if got is None or len(got) != 1 or len(width) != 1:
            return None
        st.pad = (min(_clamped(width[0]), MAX_DRAWN), got[0])
    if "range" in d and d["range"].strip().lower() != "auto":
        st.ranges = []
        for pair in d["range"].split(","):
            ends = pair.split()
            if len(ends) != 2 or not all(_INT.fullmatch(e) or e.lower() == "infinite" for e in ends):
                return None
            lo, hi = (float(_clamped(e)) if _INT.fullmatch(e) else (-1) ** (k + 1) * float("inf")
                      for k, e in enumerate(ends))
            st.ranges.append((lo, hi))
    if "fallback" in d:
        st.fallback = d["fallback"].strip()
    if st.system == "extends":
        return st
    if st.system == "additive":
        for part in d.get("additive-symbols", "").split(","):
            toks = part.split(None, 1)
            if len(toks) != 2:
                return None
            weight, sym = (toks[0], toks[1]) if _INT.fullmatch(toks[0]) else (toks[1], toks[0])
            got = _symbol_list(sym)
            if not _INT.fullmatch(weight.strip()) or got is None or len(got) != 1:
                return None
            st.additive.append((_clamped(weight.strip()), got[0]))
        st.additive.sort(key=lambda w: -w[0])
        return st if st.additive else None
    got = _symbol_list(d.get("symbols", ""))
    if got is None or len(got) < (2 if st.system in ("numeric", "alphabetic") else 1):
        return None
    st.symbols = got
    return st


def _drawn(n: int, st: CounterStyle) -> str | None:
    """``n`` in the style's own system (no prefix, suffix or padding); None when the system cannot draw it."""
    sym, k = st.symbols, len(st.symbols)
    if st.system == "cyclic":
        return sym[(n - 1) % k]
    if st.system == "fixed":
        return sym[n - st.first] if 0 <= n - st.first < k else None
    if st.system == "symbolic":
        times = (n - 1) // k + 1 if n >= 1 else 0
        return sym[(n - 1) % k] * times if 1 <= times <= MAX_DRAWN else None
    if st.system == "alphabetic":
        if n < 1:
            return None
        out = ""
        while n:
            n, rem = divmod(n - 1, k)
            out = sym[rem] + out
        return out
    if st.system == "numeric":
        digits, m = "", abs(n)
        while True:
            m, rem = divmod(m, k)
            digits = sym[rem] + digits
            if not m:
                break
        return ("-" if n < 0 else "") + digits
    # additive
    if n == 0:
        return next((s for w, s in st.additive if w == 0), None)
    out, m, used = "", abs(n), 0
    for weight, s in st.additive:
        if weight <= 0:
            continue
        times = m // weight
        used += times
        if used > MAX_DRAWN:
            return None
        out += s * times
        m -= weight * times
    return ("-" if n < 0 else "") + out if m == 0 else None


def styled_number(n: int, name: str, styles: dict[str, CounterStyle], depth: int = 0) -> str | None:
    """``n`` as ``counter(x, name)`` draws it: in a counter style the sheet defines (its system, range, padding and
    fallback; a style that extends another draws as that one) or a predefined one (:func:`counter_text`); None for
    a style not drawn here."""
    st = styles.get(name)
    if st is None or depth > 8:
        return counter_text(n, name) if depth <= 8 else None
    if st.ranges is not None and not any(lo <= n <= hi for lo, hi in st.ranges):
        return styled_number(n, st.fallback, styles, depth + 1)
    base = styles.get(st.extends) if st.extends else None
    got = styled_number(n, st.extends, styles, depth + 1) if st.extends else _drawn(n, st)
    if got is None:
        return styled_number(n, st.fallback, styles, depth + 1)
    pad = st.pad or (base.pad if base else None)
    if pad and len(got) < pad[0]:
        neg = got.startswith("-")
        got = ("-" if neg else "") + pad[1] * (pad[0] - len(got)) + got[neg:]
    return got


def marker_text(n: int, name: str, styles: dict[str, CounterStyle]) -> str | None:
    """A list item's marker in a counter style the sheet defines: prefix, number, suffix (CSS's defaults: no prefix,
    the suffix ". "; a style that extends another takes what it does not give from that one)."""
    got = styled_number(n, name, styles)
    if got is None:
        return None
    prefix = suffix = None
    st, depth = styles.get(name), 0
    while st is not None and depth <= 8:
        prefix = st.prefix if prefix is None else prefix
        suffix = st.suffix if suffix is None else suffix
        st, depth = styles.get(st.extends or ""), depth + 1
    return (prefix or "") + got + (". " if suffix is None else suffix)


def _unescape(s: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), s)


class _Counters:
    """Counters in scope while the page is walked: each name, its instances (innermost last)."""

    def __init__(self, styles: dict[str, CounterStyle] | None = None) -> None:
        self.styles = styles or {}
        self.values: dict[str, list[int]] = {}
        # a counter incremented (or set) where none of its name is in scope is made on the page's root, as browsers
        # do for a sheet that never resets it: "h3::before { counter-increment: art }" counts 1, 2, 3 down the page
        self.root: list[str] = []

    def create(self, name: str, value: int, scope: list[str]) -> None:
        self.values.setdefault(name, []).append(value)
        scope.append(name)

    def apply(self, style: dict[str, str], scope: list[str], doubts: list[str]) -> None:
        for prop, default in (("counter-reset", 0), ("counter-set", 0), ("counter-increment", 1)):
            if prop not in style:
                continue
            pairs = _counter_list(style[prop], default)
            if pairs is None:
                doubts.append(f"a {prop} the import cannot read ('{style[prop][:40]}')")
                continue
            for name, v in pairs:
                if prop == "counter-reset":
                    self.create(name, v, scope)
                elif not self.values.get(name):
                    self.create(name, v if prop == "counter-set" else 0, self.root)
                    if prop == "counter-increment":
                        self.values[name][-1] += v
                elif prop == "counter-set":
                    self.values[name][-1] = v
                else:
                    self.values[name][-1] += v

    def content(self, value: str, el: Any, doubts: list[str]) -> tuple[str, bool] | None:
        """The text ``content`` draws and whether it holds a counter's or an attribute's value; None when nothing
        drawn here is worth writing (``none``, a bare string) or it cannot be read."""
        pos, out, counted = 0, [], False
        value = value.strip()
        if value.lower() in ("none", "normal", ""):
            return None
        while pos < len(value):
            if value[pos].isspace():
                pos += 1
                continue
            s = _STRING.match(value, pos)
            if s:
                out.append(_unescape(s.group(1) if s.group(1) is not None else s.group(2)))
                pos = s.end()
                continue
            f = _FUNC.match(value, pos)
            if not f:
                doubts.append(f"generated content the import cannot read ('{value[:60]}')")
                return None
            kind, args = f.group(1).lower(), [a.strip() for a in f.group(2).split(",")]
            if kind == "counters":
                doubts.append(f"nested numbers drawn by counters() ('{value[:60]}'): not written")
                return None
            if kind == "attr":
                out.append(el.get(args[0], ""))
            else:
                stack = self.values.get(args[0])
                n = stack[-1] if stack else 0
                text = styled_number(n, args[1] if len(args) > 1 else "decimal", self.styles)
                if text is None:
                    doubts.append(f"a counter style the import does not draw ('{args[1][:30]}')")
                    return None
                out.append(text)
            counted = True
            pos = f.end()
        return ("".join(out), True) if counted else None


def generated_numbers(root: Any) -> Generated:
    """What the page's ``<style>`` elements draw with counters, per element (see the module's docstring)."""
    gen = Generated()
    css = "\n".join("".join(s.itertext()) for s in root.iter("style"))
    links = [ln for ln in root.iter("link") if "stylesheet" in (ln.get("rel") or "").lower()]
    styles: dict[str, CounterStyle] = {}
    rules = read_rules(css, gen.doubts, styles) if css.strip() else []
    if not rules and not styles:
        return gen  # nothing drawn here (an external style sheet is never fetched: most pages have one, and say nothing)
    if links:  # the page's own sheet draws numbers: its external sheets may draw more
        gen.doubts.append(f"{len(links)} external style sheet(s) not read: numbers they draw are not written")
    counters = _Counters(styles)
    index = _Index(rules)
    matcher = _Matcher()

    def walk(el: Any, scope: list[str], listed: str | None) -> None:
        """``listed``: the list style the element inherits (a predefined style's name, one the sheet defines,
        '"' for a string drawn as every item's marker), None when the sheet gives none."""
        if not isinstance(el.tag, str):
            return
        tag = el.tag.lower()
        cascaded = _cascade(index, matcher, el)
        style = cascaded[None]
        if tag in ("ol", "ul"):  # the list's own counter, list-item, from its start (or 1; a reversed list counts
            # down from its number of items)
            down = tag == "ol" and el.get("reversed") is not None
            first = sum(isinstance(c.tag, str) and c.tag.lower() == "li" for c in el) if down else 1
            try:
                start = int((el.get("start") or "").strip()) if tag == "ol" else first
            except ValueError:
                start = first
            counters.create("list-item", start + 1 if down else start - 1, scope)
        if tag == "li":
            parent = el.getparent()
            if parent is not None and parent.tag in ("ol", "ul"):
                step = -1 if parent.tag == "ol" and parent.get("reversed") is not None else 1
                counters.apply({"counter-increment": f"list-item {step}"}, scope, gen.doubts)
                if el.get("value") and parent.tag == "ol":
                    counters.apply({"counter-set": f"list-item {el.get('value')}"}, scope, gen.doubts)
        counters.apply(style, scope, gen.doubts)
        kind = (style.get("list-style-type") or style.get("list-style", "")).strip()
        if kind:
            own = '"' if _STRING.match(kind) else next(
                (w for w in kind.split() if w in styles or w.lower() in ("none", "disc", "circle", "square")
                 or counter_text(1, w.lower()) is not None), None)
            if own is not None:
                listed = own if own == '"' or own in styles else own.lower()
                if tag in ("ol", "ul", "li") and own != '"' and own not in styles:
                    gen.list_style[el] = listed
        if tag == "li":
            marker(el, cascaded["marker"], listed)
        elif cascaded["marker"].get("content", "normal").strip().lower() not in ("normal", "none", ""):
            gen.doubts.append(f"a ::marker drawn on a <{tag}>, which shows one only when the sheet makes it a list "
                              "item (display: list-item): not written")
        inner: list[str] = []  # counters created by the element's children (and its ::before): popped at its end

        def draw(pseudo: str, into: dict[Any, str]) -> None:
            """The element's ``::before`` or ``::after``: its counters applied, then the text it draws."""
            ps = cascaded[pseudo]
            if ps:
                counters.apply(ps, inner, gen.doubts)
                drawn = counters.content(ps.get("content", ""), el, gen.doubts)
                if drawn is not None:
                    into[el] = drawn[0]
                    gen.counted += 1

        draw("before", gen.before)
        for child in el:
            walk(child, inner, listed)
        draw("after", gen.after)
        for name in inner:
            counters.values[name].pop()

    def marker(li: Any, ps: dict[str, str], listed: str | None) -> None:
        """A list item's ``::marker``: its ``content`` when the sheet gives one (it replaces the list style's
        marker; counter properties do not apply to a marker), else the marker of a list style the sheet defines,
        else nothing here (the browser's default number, drawn by the importer)."""
        content = ps.get("content", "").strip()
        if content and content.lower() != "normal":
            drawn = counters.content(content, li, gen.doubts)
            gen.marker[li] = drawn[0] if drawn else ""
        elif listed == '"':
            gen.marker[li] = ""  # the same string before every item (a bullet): no number
        elif listed in styles:
            stack = counters.values.get("list-item")
            text = marker_text(stack[-1] if stack else 0, listed, styles)
            if text is None:
                gen.doubts.append(f"a counter style the import does not draw ('{listed[:30]}')")
            gen.marker[li] = text or ""
        else:
            return
        gen.counted += bool(gen.marker[li])

    top: list[str] = []
    try:
        walk(root, top, None)
    except TooMuchWork:  # all or nothing: a law numbered half by its sheet would read as two laws' numbering
        return Generated(doubts=[*gen.doubts, f"the page and its style sheet need more than {MAX_WORK:,} checks to "
                                 "draw their numbers: none of them was written"])
    gen.doubts = list(dict.fromkeys(gen.doubts))  # each doubt once, however many elements it met
    return gen


__all__ = ["CounterStyle", "Generated", "chinese_informal", "counter_text", "generated_numbers", "marker_text",
           "read_rules", "styled_number"]
