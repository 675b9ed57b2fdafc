"""Markdown footnotes (session 9): a definition ``[^label]: ...`` is a note, not law, wherever it stands; its text is
kept, every character with its span, as a block of kind ``note``; the mark ``[^label]`` in the law is the note's
pointer and is left out of the law's words (listed as dropped). Texts invented for these tests, in two layouts:
notes after the last article (paragraphs as an ordered list, a mark ending a numbered paragraph), and notes right
after the paragraph that marks them (word labels, a note of two paragraphs, a mark inside a sentence)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.corpus import SourceFile
from regkb.export import render
from regkb.parse.structure import parse_structure
from regkb.schema import load_schema

from .conftest import FIXTURES
from .test_layout_properties import assert_nothing_lost

AT_THE_END = """---
title: Rules of Lanxi County on Boat Hire Records
id: boat-hire
---

Rules of Lanxi County on Boat Hire Records
==========================================

*(Adopted by the county people's congress on 3 March 2030)*[^a]

Chapter I General Provisions
----------------------------

#### Article 1

These Rules govern the records kept by boat hire businesses within Lanxi County.

#### Article 2

1. Boat hire businesses shall record the name and telephone number of each hirer.[^b]
2. The county tourism bureau shall inspect the records once a quarter.

#### Article 3

These Rules take effect on 1 May 2030.

[^a]: An unofficial rendering by a student group; the hirers must not rely on it.
[^b]: The word rendered "hirer" also covers groups that hire a boat together.
"""

AFTER_THE_PARAGRAPH = """---
title: Measures of Hetang City on Kiosk Licences
id: kiosk-licences
---

Article 1 These Measures apply to kiosks on public land in Hetang City.

Article 2 A kiosk keeper shall display the licence[^licence-form] at the counter and shall renew it every year.
[^licence-form]: The licence form is the one the city market regulator published in 2029.
    It replaced the paper slip that operators shall no longer use.

    The old slips remain valid until they expire.

The city market regulator may revoke a licence that is not displayed.

Article 3 Kiosk keepers may not sell alcohol after midnight.[^night]

[^night]: "Midnight" here means 00:00 local time.

Article 4 These Measures take effect on 1 January 2031.
"""


def _kb(tmp_path: Path, name: str, text: str) -> KnowledgeBase:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(FIXTURES.parent.parent / "corpus" / "laws.yaml", corpus / "laws.yaml")
    (corpus / name).write_text(text, encoding="utf-8")
    return KnowledgeBase.from_corpus(corpus)


def _source(text: str, path: str = "x.md") -> SourceFile:
    return SourceFile(path, text, "", {"title": "x"}, text.index("---\n", 4) + 4)


def test_notes_after_the_last_article_are_notes_not_law(tmp_path: Path) -> None:
    kb = _kb(tmp_path, "boat-hire.md", AT_THE_END)
    arts = {a.number: a for a in kb.articles_of("boat-hire")}
    assert [len(p.items) for p in arts[2].paragraphs] == [0, 0]  # two numbered paragraphs, not one with two items
    assert arts[2].paragraphs[0].text.endswith("telephone number of each hirer.")
    assert [p.text for p in arts[3].paragraphs] == ["These Rules take effect on 1 May 2030."]
    notes = {b.eid: b for b in kb.blocks if b.document == "boat-hire" and b.kind == "note"}
    assert set(notes) == {"note_a", "art_2__note_b"}  # [^a] is marked in the adoption note, [^b] in Article 2
    assert notes["note_a"].text == "An unofficial rendering by a student group; the hirers must not rely on it."
    text = kb.sources["boat-hire"]
    for b in notes.values():  # every character: the span is the definition, label and text
        assert text[b.span.start:b.span.end].startswith("[^") and text[b.span.start:b.span.end].endswith(b.text)
    assert not [a for a in arts.values() if "[^" in a.text or "student group" in a.text]
    assert not [o for o in kb.obligations if "rely on it" in o.text]  # "must" in a note is no duty
    assert [d.text for d in kb.dropped if d.reason.startswith("footnote mark")] == ["[^a]", "[^b]"]
    jsonschema.validate(json.loads(render(kb, "json")), load_schema())  # a "note" block is in the schema
    (info,) = [d for d in kb.diagnostics if d.code == "footnote"]
    assert info.severity == "info" and "2 Markdown footnote(s)" in info.message


def test_notes_after_their_paragraph_leave_the_law_around_them(tmp_path: Path) -> None:
    kb = _kb(tmp_path, "kiosk-licences.md", AFTER_THE_PARAGRAPH)
    arts = {a.number: a for a in kb.articles_of("kiosk-licences")}
    assert [p.text for p in arts[2].paragraphs] == [
        "A kiosk keeper shall display the licence at the counter and shall renew it every year.",
        "The city market regulator may revoke a licence that is not displayed."]
    assert [p.text for p in arts[3].paragraphs] == ["Kiosk keepers may not sell alcohol after midnight."]
    assert [p.text for p in arts[4].paragraphs] == ["These Measures take effect on 1 January 2031."]
    notes = {b.eid: b.text for b in kb.blocks if b.kind == "note"}
    assert notes == {
        "art_2__note_licence-form": "The licence form is the one the city market regulator published in 2029. It "
                                    "replaced the paper slip that operators shall no longer use. The old slips remain "
                                    "valid until they expire.",
        "art_3__note_night": '"Midnight" here means 00:00 local time.'}
    # the law's duties are all read; none from the notes ("operators shall no longer use" is a note's)
    assert sorted((o.article, o.modality) for o in kb.obligations) == [
        (2, "obligation"), (2, "obligation"), (2, "permission"), (3, "prohibition")]
    assert not [o for o in kb.obligations if "paper slip" in o.text]
    assert not [d for d in kb.definitions if d.term.strip('"') == "Midnight"]


def test_a_mark_without_its_note_is_kept_and_reported() -> None:
    text = ("---\ntitle: x\n---\n\nArticle 1 Dealers shall keep receipts.[^9]\n\n"
            "Article 2 These Rules take effect on 1 June 2030.\n")
    s = parse_structure(_source(text), "doc")
    assert s.articles[0].text == "Dealers shall keep receipts.[^9]"
    assert [d for d in s.diagnostics if d.code == "footnote" and d.severity == "warning"]
    assert not [b for b in s.blocks if b.kind == "note"]


def test_text_without_footnotes_is_read_as_before() -> None:
    """A bracket with a caret that is no Markdown footnote ("[^abc]" inside a formula is not at a line start) and a
    line that only looks like one inside a sentence stay law."""
    text = ("---\ntitle: x\n---\n\nArticle 1 The pattern [^0-9] matches any character but a digit, and operators "
            "shall test it.\n\nArticle 2 These Rules take effect on 1 June 2030.\n")
    s = parse_structure(_source(text), "doc")
    assert "[^0-9]" in s.articles[0].text and not s.blocks
    assert not [d for d in s.diagnostics if d.code == "footnote" and d.severity == "info"]


# --- generated layouts: any number of notes, anywhere, with marks anywhere -----------------------------------------

SENTENCES = ["Operators shall keep the records for two years.", "The county bureau may inspect the records.",
             "No person may sell the records.", "Hirers have the right to a copy of their record."]


@st.composite
def footnoted(draw: st.DrawFn) -> tuple[str, list[str], int]:
    """A text of articles whose paragraphs may end with a mark, whose notes stand after their paragraph or after the
    last article; returns (text, the notes' texts, the number of paragraphs)."""
    n = draw(st.integers(1, 5))
    notes: list[str] = []
    body: list[str] = []
    at_end: list[str] = []
    paragraphs = 0
    for k in range(1, n + 1):
        body.append(f"Article {k}" if draw(st.booleans()) else f"#### Article {k}")
        for _ in range(draw(st.integers(1, 3))):
            sentence = draw(st.sampled_from(SENTENCES))
            paragraphs += 1
            if draw(st.booleans()):
                label = f"{len(notes) + 1}" if draw(st.booleans()) else f"n{len(notes) + 1}"
                note = f"Note {len(notes) + 1}: {draw(st.sampled_from(SENTENCES))}"
                notes.append(note)
                body.append(f"{sentence}[^{label}]")
                definition = f"[^{label}]: {note}"
                if draw(st.booleans()):
                    body += ["", definition]
                else:
                    at_end.append(definition)
            else:
                body.append(sentence)
            body.append("")
    text = "---\ntitle: Generated\n---\n\n" + "\n".join(body + at_end) + "\n"
    return text, notes, paragraphs


@settings(max_examples=150, deadline=None)
@given(footnoted())
def test_generated_footnotes_are_notes_and_nothing_is_lost(case: tuple[str, list[str], int]) -> None:
    text, notes, paragraphs = case
    src = _source(text, "gen.md")
    s = parse_structure(src, "doc")
    assert sorted(b.text for b in s.blocks if b.kind == "note") == sorted(notes)
    assert sum(len(a.paragraphs) for a in s.articles) == paragraphs  # a mark never joins two paragraphs
    assert not [a for a in s.articles if "[^" in a.text or "Note " in a.text]
    assert_nothing_lost(src)  # every character: in an article, a heading, a note or the dropped list (the marks)
    for b in s.blocks:
        assert re.sub(r"\s+", " ", text[b.span.start:b.span.end]).endswith(b.text)


def test_the_site_shows_notes_apart_from_the_law(tmp_path: Path) -> None:
    import html

    from regkb.build import build_site

    from .conftest import seed_corpus

    corpus = seed_corpus(tmp_path / "corpus")
    (corpus / "boat-hire.md").write_text(AT_THE_END, encoding="utf-8")
    res = build_site(corpus, tmp_path / "site")
    page = (res.site_dir / "provisions" / "boat-hire" / "art-2.html").read_text(encoding="utf-8")
    aside = re.search(r'<aside class="regkb-comment regkb-note".*?</aside>', page, re.S)
    assert aside is not None
    shown = html.unescape(re.sub(r"<[^>]+>", " ", aside.group()))
    assert "Note (a footnote of the text) — not part of the law" in shown and "covers groups" in shown
    assert "covers groups" not in page[:aside.start()] and "[^b]" not in page
    whole = (res.site_dir / "provisions" / "boat-hire" / "all.html").read_text(encoding="utf-8")
    assert whole.count('class="regkb-comment regkb-note"') == 2  # [^a] under the preamble, [^b] under Article 2
    assert whole.index("student group") < whole.index('class="regkb-article"')  # under the preamble
