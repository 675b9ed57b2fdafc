"""A block set apart after the last article that cites an article or binds a party of the law is reported (session
10): it may be law that lost its heading. The text stays as it was (kept apart, read for nothing). Each case in two
wordings and layouts: Markdown closed by "---", and a plain text closed by a line of "=" signs; an annex."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.kb import KnowledgeBase

MD = """---
title: Provisions of Nanpu City on Bicycle Parking Data
---

# Provisions of Nanpu City on Bicycle Parking Data

**Article 1** Operators of shared bicycles shall report parking data to the city transport bureau each day.

**Article 2** These Provisions take effect on 1 March 2031.

---

{after}
"""

TXT = """---
title: Rules of Fenghe District on Market Stall Permits
---
Rules of Fenghe District on Market Stall Permits

Article 1  These Rules apply to stalls at the markets of Fenghe District.

Article 2  Each stall holder shall show the permit to inspectors on request.

Article 3  These Rules take effect on 1 August 2030.

==========================================================

{after}
"""

ANNEX = """---
title: Measures of Liquan County on Well Water Records
---
Measures of Liquan County on Well Water Records

Article 1  Well owners shall keep a record of the water they draw.

Article 2  These Measures take effect on 1 May 2031.

Annex  Form of the Water Record

{after}
"""

MD2 = """---
title: Rules of Qiaotou Town on Parking Meters
---

**Article 1** The operator shall delete parking records after one year.

**Article 2** These Rules take effect on 1 June 2031.

***

{after}
"""

# (layout, the words after the law, what must be said: None for nothing)
CASES = [
    (MD, "Operators of shared bicycles shall also keep the data for two years.", "binds"),
    (TXT, "Stall holders must renew their permits every year.", "binds"),
    # the law names "the operator": its determiner is no part of the party's name
    (MD2, "Meter readings are public; operators must also tell drivers where the meters are.", "binds"),
    (MD, "See Article 1 for what the operators report.", "Article 1"),
    (TXT, "The fees are those of the preceding article.", "the preceding article"),
    (ANNEX, "The well owner fills in this form as Article 1 requires.", "Article 1"),
    (ANNEX, "Each well owner may attach a copy of the meter reading.", "binds"),
    # (review10) a unit of this text, capitalised, is no other instrument: "Article 1 of Chapter I", "of These Rules"
    (MD, "Bicycles parked as Article 1 of Chapter I says are counted.", "Article 1"),
    (TXT, "Permits follow the form of Article 2 of These Rules.", "Article 2"),
    # no doubt: a party the law does not bind, another instrument's article, no modal, no citation
    (MD, "The translators shall not be liable for errors. Licensed under CC BY 4.0.", None),
    (TXT, "Readers are referred to Article 5 of the Civil Code. (c) 2030 Hollis & Zhou.", None),
    (ANNEX, "Name of the well | Volume drawn | Date", None),
]


def _kb(tmp_path: Path, text: str, name: str) -> KnowledgeBase:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    return KnowledgeBase.from_corpus(corpus)


@pytest.mark.parametrize(("layout", "after", "said"), CASES, ids=[f"{k}-{c[2]}" for k, c in enumerate(CASES)])
def test_a_set_apart_block_that_looks_like_law_is_reported_and_kept(tmp_path: Path, layout: str, after: str,
                                                                    said: str | None) -> None:
    name = "text.md" if layout in (MD, MD2) else "text.txt"
    kb = _kb(tmp_path, layout.format(after=after), name)
    apart = [b for b in kb.blocks if b.kind in ("comment", "annex") and after.split()[0] in b.text]
    assert apart, "the block is set apart, as before"
    assert after.split(".")[0] not in " ".join(p.text for a in kb.articles for p in a.paragraphs)
    doubts = [d for d in kb.diagnostics if d.code == "set-apart-doubt"]
    if said is None:
        assert not doubts
        return
    assert len(doubts) == 1 and doubts[0].severity == "warning"
    assert said in doubts[0].message and apart[0].eid in doubts[0].message
    line = layout.format(after=after).splitlines().index(after.splitlines()[0]) + 1
    assert doubts[0].line <= line  # the place: the block's start (an annex's heading, or the line itself)
    assert not [o for o in kb.obligations if after.split(".")[0] in o.text]  # still read for nothing


def test_a_comment_between_articles_that_cites_one_is_not_this_doubt(tmp_path: Path) -> None:
    text = MD.format(after="Licensed under CC BY 4.0.").replace(
        "**Article 2**", "*Editor's note: Article 1 follows the national rule; operators shall read it.*\n\n**Article 2**")
    kb = _kb(tmp_path, text, "text.md")
    assert [b for b in kb.blocks if b.kind == "comment" and "Editor" in b.text]
    assert not [d for d in kb.diagnostics if d.code == "set-apart-doubt"]
