"""Session 11's parser leftovers: inline circled items run together without punctuation, and the import's count of
text not read for web pages and PDFs.

Each case is written in two wordings (two translators' habits) and, for the parser, in three layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.corpus import read_source
from regkb.parse import parse_file

from .test_layout_properties import assert_nothing_lost
from .test_paragraphs_items import layouts

# --- inline circled items -------------------------------------------------------------------------------------------

# (article body, item labels, item texts): items marked by ①②③ inline after a colon, with or without punctuation
CIRCLED_INLINE = [
    # review10's wording: no punctuation between the items, a reference before a mark
    ("Every installer shall do the following: ① comply with Article 1 ② keep a log of its work ③ report each fault.",
     ["comply with Article 1", "keep a log of its work", "report each fault."]),
    # another translator: no spaces around the marks, no punctuation, a comma inside an item
    ("The operator of a hall shall perform these duties:①keep a register of bookings, visitors and keys②inspect the "
     "fire exits each month③report accidents to the district office.",
     ["keep a register of bookings, visitors and keys", "inspect the fire exits each month",
      "report accidents to the district office."]),
    # punctuation between some items only
    ("The operator shall do as follows: ① keep a register of bookings; ② inspect the fire exits ③ report accidents.",
     ["keep a register of bookings;", "inspect the fire exits", "report accidents."]),
    # the punctuated mark in sequence is preferred over one cited inside the item
    ("The operator shall: ① comply with Article 1 ②, and ② keep a log of its work.",
     ["comply with Article 1 ②, and", "keep a log of its work."]),
]


@pytest.mark.parametrize(("body", "texts"), CIRCLED_INLINE, ids=lambda v: v[:30] if isinstance(v, str) else "")
def test_inline_circled_items_split_at_every_mark(tmp_path: Path, body: str, texts: list[str]) -> None:
    for name, text in layouts([body]).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        src = read_source(tmp_path / name, tmp_path)
        assert_nothing_lost(src)
        doc = parse_file(src)
        [para] = doc.articles[1].paragraphs
        assert [i.label for i in para.items] == ["①", "②", "③"][: len(texts)], name
        assert [" ".join(i.text.split()) for i in para.items] == texts, name
        # the items' spans cover every character from the first mark to the end: only white space between them
        spans = [i.span for i in para.items]
        assert src.text[spans[0].start] == "①"
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start and not src.text[a.end:b.start].strip(), name
        assert not src.text[spans[-1].end:src.text.index("Article 3", spans[-1].end)].strip(), name


@pytest.mark.parametrize("body", [
    # parenthesised and dotted labels keep needing punctuation before the next label: a bare "(2)" or "2." inside a
    # clause may be a citation ("paragraph (2)"); such a list stays one item (a reported limitation)
    "The operator shall do the following: (1) keep the records under paragraph (2) of Article 1 (2) report.",
    "The operator shall do the following: 1. keep the records under item 2. of Article 1 2. report.",
])
def test_other_labels_still_need_punctuation_inline(tmp_path: Path, body: str) -> None:
    (tmp_path / "a.md").write_text(layouts([body])["blank-lines.md"], encoding="utf-8")
    doc = parse_file(read_source(tmp_path / "a.md", tmp_path))
    assert len(doc.articles[1].paragraphs[0].items) == 1
