"""A part of the text kept apart (the publisher's words after the rule that closes the law, an editor's comment)
that holds markup dropped inside it: an in-page link whose words a converter wrapped onto the next line ("[Back to" /
"top](#top)"). The parser cut the whole part out of the law, but a line that began inside it, after the dropped "[",
was read back into the last article ("top" as its second paragraph): a span of junk that starts inside a wider one
hid the wider one from the line. Two converters' wordings; the law itself is unchanged."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkb.corpus import SourceFile
from regkb.parse.structure import parse_structure

LAW = """# Provisions on Test Matters

## Chapter I General Provisions

**Article 1** These Provisions apply to the self-service laundries of the City.

**Article 2** These Provisions shall come into force on 1 May 2037.
"""

TAILS = [
    "* * *\n\n[Related: Water Law of the People's Republic of\nChina](https://example.gov/water-law.html) | [Back to\n"
    "top](#top)\n\nCopyright (C) Example City. All rights reserved.\n",
    "---\n\nSee also [the City's rules on\nlaundries](https://example.gov/rules) or [return to the top of\n"
    "the page](#page-top).\n\n© Example Municipal People's Government\n",
]


@pytest.mark.parametrize("tail", TAILS)
def test_a_link_wrapped_inside_the_publishers_words_stays_out_of_the_law(tail: str) -> None:
    st = parse_structure(SourceFile("x.md", LAW + "\n" + tail, "0" * 64, {}, 0), "doc")
    last = st.articles[-1]
    assert last.text == "These Provisions shall come into force on 1 May 2037."
    assert len(last.paragraphs) == 1
    kept = " ".join(b.text for b in st.blocks)
    assert ("top" in kept) and ("Copyright" in kept or "©" in kept)


@st.composite
def _spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    out = []
    for _ in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, 200))
        out.append((a, a + draw(st.integers(1, 120))))
    return out


@given(_spans(), st.integers(0, 250), st.integers(1, 60))
def test_cut_finds_every_span_that_overlaps(spans: list[tuple[int, int]], a: int, width: int) -> None:
    # spans added in any order, nested or not, as the parser adds them (drop, exclude): cut(a, b) is every one that
    # overlaps [a, b), in the order of their starts
    from regkb.parse.structure import _Parser
    from regkb.textspan import Span

    p = _Parser.__new__(_Parser)
    p.junk, p._junk_starts, p._junk_reach, p.rules, p._rule_starts = [], [], None, [], []
    for s, e in spans:
        k = bisect.bisect_left(p._junk_starts, s)
        p._junk_starts.insert(k, s)
        p.junk.insert(k, Span(s, e))
        p._junk_reach = None
    b = a + width
    assert sorted(p.cut(a, b)) == sorted(x for x in p.junk if x.start < b and x.end > a)
