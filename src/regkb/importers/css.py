"""The numbers a web page's style sheet draws: CSS counters shown by ``::before`` (``::after``) content.

A page may print no article number at all and let the browser draw it: ``h3.article::before { counter-increment:
art; content: "Article " counter(art) }``. :func:`generated_numbers` reads the page's ``<style>`` elements (bounded:
``MAX_CSS`` characters, ``MAX_RULES`` rules that bear on counters, content or list markers), walks the page in
document order as a browser does, keeps the counters (reset, set, increment; their scope: the element that creates
one, its descendants and its following siblings; ``list-item`` counted by each ``<li>``) and gives, for each
element, the text its ``::before`` / ``::after`` draws: strings, ``counter(name[, style])`` and ``attr(name)``.

Only the simple, common forms are read: selectors made of an element name, ``#id`` and ``.class`` parts, joined by
a blank (descendant) or ``>`` (child), with ``::before``/``:before`` or ``::after``/``:after`` last; counter styles
decimal, decimal-leading-zero, lower/upper-roman, lower/upper-alpha (latin), cjk-decimal and the informal Chinese
ones. Anything else that would draw or count (``counters()`` with a separator, ``:nth-child``, ``@counter-style``,
an unknown counter style, an external style sheet, a ``@media`` rule other than screen or all) is a doubt: it is
returned as such, never guessed. Generated content without a counter or an attribute (a bullet, an icon) is
decoration and is not written.
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
_PSEUDO = re.compile(r"::?(before|after)$", re.IGNORECASE)
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
    pseudo: str | None  # "before", "after" or None
    decls: dict[str, str]
    specificity: tuple[int, int, int]
    order: int


@dataclass(slots=True)
class Generated:
    """What the style sheet draws: text per element (before, after), list-style-type per list element, doubts."""

    before: dict[Any, str] = field(default_factory=dict)
    after: dict[Any, str] = field(default_factory=dict)
    list_style: dict[Any, str] = field(default_factory=dict)
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
        pseudo = m.group(1).lower()
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


def read_rules(css: str, doubts: list[str]) -> list[Rule]:
    """The rules of ``css`` that bear on counters, content or list markers, in the forms read here; what would draw
    or count in another form is added to ``doubts``."""
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
    """The declarations that win for ``el`` and for its ``::before`` and ``::after`` (keys None, "before", "after"):
    the higher specificity, then the later rule. One pass over the candidate rules for the three."""
    won: dict[str | None, dict[str, tuple[tuple[int, int, int], int, str]]] = {None: {}, "before": {}, "after": {}}
    candidates = index.candidates(el)
    matcher.spend(len(candidates))
    for r in candidates:
        if matcher.matches(r, el):
            mine = won[r.pseudo]
            for name, value in r.decls.items():
                key = (r.specificity, r.order, value)
                if name not in mine or key[:2] > mine[name][:2]:
                    mine[name] = key
    return {pseudo: {name: v[2] for name, v in decls.items()} for pseudo, decls in won.items()}


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


def _unescape(s: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), s)


class _Counters:
    """Counters in scope while the page is walked: each name, its instances (innermost last)."""

    def __init__(self) -> None:
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
                text = counter_text(n, args[1] if len(args) > 1 else "decimal")
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
    rules = read_rules(css, gen.doubts) if css.strip() else []
    if not rules:
        return gen  # nothing drawn here (an external style sheet is never fetched: most pages have one, and say nothing)
    if links:  # the page's own sheet draws numbers: its external sheets may draw more
        gen.doubts.append(f"{len(links)} external style sheet(s) not read: numbers they draw are not written")
    counters = _Counters()
    index = _Index(rules)
    matcher = _Matcher()

    def walk(el: Any, scope: list[str]) -> None:
        if not isinstance(el.tag, str):
            return
        tag = el.tag.lower()
        cascaded = _cascade(index, matcher, el)
        style = cascaded[None]
        if tag == "ol":  # the list's own counter, list-item, from its start (or 1)
            try:
                start = int((el.get("start") or "1").strip())
            except ValueError:
                start = 1
            counters.create("list-item", start - 1, scope)
        if tag == "li":
            parent = el.getparent()
            if parent is not None and parent.tag == "ol":
                counters.apply({"counter-increment": "list-item 1"}, scope, gen.doubts)
                if el.get("value"):
                    counters.apply({"counter-set": f"list-item {el.get('value')}"}, scope, gen.doubts)
        counters.apply(style, scope, gen.doubts)
        if tag in ("ol", "ul", "li"):
            kind = style.get("list-style-type") or style.get("list-style", "")
            for word in kind.lower().split():
                if counter_text(1, word) is not None or word in ("none", "disc", "circle", "square"):
                    gen.list_style[el] = word
                    break
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
            walk(child, inner)
        draw("after", gen.after)
        for name in inner:
            counters.values[name].pop()

    top: list[str] = []
    try:
        walk(root, top)
    except TooMuchWork:  # all or nothing: a law numbered half by its sheet would read as two laws' numbering
        return Generated(doubts=[*gen.doubts, f"the page and its style sheet need more than {MAX_WORK:,} checks to "
                                 "draw their numbers: none of them was written"])
    gen.doubts = list(dict.fromkeys(gen.doubts))  # each doubt once, however many elements it met
    return gen


__all__ = ["Generated", "chinese_informal", "counter_text", "generated_numbers", "read_rules"]
