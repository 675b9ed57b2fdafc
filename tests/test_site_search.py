"""The site's search index (regkb.site.search): what it holds, where its results lead, what loads when.

The browser side (the same analysis and ranking as whoosh, facets, the address, file://) is tested in
tests/test_site_browser.py with Chromium.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from regkb import KnowledgeBase
from regkb.build import build_site
from regkb.index import KIND_BOOST, analyse, records, relatives_table
from regkb.site.search import GUIDE_BOOST, INDEX_JS, expand, index_data, index_script

DOC = "deep-synthesis-provisions"


@pytest.fixture(scope="module")
def built(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site-search") / "site"
    build_site(Path(kb.corpus_dir), out)
    return out


def _data(site: Path) -> dict[str, Any]:
    text = (site / INDEX_JS).read_text(encoding="utf-8")
    assert text.startswith("window.regkbSearchData=") and text.endswith(";\n")
    data = json.loads(text[len("window.regkbSearchData="):-2])
    data["records"] = expand(data)
    return data


def test_the_index_holds_every_whoosh_record_and_the_guides(built: Path, kb: KnowledgeBase) -> None:
    data = _data(built)
    ids = [r["id"] for r in data["records"]]
    assert ids[: len(records(kb))] == [r.id for r in records(kb)]  # the whoosh records, in their order
    guides = [r for r in data["records"] if r["k"] == "guide"]
    assert len(guides) > 20 and all(r.get("b") is None for r in guides)
    assert data["kindBoost"]["guide"] == GUIDE_BOOST < min(v for k, v in KIND_BOOST.items() if k in ("article", "law"))
    assert data["relatives"] == relatives_table()  # one synonym table for both
    assert ["mark", 1.0] in data["relatives"]["label"]


def test_every_result_leads_to_a_page_and_anchor_that_exist(built: Path) -> None:
    missing = []
    pages: dict[Path, str] = {}
    for r in _data(built)["records"]:
        url = r["u"]
        assert url, f"{r['id']} has no page"
        path, _, anchor = url.partition("#")
        f = built / path
        if not f.is_file():
            missing.append(url)
            continue
        if anchor:
            text = pages.setdefault(f, f.read_text(encoding="utf-8"))
            if f'id="{anchor}"' not in text:
                missing.append(url)
    assert missing == []


def test_provisions_lead_to_their_article_and_paragraph(built: Path) -> None:
    by_id = {r["id"]: r for r in _data(built)["records"]}
    assert by_id[f"{DOC}/art_17"]["u"] == f"provisions/{DOC}/art-17.html"
    assert by_id[f"{DOC}/art_17__para_2"]["u"] == f"provisions/{DOC}/art-17.html#art_17__para_2"
    assert by_id["pipl"]["u"] == "laws/pipl.html"
    assert by_id[f"{DOC}/def/training-data"]["u"].startswith("definitions.html#")


def test_snippets_come_from_the_text_as_printed_never_from_a_redline(built: Path, kb: KnowledgeBase) -> None:
    data = _data(built)
    texts = {r.id: r.text for r in records(kb)}
    for r in data["records"]:
        if r["id"].startswith("guide/"):
            continue  # (the guides quote markup on purpose: the extraction guide names `<del>` and `<ins>`)
        assert "<del>" not in r["x"] and "<ins>" not in r["x"], r["id"]
        if r["id"] in texts:
            assert r["x"] == texts[r["id"]]
    article = next(r for r in data["records"] if r["id"] == f"{DOC}/art_17")
    assert article["x"] == kb.article(17, DOC).text


def test_laws_carry_their_names_analysed(built: Path, kb: KnowledgeBase) -> None:
    laws = {r["id"]: r for r in _data(built)["records"] if r["k"] == "law"}
    pipl = kb.law("pipl") if hasattr(kb, "law") else next(x for x in kb.laws if x.id == "pipl")
    assert " ".join(analyse("PIPL")) in laws["pipl"]["ln"]
    assert " ".join(analyse(pipl.title)) in laws["pipl"]["ln"]


def test_no_page_loads_the_index_or_the_theme_search(built: Path) -> None:
    """Cold pages name neither the index nor the search code: regkb.js adds them on first use."""
    assert not (built / "search" / "search_index.json").exists()
    for f in (built / f"provisions/{DOC}/art-17.html", built / "index.html", built / "search.html"):
        text = f.read_text(encoding="utf-8")
        assert "search/index.js" not in text.replace('data-index="search/index.js"', "")
        assert "search_index.json" not in text and "assets/search.js\"></script>" not in text
    page = (built / "search.html").read_text(encoding="utf-8")
    assert 'aria-live="polite"' in page and 'role="search"' in page and 'action="search.html"' in page


def test_the_index_is_a_script_that_cannot_end_its_element(kb: KnowledgeBase, tmp_path: Path) -> None:
    from regkb.site.generate import Site

    data = index_data(Site(kb, tmp_path))
    data["records"][0]["x"] = "</script><script>alert(1)</script>"
    script = index_script(data)
    assert "</script" not in script
    assert json.loads(script[len("window.regkbSearchData="):-2])["records"][0]["x"].startswith("</script>")
    assert index_script(data) == script  # deterministic


def test_guide_sections_link_to_their_heading(built: Path) -> None:
    guides = [r for r in _data(built)["records"] if r["k"] == "guide" and "#" in r["u"]]
    assert guides
    search_guide = [r for r in guides if r["u"].startswith("developers/search.html#")]
    assert search_guide
    page = (built / "developers/search.html").read_text(encoding="utf-8")
    heads = {html.unescape(re.sub(r"<[^>]+>", "", m)).replace("¶", "").strip()
             for m in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)}
    for r in search_guide:
        assert r["t"].split(" — ", 1)[1] in heads
