"""Heading, paragraph and item conventions of English translations, in every layout.

One invented regulation (fixtures/conventions/kiosks.yaml) is printed the way different
translators and sites print a regulation: each article heading convention ("Article 1",
"Art. 1.", "ARTICLE ONE", "Article 1 – Caption", "**Article 1**" ...), each item label
style ((1), (a), (ii), ①, 1., a), ii. ...) one per line or run together in one line, and each
layout (Markdown with blank lines; plain text with one paragraph per line; hard-wrapped text
with page breaks, a running header and page numbers, as a PDF gives it; a web page imported
with ``regkb add``). Every rendering must parse back to the same articles, captions,
paragraphs and items, with nothing lost and no warning.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import pytest
import yaml

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file

from .conftest import FIXTURES
from .test_layout_properties import assert_nothing_lost

CONV = FIXTURES / "conventions"
MODEL: dict[str, Any] = yaml.safe_load((CONV / "kiosks.yaml").read_text(encoding="utf-8"))
ARTICLES = [a for ch in MODEL["chapters"] for a in ch["articles"]]
WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


# --- conventions ----------------------------------------------------------------------------------

# name -> (heading template, does the heading carry the caption?, does the text follow on the heading's line?)
# {n} the number, {w} the number in words, {cap} the caption, {body} the first paragraph.
ARTICLE_CONVENTIONS: dict[str, tuple[str, bool, bool]] = {
    "Article 1": ("Article {n}", False, False),
    "Article 1 text": ("Article {n} {body}", False, True),
    "Article 1:": ("Article {n}: {body}", False, True),
    "Article 1.": ("Article {n}. {body}", False, True),
    "Article 1: Caption": ("Article {n}: {cap}", True, False),
    "Art. 1": ("Art. {n} {body}", False, True),
    "Art. 1.": ("Art. {n}. {body}", False, True),
    "ARTICLE 1": ("ARTICLE {n}", False, False),
    "Article 1 – Caption": ("Article {n} – {cap}", True, False),
    "Article 1 - Caption": ("Article {n} - {cap}", True, False),
    "Article 1 — Caption": ("Article {n} — {cap}", True, False),
    "Article 1 [Caption]": ("Article {n} [{cap}]", True, False),
    "Article 1 [Caption] text": ("Article {n} [{cap}] {body}", True, True),
    "Article 1 (Caption)": ("Article {n} ({cap})", True, False),
    "Article 1 Caption": ("Article {n} {cap}", True, False),
    "**Article 1**": ("**Article {n}**", False, False),
    "**Article 1.** text": ("**Article {n}.** {body}", False, True),
    "**Article 1 Caption**": ("**Article {n} {cap}**", True, False),
    "**Article 1 Caption** text": ("**Article {n} {cap}** {body}", True, True),
    "### Article 1": ("### Article {n}", False, False),
    "### Article 1 Caption": ("### Article {n} {cap}", True, False),
    "Article 1 NBSP": ("Article\u00a0{n}\u00a0{body}", False, True),
    "Article 1 ideographic space": ("Article\u3000{n}\u3000{body}", False, True),
    "Article One": ("Article {w}", False, False),
    "Article One text": ("Article {w} {body}", False, True),
    "ARTICLE ONE – CAPTION": ("ARTICLE {W} – {cap}", True, False),
    "Article 1. Caption": ("Article {n}. {cap}", True, False),
    "Article 1 – text": ("Article {n} – {body}", False, True),
    "ARTICLE 1 CAPTION": ("ARTICLE {n} {CAP}", True, False),
    "Article 1 / [Caption]": ("Article {n}\n[{cap}]", True, False),
    "Article 1 / Caption": ("Article {n}\n{cap}", True, False),
    "**Article 1** / **Caption**": ("**Article {n}**\n**{cap}**", True, False),
}

# name -> template of a chapter heading; "\n" puts the title on the next line
CHAPTER_CONVENTIONS: dict[str, str] = {
    "Chapter I Title": "Chapter {r} {title}",
    "Chapter One Title": "Chapter {w} {title}",
    "CHAPTER 1 TITLE": "CHAPTER {n} {TITLE}",
    "## Chapter One Title": "## Chapter {w} {title}",
    "Chapter I / Title": "Chapter {r}\n{title}",
    "Chapter 1: Title": "Chapter {n}: {title}",
    "Chapter 1 – Title": "Chapter {n} – {title}",
    "**Chapter I** / **Title**": "**Chapter {r}**\n**{title}**",
}

# item label style -> the labels of items 1, 2, 3
ITEM_STYLES: dict[str, list[str]] = {
    "(1)": ["(1)", "(2)", "(3)"],
    "(a)": ["(a)", "(b)", "(c)"],
    "(i)": ["(i)", "(ii)", "(iii)"],
    "(I)": ["(I)", "(II)", "(III)"],
    "（一）": ["（一）", "（二）", "（三）"],
    "①": ["①", "②", "③"],
    "1.": ["1.", "2.", "3."],
    "1)": ["1)", "2)", "3)"],
    "a)": ["a)", "b)", "c)"],
    "a.": ["a.", "b.", "c."],
    "i.": ["i.", "ii.", "iii."],
}


# --- rendering ------------------------------------------------------------------------------------


def render_blocks(article_conv: str = "Article 1", chapter_conv: str = "Chapter I Title", item_style: str = "(1)",
                  inline_items: bool = False) -> list[tuple[str, str]]:
    """The regulation as (kind, text) blocks in reading order; kind is title, chapter, heading or text."""
    template, _cap, same_line = ARTICLE_CONVENTIONS[article_conv]
    out: list[tuple[str, str]] = [("title", MODEL["title"])]
    n = 0
    for c, ch in enumerate(MODEL["chapters"], 1):
        head = CHAPTER_CONVENTIONS[chapter_conv].format(r=ROMAN[c - 1], w=WORDS[c - 1], n=c, title=ch["title"],
                                                        TITLE=ch["title"].upper())
        for line in head.split("\n"):
            out.append(("chapter", line))
        for art in ch["articles"]:
            n += 1
            paras = [paragraph_text(p, k, art, item_style, inline_items) for k, p in enumerate(art["paragraphs"], 1)]
            fields = {"n": n, "w": WORDS[n - 1], "W": WORDS[n - 1].upper(), "cap": art["caption"],
                      "CAP": art["caption"].upper()}
            if same_line:
                first, *rest_blocks = paras[0]
                out.append(("heading", template.format(body=first, **fields)))
                out.extend(("text", b) for b in rest_blocks)
                paras = paras[1:]
            else:
                out.extend(("heading", line) for line in template.format(body="", **fields).split("\n"))
            for blocks in paras:
                out.extend(("text", b) for b in blocks)
    return out


def paragraph_text(p: dict[str, Any], k: int, art: dict[str, Any], item_style: str, inline: bool) -> list[str]:
    """A paragraph as blocks: its text (with its number in a numbered article), then its items."""
    style = "(a)" if art.get("numbered") else item_style
    if art.get("numbered") and item_style in ("(a)", "a)", "a."):
        style = "(i)"
    labels = ITEM_STYLES[style]
    intro = (f"{k}. " if art.get("numbered") else "") + p["text"]
    items = [f"{labels[j]} {t}" for j, t in enumerate(p.get("items") or [])]
    if inline and items:
        return [" ".join([intro, *items])]
    return [intro, *items]


def as_markdown(blocks: list[tuple[str, str]]) -> str:
    return "\n\n".join(t for _k, t in blocks) + "\n"


def as_lines(blocks: list[tuple[str, str]]) -> str:
    """One paragraph per line, no blank lines: the usual shape of text copied from a web page."""
    return "\n".join(t for _k, t in blocks) + "\n"


def as_pdf_text(blocks: list[tuple[str, str]], width: int = 58, page_lines: int = 22) -> str:
    """Hard-wrapped lines with no blank lines, cut into pages by form feeds, with a running header
    at the top and a page number at the foot of every page: text as a PDF extractor gives it."""
    lines: list[str] = []
    for kind, t in blocks:
        if kind in ("title", "chapter", "heading") and len(t) <= width:
            lines.append(t)
        else:
            lines.extend(textwrap.wrap(t, width, break_long_words=False, break_on_hyphens=False))
    pages = [lines[k:k + page_lines] for k in range(0, len(lines), page_lines)]
    out = []
    for no, page in enumerate(pages, 1):
        out.append("\n".join(["Park Kiosk Measures (invented)", *page, f"- {no} -"]))
    return "\f\n".join(out) + "\n"


def as_html(blocks: list[tuple[str, str]]) -> str:
    """A web page: menus, breadcrumb and footer around the text; one <p> per paragraph."""
    body = []
    for kind, t in blocks:
        if kind == "title":
            body.append(f"<h1>{escape(t)}</h1>")
            continue
        bold = t.startswith("**") or "**" in t[:40]
        md_heading = re.match(r"#+\s+", t)
        plain = re.sub(r"^#+\s+", "", t).replace("**", "")
        if md_heading:
            body.append(f"<h3>{escape(plain)}</h3>")
        elif bold and kind in ("chapter", "heading") and t.endswith("**"):
            body.append(f"<p><strong>{escape(plain)}</strong></p>")
        elif bold and kind == "heading":  # "<p><b>Article 1 Caption</b> text</p>"
            head, _, rest = t[2:].partition("**")
            body.append(f"<p><b>{escape(head)}</b> {escape(rest.strip())}</p>")
        else:
            body.append(f"<p>{escape(plain)}</p>")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Park Kiosks | City Parks Bureau</title></head>"
            "<body><div class='menu'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/laws'>Laws</a></div>"
            "<nav><ul><li><a href='/a'>About the Bureau</a></li><li><a href='/b'>Contact Us</a></li></ul></nav>"
            "<div class='crumbs'><a href='/'>Home</a> &gt; <a href='/laws'>Laws</a> &gt; Kiosks</div>"
            "<div class='main'>" + "\n".join(body) + "</div>"
            "<footer><p>Copyright City Parks Bureau. All rights reserved.</p></footer></body></html>")


LAYOUTS: dict[str, tuple[str, Callable[[list[tuple[str, str]]], str]]] = {
    "markdown": (".md", as_markdown),
    "lines": (".txt", as_lines),
    "pdf-text": (".txt", as_pdf_text),
    "html": (".html", as_html),
}


def parse_rendered(tmp: Path, name: str, layout: str, blocks: list[tuple[str, str]]) -> ParsedDocument:
    suffix, render = LAYOUTS[layout]
    src = tmp / f"{name}{suffix}"
    src.write_text(render(blocks), encoding="utf-8")
    if layout == "html":
        corpus = tmp / "corpus"
        corpus.mkdir()
        done = add_to_corpus(read_files([src]), corpus, "kiosks", {})
        assert done.document is not None
        return parse_file(read_source(done.document, corpus))
    return parse_file(read_source(src, tmp))


# --- what must come back -----------------------------------------------------------------------------


def norm(s: str) -> str:
    return " ".join(s.split())


def assert_model(doc: ParsedDocument, captions: bool, item_style: str = "(1)") -> None:
    warnings = [f"{d.line}: {d.code} {d.message}" for d in doc.diagnostics if d.severity != "info"]
    assert warnings == []
    assert [a.number for a in doc.articles] == list(range(1, len(ARTICLES) + 1))
    assert [(c.number, c.title.lower()) for c in doc.chapters] == [
        (k, ch["title"].lower()) for k, ch in enumerate(MODEL["chapters"], 1)]
    assert [a.title.lower() for a in doc.articles] == [a["caption"].lower() if captions else "" for a in ARTICLES]
    for art, want in zip(doc.articles, ARTICLES, strict=True):
        got = [(p.label, norm(p.intro), [norm(i.text) for i in p.items]) for p in art.paragraphs]
        expected = [(f"{k}." if want.get("numbered") else "", norm(p["text"]), [norm(t) for t in p.get("items") or []])
                    for k, p in enumerate(want["paragraphs"], 1)]
        assert got == expected, f"{art.label}"
        style = "(a)" if want.get("numbered") else item_style
        if want.get("numbered") and item_style in ("(a)", "a)", "a."):
            style = "(i)"
        for p in art.paragraphs:
            assert [i.label for i in p.items] == ITEM_STYLES[style][:len(p.items)]


# --- tests -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("conv", list(ARTICLE_CONVENTIONS))
def test_article_heading_conventions(tmp_path: Path, conv: str, layout: str) -> None:
    blocks = render_blocks(article_conv=conv)
    doc = parse_rendered(tmp_path, "kiosks", layout, blocks)
    assert_model(doc, captions=ARTICLE_CONVENTIONS[conv][1])
    if layout != "html":
        suffix = LAYOUTS[layout][0]
        assert_nothing_lost(read_source(tmp_path / f"kiosks{suffix}", tmp_path))


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("conv", list(CHAPTER_CONVENTIONS))
def test_chapter_heading_conventions(tmp_path: Path, conv: str, layout: str) -> None:
    doc = parse_rendered(tmp_path, "kiosks", layout, render_blocks(chapter_conv=conv, article_conv="Article 1 Caption"))
    assert_model(doc, captions=True)
    assert [a.chapter for a in doc.articles] == [k for k, ch in enumerate(MODEL["chapters"], 1) for _ in ch["articles"]]


@pytest.mark.parametrize("inline", [False, True], ids=["one-per-line", "run-together"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("style", list(ITEM_STYLES))
def test_item_label_styles(tmp_path: Path, style: str, layout: str, inline: bool) -> None:
    doc = parse_rendered(tmp_path, "kiosks", layout, render_blocks(item_style=style, inline_items=inline))
    assert_model(doc, captions=False, item_style=style)
    if layout != "html":
        assert_nothing_lost(read_source(tmp_path / f"kiosks{LAYOUTS[layout][0]}", tmp_path))


def test_spelled_article_numbers_past_twenty(tmp_path: Path) -> None:
    """'Article Twenty-One', 'Article Thirty', 'Article One Hundred and Two' in one sequence."""
    from regkb.parse.numbers import words_number

    units = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
    teens = ["Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
    tens = ["", "", "Twenty", "Thirty"]

    def spelled(n: int) -> str:
        if n < 10:
            return units[n]
        if n < 20:
            return teens[n - 10]
        return tens[n // 10] + (f"-{units[n % 10]}" if n % 10 else "")

    text = "Rules on Benches\n\n" + "\n\n".join(
        f"Article {spelled(n)}\nBench rule number {n} is stated here for testing." for n in range(1, 33)) + "\n"
    (tmp_path / "benches.md").write_text(text, encoding="utf-8")
    doc = parse_file(read_source(tmp_path / "benches.md", tmp_path))
    assert [a.number for a in doc.articles] == list(range(1, 33))
    assert doc.articles[20].label == "Article Twenty-One"
    assert all(f"number {a.number} " in a.text for a in doc.articles)
    assert words_number("One Hundred and Two") == 102 and words_number("Twenty Thirty") is None
