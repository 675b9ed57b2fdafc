"""Review of session 16's code (codereview20): the defects mended, each shown on the input that exposed it.

Time: a pattern or a loop that was quadratic on a long run is checked equal to the code as it was (copied here) under
hypothesis and run once on a long adversarial text under a generous alarm (no timing asserted: the alarm only stops a
hang; before the mend each run took minutes). Odd input: the input is written here and must import."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.parse import definitions as D
from regkb.parse import obligations as O

from .conftest import defs, finishes, kb_from_html

# --- 1. obligations.TRAILING_CIRCUMSTANCE: the "such as" list (probe22) ---------------------------------------------

# the rest of a circumstance as probe22 wrote it (twice, in the "when -ing" and the "when the ..." alternatives)
_OLD_REST = r"[^;:,]*(?:\bsuch\s+as\s[^;:,]*(?:,\s+(?!(?:and|or|then)\b)[^;:,]*)*)?"
OLD_TRAILING = re.compile(O.TRAILING_CIRCUMSTANCE.pattern.replace(O._CIRCUMSTANCE_REST, _OLD_REST), re.IGNORECASE)


def test_old_trailing_pattern_is_probe22s() -> None:
    assert O.TRAILING_CIRCUMSTANCE.pattern.count(O._CIRCUMSTANCE_REST) == 2
    assert OLD_TRAILING.pattern.count(_OLD_REST) == 2


_PIECES = [" when receiving", " while serving", " when the cars", " when boats are", " such as", " such  as", "such as",
           " the elderly", " minors", ",", ", ", ", and", ", or", ", then", " and", " ", "  ", ";", ":", "x", "xsuch as",
           " once the", " unless", " except"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 4))
def test_trailing_circumstance_unchanged(pieces: list[str], cut: int) -> None:
    text = "Operators shall keep a record" + "".join(pieces)
    a, b = min(cut, len(text)), len(text)
    new, old = O.TRAILING_CIRCUMSTANCE.search(text, a, b), OLD_TRAILING.search(text, a, b)
    assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict()))


@pytest.mark.parametrize("text", [
    "Operators shall stop the ride when receiving " + "such as " * 12_000 + ", a" * 3_000 + "; x",
    "Guides shall help when the visitors " + "such as a child " * 6_000 + ", b" * 3_000 + ": x"])
def test_trailing_circumstance_linear_on_such_as_runs(text: str) -> None:
    """Base: the words before the list could end at any "such as", and the list was read from each (minutes at 100
    KB)."""
    with finishes():
        O.TRAILING_CIRCUMSTANCE.search(text, 0, len(text))


@pytest.mark.parametrize(("body", "want"), [
    ("Article 2 Staff shall help visitors when receiving tourists such as the elderly, minors and the disabled.",
     "when receiving tourists such as the elderly, minors and the disabled"),
    ("Article 2 Rink staff shall stay on the ice while coaching skaters such as children, beginners and the elderly.",
     "while coaching skaters such as children, beginners and the elderly")])
def test_such_as_list_still_the_condition(body: str, want: str) -> None:
    text = "Operators shall " + body.split(" shall ", 1)[1].rstrip(".")
    m = O.TRAILING_CIRCUMSTANCE.search(text)
    assert m is not None and m.group("g") == want


# --- 2. definitions: the long form after the first "the" (defs22) ---------------------------------------------------

def _old_heads_within(phrase: str, head: str, words: int = 5) -> bool:
    return any(w.lower().startswith(head) for w in re.findall(r"[\w'’-]+", phrase)[:words])


def _old_complement_before(window: str, at: int) -> bool:
    return re.search(r"\b(?:of|on|for|in|under|at)\s+$", window[:at], re.IGNORECASE) is not None


_WORDS = ["the ", "The ", "park ", "parks ", "of ", "Of ", "in ", "under ", "at ", "on ", "for ", "zone ", "x", " ",
          "\n", "  ", "-", "'", "’", "offer ", "inat "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16), st.integers(0, 60))
def test_heads_and_complement_unchanged(words: list[str], at: int) -> None:
    text = "".join(words)
    at = min(at, len(text))
    assert D._heads_within(text, "park", at) == _old_heads_within(text[at:], "park")
    assert D._complement_before(text, at) == _old_complement_before(text, at)


@pytest.mark.parametrize(("sentence", "term"), [
    ("The bureau shall " + "check the hives " * 15_000 + "of the zone of the pilot park (hereinafter referred to as "
     "the park) every year.", "park"),
    ("The rink office shall " + "sweep the ice " * 15_000 + "in the hall of the city rink (hereinafter the \"rink\") "
     "each day.", "rink")])
def test_inline_definition_linear_on_a_long_sentence(sentence: str, term: str) -> None:
    """Base: each "the" of the sentence read the rest of it word by word (a minute and more at 240 KB)."""
    with finishes(30):
        got = defs(f"Article 1 {sentence}")
    assert term in [t for t, _ in got]


# --- 3. HTML: placed lines of a converted page (layout21) -----------------------------------------------------------

def _placed(tops: list[str], tail: str = "") -> str:
    lines = ["Article 1 Operators shall keep a register of stalls.", "Article 2 Operators shall report fires.",
             "Article 3 Stalls shall close at ten.", "Article 4 The bureau shall inspect stalls.",
             "Article 5 These Rules take effect today."]
    divs = "".join(f'<div style="position:absolute;top:{t}px;left:10px">{x}</div>' for t, x in zip(tops, lines,
                                                                                                   strict=True))
    return f"<html><head><title>Stall Rules</title></head><body><h1>Stall Rules</h1><div>{divs}</div>{tail}</body></html>"


def _sheet(offset: str) -> str:
    rules = "".join(f".y{k}{{bottom:{700 - 30 * k}px}}" for k in range(1, 6)) + f".y9{{bottom:{offset}px}}"
    lines = ["Article 1 Boat owners must register each mooring.", "Article 2 No owner may sublet a mooring.",
             "Article 3 The office must publish free moorings.", "Article 4 Owners must pay the fee.",
             "Article 5 These Rules apply from 1 May."]
    divs = "".join(f'<div class="t y{k if k != 3 else 9}">{x}</div>' for k, x in enumerate(lines, 1))
    return (f"<html><head><title>Mooring Rules</title><style>{rules}</style></head><body><h1>Mooring Rules</h1>"
            f"<div class='pf'>{divs}</div></body></html>")


@pytest.mark.parametrize("html", [_placed(["100", "130", "1.2.3", "190", "220"]), _placed(["100", "130", ".", "190", "220"]),
                                  _sheet(".."), _sheet("6.1.2")])
def test_odd_pixel_value_does_not_fail_the_file(tmp_path: Path, html: str) -> None:
    """Base: float("1.2.3") raised in PositionedLines/MarkPlaces and the file could not be read at all."""
    kb, _notes, _md = kb_from_html(tmp_path, html)
    assert [a.number for a in kb.articles] == [1, 2, 3, 4, 5]


def _side_by_side(between: str) -> str:
    rows = [(100, 10, "Article 1 Operators shall keep"), (100, 300, "a register of stalls."),
            (130, 10, "Article 2 Operators shall"), (130, 300, "report fires."),
            (160, 10, "Article 3 These Rules"), (160, 300, "take effect today.")]
    divs = "".join(f'<div style="position:absolute;top:{t}px;left:{x}px">{s}</div>' + (between if (t, x) == (130, 300)
                                                                                       else "") for t, x, s in rows)
    return f"<html><head><title>Rules</title></head><body><h1>Rules</h1><div>{divs}</div></body></html>"


@pytest.mark.parametrize("between", ["Note: see the map.", "(as amended on 1 May 2031)"])
def test_text_between_joined_pieces_is_kept(tmp_path: Path, between: str) -> None:
    """Base: joining a piece to its line cleared the piece's tail, so the text after it was lost (the stage says every
    character is kept)."""
    _kb, _notes, md = kb_from_html(tmp_path, _side_by_side(between))
    plain = re.sub(r"<[^>]+>", "", between)
    assert plain.split()[-1] in md and "report fires." in md


# --- 4. PDF: white boxes are no shaded boxes (layout21) -------------------------------------------------------------

def _rects_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(600, 400), invariant=True)
    c.setFillGray(1)
    c.rect(10, 10, 100, 50, stroke=0, fill=1)  # white as a grey level: "1 g"
    c.setFillColorCMYK(0, 0, 0, 0)
    c.rect(200, 10, 100, 50, stroke=0, fill=1)  # white in a printer's CMYK
    c.setFillColorRGB(1, 1, 1)
    c.rect(400, 10, 100, 50, stroke=0, fill=1)
    c.setFillColorRGB(0.99, 0.94, 0.84)
    c.rect(10, 200, 100, 50, stroke=0, fill=1)  # a tint: a box
    c.setFillColorCMYK(0, 0.1, 0.2, 0)
    c.rect(200, 200, 100, 50, stroke=0, fill=1)  # a CMYK tint: a box
    c.showPage()
    c.save()


def test_white_fills_are_no_shaded_boxes(tmp_path: Path) -> None:
    """Base: a white fill in grey or CMYK was read as a shaded box, and a leaflet's law lines on it as an aside."""
    import pdfplumber

    from regkb.importers.pdf import _shaded_boxes

    path = tmp_path / "rects.pdf"
    _rects_pdf(path)
    with pdfplumber.open(path) as pdf:
        boxes = _shaded_boxes(pdf.pages[0])
    assert sorted((b[0], b[1]) for b in boxes) == [(10.0, 150.0), (200.0, 150.0)]


class _Page:
    width, height = 600.0, 400.0

    def __init__(self, colours: list[Any]) -> None:
        self.rects = [{"x0": 10.0 + 50 * k, "top": 10.0, "x1": 50.0 + 50 * k, "bottom": 40.0, "fill": True,
                       "non_stroking_color": c} for k, c in enumerate(colours)]


def test_pattern_fill_does_not_fail_the_file() -> None:
    """Base: an uncoloured pattern's fill, (base colour, pattern name) as pdfminer gives it, raised TypeError in
    float(); a coloured pattern (its name) or a non-number raises nothing. A pattern is a shading: a box."""
    from regkb.importers.pdf import _shaded_boxes

    assert len(_shaded_boxes(_Page([((0.5,), "P0"), "P1", ((0.2, 0.3, 0.4), "P2"), None, 1.0, (0, 0, 0, 0)]))) == 3


# --- 5. regkb eval: the readings of a printed list of parties (bounds20) --------------------------------------------

@pytest.mark.parametrize("printed", [", ".join(["the unit in charge of stall " + str(k) for k in range(11)]),
                                     " and ".join(["the keeper of rink " + str(k) for k in range(11)])])
def test_party_readings_normalise_each_grouping_once(monkeypatch: pytest.MonkeyPatch, printed: str) -> None:
    """Base: each of the 2**10 readings normalised all its parts anew (24,000 normalisations for one comparison)."""
    import regkb.eval as E

    calls = []
    real = E.norm_name

    def counted(s: str) -> str:
        calls.append(s)
        return real(s)

    monkeypatch.setattr(E, "norm_name", counted)
    assert not E._same_parties(["the unit in charge of stall 0", "the keeper of rink 0"], printed, {}, [])
    assert len(calls) < 200
    assert E._same_parties(["the unit in charge of stall 0"], "the unit(s) in charge of stall 0", {}, [])
