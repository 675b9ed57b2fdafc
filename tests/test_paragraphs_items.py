"""Numbered paragraphs or items? Decided per article by how the numbering sits.

Law-firm translations number the paragraphs of an article ("1.", "2." or "(1)", "(2)"); the
same labels also mark items. A lead-in ending with ":" introduces items; numbered blocks that
are full sentences and start the article without a lead-in are paragraphs. Each case is
invented text, checked in three layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.corpus import read_source
from regkb.parse import ParsedDocument, parse_file

from .test_layout_properties import assert_nothing_lost


def layouts(body: list[str]) -> dict[str, str]:
    """The article body (one block per entry) with blank lines, one per line, and as hard-wrapped text."""
    import textwrap

    head = "Rules on Community Halls\n\nArticle 1\nThese Rules govern community halls.\n\nArticle 2\n"
    tail = "\n\nArticle 3\nThese Rules take effect on 1 June 2033.\n"
    wrapped = "\n".join(line for b in body for line in textwrap.wrap(b, 40, break_long_words=False))
    return {"blank-lines.md": head + "\n\n".join(body) + tail,
            "one-per-line.txt": head.replace("\n\n", "\n") + "\n".join(body) + tail.replace("\n\n", "\n"),
            "wrapped.txt": head + wrapped + tail}


def parse_all(tmp: Path, body: list[str]) -> dict[str, ParsedDocument]:
    out = {}
    for name, text in layouts(body).items():
        (tmp / name).write_text(text, encoding="utf-8")
        src = read_source(tmp / name, tmp)
        assert_nothing_lost(src)
        out[name] = parse_file(src)
    return out


def shape(doc: ParsedDocument) -> list[tuple[str, str, list[str]]]:
    """Article 2 as (paragraph label, first words of its intro, item labels)."""
    return [(p.label, " ".join(p.intro.split()[:3]), [i.label for i in p.items]) for p in doc.articles[1].paragraphs]


CASES = [
    ("numbered paragraphs '1.'",
     ["1. The hall keeper opens the hall at eight.", "2. Users shall book a room in advance.",
      "3. The keeper may refuse a booking for a good reason."],
     [("1.", "The hall keeper", []), ("2.", "Users shall book", []), ("3.", "The keeper may", [])]),
    ("numbered paragraphs '(1)' with items '(a)'",
     ["(1) The hall keeper opens the hall at eight.", "(2) Users shall:", "(a) book a room in advance;",
      "(b) leave the room clean; and", "(c) return the key.", "(3) The keeper may refuse a booking."],
     [("(1)", "The hall keeper", []), ("(2)", "Users shall:", ["(a)", "(b)", "(c)"]), ("(3)", "The keeper may", [])]),
    ("numbered paragraphs with items run together",
     ["1. Users shall: (a) book a room; (b) leave it clean; and (c) return the key.",
      "2. The keeper may refuse a booking."],
     [("1.", "Users shall:", ["(a)", "(b)", "(c)"]), ("2.", "The keeper may", [])]),
    ("items after a lead-in, even when full sentences",
     ["Users shall observe the following rules:", "1. Rooms are booked in advance.",
      "2. Rooms are left clean.", "3. Keys are returned the same day."],
     [("", "Users shall observe", ["1.", "2.", "3."])]),
    ("items without a lead-in that are not sentences",
     ["(1) booking rooms;", "(2) cleaning rooms; and", "(3) returning keys."],
     [("", "", ["(1)", "(2)", "(3)"])]),
    ("numbered paragraphs run together in one line",
     ["1. The hall keeper opens the hall at eight. 2. Users shall book a room in advance. "
      "3. The keeper may refuse a booking."],
     [("1.", "The hall keeper", []), ("2.", "Users shall book", []), ("3.", "The keeper may", [])]),
    ("items run together without a lead-in stay items",
     ["(1) booking rooms; (2) cleaning rooms; and (3) returning keys."],
     [("", "", ["(1)", "(2)", "(3)"])]),
    ("a text paragraph, then numbered sentences after a full stop",
     ["Users of the hall follow these rules.", "1. Rooms are booked in advance.", "2. Rooms are left clean."],
     None),  # no lead-in ending with ':' and not at the article's start: not paragraphs, not items (see test)
]


@pytest.mark.parametrize(("case", "body", "want"), CASES, ids=[c[0] for c in CASES])
def test_paragraphs_or_items(tmp_path: Path, case: str, body: list[str], want: list | None) -> None:
    docs = parse_all(tmp_path, body)
    for name, doc in docs.items():
        assert [a.number for a in doc.articles] == [1, 2, 3], name
        if want is not None:
            assert shape(doc) == want, name
        else:
            # three paragraphs, the numbers kept in their text (they label neither items nor the article's paragraphs)
            assert [p.intro[:2] for p in doc.articles[1].paragraphs] == ["Us", "1.", "2."], name
        assert not [d for d in doc.diagnostics if d.severity == "warning"], name


def test_mixed_numbered_blocks_are_reported(tmp_path: Path) -> None:
    """Numbered blocks, some full sentences and some not: read as items, and check says so."""
    doc = parse_all(tmp_path, ["1. The hall keeper opens the hall at eight.", "2. booking rooms;",
                               "3. returning keys."])["blank-lines.md"]
    assert shape(doc) == [("", "", ["1.", "2.", "3."])]
    assert "numbered-blocks" in [d.code for d in doc.diagnostics]


def test_a_paragraph_number_is_a_label_not_text(tmp_path: Path) -> None:
    doc = parse_all(tmp_path, ["1. The hall keeper opens the hall at eight.", "2. Users book rooms."])["blank-lines.md"]
    p1, p2 = doc.articles[1].paragraphs
    assert (p1.label, p1.text, p2.label, p2.text) == ("1.", "The hall keeper opens the hall at eight.", "2.",
                                                      "Users book rooms.")
    src = doc.document
    assert "label" in p1.dump() and "label" not in doc.articles[0].paragraphs[0].dump()
    assert src.id
