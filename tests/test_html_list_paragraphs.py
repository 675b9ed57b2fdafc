"""The number or bullet a browser draws before a list item goes beside the item's first line, also when the item's
text is set in a paragraph element of its own (an editor that wraps each item in <p>, a Word export's <div><p>): it
is not a paragraph of its own ("1." alone, then the item's words). The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.parse import parse_file

LEAD = ("<p>Article 1 These Rules apply to the parking of bicycles on pavements, squares and other public land in "
        "the urban districts of the city.</p><p>Article 2 An operator of a bicycle parking area shall do the "
        "following:</p>")

SHAPES = [  # (the list as the page sets it, the lines the text must hold)
    ("<ol><li><p>mark each space;</p></li><li><p>light the area at night.</p></li></ol>",
     ["1. mark each space;", "2. light the area at night."]),
    ("<ol type='a'><li><div><p class='MsoNormal'>mark each space;</p></div></li>"
     "<li><div><p class='MsoNormal'>light the area at night.</p></div></li></ol>",
     ["a. mark each space;", "b. light the area at night."]),
    ("<ul><li><p>mark each space;</p></li><li><p>light the area at night.</p><p>It shall keep the lights on "
     "until dawn.</p></li></ul>",
     ["- mark each space;", "- light the area at night.", "It shall keep the lights on until dawn."]),
    ("<ol><li>mark each space;</li><li>light the area at night.</li></ol>",  # the item's own text: as before
     ["1. mark each space;", "2. light the area at night."]),
]


@pytest.mark.parametrize(("lst", "lines"), SHAPES)
def test_list_number_goes_beside_the_first_line(lst: str, lines: list[str], tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Rules</title></head><body><h1>Rules</h1>{LEAD}{lst}</body></html>")
    text = read_files([page]).text
    got = [p.strip() for p in text.split("\n\n")]
    for line in lines:
        assert line in got
    assert not any(p.strip() in ("1.", "a.", "-", "2.", "b.") for p in got)
    art = parse_file(SourceFile("doc.md", text, "x", {}, 0)).articles[1]
    assert len(art.paragraphs[0].items) == 2


def test_a_nested_list_keeps_its_own_numbers(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + LEAD + "<ol><li><ol type='i'><li>mark each space;</li></ol></li></ol>"
                    "</body></html>")
    text = read_files([page]).text
    assert "i. mark each space;" in text  # the outer number stays before the nested list, never inside its item
    assert "1. i." not in text
