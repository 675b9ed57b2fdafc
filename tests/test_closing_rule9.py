"""A rule after the last article's text closes the law (session 9): what follows it (a law firm's disclaimer, a
copyright line, a translator's credit) is kept, every character with its span, as a comment after the last article,
not read as law. Invented texts in two layouts: a plain-text alert closed by a line of "=" signs, and Markdown closed
by "---"; and the cases where a rule closes nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.corpus import SourceFile
from regkb.parse import parse_file
from regkb.parse.structure import parse_structure

from .test_layout_properties import assert_nothing_lost

ALERT = """---
title: Rules of Fenghe District on Market Stall Permits
---
HOLLIS & ZHOU | BRIEFING | 2 June 2030

==========================================================

Rules of Fenghe District on Market Stall Permits

Article 1  These Rules apply to stalls at the markets of Fenghe District.

Art. 2  Stall holders shall show their permits to inspectors on request.

Art. 3  These Rules take effect on 1 August 2030.

==========================================================

This briefing is general information; readers should seek advice
before acting on it. Stall holders must check the official text.
(c) 2030 Hollis & Zhou. All rights reserved.
"""

MARKDOWN = """---
title: Provisions of Nanpu City on Bicycle Parking Data
---

# Provisions of Nanpu City on Bicycle Parking Data

**Article 1** Operators of shared bicycles shall report parking data to the city transport bureau each day.

**Article 2** These Provisions take effect on 1 March 2031.

Operators may continue to use their current reporting software until 30 June 2031.

---

*Translated by the Nanpu open data volunteers.* The translators shall not be liable for errors.

Licensed under CC BY 4.0.
"""


def _source(text: str, path: str) -> SourceFile:
    return SourceFile(path, text, "", {"title": "x"}, text.index("---\n", 4) + 4)


def test_a_rule_after_the_last_article_closes_the_law() -> None:
    for text, path, last, law, after in [
        (ALERT, "alert.txt", 3, ["These Rules take effect on 1 August 2030."],
         ["This briefing is general information; readers should seek advice before acting on it. Stall holders must "
          "check the official text. (c) 2030 Hollis & Zhou. All rights reserved."]),
        (MARKDOWN, "parking.md", 2, ["These Provisions take effect on 1 March 2031.",
                                     "Operators may continue to use their current reporting software until 30 June "
                                     "2031."],
         ["*Translated by the Nanpu open data volunteers.* The translators shall not be liable for errors.",
          "Licensed under CC BY 4.0."]),
    ]:
        src = _source(text, path)
        s = parse_structure(src, "doc")
        assert [p.text for p in s.articles[-1].paragraphs] == law, path
        comments = [b for b in s.blocks if b.kind == "comment"]
        assert [b.text for b in comments] == after, path
        assert [b.eid for b in comments] == [f"art_{last}__comment_{k}" for k in range(1, len(after) + 1)]
        assert [d for d in s.diagnostics if d.code == "after-closing-rule" and d.severity == "info"]
        assert_nothing_lost(src)
        doc = parse_file(src)
        assert not [o for o in doc.obligations if "official text" in o.text or "liable for errors" in o.text]


def test_a_rule_that_closes_nothing_changes_nothing() -> None:
    """A rule before the first article, a rule between the last heading and its text, and a line of "=" that underlines
    a title (a Markdown heading) close nothing: the last article keeps its text."""
    text = """---
title: x
---
Rules on Ferry Tickets
======================

Article 1 Ticket offices shall open at seven.

Article 2
---
Ferry operators shall keep ticket stubs for one year.

Operators shall send the stubs to the county bureau on request.
"""
    s = parse_structure(_source(text, "x.md"), "doc")
    assert [p.text for p in s.articles[-1].paragraphs] == [
        "Ferry operators shall keep ticket stubs for one year.",
        "Operators shall send the stubs to the county bureau on request."]
    assert not s.blocks and not [d for d in s.diagnostics if d.code == "after-closing-rule"]


def test_a_line_of_equals_signs_under_text_is_no_rule() -> None:
    text = """---
title: x
---
Article 1 Operators shall keep records.

Article 2 These Rules take effect on 1 May 2030. The bureau
======
shall publish them.
"""
    s = parse_structure(_source(text, "x.txt"), "doc")
    assert not s.blocks
    assert "shall publish them." in s.articles[-1].text


def test_an_annex_after_the_rule_is_no_comment_of_the_publisher() -> None:
    """An annex after the rule (the law's own form) is not the publisher's words: the rule closes nothing, and the
    annex is kept apart as an annex (kind ``annex``), out of the last article, every character kept."""
    for opening in ("Annex: Form of the stall permit", "**Attachment 1** Permit form", "附件一 摊位许可证样式"):
        text = ALERT.split("This briefing")[0] + opening + "\n\nName of the stall holder: ______\n"
        s = parse_structure(_source(text, "annex.txt"), "doc")
        assert [b.kind for b in s.blocks] == ["annex"]
        assert s.blocks[0].text.startswith(opening) and "Name of the stall holder" in s.blocks[0].text
        assert opening not in s.articles[-1].text
        assert not [d for d in s.diagnostics if d.code == "after-closing-rule"]


SENTENCES = ["Market inspectors shall check the permits once a month.", "Stall holders may appeal within ten days.",
             "No stall holder may sublet a stall.", "These Rules take effect on 1 May 2031."]
TRAILERS = ["This note is general information only.", "(c) 2031 Example Chambers. All rights reserved.",
            "Readers should check the official text.", "Translated by a volunteer group."]


@st.composite
def closed(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """Articles, a rule after the last one, and blocks after it; returns (text, the last article's paragraphs, the
    blocks after the rule)."""
    n = draw(st.integers(1, 4))
    out: list[str] = []
    last: list[str] = []
    for k in range(1, n + 1):
        paras = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3))
        out += [f"Article {k} {paras[0]}", ""] + [x for p in paras[1:] for x in (p, "")]
        last = paras
    out.append(draw(st.sampled_from(["---", "***", "=" * 40, "______"])))
    after = draw(st.lists(st.sampled_from(TRAILERS), min_size=1, max_size=3))
    for t in after:
        out += ["", t]
    return "---\ntitle: x\n---\n\n" + "\n".join(out) + "\n", last, after


@settings(max_examples=100, deadline=None)
@given(closed())
def test_generated_texts_closed_by_a_rule_keep_every_character(case: tuple[str, list[str], list[str]]) -> None:
    text, last, after = case
    src = _source(text, "gen.txt")
    s = parse_structure(src, "doc")
    assert [p.text for p in s.articles[-1].paragraphs] == last
    assert [b.text for b in s.blocks if b.kind == "comment"] == after
    assert_nothing_lost(src)
