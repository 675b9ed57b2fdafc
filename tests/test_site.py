"""The site generator and the atomic, deterministic build (no browser here: see test_site_browser.py)."""

from __future__ import annotations

import fcntl
import hashlib
import html
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import markdown
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.build import build_site, corpus_epoch
from regkb.cli import cli
from regkb.errors import RegkbError
from regkb.site import generate, short_name
from regkb.site.generate import Site, document_number, redline
from regkb.site.markup import Mark, annotate, csv_cell, esc, href, md_link, page_url

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DOC = "deep-synthesis-provisions"


# --- escaping ---------------------------------------------------------------------------------------

HOSTILE = [
    '<script>alert("x")</script>',
    "{{ config.site_name }}",
    "[click](javascript:alert(1))",
    '--8<-- "/etc/passwd"',
    "*[HTML]: Hyper Text Markup Language",
    "{: #evil onclick=\"alert(3)\" }",
    "<img src=x onerror=alert(2)>",
    "**bold** _em_ `code` ~~del~~ ==mark== ^^ins^^",
    "| a | b |\n|---|---|",
    "&amp; &lt; &#60;",
    "# not a heading",
    "1. not a list",
    "![img](http://example.com/x.png)",
    "<!-- comment -->",
    "\\*escaped\\*",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_the_same_text(text: str) -> None:
    body = markdown.markdown(f"<p>{esc(text)}</p>\n\nx {esc(text)} y",
                             extensions=["attr_list", "abbr", "tables", "admonition", "toc", "md_in_html", "def_list"])
    assert "<script" not in body and "<img" not in body and "<a " not in body and "<abbr" not in body
    assert "onclick" not in body.replace("onclick&#61;", "") or "onclick=" not in body
    plain = " ".join(text.split())
    texts = re.findall(r"<p>(.*?)</p>", body, re.S)
    assert [html.unescape(t) for t in texts] == [plain, f"x {plain} y"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_escaping_leaves_no_markup_character(text: str) -> None:
    out = esc(text)
    bare = re.sub(r"&#\d+;", "", out)
    assert not set(bare) & set("<>&\"'[](){}*_`#|!:-=~^\\.+$%@/\n\r\t")
    expected = "".join(" " if c in "\n\r\t" else c for c in text)
    assert html.unescape(out).replace("\ufffd", "") == "".join(  # U+FFFD marks what was dropped (or was there)
        c for c in expected if not (ord(c) < 32 or 127 <= ord(c) < 160 or 0xD800 <= ord(c) < 0xE000 or c == "\ufffd"))


@pytest.mark.parametrize(("src", "dst", "anchor", "url"), [
    ("index.md", "definitions.md", "", "definitions.html"),
    ("provisions/d/art-1.md", "provisions/d/art-2.md", "art_2", "art-2.html#art_2"),
    ("provisions/d/art-1.md", "definitions.md", "def-x", "../../definitions.html#def-x"),
    ("actors/index.md", "actors/a.md", "", "a.html"),
    ("actors/a.md", "actors/index.md", "", "index.html"),
    ("graph/index.md", "index.md", "", "../index.html"),
    ("index.md", "index.md", "top", "index.html#top"),
])
def test_relative_urls(src: str, dst: str, anchor: str, url: str) -> None:
    assert href(src, dst, anchor) == url


@pytest.mark.parametrize(("md", "url"), [("index.md", "index.html"), ("a/index.md", "a/index.html"), ("a/b.md", "a/b.html")])
def test_page_url(md: str, url: str) -> None:
    assert page_url(md) == url


def test_md_link() -> None:
    assert md_link("actors/a.md", "actors/a.csv") == "a.csv"
    assert md_link("index.md", "laws/index.md", "x") == "laws/index.md#x"


@pytest.mark.parametrize(("text", "marks", "expected"), [
    ("a term here", [Mark(2, 6, "term", "u", "t")], 'a <a href="u" title="t">term</a> here'),
    ("term term", [Mark(0, 4, "term", "u"), Mark(5, 9, "term", "v")], '<a href="u">term</a> <a href="v">term</a>'),
    ("the big\nterm", [Mark(4, 12, "big term", "u")], 'the <a href="u">big term</a>'),
    ("nothing", [Mark(0, 3, "zzz", "u")], "nothing"),
    ("<x> term", [Mark(4, 8, "term", "u", 'say "hi"')], '&#60;x&#62; <a href="u" title="say &#34;hi&#34;">term</a>'),
])
def test_annotate(text: str, marks: list[Mark], expected: str) -> None:
    assert annotate(text, marks) == expected


def test_a_reference_to_several_articles_links_each() -> None:
    m = Mark(10, 30, "Articles 16 and 17", "a16", "x", "r", ((9, 11, "a16", "Art. 16"), (16, 18, "a17", "Art. 17")))
    out = annotate("As in the Articles 16 and 17 hereof", [m])
    assert out == ('As in the <span class="regkb-multiref">Articles <a class="r" href="a16" title="Art&#46; 16">16</a>'
                   ' and <a class="r" href="a17" title="Art&#46; 17">17</a></span> hereof')


def test_overlapping_marks_keep_the_first_and_never_shift_to_a_later_occurrence() -> None:
    term = Mark(0, 4, "term", "t", rank=0)
    actor = Mark(0, 4, "term", "a", rank=2)
    assert annotate("term and term", [actor, term]) == '<a href="t">term</a> and term'


@pytest.mark.parametrize(("value", "cell"), [("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-x", "'-x"),
                                               ("@a", "'@a"), ("plain  text\n", "plain text")])
def test_csv_cells_cannot_start_a_formula(value: str, cell: str) -> None:
    assert csv_cell(value) == cell


def test_redline_marks_deletions_and_insertions() -> None:
    out = redline("shall mark <b> content", "shall label <b> content")
    assert "<del>mark</del>" in out and "<ins>label</ins>" in out and "&#60;b&#62;" in out


# --- names and citations -------------------------------------------------------------------------------


def test_short_name_and_document_number(kb: KnowledgeBase) -> None:
    doc = kb.document(DOC)
    assert short_name(kb, doc) == "Deep Synthesis Provisions"
    assert document_number(doc) == "Order No. 12 of CAC, MIIT, and MPS (jointly)"


@pytest.mark.parametrize(("eid", "citation"), [
    ("art_17", "Deep Synthesis Provisions, Art. 17"),
    ("art_17__para_2", "Deep Synthesis Provisions, Art. 17(2) [paragraph number inferred]"),  # after the items
    ("art_19__para_2", "Deep Synthesis Provisions, Art. 19(2) [paragraph number inferred]"),  # from a reference
    ("art_17__para_1__item_3", "Deep Synthesis Provisions, Art. 17(1)(III)"),
    ("art_15__para_1__item_2", "Deep Synthesis Provisions, Art. 15(1)(II)"),
])
def test_citations(kb: KnowledgeBase, eid: str, citation: str, tmp_path: Path) -> None:
    assert Site(kb, tmp_path).cite(DOC, eid) == citation


# --- generated pages ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, kb: KnowledgeBase) -> tuple[Path, list]:
    kb = KnowledgeBase.from_corpus(kb.corpus_dir)  # the corpus the ``kb`` fixture reads
    out = tmp_path_factory.mktemp("pages")
    return out, generate(kb, out)


def _nav_paths(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [p for v in nav.values() for p in _nav_paths(v)]
    if isinstance(nav, list):
        return [p for v in nav for p in _nav_paths(v)]
    return []


def test_every_page_is_in_the_nav_and_every_nav_entry_exists(pages: tuple[Path, list]) -> None:
    out, nav = pages
    in_nav = _nav_paths(nav)
    assert len(in_nav) == len(set(in_nav))
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert sorted(in_nav) == on_disk


def test_every_article_has_a_page_with_anchors_for_each_provision(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    for a in kb.articles_of(DOC):
        text = (out / f"provisions/{DOC}/art-{a.number}.md").read_text(encoding="utf-8")
        assert f"{{#{a.eid}}}" in text
        for p in a.paragraphs:
            assert f'id="{p.eid}"' in text
            for it in p.items:
                assert f'id="{it.eid}"' in text
        assert '\\"@type\\": \\"Legislation\\"' in text.split("---")[1]


def test_article_page_links_defined_terms_with_their_definition(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    text = (out / f"provisions/{DOC}/art-17.md").read_text(encoding="utf-8")
    uses = [u for u in kb.term_uses if u.document == DOC and u.article == 17]
    links = re.findall(r'<a class="regkb-term" href="([^"]+)" data-term="([^"]+)" data-def="([^"]+)">', text)
    assert len(links) == len(uses) > 0
    d = kb.definition("deep synthesis service providers")
    assert (f"../../definitions.html#def-{d.id.rsplit('/', 1)[-1]}", esc(d.term), esc(d.definition)) in links


def test_glossary_lists_every_definition_with_where_defined_and_used(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    text = (out / "definitions.md").read_text(encoding="utf-8")
    for d in kb.definitions:
        assert f"## {esc(d.term)} {{#def-{d.id.rsplit('/', 1)[-1]}}}" in text
        n = len(kb.uses_of(d))
        assert (f"Used {n} times in" if n else "Not used elsewhere") in text


def test_actor_pages_and_csv_list_each_duty(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    for actor in kb.actors:
        obls = kb.obligations_of(actor=actor)
        slug = actor.id.split("/", 1)[-1]
        page = (out / f"actors/{slug}.md").read_text(encoding="utf-8")
        assert page.count('<li class="regkb-duty') == len(obls)
        rows = (out / f"actors/{slug}.csv").read_text(encoding="utf-8").splitlines()
        assert len(rows) == len(obls) + 1


def test_graph_data_has_every_article_law_and_actor(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    import json

    out, _ = pages
    data = json.loads((out / "graph/graph.json").read_text(encoding="utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert {a.id for a in kb.articles} | {law.id for law in kb.laws} | {a.id for a in kb.actors} <= ids
    assert {o.id for o in kb.obligations} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    assert (out / "graph/knowledge-base.json").is_file()


def test_law_pages_list_every_provision_citing_them(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    site = Site(kb, out)
    for law in kb.laws:
        text = (out / site.law_md(law.id)).read_text(encoding="utf-8")
        refs = kb.cited_by(law.id)
        assert text.count("<li>") == len(refs)
        for r in refs:
            assert f'href="../provisions/{r.document}/art-{r.article}.html#{r.eid}"' in text


def test_comparison_page_says_plainly_when_there_is_nothing_to_compare(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    text = (out / "changes.md").read_text(encoding="utf-8")
    if Site(kb, out).changes:
        assert 'class="regkb-change"' in text
    else:
        assert "No comparison yet" in text


# --- the built site ---------------------------------------------------------------------------------------


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.handlers: list[str] = []
        self.canonical = ""
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.ids.add(a["name"] or "")
        for k in ("href", "src"):
            if tag == "link" and a.get("rel") == "canonical":
                self.canonical = a.get("href") or ""  # the published address: never fetched
                continue
            if a.get(k) is not None:
                self.links.append((tag, k, a[k] or ""))
        self.handlers += [f"{tag}[{k}]" for k in a if k.startswith("on")]
        if tag == "script":
            self._script, self._buf = a, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._buf)))
            self._script = None

    def handle_data(self, data: str) -> None:
        (self._buf if self._script is not None else self.text).append(data)


def scan_site(site: Path) -> dict[str, _Scan]:
    out = {}
    for f in sorted(site.rglob("*.html")):
        s = _Scan()
        s.feed(f.read_text(encoding="utf-8"))
        out[f.relative_to(site).as_posix()] = s
    return out


def broken_links(site: Path) -> list[str]:
    scans = scan_site(site)
    bad = []
    for rel, s in scans.items():
        if rel == "404.html":
            continue
        base = "http://site/" + rel
        for tag, _, url in s.links:
            if not url or url.startswith(("mailto:", "data:")):
                continue
            full = urljoin(base, url)
            parts = urlsplit(full)
            if parts.netloc != "site":
                if tag != "a":  # a link a reader may follow is fine; anything the page itself loads is not
                    bad.append(f"{rel}: {tag} loads from another host: {url}")
                continue
            path = unquote(parts.path).lstrip("/")
            target = path + "index.html" if path.endswith("/") or path == "" else path
            if not (site / target).is_file():
                bad.append(f"{rel}: {url} -> missing {target}")
                continue
            if (parts.fragment and target.endswith(".html") and not parts.fragment.startswith("__")
                    and parts.fragment not in scans[target].ids):
                bad.append(f"{rel}: {url} -> no anchor #{parts.fragment} in {target}")
    return bad


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("built") / "site"
    build_site(CORPUS, site)
    return site


def test_built_site_has_no_broken_link_and_no_other_host(built: Path) -> None:
    assert broken_links(built) == []


def test_built_site_has_no_font_or_cdn_and_article_pages_have_jsonld(built: Path, kb: KnowledgeBase) -> None:
    scans = scan_site(built)
    for rel, s in scans.items():
        for attrs, _ in s.scripts:
            assert not (attrs.get("src") or "").startswith(("http:", "https:", "//")), rel
    page = scans[f"provisions/{DOC}/art-17.html"]
    import json

    ld = [json.loads(body) for attrs, body in page.scripts if attrs.get("type") == "application/ld+json"]
    assert ld and ld[0]["@type"] == "Legislation" and ld[0]["name"] == "Deep Synthesis Provisions, Art. 17"
    assert ld[0]["text"] == kb.article(17).text
    assert not any("fonts.googleapis" in (u or "") for s in scans.values() for _, _, u in s.links)


def _tree(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    other = tmp_path / "again"
    build_site(CORPUS, other)
    assert _tree(built) == _tree(other)


def test_sitemap_date_is_pinned_to_the_corpus(built: Path, kb: KnowledgeBase) -> None:
    import datetime
    import gzip

    day = datetime.datetime.fromtimestamp(corpus_epoch(kb), datetime.UTC).date().isoformat()
    assert day == "2023-01-10"
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<lastmod>(.*?)</lastmod>", sitemap)) <= {day}
    with gzip.open(built / "sitemap.xml.gz") as fh:
        fh.read()
        assert fh.mtime == corpus_epoch(kb)


# --- atomic builds --------------------------------------------------------------------------------------


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "laws.yaml").write_text("laws: []\n", encoding="utf-8")
    (corpus / "reg.md").write_text(textwrap.dedent("""\
        ---
        title_en: "Rules for the Management of Widgets"
        adopted_date: 2024-01-02
        ---
        **Article 1.** Widget makers shall label widgets.

        **Article 2.** For the purposes of these Rules, "widget" refers to a small thing.
        """), encoding="utf-8")
    return corpus


def test_a_failed_build_leaves_the_previous_site_untouched(small_corpus: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(small_corpus, site)
    before = _tree(site)
    (small_corpus / "reg.md").write_text("---\ntitle_en: [unclosed\n---\n**Article 1.** x\n", encoding="utf-8")
    with pytest.raises(RegkbError):
        build_site(small_corpus, site)
    assert _tree(site) == before

    def boom(_: Path) -> None:
        raise RuntimeError("killed at the last moment")

    (small_corpus / "reg.md").write_text("---\ntitle_en: \"Other\"\n---\n**Article 1.** Changed text.\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        build_site(small_corpus, site, before_swap=boom)
    assert _tree(site) == before
    assert not list(tmp_path.glob(".regkb/site.build-*"))
    build_site(small_corpus, site)
    assert _tree(site) != before and "Changed text" in (site / "provisions/reg/art-1.html").read_text()


def test_a_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up(small_corpus: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(small_corpus, site)
    before = _tree(site)
    code = ("import sys, time; sys.path.insert(0, sys.argv[3]); from regkb.build import build_site; "
            "build_site(sys.argv[1], sys.argv[2], before_swap=lambda p: (print('READY', flush=True), time.sleep(60)))")
    env = dict(os.environ)
    proc = subprocess.Popen([sys.executable, "-c", code, str(small_corpus), str(site), str(ROOT / "src")],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"  # the new site is built, not yet swapped in
        assert list(tmp_path.glob(".regkb/site.build-*"))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _tree(site) == before
    build_site(small_corpus, site)
    assert not list(tmp_path.glob(".regkb/site.build-*"))


def test_a_second_build_of_the_same_site_waits_then_gives_up_clearly(small_corpus: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    lock = tmp_path / ".regkb" / "site.lock"
    lock.parent.mkdir()
    with open(lock, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        messages: list[str] = []
        t0 = time.monotonic()
        with pytest.raises(RegkbError, match="already running"):
            build_site(small_corpus, site, lock_wait=0.6, log=messages.append)
        assert time.monotonic() - t0 >= 0.5
        assert any("waiting for another build" in m for m in messages)
    assert not site.exists()


def test_cli_build_reports_bad_input_with_exit_code_2(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["build", "--corpus", str(tmp_path / "missing"), "--site-dir", str(tmp_path / "s")])
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    assert not (tmp_path / "s").exists()


def test_cli_build_builds(small_corpus: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["build", "--corpus", str(small_corpus), "--site-dir", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    assert "built" in res.output and (tmp_path / "s" / "index.html").is_file()


# --- hostile text --------------------------------------------------------------------------------------

HOSTILE_DOC = """\
---
title_en: "Provisions on the Administration of Evil <script>alert('t')</script> Things of Tests"
issuing_body: "CAC"
adopted_date: 2024-01-02
status: "effective"
---
## Chapter I General <script>alert("chapter")</script> Provisions

**Article 1.** These Provisions use <script>alert("x")</script> and {{ config.site_name }} and [click](javascript:alert(1)) and <img src=x onerror=alert(2)>.

**Article 2.** Makers shall not print --8<-- "/etc/passwd" or *[HTML]: Hyper Text, `code`, **bold** and &amp; entities.

**Article 3.** Text with {: #evil onclick="alert(3)" } and :smile: and $$x$$ and | pipe | table.
"""

LITERALS = ['<script>alert("x")</script>', "{{ config.site_name }}", "[click](javascript:alert(1))",
            "<img src=x onerror=alert(2)>", '--8<-- "/etc/passwd"', "*[HTML]: Hyper Text", "`code`", "**bold**",
            "&amp; entities", '{: #evil onclick="alert(3)" }', "$$x$$ and | pipe | table"]


def test_markup_in_law_text_is_shown_as_text_and_never_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "laws.yaml").write_text("laws: []\n", encoding="utf-8")
    (corpus / "evil.md").write_text(HOSTILE_DOC, encoding="utf-8")
    site = tmp_path / "site"
    build_site(corpus, site)
    scans = scan_site(site)
    for rel, s in scans.items():
        assert s.handlers == [], rel
        for attrs, body in s.scripts:
            assert "alert" not in body or attrs.get("type") == "application/ld+json", rel
            if attrs.get("type") == "application/ld+json":
                assert "</script" not in body.lower()
        assert not any(u.lower().startswith("javascript:") for _, _, u in s.links), rel
        assert not any(t == "img" for t, _, _ in s.links), rel
    text = " ".join(" ".join(scans[f"provisions/evil/art-{n}.html"].text) for n in (1, 2, 3))
    text = " ".join(text.split())
    for lit in LITERALS:
        assert lit in text
    for page in ("index.html", "provisions/evil/art-1.html"):
        title = re.search(r"<title>(.*?)</title>", (site / page).read_text(encoding="utf-8"), re.S).group(1)
        assert "<script" not in title and "&lt;script&gt;" in title, page
    assert broken_links(site) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&[](){}*_-.\n")), max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=4))
def test_annotating_never_changes_the_text_shown(text: str, cuts: list[tuple[int, int]]) -> None:
    marks = [Mark(i, i + n, text[i:i + n], "u", "t") for i, n in cuts if text[i:i + n].strip()]
    out = annotate(text, marks)
    shown = html.unescape(re.sub(r"<[^>]+>", "", out))
    assert shown == "".join(" " if c in "\n\r\t" else c for c in text)
    assert len(re.findall(r"<a ", out)) <= len(marks)


def test_developer_guide_publishes_every_doc(pages: tuple[Path, list]) -> None:
    out, nav = pages
    docs = sorted((ROOT / "src/regkb/docs").glob("*.md"))
    assert docs, "src/regkb/docs has the guides"
    dev = next(v for entry in nav for k, v in entry.items() if k == "For developers")
    assert len(dev) == len(docs) + 1
    for f in docs:
        page = (out / "developers" / f.name).read_text(encoding="utf-8")
        assert page == f.read_text(encoding="utf-8")  # as written (the site's search ranks guides low)


def test_articles_list_what_cites_them(kb: KnowledgeBase, pages: tuple[Path, list]) -> None:
    out, _ = pages
    cited = {(t.document, t.article) for r in kb.references if r.kind == "internal" for t in r.targets
             if t.document == DOC and t.article is not None}
    if not cited:
        pytest.skip("the knowledge base has no internal reference yet")
    for doc, number in sorted(cited):
        text = (out / f"provisions/{doc}/art-{number}.md").read_text(encoding="utf-8")
        citing = {r.article for r in kb.cited_by(number, doc) if r.article != number}
        for n in citing:
            assert f'href="art-{n}.html#art_{n}' in text.split("## Cited by")[1]


def test_a_build_needs_no_network_and_no_npm(small_corpus: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The graph view is the site's own script: with no npm and an unreachable registry the build is
    complete (graph included), quick, and two builds are identical."""
    import time

    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))  # no npm, no node
    monkeypatch.setenv("npm_config_registry", "http://127.0.0.1:9/")  # and no registry either
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # nothing in a cache
    t0 = time.monotonic()
    messages: list[str] = []
    build_site(small_corpus, tmp_path / "a", log=messages.append)
    assert time.monotonic() - t0 < 120 and messages == []
    build_site(small_corpus, tmp_path / "b")
    files = {p.relative_to(tmp_path / "a").as_posix() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    assert {"assets/graph.js", "graph/graph-data.js", "graph/graph.json"} <= files
    assert not any("vendor" in f or "cytoscape" in f for f in files)
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    page = (tmp_path / "a/graph/index.html").read_text(encoding="utf-8")
    assert 'data-lib="../assets/graph.js"' in page and "cytoscape" not in page
    article = next((tmp_path / "a/provisions").rglob("art-1.html")).read_text(encoding="utf-8")
    assert "graph.js" not in article and "graph-data.js" not in article  # only the graph page loads them
    data = (tmp_path / "a/graph/graph-data.js").read_text(encoding="utf-8")
    assert data.startswith("window.regkbGraphData = {") and "</" not in data


def test_a_corpus_of_two_regulations_builds_with_a_section_each(small_corpus: Path, tmp_path: Path) -> None:
    (small_corpus / "other.md").write_text(textwrap.dedent("""\
        ---
        title_en: "Measures for the Administration of Gadgets of Online Shops"
        short_title: "Gadget Measures"
        adopted_date: 2024-03-04
        ---
        ## Chapter I General Provisions

        **Article 1.** Gadget sellers shall register gadgets.

        **Article 2.** Gadget sellers may sell widgets.
        """), encoding="utf-8")
    kb = KnowledgeBase.from_corpus(small_corpus)
    nav = generate(kb, tmp_path / "docs")
    provisions = next(v for entry in nav for k, v in entry.items() if k == "The provisions")
    assert [next(iter(e)) for e in provisions[1:]] == ["Gadget Measures", "Widgets Rules"]  # by document id
    site = tmp_path / "site"
    build_site(small_corpus, site)
    assert (site / "provisions/other/art-2.html").is_file() and (site / "provisions/reg/art-1.html").is_file()
    assert broken_links(site) == []
    assert "Gadget Measures, Art. 1" in (site / "provisions/other/art-1.html").read_text(encoding="utf-8")
    # several regulations: the index lists the documents (not every article), each document has its contents page
    # with its chapters and articles, which the article's crumb and the navigation lead to (regkb#16)
    assert [next(iter(e)) if isinstance(e, dict) else e for e in provisions[1:][0]["Gadget Measures"][:2]] == [
        "provisions/other/index.md", "Whole text"]
    index = (site / "provisions/index.html").read_text(encoding="utf-8")
    assert 'href="other/index.html">contents</a>' in index and 'href="other/all.html">whole text</a>' in index
    assert "art-1.html" not in index and "Gadget sellers" not in index
    contents = (site / "provisions/other/index.html").read_text(encoding="utf-8")
    assert 'href="art-2.html">Article 2</a> — Gadget sellers may sell widgets&#46;' in contents
    crumb = (site / "provisions/other/art-1.html").read_text(encoding="utf-8")
    m = re.search(r'class="regkb-crumb">Gadget Measures · <a href="index.html#([^"]+)">Chapter I', crumb)
    assert m and f'id="{m.group(1)}"' in contents
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="provisions/other/index.html">contents</a>' in home


def test_a_corpus_with_the_text_of_a_cited_law(small_corpus: Path, tmp_path: Path) -> None:
    """The home page lists the documents; a citation of a law whose text is in the corpus (frontmatter
    `law:`) links to that text, at the article when one is named; the law's page links to its text."""
    (small_corpus / "laws.yaml").write_text(textwrap.dedent("""\
        laws:
          - id: gadget-law
            title: "Gadget Law of Example Land"
            short_names: ["GL"]
            aliases: ["Law on Gadgets"]
            kind: law
        """), encoding="utf-8")
    (small_corpus / "reg.md").write_text(textwrap.dedent("""\
        ---
        title_en: "Rules for the Management of Widgets"
        adopted_date: 2024-01-02
        effective_date: 2024-02-01
        status: effective
        ---
        **Article 1.** These Rules are made in accordance with the Gadget Law of Example Land.

        **Article 2.** Widget makers shall label widgets as required by Article 2 of the Gadget Law of Example Land.
        """), encoding="utf-8")
    (small_corpus / "gadget-law-text.md").write_text(textwrap.dedent("""\
        ---
        title_en: "Gadget Law of Example Land"
        short_title: "GL"
        law: gadget-law
        adopted_date: 2020-01-01
        status: effective
        ---
        **Article 1.** Gadget sellers shall register gadgets.

        **Article 2.** Gadget makers shall mark gadgets.
        """), encoding="utf-8")
    kb = KnowledgeBase.from_corpus(small_corpus)
    site = tmp_path / "site"
    build_site(small_corpus, site)
    assert broken_links(site) == []
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Documents in this corpus" in home and "Gadget Law of Example Land" in home
    assert "Rules for the Management of Widgets" in home
    art1 = (site / "provisions/reg/art-1.html").read_text(encoding="utf-8")
    assert re.search(r'<a class="regkb-law" href="(gadget-law-text/all\.html|\.\./gadget-law-text/all\.html)"', art1), art1
    refs = [r for r in kb.references if r.document == "reg" and r.article == 2 and any(t.law for t in r.targets)]
    assert any(t.article == 2 for r in refs for t in r.targets)
    art2 = (site / "provisions/reg/art-2.html").read_text(encoding="utf-8")
    assert 'href="../gadget-law-text/art-2.html#art_2' in art2  # "Article 2 of the Gadget Law": its article
    law_page = (site / "laws/gadget-law.html").read_text(encoding="utf-8")
    assert "Its text is in this corpus" in law_page and "../provisions/gadget-law-text/all.html" in law_page
    assert (site / "provisions/gadget-law-text/all.html").is_file() and (site / "provisions/reg/all.html").is_file()
