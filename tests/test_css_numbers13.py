"""Web pages whose article numbers are drawn by the style sheet (session 13): CSS counters shown by ``::before``
content, and ordered lists (<ol>) styled by the sheet. Fixtures in tests/fixtures/cssnum, in several producers'
shapes (a counter on h3.article::before, on p.art:before with a caption in a <span>, on the items of an <ol>, in
Chinese numerals; nested counters() the import does not guess). The texts are invented."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.importers.css import MAX_RULES, counter_text, generated_numbers
from regkb.parse import parse_file
from regkb.parse.numbers import cjk

CSSNUM = Path(__file__).parent / "fixtures" / "cssnum"

# page -> (article numbers, words that stand in the text, whether the import reports a doubt)
PAGES = {
    "h3-counter.html": ([1, 2, 3, 4, 5], ["Chapter I General Provisions", "Chapter II Supervision", "Article 5"],
                        False),
    "p-art-caption.html": ([1, 2, 3, 4], ["Article 2 Duties of operators", "a. mark the parking"], False),
    "ol-articles.html": ([1, 2, 3, 4], ["Article 2. A contractor", "ii. with the written", "Article 4. These Rules"],
                         False),
    "zh-counter.html": (list(range(1, 12)), ["第十条", "第十一条"], False),
    "nested-counters.html": ([1, 2], ["Article 1 Scope"], True),
}


def _parsed(name: str) -> tuple[str, list[str], list[int], list[str]]:
    imp = read_files([CSSNUM / name])
    p = parse_file(SourceFile("doc.md", imp.text, "x", {}, 0))
    return imp.text, imp.notes, [a.number for a in p.articles], [d.code for d in p.diagnostics]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_style_sheet_numbers_are_written(name: str) -> None:
    numbers, words, doubt = PAGES[name]
    text, notes, got, codes = _parsed(name)
    assert got == numbers
    for w in words:
        assert w in text
    assert any("drawn by the page's style sheet" in n for n in notes)
    assert ("text-not-read" in codes) == doubt
    assert ("regkb doubt (text-not-read)" in text) == doubt
    law = "\n".join(t for t in text.split("\n") if not t.startswith("<!-- regkb doubt"))
    assert "counter(" not in law and "content:" not in law  # the style sheet itself is never text


def test_nested_counters_are_a_doubt_not_a_guess() -> None:
    text, notes, _, _ = _parsed("nested-counters.html")
    assert "1.1" not in text and "1.2" not in text  # counters(sec, ".") is not drawn
    assert any("counters()" in n and "nth-child" in n for n in notes)


def _gen(css: str, body: str) -> tuple[list[str], list[str]]:
    root = lxml.html.document_fromstring(f"<html><head><style>{css}</style></head><body>{body}</body></html>")
    gen = generated_numbers(root)
    return [gen.before[e] for e in root.iter() if e in gen.before], gen.doubts


CASES = [  # (css, body, texts drawn before elements, in document order)
    ("h4::before{counter-increment:x;content:'Art. ' counter(x)}", "<h4>a</h4><h4>b</h4>", ["Art. 1", "Art. 2"]),
    # a reset on each chapter restarts the count; the counter's scope is the element and its following siblings
    ("section{counter-reset:a} section p::before{counter-increment:a;content:counter(a) '. '}",
     "<section><p>x</p><p>y</p></section><section><p>z</p></section>", ["1. ", "2. ", "1. "]),
    ("body{counter-reset:a 4} .art::before{counter-increment:a 2;content:'Article ' counter(a, upper-roman)}",
     "<p class='art'>x</p><p class='art'>y</p>", ["Article VI", "Article VIII"]),
    # the more specific rule wins, whatever the order
    ("p.art::before{counter-increment:a;content:'Article ' counter(a)} p::before{content:'no'}",
     "<p class='art'>x</p>", ["Article 1"]),
    ("div > p::before{counter-increment:a;content:counter(a, lower-alpha) ')'}",
     "<div><p>x</p><span><p>not a child</p></span><p>y</p></div>", ["a)", "b)"]),
    ("@media screen { .t::before{counter-increment:t;content:'第' counter(t, cjk-decimal) '条'} }",
     "<p class='t'>x</p>", ["第一条"]),
    ("p::before{content:'\\2022  '}", "<p>a bullet is decoration</p>", []),
    ("p::before{content:attr(data-n) ' '}", "<p data-n='Article 9'>x</p>", ["Article 9 "]),
    ("ol.a > li::before{content:'Article ' counter(list-item) ' '}", "<ol class='a' start='7'><li>x</li><li>y</li></ol>",
     ["Article 7 ", "Article 8 "]),
]


@pytest.mark.parametrize(("css", "body", "drawn"), CASES)
def test_counters(css: str, body: str, drawn: list[str]) -> None:
    got, doubts = _gen(css, body)
    assert got == drawn
    assert not doubts


DOUBTS = [
    ("p::before{content:counters(a, '.')}", "counters()"),
    ("li:nth-child(2)::before{content:counter(a)}", "nth-child"),
    ("@counter-style art{system:numeric;symbols:url(a.png) url(b.png)}", "@counter-style"),
    ("p::before{counter-increment:a;content:counter(a, hebrew)}", "hebrew"),
    ("@media (min-width: 600px){p::before{content:counter(a)}}", "min-width"),
]


@pytest.mark.parametrize(("css", "said"), DOUBTS)
def test_what_is_not_read_is_a_doubt(css: str, said: str) -> None:
    _, doubts = _gen(css, "<p>x</p>")
    assert any(said in d for d in doubts), doubts


def test_rules_are_bounded() -> None:
    css = "".join(f".c{k}::before{{content:counter(a)}}" for k in range(MAX_RULES + 5))
    _, doubts = _gen(css, "<p>x</p>")
    assert any(str(MAX_RULES) in d for d in doubts)


@pytest.mark.parametrize(("n", "style", "text"), [
    (1, "decimal", "1"), (7, "decimal-leading-zero", "07"), (14, "lower-roman", "xiv"), (1999, "upper-roman", "MCMXCIX"),
    (28, "lower-alpha", "ab"), (3, "upper-latin", "C"), (10, "cjk-decimal", "一〇"), (10, "simp-chinese-informal", "十"),
    (21, "simp-chinese-informal", "二十一"), (105, "simp-chinese-informal", "一百零五"), (110, "cjk-ideographic", "一百一十"),
    (4, "hebrew", None),
])
def test_counter_styles(n: int, style: str, text: str | None) -> None:
    assert counter_text(n, style) == text


@given(st.integers(1, 999))  # (the parser reads Chinese numbers up to the hundreds)
def test_chinese_numbers_read_back(n: int) -> None:
    assert cjk(counter_text(n, "simp-chinese-informal") or "") == n


CAPTIONED = [  # two producers: a caption in a <span> after the drawn number; in <b> inside a <div>
    ("p.art::before{counter-increment:a;content:'Article ' counter(a) ' '}",
     "<p class='art'><span class='cap'>Scope</span> These Rules apply to ports.</p>"
     "<p class='art'><span class='cap'>Duties</span> A port operator shall keep a log.</p>"),
    (".law{counter-reset:k} .law div.article:before{counter-increment:k;content:\"Article \" counter(k)}",
     "<div class='law'><div class='article'><b>Scope</b> These Rules apply to ports.</div>"
     "<div class='article'><b>Duties</b> A port operator shall keep a log.</div></div>"),
]


@pytest.mark.parametrize(("css", "body"), CAPTIONED)
def test_drawn_number_and_caption_make_one_heading(css: str, body: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><style>{css}</style></head><body><h1>Port Rules</h1>{body}</body></html>")
    imp = read_files([page])
    p = parse_file(SourceFile("doc.md", imp.text, "x", {}, 0))
    assert [(a.number, a.title) for a in p.articles] == [(1, "Scope"), (2, "Duties")]
    assert p.articles[1].paragraphs[0].text == "A port operator shall keep a log."


def test_a_sentence_in_a_span_is_no_caption(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><style>p::before{counter-increment:a;content:'Article ' counter(a) ' '}</style>"
                    "</head><body><p><span>A port operator shall keep a log,</span> and show it.</p></body></html>")
    assert "Article 1 A port operator shall keep a log, and show it." in read_files([page]).text
