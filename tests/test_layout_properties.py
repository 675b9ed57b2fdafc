"""Nothing lost silently: every non-blank character of a source ends up in exactly one of an
article's text, a heading, the preamble or the dropped list (issue 11).

Checked on the real texts (the seed, the PIPL as imported, the GenAI Measures as published),
on every layout fixture, and on generated layouts: hard-wrapped or one paragraph per line,
blank lines or none, page breaks with running headers, footers and page numbers, item lists,
wrapped cross-references, Unicode spaces in headings.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkb.corpus import SourceFile, read_source
from regkb.parse.structure import Structure, parse_structure

from .conftest import CORPUS, FIXTURES
from .test_import import GENAI_TXT


def buckets(src: SourceFile, s: Structure) -> list[int]:
    """For each non-blank character of the body: in how many buckets it is (must be exactly 1)."""
    n = len(src.text)
    dropped = bytearray(n)
    for d in s.dropped:
        dropped[d.span.start:d.span.end] = b"\x01" * len(d.span)
    count = list(dropped)  # (a page number inside a dropped table of contents is listed twice: counted once)
    inside = bytearray(n)  # in a block set apart (comments, a part's text, a repeated article, a parallel, notes)
    for b in s.blocks:  # (a block inside another, a Chinese line set apart inside a repeated article: counted once)
        inside[b.span.start:b.span.end] = b"\x01" * len(b.span)
    for k in range(n):
        if inside[k] and not dropped[k]:
            count[k] += 1
    for sp in s.headings:  # (a heading's span may hold a mark left out as dropped: "> Chapter I" in a quote)
        for k in range(sp.start, sp.end):
            if not dropped[k]:
                count[k] += 1
    # an article's paragraph or the preamble: what its span holds but a block set apart inside it (a line of other
    # words between the quoted lines of a paragraph, a Chinese line of a preamble) or a dropped mark
    text_spans = [p.span for a in s.articles for p in a.paragraphs]
    if s.preamble_span is not None:
        text_spans.append(s.preamble_span)
    for sp in text_spans:
        for k in range(sp.start, sp.end):
            if not dropped[k] and not inside[k]:
                count[k] += 1
    return [count[k] for k in range(src.body_offset, n) if visible(src.text[k])]


def visible(ch: str) -> bool:
    """A character that prints: not white space, not a zero-width format character (a zero-width space or joiner,
    a byte-order mark), which the parser reads as white space where it separates a label from its text."""
    return not ch.isspace() and unicodedata.category(ch) != "Cf"


def assert_nothing_lost(src: SourceFile) -> None:
    s = parse_structure(src, "doc")
    got = buckets(src, s)
    bad = [k for k, c in enumerate(got) if c != 1]
    if bad:
        body = [k for k in range(src.body_offset, len(src.text)) if visible(src.text[k])]
        k = body[bad[0]]
        raise AssertionError(f"{len(bad)} characters in {sorted(set(got[b] for b in bad))} buckets, first at "
                             f"{src.line_col(k)}: {src.text[max(k - 30, 0):k]!r} >>> {src.text[k:k + 30]!r}")


REAL = [CORPUS / "deep-synthesis-provisions.md", CORPUS / "pipl-npc.md", GENAI_TXT,
        *sorted((FIXTURES / "layouts").iterdir())]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_texts_lose_nothing(path: Path) -> None:
    if not path.exists():
        pytest.skip("../shared/realtexts is not beside the project")
    assert_nothing_lost(read_source(path, path.parent))


WORDS = st.sampled_from(["operators", "shall", "keep", "the", "records", "of", "users", "and", "report", "them", "to", "authorities", "in", "accordance", "with", "law", "Article", "12", "paragraph", "2", "of", "these", "Measures", "where", "necessary"])
SPACES = st.sampled_from([" ", " ", " ", "\u00a0", "\u200b "])


@st.composite
def layouts(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 6))
    wrap = draw(st.one_of(st.none(), st.integers(25, 70)))
    blank = draw(st.booleans())
    out: list[str] = []
    if draw(st.booleans()):
        out.append("Provisions on Sample Matters")
    for k in range(1, n + 1):
        if k == 1 or draw(st.integers(0, 4)) == 0:
            out.append(f"Chapter {k} Sample Chapter")
        paras = []
        for _ in range(draw(st.integers(1, 3))):
            words = draw(st.lists(WORDS, min_size=3, max_size=30))
            paras.append(" ".join(words).capitalize() + draw(st.sampled_from([".", ";", ":"])))
        if draw(st.integers(0, 3)) == 0:
            paras += [f"({i}) {' '.join(draw(st.lists(WORDS, min_size=1, max_size=8)))};" for i in range(1, 3)]
        body = "\n".join(paras) if not blank else "\n\n".join(paras)
        out.append(f"Article{draw(SPACES)}{k} {body}")
    lines: list[str] = []
    for block in "\n".join(out).split("\n"):
        if wrap and len(block) > wrap:
            cur = ""
            for w in block.split(" "):
                if cur and len(cur) + len(w) + 1 > wrap:
                    lines.append(cur)
                    cur = w
                else:
                    cur = f"{cur} {w}" if cur else w
            lines.append(cur)
        else:
            lines.append(block)
    # page breaks, each with a footer (page number) and the next page's running header
    breaks = sorted(set(draw(st.lists(st.integers(1, max(len(lines) - 1, 1)), max_size=4))))
    page = 1
    for b in reversed(breaks):
        lines[b:b] = [f"- {page} -", "\fSample Provisions (translation)"]
        page += 1
    return "---\ntitle: Generated\n---\n" + "\n".join(lines) + "\n"


@given(layouts())
def test_generated_layouts_lose_nothing(text: str) -> None:
    src = SourceFile("gen.md", text, "", {"title": "Generated"}, text.index("---\n", 4) + 4)
    try:
        assert_nothing_lost(src)
    except Exception as exc:
        from regkb.errors import RegkbError

        if isinstance(exc, RegkbError):  # a duplicate number is an error, never a silent loss
            assert all(d.code.startswith("duplicate") for d in exc.diagnostics)
            return
        raise
