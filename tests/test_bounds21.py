"""Linear time for the last two quadratic patterns of the obligation extractor (bounds21).

Each rewrite is checked equal to the pattern or call as it was (copied here) under hypothesis, on arbitrary text and on
text built from the adversarial pieces, and run once on the input that was superlinear under a generous alarm (no
timing asserted: before the mend these runs took minutes)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.parse import obligations as O

from .conftest import finishes

# --- obligations.FOR_WHOM_FROM ("Nothing ... prevents X from V-ing"), called with .match -----------------------------

OLD_FOR_WHOM_FROM = re.compile(r"\s*([^,;:.]{1,120}?)\s+from\s+(?=\w+ing\b)")

_FROM_PIECES = [" ", "  ", "\t", "\n", "from", " from", "from ", " from charging", " from writing x", "ing", "an operator",
                " the holder", ",", ".", ";", ":", "x", "f", "charging", " fromage", "  from  using"]


def _same_match(new: re.Match[str] | None, old: re.Match[str] | None) -> bool:
    return (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_FROM_PIECES), max_size=14), st.integers(0, 3))
def test_for_whom_from_unchanged_on_pieces(pieces: list[str], pos: int) -> None:
    text = "".join(pieces)
    pos = min(pos, len(text))
    assert _same_match(O.FOR_WHOM_FROM.match(text, pos), OLD_FOR_WHOM_FROM.match(text, pos))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=" \tfromingx,.a", max_size=40))
def test_for_whom_from_unchanged_on_text(text: str) -> None:
    assert _same_match(O.FOR_WHOM_FROM.match(text), OLD_FOR_WHOM_FROM.match(text))


@pytest.mark.parametrize(("text", "party"), [
    (" an operator from charging fees for the service", "an operator"),       # the clean text after "prevents"
    (" the holder of a permit from using the mark", "the holder of a permit"),  # another wording
    ("   the holder  from using the mark", "the holder"),                     # raw blanks before the party
    ("   from using the mark", " "),                                           # two blanks before "from": as before
])
def test_for_whom_from_readings(text: str, party: str) -> None:
    m = O.FOR_WHOM_FROM.match(text)
    assert m is not None and m.group(1) == party


@pytest.mark.parametrize("text", [" " * 40_000, " " * 40_000 + "x", " " * 40_000 + "from using", "a" + " " * 40_000])
def test_for_whom_from_linear_on_blank_runs(text: str) -> None:
    """Base: cubic on a run of blanks (5 s at 5 KB, over 10 s at 10 KB)."""
    with finishes():
        O.FOR_WHOM_FROM.match(text)


# --- obligations.TRAILING_CIRCUMSTANCE, searched from after the window's last ";" or ":" -----------------------------

_TC_PIECES = [" when reading", " when receiving", " when the cars", " such as", " a", " b", ",", ", ", ", and", ", or",
              ";", ":", "; ", ": ", " except x", " unless", " if x", ", when x", ", if any", " where the x", " once the x",
              " until used", " in case of x", " in any of the following circumstances", "x", " ", "\n", "；"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TC_PIECES), max_size=16), st.integers(0, 30), st.integers(0, 6))
def test_trailing_circumstance_search_unchanged(pieces: list[str], cut: int, trim: int) -> None:
    text = "Operators shall keep a record" + "".join(pieces)
    a = min(cut, len(text))
    b = max(a, len(text) - trim)
    new, old = O.search_trailing_circumstance(text, a, b), O.TRAILING_CIRCUMSTANCE.search(text, a, b)
    assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict()))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,;:xawhenifsuchg", max_size=60))
def test_trailing_circumstance_search_unchanged_on_text(tail: str) -> None:
    text = "Operators shall keep a record" + tail
    new, old = O.search_trailing_circumstance(text, 0, len(text)), O.TRAILING_CIRCUMSTANCE.search(text, 0, len(text))
    assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict()))


@pytest.mark.parametrize("text", [
    "Staff shall stop the ride" + " when reading such as a, b" * 4_000 + "; x",   # codereview20's input
    "Guides shall help visitors" + " when the cars such as a, b" * 4_000 + ": x",
    "Staff shall stop the ride" + ", when x" * 12_000 + "; x",
    "Staff shall stop the ride" + " except x" * 11_000 + ": x",
    "Staff shall stop the ride" + " if x" * 20_000 + "; x"])
def test_trailing_circumstance_linear_before_a_stop(text: str) -> None:
    """Base: each opener before the stop read the clause to it (1.3-2.3 s at 40 KB, over 10 s at 100 KB)."""
    with finishes():
        O.search_trailing_circumstance(text, 0, len(text))


# --- obligations._citation_commas_masked: one masking per paragraph, not one per clause ------------------------------

@pytest.mark.parametrize("text", ["under Article 5, paragraph 2, and Article 6, item 3, when closed",
                                  "no citation, here, at all", "Art. 4, point (a); Article 9, clause 2", ""])
def test_citation_commas_masked_is_the_pattern_position_for_position(text: str) -> None:
    masked = O._citation_commas_masked(text)
    assert masked == O.REFERENCE_COMMA.sub("\x01", text) and len(masked) == len(text)


def test_a_paragraph_of_many_clauses_that_cite_provisions_is_linear(tmp_path) -> None:
    # each clause's closing circumstance is searched in its paragraph's text with the citations' commas masked; masked
    # again for every clause, a paragraph of 3,000 clauses took 23 s on the lead's machine (after the mend: 2.4 s)
    from regkb import KnowledgeBase

    para = " ".join(f"The keeper shall log each loan under Article 5, paragraph 2 when shed {i} is opened."
                    for i in range(3000))
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "big.md").write_text(f"---\ntitle: Shed Rules\nid: big\n---\n# Shed Rules\n\nArticle 1 {para}\n",
                                           encoding="utf-8")
    with finishes(15):
        kb = KnowledgeBase.from_corpus(tmp_path / "c")
    assert len(kb.obligations) == 3000
