"""Structure that holds when the numbering or the layout is not clean (issue 12).

- An article number used twice: the structure is kept; the repeated article is set apart, verbatim, as a block of
  kind ``repeated-article`` with its own eId, an error at its line, and every reference to that number is warned
  ambiguous. Before, the whole document was kept undivided.
- Text between a chapter or section heading and its first article is kept, as the part's own text (block kind
  ``part-text``), with a warning; never dropped.
- A deleted article that keeps its number ("Article 8 [Deleted]", "Article 5 (Repealed)", "第八条 （删去）"): the
  placeholder is its text, not its caption, and the editor's note after it is a comment, not the article's law.
- An editor's label inside emphasis before its bracket ("*(Editor's note: ...)*") is a label.

Fixtures in several layouts (Markdown with bold headings, plain text with "Art." headings alone on their line,
Chinese headings); each test fails on the code before the rule.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.corpus import read_source
from regkb.parse import parse_file
from regkb.parse.structure import PART_TEXT, REPEATED_ARTICLE, parse_structure

from .conftest import CORPUS

MD_BOLD = """---
title: Rules on Kiosk Licences
---
## Chapter I General Provisions

**Article 1** These Rules govern kiosk licences.

**Article 2** Kiosk operators shall hold a licence.

## Chapter II Licences

**Article 3** The licensing office shall decide on an application within 20 days.

**Article 3** A licence is valid for three years.

**Article 4** An operator who breaches Article 3 shall be fined.
"""

TXT_ALONE = """---
title: Ferry Safety Rules
---
Chapter 1 General

Art. 1
These Rules apply to river ferries.

Art. 2
Ferry operators shall carry life jackets for every passenger.

Art. 2
Ferry operators shall post the passenger limit at the gangway.

Art. 3
Inspectors may board a ferry to check compliance with Art. 2.
"""

CJK = """---
title: 渡口管理规定
---
第一条 为了规范渡口管理，制定本规定。

第二条 渡口经营者应当配备救生设备。

第二条 渡口经营者应当公布载客限额。

第三条 本规定自发布之日起施行。
"""


def _parse(tmp_path: Path, text: str, name: str = "doc.md"):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, encoding="utf-8")
    return parse_file(read_source(tmp_path / name, tmp_path)), (tmp_path / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "numbers", "repeat", "line"), [
    (MD_BOLD, [1, 2, 3, 4], "**Article 3** A licence is valid for three years.", 14),
    (TXT_ALONE, [1, 2, 3], "Art. 2 Ferry operators shall post the passenger limit at the gangway.", 12),
    (CJK, [1, 2, 3], "第二条 渡口经营者应当公布载客限额。", 8),
], ids=["markdown bold headings", "plain text, numbers alone", "chinese headings"])
def test_a_repeated_article_is_set_apart_and_the_structure_holds(tmp_path: Path, text: str, numbers: list[int],
                                                                 repeat: str, line: int) -> None:
    doc, src = _parse(tmp_path, text)
    assert [a.number for a in doc.articles] == numbers  # before: no articles, the whole text one block
    (b,) = [b for b in doc.blocks if b.kind == REPEATED_ARTICLE]
    assert b.text == repeat
    assert re.sub(r"\s+", " ", src[b.span.start:b.span.end]) == repeat  # every character, where it was
    assert b.eid == f"art_{numbers[-2] if text is MD_BOLD else numbers[1]}__repeat_1"
    (err,) = [d for d in doc.diagnostics if d.severity == "error"]
    assert (err.code, err.line) == ("duplicate-article", line) and "kept apart" in err.message
    for a in doc.articles:  # the repeat is in no article
        assert repeat.split(" ", 2)[-1] not in a.text


def test_references_to_a_repeated_number_are_ambiguous(tmp_path: Path) -> None:
    (tmp_path / "kiosk.md").write_text(MD_BOLD, encoding="utf-8")
    (tmp_path / "ferry.md").write_text(TXT_ALONE, encoding="utf-8")
    kb = KnowledgeBase.from_corpus(tmp_path)
    assert not kb.unstructured_ids
    amb = sorted((d.file, d.line) for d in kb.diagnostics if d.code == "ambiguous-reference")
    assert amb == [("ferry.md", 16), ("kiosk.md", 16)]
    # the repeat is law kept apart: nothing is read from it, and the rest is read as usual
    assert not [o for o in kb.obligations if o.document == "kiosk" and o.article == 3 and "three years" in o.text]
    assert {(o.document, o.article) for o in kb.obligations} >= {("kiosk", 2), ("ferry", 2)}
    result = CliRunner().invoke(cli, ["check", "--corpus", str(tmp_path)])
    assert result.exit_code == 1 and "kiosk.md:14:" in result.output and "ferry.md:12:" in result.output
    assert "kept whole" not in result.output


@pytest.mark.parametrize(("text", "kept", "eid", "line"), [
    ("---\ntitle: T\n---\n## Chapter II Licences\n\nThis Chapter applies to kiosks on public land.\n\n"
     "**Article 1** Operators shall hold a licence.\n", "This Chapter applies to kiosks on public land.", "chp_2__text", 6),
    ("---\ntitle: T\n---\nChapter 1 General\n\nSection 1 Boats\n\nThe provisions of this Section also apply\nto "
     "rafts and pontoons.\n\nArt. 1\nOperators shall register boats.\n",
     "The provisions of this Section also apply to rafts and pontoons.", "chp_1__sec_1__text", 8),
], ids=["markdown chapter", "plain text section, hard-wrapped"])
def test_text_after_a_part_heading_is_kept(tmp_path: Path, text: str, kept: str, eid: str, line: int) -> None:
    doc, src = _parse(tmp_path, text)
    assert not doc.dropped  # before: dropped as stray text
    (b,) = [b for b in doc.blocks if b.kind == PART_TEXT]
    assert (b.eid, b.text) == (eid, kept)
    assert re.sub(r"\s+", " ", src[b.span.start:b.span.end]) == kept
    (w,) = [d for d in doc.diagnostics if d.code == "stray-text"]
    assert (w.severity, w.line) == ("warning", line) and "kept" in w.message


@pytest.mark.parametrize(("text", "number", "placeholder", "note"), [
    ("---\ntitle: T\n---\nArticle 4 Operators shall keep logs.\n\nArticle 5 (Repealed)\n\n_[Editor's note: Article 5 "
     "was repealed in 2030.]_\n\nArticle 6 Users may ask.\n", 5, "(Repealed)", "_[Editor's note: Article 5 was repealed in 2030.]_"),
    ("---\ntitle: T\n---\n**Article 7** Operators shall keep logs.\n\n**Article 8** [Deleted]\n\n*(Annotation: this "
     "Article was deleted by the 2031 amendment.)*\n\n**Article 9** Users may ask.\n", 8, "[Deleted]",
     "*(Annotation: this Article was deleted by the 2031 amendment.)*"),
    ("---\ntitle: T\n---\n第七条 经营者应当保存日志。\n\n第八条 （删去）\n\n*（编者注：第八条已删除。）*\n\n第九条 用户可以查询。\n", 8, "（删去）",
     None),
], ids=["plain, repealed, italic bracketed note", "bold headings, deleted, annotation", "chinese, deleted"])
def test_a_deleted_article_keeps_its_placeholder(tmp_path: Path, text: str, number: int, placeholder: str,
                                                 note: str | None) -> None:
    doc, _ = _parse(tmp_path, text)
    (a,) = [a for a in doc.articles if a.number == number]
    assert (a.title, a.text) == ("", placeholder)  # before: the placeholder was the caption, the note the law
    assert [d.code for d in doc.diagnostics if d.code == "deleted-article"] == ["deleted-article"]
    if note is not None:
        assert [b.text for b in doc.blocks if b.kind == "comment"] == [note]


@pytest.mark.parametrize("line", [
    "*(Editor's note: the second sentence was added in 2029.)*",
    "_(Translator's note: the Chinese term is broader.)_",
    "**[Comment:** this duty is new.]",
])
def test_an_editors_label_inside_emphasis_is_a_comment_inside_the_article(tmp_path: Path, line: str) -> None:
    """Set apart by its label, the note is a comment even with law after it (a plain italic paragraph there is
    only a doubt)."""
    text = f"---\ntitle: T\n---\nArticle 1 Operators shall keep logs.\n\n{line}\n\nOperators shall report.\n"
    doc, _ = _parse(tmp_path, text)
    assert [b.text for b in doc.blocks if b.kind == "comment"] == [line]
    assert doc.articles[0].text == "Operators shall keep logs.\n\nOperators shall report."


def test_the_site_shows_what_is_kept_apart(tmp_path: Path) -> None:
    from regkb.build import build_site

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for reg in ("laws.yaml", "bodies.yaml"):
        (corpus / reg).write_bytes((CORPUS / reg).read_bytes())
    (corpus / "kiosk.md").write_text(MD_BOLD.replace("## Chapter II Licences\n", "## Chapter II Licences\n\n"
                                                     "This Chapter applies to kiosks on public land.\n")
                                     + "\n**Article 5** [Deleted]\n", encoding="utf-8")
    res = build_site(corpus, tmp_path / "site")
    site = res.site_dir / "provisions"
    whole = html.unescape(next(site.glob("*/all.html")).read_text(encoding="utf-8"))
    assert 'class="regkb-repeated"' in whole and "A licence is valid for three years." in whole
    assert 'class="regkb-part-text"' in whole and "kiosks on public land" in whole
    art3 = html.unescape(next(site.glob("*/art-3.html")).read_text(encoding="utf-8"))
    aside = re.search(r'<aside class="regkb-repeated".*?</aside>', art3, re.S)
    assert aside is not None and "three years" not in art3[:aside.start()]
    art5 = html.unescape(next(site.glob("*/art-5.html")).read_text(encoding="utf-8"))
    assert 'class="regkb-deleted"' in art5 and "Article 5 is printed as deleted" in art5 and "[Deleted]" in art5
    assert 'class="regkb-deleted"' not in art3


def test_the_json_export_takes_the_new_kinds(tmp_path: Path) -> None:
    import json

    import jsonschema

    from regkb.export import render
    from regkb.schema import load_schema

    (tmp_path / "kiosk.md").write_text(MD_BOLD.replace("## Chapter II Licences\n", "## Chapter II Licences\n\n"
                                                       "This Chapter applies to kiosks.\n"), encoding="utf-8")
    kb = KnowledgeBase.from_corpus(tmp_path)
    assert sorted(b.kind for b in kb.blocks) == [PART_TEXT, REPEATED_ARTICLE]
    jsonschema.validate(json.loads(render(kb, "json")), load_schema())


# --- property: any numbering, repeated or not, keeps every character once --------------------------------

_SENTENCE = st.lists(st.sampled_from(["operators", "shall", "keep", "records", "the", "office", "may", "inspect",
                                      "users", "report"]), min_size=2, max_size=8).map(lambda w: " ".join(w).capitalize() + ".")


@st.composite
def _bodies(draw: st.DrawFn) -> tuple[str, int]:
    numbers = draw(st.lists(st.integers(1, 6), min_size=1, max_size=8))
    style = draw(st.sampled_from(["Article {n} ", "**Article {n}** ", "Art. {n}\n", "第{c}条 "]))
    cjk = "一二三四五六"
    out: list[str] = []
    for k, n in enumerate(numbers):
        if draw(st.booleans()) and k % 3 == 0:
            out.append(f"Chapter {k // 3 + 1} Part\n\n" + (draw(_SENTENCE) + "\n\n" if draw(st.booleans()) else ""))
        out.append(style.format(n=n, c=cjk[n - 1]) + draw(_SENTENCE) + "\n\n")
    repeats = len(numbers) - len(set(numbers))
    return "".join(out), repeats


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_bodies())
def test_repeats_and_part_text_lose_nothing(tmp_path: Path, case: tuple[str, int]) -> None:
    body, repeats = case
    (tmp_path / "gen.md").write_text("---\ntitle: Generated\n---\n" + body, encoding="utf-8")
    src = read_source(tmp_path / "gen.md", tmp_path)
    s = parse_structure(src, "gen")
    assert s.articles  # never kept whole for a repeated number
    assert sum(b.kind == REPEATED_ARTICLE for b in s.blocks) == repeats
    assert len({a.number for a in s.articles}) == len(s.articles)
    count = [0] * len(src.text)
    dropped = [False] * len(src.text)
    for d in s.dropped:
        for k in range(d.span.start, d.span.end):
            dropped[k] = True
            count[k] += 1
    for h in s.headings:
        for k in range(h.start, h.end):
            count[k] += 1
    spans = [p.span for a in s.articles for p in a.paragraphs] + [b.span for b in s.blocks]
    for sp in spans:
        for k in range(sp.start, sp.end):
            if not dropped[k]:
                count[k] += 1
    bad = [k for k in range(src.body_offset, len(src.text)) if not src.text[k].isspace() and count[k] < 1]
    assert not bad, (body, src.text[bad[0]:bad[0] + 30])


# --- a text that numbers its paragraphs numbers a one-paragraph article too -----------------------------------

LONE_PAREN = """---
title: T
---
**Article 1** (1) These Rules govern the hire of e-scooters.

**Article 2**

(1) Operators shall insure every scooter.

(2) Operators shall keep a register of hires.

**Article 3**

(1) No operator may hire a scooter to any of the following persons:

(a) a person under 16;

(b) a person without a helmet.

**Article 4**

(1) Operators shall report accidents within 24 hours.

(2) The transport office may suspend an operator.
"""

LONE_DOT = """---
title: T
---
Art. 1 Scope
1. These Rules apply to community fridges.

Art. 2 Hygiene
1. Keepers shall clean the fridge weekly.
2. Keepers shall discard food past its date.

Art. 3 Forbidden items
1. Donors may not place any of the following in a fridge:
(i) raw meat;
(ii) alcohol;
(iii) opened medicines.

Art. 4 Records
1. Keepers shall keep a cleaning log.
2. The council may inspect the log.
"""


@pytest.mark.parametrize(("text", "lone"), [(LONE_PAREN, [1, 3]), (LONE_DOT, [1, 3])],
                         ids=["(1) in markdown with bold numbers", "1. with captions, items (i)"])
def test_a_lone_numbered_paragraph_is_a_paragraph(tmp_path: Path, text: str, lone: list[int]) -> None:
    doc, _ = _parse(tmp_path, text)
    shape = {a.number: [len(p.items) for p in a.paragraphs] for a in doc.articles}
    # before: Article 1 was one paragraph with one item, Article 3 one paragraph of 3 or 4 items
    assert shape == {1: [0], 2: [0, 0], 3: [2 if text is LONE_PAREN else 3], 4: [0, 0]}
    for n in lone:
        a = doc.articles[n - 1]
        assert a.paragraphs[0].label in ("(1)", "1.") and not a.paragraphs[0].text.startswith(("(1)", "1."))


def test_a_single_numbered_line_in_a_text_without_numbered_paragraphs_stays_an_item(tmp_path: Path) -> None:
    text = ("---\ntitle: T\n---\nArticle 1 Operators shall report the following:\n\n(1) Accidents.\n\n"
            "Article 2 Operators shall keep records.\n\nArticle 3 (1) The office may inspect.\n")
    doc, _ = _parse(tmp_path, text)
    assert [len(p.items) for p in doc.articles[0].paragraphs] == [1]
    assert [len(p.items) for p in doc.articles[2].paragraphs] == [1]  # no paragraph numbering in this text


# --- a bulleted list that a lead-in introduces holds the lead-in's items ----------------------------------------


@pytest.mark.parametrize("text", [
    "---\ntitle: T\n---\nArticle 1 Operators shall keep the following records:\n\n- the date of each hire;\n"
    "- the name of the hirer;\n- the return time.\n\nArticle 2 These Rules take effect on 1 May.\n",
    "---\ntitle: T\n---\nArticle 1\nOperators shall keep the following records:\n• the date of each hire;\n"
    "• the name of the hirer;\n• the return time.\n\nArticle 2\nThese Rules take effect on 1 May.\n",
], ids=["markdown dashes", "printed bullets, one paragraph per line"])
def test_bullets_after_a_lead_in_are_its_items(tmp_path: Path, text: str) -> None:
    doc, _ = _parse(tmp_path, text)
    (p,) = doc.articles[0].paragraphs  # before: four paragraphs
    assert [i.text for i in p.items] == ["the date of each hire;", "the name of the hirer;", "the return time."]
    assert [i.label for i in p.items] == ["", "", ""] and p.intro == "Operators shall keep the following records:"


def test_bullets_without_a_lead_in_stay_paragraphs(tmp_path: Path) -> None:
    text = ("---\ntitle: T\n---\nArticle 1 Operators shall keep records.\n\n- Records are kept for a year.\n\n"
            "Article 2 These Rules take effect on 1 May.\n")
    doc, _ = _parse(tmp_path, text)
    assert [len(p.items) for p in doc.articles[0].paragraphs] == [0, 0]
