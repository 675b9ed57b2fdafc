"""The CSS counter walk is bounded (session 11 review, H1): a page with many descendant selectors and deep nesting
took minutes, because each candidate rule walked up to the root for each element; and a counter value too long for
an integer refused the whole page. Now each (rule, selector step, element) is decided once, the whole walk has a
budget (past it no number is written, with a doubt), and a huge counter value is clamped as browsers clamp it.
Pages invented, in two producers' shapes each."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from regkb.importers import css, read_files
from regkb.importers.css import COUNTER_MAX, generated_numbers


def _gen(style: str, body: str) -> tuple[list[str], list[str]]:
    root = lxml.html.document_fromstring(f"<html><head><style>{style}</style></head><body>{body}</body></html>")
    gen = generated_numbers(root)
    return [gen.before[e] for e in root.iter() if e in gen.before], gen.doubts


RULES = 30
DEPTH = 40
PARAGRAPHS = 200
# (sheet, page): many rules whose selectors look up the ancestors, a deep page, many elements at the bottom
DEEP = [
    ("".join(f"div.c{k} div.c{k} p::before{{content:counter(x)}}" for k in range(RULES))
     + "p::before{counter-increment:x;content:'Article ' counter(x)}",
     "<div class='c1'>" * DEPTH + "<p>x</p>" * PARAGRAPHS + "</div>" * DEPTH),
    ("".join(f"section > div.s{k} article p.n::before{{content:counter(y)}}" for k in range(RULES))
     + "p.n::before{counter-increment:y;content:'Art. ' counter(y) '.'}",
     "<section>" + "<div class='s2'><article>" * (DEPTH // 2) + "<p class='n'>x</p>" * PARAGRAPHS
     + "</article></div>" * (DEPTH // 2) + "</section>"),
]


@pytest.mark.parametrize(("style", "body"), DEEP, ids=["descendant chain", "child and descendant"])
def test_the_work_does_not_grow_with_depth_times_elements(style: str, body: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # elements x rules x depth would be 240,000 checks; elements x rules plus rules x depth x steps stays well below
    monkeypatch.setattr(css, "MAX_WORK", 40_000)
    drawn, doubts = _gen(style, body)
    assert len(drawn) == PARAGRAPHS and drawn[-1].rstrip(".").endswith(str(PARAGRAPHS))
    assert not doubts


@pytest.mark.parametrize(("style", "body"), [
    ("h3::before{counter-increment:art;content:'Article ' counter(art)}", "<h3>Scope</h3>" * 40),
    ("ol.law > li::before{content:'Article ' counter(list-item) ' '}", "<ol class='law'>" + "<li>x</li>" * 40 + "</ol>"),
], ids=["counter on headings", "list items"])
def test_past_the_budget_no_number_is_written_and_a_doubt_says_so(style: str, body: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(css, "MAX_WORK", 30)
    drawn, doubts = _gen(style, body)
    assert drawn == []  # all or nothing: never half the articles numbered
    assert any("checks" in d for d in doubts), doubts


HUGE = "9" * 5000  # longer than Python converts to an integer by default


@pytest.mark.parametrize(("style", "body", "first"), [
    (f"body{{counter-reset:art {HUGE}}} p.a::before{{content:'Article ' counter(art)}}", "<p class='a'>x</p>",
     f"Article {COUNTER_MAX}"),
    (f"body{{counter-reset:art -{HUGE}}} p.a::before{{content:'Article ' counter(art)}}", "<p class='a'>x</p>",
     f"Article -{COUNTER_MAX + 1}"),
    (f"h3{{counter-set:n {HUGE}}} h3::before{{content:'Art. ' counter(n)}}", "<h3>y</h3>", f"Art. {COUNTER_MAX}"),
    ("li::before{content:'Article ' counter(list-item) ' '}", f"<ol><li value='{HUGE}'>x</li></ol>",
     f"Article {COUNTER_MAX} "),
], ids=["counter-reset", "negative counter-reset", "counter-set", "list item value"])
def test_a_huge_counter_value_is_clamped_not_refused(style: str, body: str, first: str) -> None:
    drawn, _ = _gen(style, body)
    assert drawn[:1] == [first]


def test_a_page_with_a_huge_counter_value_is_read(tmp_path: Path) -> None:
    page = tmp_path / "rules.html"
    page.write_text(f"<html><head><style>body{{counter-reset:art {HUGE}}} h3.a::before{{counter-increment:art;"
                    "content:'Article ' counter(art) ' '}</style></head><body><h3 class='a'>Scope</h3>"
                    "<p>Operators shall keep records.</p></body></html>", encoding="utf-8")
    imp = read_files([page])
    assert "Operators shall keep records." in imp.text
