"""What real publishing does to a regulation's text, as small functions ``text -> text``.

Used by the robustness property tests (tests/test_robust_mutations.py) and by the fuzz script in the
report of session 10: re-wrapped and joined lines, blank lines lost or doubled, page furniture, Windows
line endings, full-width forms, invisible spaces, a byte-order mark, upper-case headings, other styles of
article and item labels, a cut-off or repeated part, other scripts, one huge paragraph.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Mutation = Callable[[str, random.Random], str]

_ARTICLE = re.compile(r"(?m)^(\W{0,4})Article[ \u00a0]+(\d+)")
_ITEM = re.compile(r"(?m)^(\s*)\((\d+)\)")
_HEADING = re.compile(r"(?m)^\W{0,4}(?:Chapter|Section|Article|Part)\b.*$")


def wrap(text: str, rnd: random.Random) -> str:
    """Hard-wrapped at 60-80 columns, as a PDF or an e-mail prints it."""
    width = rnd.randint(60, 80)
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = width
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)


def join_lines(text: str, rnd: random.Random) -> str:
    """The lines of each paragraph run together (a copy from a web page that lost its line breaks)."""
    return "\n\n".join(re.sub(r"\s*\n\s*", " ", p) for p in re.split(r"\n[ \t]*\n", text))


def no_blank_lines(text: str, rnd: random.Random) -> str:
    return re.sub(r"\n[ \t]*\n+", "\n", text)


def double_blank_lines(text: str, rnd: random.Random) -> str:
    return text.replace("\n", "\n\n")


def page_furniture(text: str, rnd: random.Random) -> str:
    """A running header, a footer with the page number and a form feed every N lines."""
    every = rnd.randint(15, 60)
    lines = text.split("\n")
    out: list[str] = []
    page = 1
    for k, ln in enumerate(lines, 1):
        out.append(ln)
        if k % every == 0:
            out += ["", f"- {page} -", "\f", "Sample Regulations (unofficial translation)", ""]
            page += 1
    return "\n".join(out)


def crlf(text: str, rnd: random.Random) -> str:
    return text.replace("\n", "\r\n")


_FULL = {**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c) in "0123456789(),.;:"}}


def full_width(text: str, rnd: random.Random) -> str:
    """Digits and punctuation in their full-width forms (a text set in a CJK font)."""
    return "".join(_FULL.get(ch, ch) if rnd.random() < 0.7 else ch for ch in text)


def odd_spaces(text: str, rnd: random.Random) -> str:
    """Non-breaking, ideographic and zero-width spaces in place of some spaces."""
    return "".join(rnd.choice(["\u00a0", "\u200b", "\u3000", " \u200b", "\u2009"]) if ch == " " and rnd.random() < 0.2
                   else ch for ch in text)


def bom(text: str, rnd: random.Random) -> str:
    return "\ufeff" + text


def upper_headings(text: str, rnd: random.Random) -> str:
    return _HEADING.sub(lambda m: m.group(0).upper(), text)


def article_style(text: str, rnd: random.Random) -> str:
    style = rnd.choice(["ARTICLE {n}", "Art. {n}", "第{n}条", "Article {n}:", "Art {n}."])
    return _ARTICLE.sub(lambda m: m.group(1) + style.format(n=m.group(2)), text)


def item_style(text: str, rnd: random.Random) -> str:
    style = rnd.choice(["{n})", "{a})", "({a})", "{n}.", "({n})"])
    return _ITEM.sub(lambda m: m.group(1) + style.format(n=m.group(2), a=chr(96 + min(int(m.group(2)), 26))), text)


def truncate(text: str, rnd: random.Random) -> str:
    return text[: rnd.randint(0, len(text))]


def duplicate_article(text: str, rnd: random.Random) -> str:
    heads = [m.start() for m in _ARTICLE.finditer(text)]
    if len(heads) < 2:
        return text + text
    k = rnd.randrange(len(heads) - 1)
    part = text[heads[k]: heads[k + 1]]
    return text[: heads[k + 1]] + part + text[heads[k + 1]:]


def mixed_scripts(text: str, rnd: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rnd.randint(1, 5)):
        k = rnd.randrange(len(lines) + 1)
        lines.insert(k, rnd.choice(["第三条 网络运营者应当履行安全保护义务。", "Статья 5. Оператор обязан хранить данные.",
                                    "المادة 7 يجب على المشغل", "（一）收集个人信息；", "제3조 사업자는", "ß ǅ İ ﬁ ﬂ"]))
    return "\n".join(lines)


def huge_paragraph(text: str, rnd: random.Random) -> str:
    """One paragraph of about 100 KB inside an article (a converter that lost every line break)."""
    body = re.sub(r"\s+", " ", text)
    para = (body * (100_000 // max(len(body), 1) + 1))[:100_000]
    heads = [m.end() for m in _ARTICLE.finditer(text)]
    at = heads[len(heads) // 2] if heads else len(text)
    return text[:at] + " " + para + "\n" + text[at:]


def empty(text: str, rnd: random.Random) -> str:
    return rnd.choice(["", "\n", "   \n\n", "\ufeff", "---\n---\n"])


MUTATIONS: dict[str, Mutation] = {f.__name__: f for f in (
    wrap, join_lines, no_blank_lines, double_blank_lines, page_furniture, crlf, full_width, odd_spaces, bom,
    upper_headings, article_style, item_style, truncate, duplicate_article, mixed_scripts, huge_paragraph, empty)}
CHEAP = [k for k in MUTATIONS if k not in ("huge_paragraph", "empty")]


def mutate(text: str, names: list[str], seed: int) -> str:
    rnd = random.Random(seed)
    for name in names:
        text = MUTATIONS[name](text, rnd)
    return text
