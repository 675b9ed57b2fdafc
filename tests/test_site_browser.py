"""The built site in a real Chromium (Debian's), driven by Playwright, served on 127.0.0.1.

Screenshots of each page go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

from regkb import KnowledgeBase
from regkb.build import build_site
from regkb.index import records
from regkb.site.generate import Site

from .test_search_relevance import ISSUE_QUERIES, right_first

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
DOC = "deep-synthesis-provisions"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():  # pragma: no cover - .ci/run installs it
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, kb: Any) -> Iterator[tuple[Path, str]]:
    """The seed corpus' site, built for (and served at) a port of 127.0.0.1: instant loading matches
    links against the sitemap, whose addresses carry the port of ``site_url``."""
    out = tmp_path_factory.mktemp("browser") / "site"
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    url = f"http://127.0.0.1:{srv.server_address[1]}/"
    build_site(Path(kb.corpus_dir), out, site_url=url)  # the corpus the ``kb`` fixture reads
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield out, url
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture(scope="module")
def site(served: tuple[Path, str]) -> Path:
    return served[0]


@pytest.fixture(scope="module")
def base(served: tuple[Path, str]) -> str:
    return served[1]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """A page with its console errors, page errors and requests recorded."""

    def __init__(self, browser: Any, base: str, **context: Any) -> None:
        self.ctx = browser.new_context(**({"viewport": {"width": 1280, "height": 900}} | context))
        self.page = self.ctx.new_page()
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def go(self, path: str, wait: str = "load") -> Any:
        self.page.goto(self.base + path, wait_until=wait)
        return self.page

    def foreign(self) -> list[str]:
        host = urlsplit(self.base).netloc
        return [u for u in self.requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                and urlsplit(u).netloc != host]

    def shot(self, name: str, full: bool = False) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"site-{name}.png"), full_page=full)

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def watch(browser: Any, base: str) -> Iterator[Watch]:
    w = Watch(browser, base)
    yield w
    w.close()


def test_home_loads_with_no_console_error_and_no_request_to_another_host(watch: Watch, kb: KnowledgeBase) -> None:
    page = watch.go("", wait="networkidle")
    assert _text(page.locator("h1").first) == kb.document(DOC).title
    counts = {el.get_attribute("data-count"): int(el.inner_text()) for el in page.locator(".regkb-n").all()}
    assert counts["articles"] == len(kb.articles) and counts["definitions"] == len(kb.definitions)
    assert counts["obligations"] == len(kb.obligations) and counts["actors"] == len(kb.actors)
    assert "unofficial English translation" in page.locator(".regkb-sources").inner_text()
    assert page.locator("#regkb-header-search").count() == 1  # the site's own search box
    watch.shot("home", full=True)
    for path in ("provisions/index.html", "definitions.html", "graph/index.html", "actors/index.html",
                 "laws/index.html", "changes.html", "developers/index.html"):
        watch.go(path)
    watch.page.wait_for_load_state("networkidle")
    assert watch.errors == []
    assert watch.foreign() == []


def search_via_header(page: Any, words: str) -> None:
    """Search as a reader does: the box in the header (on a phone, its button opens the search page)."""
    box = page.locator("#regkb-header-q")
    if box.is_visible():
        box.click()
        page.keyboard.type(words)
        page.keyboard.press("Enter")
    else:
        page.locator("#regkb-header-search button").click()
        page.wait_for_url(re.compile(r".*/search\.html.*"))
        page.locator(".regkb-search-page[data-ready=yes]").wait_for(timeout=10000)
        page.locator("#regkb-search-q").fill(words)
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/search\.html\?q=.*"))
    page.locator(".regkb-search-page[data-ready=yes]").wait_for(timeout=10000)
    page.locator("a.regkb-hit-title").first.wait_for(timeout=10000)


def hit_hrefs(page: Any) -> list[str]:
    return [a.get_attribute("href") or "" for a in page.locator("a.regkb-hit-title").all()]


def test_search_finds_the_article_on_prominent_marks(watch: Watch) -> None:
    page = watch.go("")
    search_via_header(page, "prominent marks")
    assert "/art-17.html" in hit_hrefs(page)[0]  # the best hit is the article
    watch.shot("search")
    page.locator("a.regkb-hit-title").first.click()
    page.wait_for_url(re.compile(r".*/art-17\.html.*"))
    page.locator("h1", has_text="Article 17").first.wait_for(timeout=10000)  # instant loading swaps the content
    assert watch.errors == []


def test_search_finds_definitions(watch: Watch, kb: KnowledgeBase) -> None:
    d = sorted(kb.definitions, key=lambda d: d.id)[0]
    words = " ".join(d.definition.split()[:4])
    page = watch.go("search.html?q=" + quote(words))
    page.locator('a.regkb-hit-title[href*="definitions.html"]').first.wait_for(timeout=10000)


def test_hovering_a_defined_term_shows_its_definition(watch: Watch, kb: KnowledgeBase) -> None:
    page = watch.go(f"provisions/{DOC}/art-17.html")
    term = page.locator("a.regkb-term").first
    d = kb.definition(term.get_attribute("data-term") or term.inner_text())
    term.hover()
    tip = page.locator("#regkb-pop")
    tip.wait_for(state="visible", timeout=5000)
    shown = " ".join(tip.inner_text().split())
    assert d.term in shown and "Full definition" in shown
    assert " ".join(d.definition.split()[:10]) in shown
    size = float(tip.evaluate("el => getComputedStyle(el).fontSize").removesuffix("px"))
    body = float(page.locator(".regkb-article p").first.evaluate("el => getComputedStyle(el).fontSize").removesuffix("px"))
    assert size >= 0.9 * body and size >= 12
    watch.shot("tooltip")
    page.mouse.move(5, 5)
    tip.wait_for(state="hidden", timeout=3000)
    term.click()  # a click opens the pop-up (if hover did not), the next one follows the link
    if "definitions.html" not in page.url:
        term.click()
    page.wait_for_url(re.compile(r".*/definitions\.html#def-.*"))
    assert _text(page.locator(f"#{page.url.split('#')[1]}")).lower() == d.term.lower()


def test_on_a_phone_a_tap_opens_the_pop_up_and_does_not_leave_the_page(browser: Any, base: str) -> None:
    w = Watch(browser, base, **PHONE)
    try:
        page = w.go(f"provisions/{DOC}/art-23.html")
        url = page.url
        term = page.locator("a.regkb-term").first
        term.tap()
        tip = page.locator("#regkb-pop")
        tip.wait_for(state="visible", timeout=5000)
        assert page.url == url
        box = tip.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert len(tip.inner_text().split()) < 70  # short: the full definition is a link away
        w.shot("popover-phone")
        page.locator(".regkb-pop-close").tap()
        tip.wait_for(state="hidden", timeout=3000)
        term.tap()
        tip.wait_for(state="visible", timeout=3000)
        page.locator("h1").first.tap()  # a tap elsewhere closes it
        tip.wait_for(state="hidden", timeout=3000)
        term.focus()
        tip.wait_for(state="visible", timeout=3000)
        page.keyboard.press("Escape")
        tip.wait_for(state="hidden", timeout=3000)
        assert page.url == url and w.errors == []
    finally:
        w.close()


def test_from_the_file_system_text_pop_ups_graph_and_search_work(
        browser: Any, site: Path) -> None:
    ctx = browser.new_context()
    errors: list[str] = []
    try:
        page = ctx.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((site / f"provisions/{DOC}/art-17.html").as_uri())
        assert page.locator("#art_17__para_1").is_visible()
        page.locator("a.regkb-term").first.hover()
        page.locator("#regkb-pop").wait_for(state="visible", timeout=5000)
        assert page.url.endswith("art-17.html")
        page.locator("#regkb-header-q").fill("rumour")  # search: the index is a script, not fetched JSON
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/search\.html\?q=rumour$"))
        page.locator("a.regkb-hit-title").first.wait_for(timeout=10000)
        assert page.locator("a.regkb-hit-title").first.get_attribute("href").startswith("file://")
        page.locator("a.regkb-hit-title").first.click()
        page.wait_for_url(re.compile(r".*/art-11\.html.*"))
        page.locator("h1", has_text="Article 11").first.wait_for(timeout=10000)
        page.goto((site / "graph/index.html").as_uri())
        page.wait_for_selector('#regkb-graph[data-ready="true"]', timeout=15000)
        assert page.locator("#regkb-graph svg a.regkb-g-node").count() > 50
        assert errors == []
    finally:
        ctx.close()


def _text(locator: Any) -> str:
    """Visible text without the permalink sign MkDocs adds to headings."""
    return " ".join(locator.inner_text().replace("¶", " ").split())


def _in_view(page: Any, anchor: str) -> bool:
    return page.evaluate("""(id) => { const el = document.getElementById(id); if (!el) return false;
        const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }""", anchor)


def test_an_internal_reference_lands_on_the_article_anchor(watch: Watch, kb: KnowledgeBase) -> None:
    refs = [r for r in kb.references if r.kind == "internal" and r.resolved and r.target and r.target.article
            and r.document == DOC]
    if not refs:
        pytest.skip("the knowledge base has no resolved internal reference yet (the core's extractor fills it)")
    r = refs[0]
    page = watch.go(f"provisions/{DOC}/art-{r.article}.html")
    link = page.locator("a.regkb-ref").first
    link.click()
    t = r.target
    page.wait_for_url(re.compile(rf".*/art-{t.article}\.html#.+"))
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith(f"art_{t.article}")
    page.wait_for_timeout(300)
    assert _in_view(page, anchor)
    watch.shot("reference")


@pytest.mark.parametrize(("eid", "citation"), [
    ("art_17__para_1__item_3", "Deep Synthesis Provisions, Art. 17(1)(III)"),
    ("art_17__para_2", "Deep Synthesis Provisions, Art. 17(2) [paragraph number inferred]"),
])
def test_permanent_anchor_and_copy_citation(watch: Watch, eid: str, citation: str) -> None:
    page = watch.go(f"provisions/{DOC}/art-17.html#{eid}")
    page.wait_for_timeout(300)
    assert _in_view(page, eid)
    el = page.locator(f"#{eid}")
    el.hover()
    el.locator(".regkb-cite").first.click()
    assert page.evaluate("window.regkbLastCopied") == citation
    page.locator(".regkb-actions .regkb-cite").click()
    assert page.evaluate("window.regkbLastCopied") == "Deep Synthesis Provisions, Art. 17"


def test_actor_pages_list_every_duty_the_knowledge_base_has(watch: Watch, kb: KnowledgeBase, tmp_path: Path) -> None:
    if not kb.actors:
        pytest.skip("the knowledge base has no actor yet (the core's extractor fills it)")
    site = Site(kb, tmp_path)
    ranked = sorted(kb.actors, key=lambda a: (-len(kb.obligations_of(actor=a)), a.id))
    busiest = ranked[0]
    for actor in ranked[:2] + ranked[-1:]:  # every actor page is counted in test_site.py; three in the browser
        page = watch.go(site.actor_md(actor.id)[:-3] + ".html")
        obls = kb.obligations_of(actor=actor)
        assert page.locator("li.regkb-duty").count() == len(obls), actor.id
        for m in ("obligation", "prohibition", "permission", "encouragement"):
            n = sum(o.modality == m for o in obls)
            assert page.locator(f'li.regkb-duty[data-modality="{m}"]').count() == n
        if actor is busiest:
            watch.shot("actor", full=True)
            with page.expect_download() as dl:
                page.locator('a[href$=".csv"]').first.click()
            rows = Path(dl.value.path()).read_text(encoding="utf-8-sig").splitlines()
            assert len(rows) == len(obls) + 1


def test_comparison_page_shows_a_quote_and_a_paraphrase_differently(watch: Watch, kb: KnowledgeBase, tmp_path: Path) -> None:
    page = watch.go("changes.html")
    watch.shot("changes", full=True)
    changes = Site(kb, tmp_path).changes
    if not any(c.quoted == "quote" for c in changes) or not any(c.quoted == "paraphrase" for c in changes):
        assert page.locator("#no-changes").count() == (0 if changes else 1)
        pytest.skip("the knowledge base has no draft claims of both kinds yet (the comparison stage fills them)")
    quote = page.locator(".regkb-quote blockquote").first
    para = page.locator(".regkb-paraphrase").first
    style = "(el) => { const s = getComputedStyle(el); return [s.fontStyle, s.borderLeftStyle, s.borderTopStyle]; }"
    assert quote.evaluate(style) != para.evaluate(style)
    assert "paraphrase" in para.inner_text().lower()
    kinds = sorted({c.kind for c in changes})
    page.locator(f'.regkb-filter button[data-kind="{kinds[0]}"]').click()
    visible = page.locator(".regkb-change:visible").count()
    assert visible == sum(c.kind == kinds[0] for c in changes)


def test_graph_page_draws_nodes(watch: Watch, site: Path) -> None:
    page = watch.go("graph/index.html")
    page.wait_for_selector('#regkb-graph[data-ready="true"]', timeout=15000)
    data = json.loads((site / "graph" / "graph.json").read_text(encoding="utf-8"))
    assert int(page.get_attribute("#regkb-graph", "data-nodes") or 0) == len(data["nodes"]) > 0
    assert page.locator("#regkb-graph svg a.regkb-g-node").count() == len(data["nodes"])
    assert page.locator("#regkb-graph svg line").count() == len(data["edges"])
    box = page.locator("#regkb-graph").bounding_box()
    assert box and box["height"] > 300
    circles = page.locator("#regkb-graph circle")
    first = [circles.nth(i).get_attribute("cx") for i in range(5)]
    watch.shot("graph")
    page.locator('.regkb-graph-filter input[value="actor"]').uncheck()
    assert not page.locator('#regkb-graph a[data-type="actor"]').first.is_visible()
    page.reload()
    page.wait_for_selector('#regkb-graph[data-ready="true"]', timeout=15000)
    assert [circles.nth(i).get_attribute("cx") for i in range(5)] == first  # one graph, one drawing
    page.locator('#regkb-graph a[data-type="actor"] circle').first.click()
    page.wait_for_url(re.compile(r".*/actors/.*\.html$"))
    assert watch.errors == [] and watch.foreign() == []


def test_dark_scheme_and_print_layout(browser: Any, base: str) -> None:
    w = Watch(browser, base, color_scheme="dark")
    try:
        page = w.go(f"provisions/{DOC}/art-17.html")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        w.shot("article-dark")
        page.emulate_media(media="print")
        assert not page.locator(".regkb-actions .regkb-cite").is_visible()
        assert not page.locator(".md-sidebar--primary").is_visible()
        assert page.locator("#art_17__para_1").is_visible()
    finally:
        w.close()


def test_instant_navigation_keeps_the_page_working(watch: Watch) -> None:
    page = watch.go(f"provisions/{DOC}/art-16.html", wait="networkidle")  # instant loading needs the sitemap
    page.evaluate("window.__marker = 1")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(re.compile(r".*/art-17\.html(#.*)?$"))
    assert page.evaluate("window.__marker") == 1  # no full reload
    page.locator(".regkb-actions .regkb-cite").click()
    assert page.evaluate("window.regkbLastCopied") == "Deep Synthesis Provisions, Art. 17"
    page.locator(".md-tabs__link", has_text="Graph").click()
    page.wait_for_selector('#regkb-graph[data-ready="true"]', timeout=15000)
    assert watch.errors == []


def test_screenshots_of_each_page(watch: Watch) -> None:
    for path, name in (("provisions/index.html", "provisions"), (f"provisions/{DOC}/art-17.html", "article"),
                       ("definitions.html", "definitions"), ("actors/index.html", "actors"),
                       ("laws/index.html", "laws"), ("developers/index.html", "developers")):
        watch.go(path)
        watch.shot(name)
    assert sorted(p.name for p in ARTIFACTS.glob("site-*.png"))
    assert shutil.which  # artefacts are kept for people to look at


def test_the_site_also_works_from_the_file_system(browser: Any, site: Path) -> None:
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto((site / "index.html").as_uri())
        page.locator(".md-tabs__link", has_text="The provisions").click()
        page.wait_for_url(re.compile(r".*/provisions/index\.html$"))
        page.locator("article a", has_text="Article 17").first.click()
        page.wait_for_url(re.compile(r".*/art-17\.html$"))
        assert _text(page.locator("h1").first).startswith("Article 17")
    finally:
        ctx.close()


PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_every_provision_page_says_status_translation_version_and_source(browser: Any, base: str, kb: KnowledgeBase,
                                                                          size: str) -> None:
    w = Watch(browser, base, **(PHONE if size == "phone" else {}))
    try:
        fm = kb.document(DOC).frontmatter or {}
        for n in (1, 17, len(kb.articles_of(DOC))):
            page = w.go(f"provisions/{DOC}/art-{n}.html")
            banner = page.locator(".regkb-status")
            assert banner.is_visible()
            text = " ".join(banner.inner_text().split())
            assert f"In force since {fm['effective_date']}" in text
            assert "Unofficial English translation" in text
            assert f"Text as adopted {fm['adopted_date']}" in text
            assert str(fm["url"]) in text
            box = banner.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"] + 1
        w.shot(f"article-{size}")
        assert w.errors == []
    finally:
        w.close()


def _pdf_pages(pdf: bytes) -> list[str]:
    pdfminer = pytest.importorskip("pdfminer.high_level")
    import io

    from pdfminer.layout import LTTextContainer

    return [" ".join(" ".join(el.get_text().split()) for el in layout if isinstance(el, LTTextContainer))
            for layout in pdfminer.extract_pages(io.BytesIO(pdf))]


def test_an_article_prints_with_running_header_and_footer(watch: Watch, kb: KnowledgeBase) -> None:
    page = watch.go(f"provisions/{DOC}/art-17.html")
    pages = _pdf_pages(page.pdf(format="A4", print_background=False))
    fm = kb.document(DOC).frontmatter or {}
    for text in pages:  # on every page: title and article, status and date, address, caveat
        assert "Deep Synthesis Provisions — Article 17" in text
        assert f"In force since {fm['effective_date']}" in text
        assert "art-17.html" in text and "Unofficial translation" in text
        assert f"of {len(pages)}" in text
    assert "Copy citation" not in " ".join(pages) and "Search" not in pages[0].split("Article 17", 1)[0]
    assert len(pages) <= 3


def test_the_whole_instrument_is_one_page_and_prints(watch: Watch, kb: KnowledgeBase) -> None:
    page = watch.go(f"provisions/{DOC}/all.html")
    arts = kb.articles_of(DOC)
    assert page.locator("h3[id^=art_]").count() == len(arts)
    assert page.locator(".regkb-status").count() == 1
    assert _text(page.locator("h1").first) == kb.document(DOC).title
    for a in arts:
        assert page.locator(f"#{a.eid}").count() == 1
    last = arts[-1].paragraphs[-1]
    assert " ".join(last.intro.split()[:6]) in " ".join(page.locator(f"#{last.eid}").inner_text().split())
    pages = _pdf_pages(page.pdf(format="A4"))
    assert len(pages) > 3 and all("whole text" in t and "Page" in t for t in pages)
    watch.go("provisions/index.html").locator("a", has_text="whole text").first.click()
    watch.page.wait_for_url(re.compile(r".*/all\.html$"))


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize(("words", "expect"), ISSUE_QUERIES, ids=[q for q, _ in ISSUE_QUERIES])
def test_site_search_finds_the_right_article_first(browser: Any, base: str, kb: KnowledgeBase, search: Any,
                                                   words: str, expect: set[int] | str, size: str) -> None:
    """The issue's searches, typed into the site's search box: the first result is the right provision, and it
    is the first hit of whoosh too (one analysis, one ranking)."""
    w = Watch(browser, base, **(PHONE if size == "phone" else {}))
    try:
        page = w.go("")
        search_via_header(page, words)
        first = page.evaluate("q => window.regkbSearch.record(window.regkbSearch.search(q, {}).hits[0].i)", words)
        where = {r.id: r for r in records(kb)}.get(first["id"])
        assert where is not None and right_first(expect, first["id"], where.document, where.article), (words, first["id"])
        assert first["id"] == search(words).hits[0].id
        href = hit_hrefs(page)[0]
        assert href.endswith(first["u"]), (href, first["u"])
        status = page.locator(".regkb-search-status")
        assert status.get_attribute("aria-live") == "polite" and re.match(r"\d+ results? for", status.inner_text())
        assert w.errors == [] and w.foreign() == []
    finally:
        w.close()


def page_weight(browser: Any, url: str, requests: list[str] | None = None) -> dict[str, int]:
    """Bytes over the wire for one cold load of ``url`` (empty cache), by kind of file."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    sizes: dict[str, int] = {}
    try:
        page = ctx.new_page()
        bodies: list[Any] = []
        page.on("response", lambda r: bodies.append(r))
        if requests is not None:
            page.on("request", lambda r: requests.append(r.url))
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(500)
        for r in bodies:
            path = urlsplit(r.url).path
            ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "html"
            kind = {"htm": "html", "mjs": "js"}.get(ext, ext)
            try:
                sizes[kind] = sizes.get(kind, 0) + len(r.body())
            except Exception:
                continue
    finally:
        ctx.close()
    sizes["total"] = sum(sizes.values())
    return sizes


def test_article_page_weight_is_measured_and_has_no_graph_library(browser: Any, base: str) -> None:
    urls: list[str] = []
    sizes = page_weight(browser, base + f"provisions/{DOC}/art-17.html", urls)
    assert not any("graph" in u for u in urls)  # the graph view and its data: on the graph page only
    assert not any("search" in urlsplit(u).path for u in urls), urls  # the search: on first use only
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weight.json").write_text(json.dumps(sizes, indent=1, sort_keys=True) + "\n")
    print("article page weight (bytes, cold):", sizes)
    # was 1,113,118 bytes, 594,465 of them JavaScript (the graph library on every page) and 292,544 the
    # theme's search index; then 749,479 with the index (345,231 bytes of JSON) still on every cold load
    assert sizes.get("js", 0) < 200_000 and "json" not in sizes
    assert sizes["total"] < 400_000


def test_no_address_is_baked_in_by_default(tmp_path: Path) -> None:
    build_site(ROOT / "corpus", tmp_path / "site")
    page = (tmp_path / "site" / f"provisions/{DOC}/art-17.html").read_text(encoding="utf-8")
    assert 'rel="canonical"' not in page and "127.0.0.1" not in page


def test_checklist_ticks_and_notes_survive_a_reload(watch: Watch, kb: KnowledgeBase, tmp_path: Path) -> None:
    actor = sorted(kb.actors, key=lambda a: (-len(kb.obligations_of(actor=a)), a.id))[0]
    page = watch.go(Site(kb, tmp_path).actor_md(actor.id)[:-3] + ".html")
    box = page.locator("li.regkb-duty input[type=checkbox]").nth(1)
    box.check()
    page.locator("li.regkb-duty .regkb-duty-note").nth(1).fill("owner: legal; evidence: policy v2")
    page.reload()
    assert page.locator("li.regkb-duty input[type=checkbox]").nth(1).is_checked()
    assert not page.locator("li.regkb-duty input[type=checkbox]").nth(0).is_checked()
    assert page.locator("li.regkb-duty .regkb-duty-note").nth(1).input_value() == "owner: legal; evidence: policy v2"
    with page.expect_download() as dl:
        page.locator(".regkb-export").click()
    raw = Path(dl.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheet programs read UTF-8
    import csv as _csv
    rows = list(_csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["citation", "modality", "action", "link", "status", "note"]
    obls = kb.obligations_of(actor=actor)
    assert len(rows) == len(obls) + 1
    assert rows[2][4] == "done" and rows[2][5] == "owner: legal; evidence: policy v2" and rows[1][4] == "open"
    assert rows[2][3].startswith("http") and "#art_" in rows[2][3]
    with page.expect_download() as dl2:
        page.locator('a[href$=".csv"]').first.click()
    static = Path(dl2.value.path()).read_bytes()
    head = next(_csv.reader([static.decode("utf-8-sig").splitlines()[0]]))
    assert static.startswith(b"\xef\xbb\xbf") and head[-4:] == ["link", "status", "owner", "evidence"]


def test_duty_table_fits_a_phone_as_cards(browser: Any, base: str) -> None:
    w = Watch(browser, base, **PHONE)
    try:
        page = w.go(f"provisions/{DOC}/art-17.html")
        table = page.locator("table.regkb-duties")
        box = table.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 391
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
        assert table.locator("td[data-label=Action]").first.evaluate(
            "el => getComputedStyle(el, '::before').content").startswith('"Action')
    finally:
        w.close()


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_screenshots_for_people_to_look_at(browser: Any, base: str, kb: KnowledgeBase, tmp_path: Path, size: str) -> None:
    w = Watch(browser, base, **(PHONE if size == "phone" else {}))
    try:
        actor = sorted(kb.actors, key=lambda a: (-len(kb.obligations_of(actor=a)), a.id))[0]
        for path, name in (("index.html", "home"), (f"provisions/{DOC}/art-17.html", "article"),
                           (Site(kb, tmp_path).actor_md(actor.id)[:-3] + ".html", "checklist"),
                           ("changes.html", "changes")):
            w.go(path)
            w.shot(f"{name}-{size}")
        assert w.errors == []
    finally:
        w.close()


def test_an_inferred_paragraph_number_is_marked_where_shown_and_copied(watch: Watch, kb: KnowledgeBase) -> None:
    a = kb.article(17, DOC)
    assert a.paragraphs[1].break_basis != "layout"  # the seed prints no break: the parser found one
    page = watch.go(f"provisions/{DOC}/art-17.html")
    num = page.locator("#art_17__para_2 .regkb-pnum")
    assert "regkb-pnum-inferred" in (num.get_attribute("class") or "")
    assert "inferred" in (num.get_attribute("title") or "") and "(number inferred)" in num.inner_text()
    assert "regkb-pnum-inferred" not in (page.locator("#art_17__para_1 .regkb-pnum").get_attribute("class") or "")
    page.locator("#art_17__para_2").hover()
    page.locator("#art_17__para_2 > p .regkb-cite").first.click()
    assert page.evaluate("window.regkbLastCopied") == "Deep Synthesis Provisions, Art. 17(2) [paragraph number inferred]"
    page.locator("#art_17__para_1").hover()
    page.locator("#art_17__para_1 .regkb-cite").first.click()
    assert page.evaluate("window.regkbLastCopied") == "Deep Synthesis Provisions, Art. 17(1)"
    table = page.locator("table.regkb-duties").inner_text()
    assert "17(2) [paragraph number inferred]" in table or all(
        o.eid.startswith("art_17__para_1") for o in kb.obligations_of(article=17, document=DOC))


def test_draft_vs_final_has_a_summary_sections_two_columns_and_filters_in_the_address(
        browser: Any, base: str, kb: KnowledgeBase, tmp_path: Path) -> None:
    changes = Site(kb, tmp_path).changes
    if not changes:
        pytest.skip("no comparison in the knowledge base")
    w = Watch(browser, base)
    try:
        page = w.go("changes.html")
        rows = page.locator(".regkb-change-summary tbody tr")
        assert rows.count() == len(changes) == page.locator("h2.regkb-change-title").count()
        rows.nth(5).locator("a").first.click()
        assert page.url.endswith("#change-" + changes[5].id)
        page = w.go("changes.html")
        withfinal = next(i for i, c in enumerate(changes) if c.final and c.draft_text)
        sec = page.locator(".regkb-change").nth(withfinal)
        draft, final = sec.locator(".regkb-side-draft"), sec.locator(".regkb-side-final")
        sec.scroll_into_view_if_needed()
        d, f = draft.bounding_box(), final.bounding_box()
        assert d and f and abs(d["y"] - f["y"]) < 2 and f["x"] > d["x"] + 100, (d, f)  # side by side
        # topics come from the final article, not from the commentary's last heading
        for i, c in enumerate(changes):
            if c.final and any(e.startswith("art_22") for _, e in c.final):
                title = page.locator("h2.regkb-change-title").nth(i).inner_text()
                assert "Personal information" not in title and "Art. 22" in title
        reworded = [i for i, c in enumerate(changes) if c.kind == "reworded"]
        if reworded:
            assert "translation only" in page.locator(".regkb-change").nth(reworded[0]).inner_text()
        kind = sorted({c.kind for c in changes})[-1]
        page.locator(f'.regkb-filter button[data-kind="{kind}"]').click()
        assert f"kind={kind}" in page.url
        w.go(f"changes.html?kind={kind}")
        visible = w.page.locator(".regkb-change:visible").count()
        assert visible == sum(c.kind == kind for c in changes)
        assert w.page.locator(".regkb-change-summary tbody tr:visible").count() == visible
        assert w.errors == []
    finally:
        w.close()
    phone = Watch(browser, base, **PHONE)
    try:
        page = phone.go("changes.html")
        sec = page.locator(".regkb-change").nth(withfinal)
        sec.scroll_into_view_if_needed()
        d = sec.locator(".regkb-side-draft").bounding_box()
        f = sec.locator(".regkb-side-final").bounding_box()
        assert d and f and f["y"] > d["y"]  # stacked on a phone
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
    finally:
        phone.close()


_CONTRAST = """(el) => {
  const parse = (c) => { const v = (c.match(/[\\d.]+/g) || []).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  let bg = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
  const fg = over(parse(getComputedStyle(el).color), bg);
  const lum = (c) => c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const a = lum(fg), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_badges_meet_aa_contrast_and_pages_have_headings(browser: Any, base: str, kb: KnowledgeBase,
                                                         tmp_path: Path, scheme: str) -> None:
    w = Watch(browser, base, color_scheme=scheme)
    try:
        actor = sorted(kb.actors, key=lambda a: (-len(kb.obligations_of(actor=a)), a.id))[0]
        page = w.go(Site(kb, tmp_path).actor_md(actor.id)[:-3] + ".html")
        seen = set()
        for badge in page.locator(".regkb-badge").all():
            kind = badge.get_attribute("title")
            if kind in seen:
                continue
            seen.add(kind)
            ratio = badge.evaluate(_CONTRAST)
            assert ratio >= 4.5, (kind, ratio)  # WCAG AA for small text
        assert {"obligation", "prohibition"} <= seen
        assert page.locator("h1").count() == 1 and page.locator("h2").count() >= 1
        page = w.go(f"provisions/{DOC}/art-17.html")
        assert page.locator("h1").count() == 1
        names = [h.inner_text().replace("¶", "").strip() for h in page.locator("article h2").all()]
        assert names[:3] == ["Obligations", "Cited by", "Changes since the draft"]
        for link in page.locator("a.regkb-permalink").all():
            assert (link.get_attribute("aria-label") or "").startswith("Permanent link to Deep Synthesis Provisions, Art. 17")
        for el in page.locator(".regkb-status span, .regkb-kind").all():
            assert el.evaluate(_CONTRAST) >= 4.5
    finally:
        w.close()


def test_a_printed_checklist_has_no_buttons_or_bullets(watch: Watch, kb: KnowledgeBase, tmp_path: Path) -> None:
    actor = sorted(kb.actors, key=lambda a: (-len(kb.obligations_of(actor=a)), a.id))[0]
    page = watch.go(Site(kb, tmp_path).actor_md(actor.id)[:-3] + ".html")
    page.emulate_media(media="print")
    assert not page.locator(".regkb-export").is_visible()
    assert not any(b.is_visible() for b in page.locator("a.md-button", has_text="CSV").all())  # duties, penalties
    assert page.locator("li.regkb-duty").first.evaluate("el => getComputedStyle(el).listStyleType") == "none"
    assert page.locator("li.regkb-duty input[type=checkbox]").first.is_visible()  # a box to tick on paper
    text = " ".join(_pdf_pages(page.pdf(format="A4")))
    assert "Export my ticks" not in text and "Download as CSV" not in text
    assert actor.label in text


# --- the site's own search (regkb.site.search, assets/search.js) -----------------------------------------


def test_the_browser_analyses_text_as_whoosh_does(watch: Watch, kb: KnowledgeBase) -> None:
    """Every word of every record, stemmed in the browser and by whoosh: the same stems; and each record's
    text analysed the same way (tokens, lower case, stop words, one-letter words)."""
    from whoosh.lang.porter import stem

    from regkb.index import THESAURUS, analyse

    recs = records(kb)
    texts = [f"{r.title} {r.text}" for r in recs]  # and every word of the corpus files and the guides
    texts += [f.read_text(encoding="utf-8") for f in sorted([*(ROOT / "corpus").glob("*.md"),
                                                             *(ROOT / "src/regkb/docs").glob("*.md")])]
    words = sorted({w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", t)}
                   | set(THESAURUS) | {"labelling", "labeling", "rumour", "penalties", "hopping", "yelling", "fully"})
    page = watch.go("search.html")
    page.locator(".regkb-search-page[data-ready=yes]").wait_for(timeout=10000)
    js = page.evaluate("ws => ws.map(w => window.regkbSearch.stem(w))", words)
    assert len(words) > 3000
    assert [w for w, s in zip(words, js, strict=True) if s != stem(w)] == []
    texts = [r.text for r in recs]
    js_texts = page.evaluate("ts => ts.map(t => window.regkbSearch.analyse(t))", texts)
    assert [r.id for r, a in zip(recs, js_texts, strict=True) if a != analyse(r.text)] == []


def test_facets_filter_and_live_in_the_address(watch: Watch, kb: KnowledgeBase) -> None:
    page = watch.go("search.html?q=" + quote("deep synthesis service providers"))
    page.locator("a.regkb-hit-title").first.wait_for(timeout=10000)
    status = page.locator(".regkb-search-status")
    total = int(status.inner_text().split()[0])
    duty = page.locator('button[data-facet="kind"][data-value="duty"]')
    count = int(re.search(r"\((\d+)\)", duty.inner_text()).group(1))
    assert 0 < count < total or count == total
    duty.click()
    page.wait_for_url(re.compile(r".*[?&]kind=duty.*"))
    assert status.inner_text().startswith(f"{count} result")
    assert "filtered by Duty" in status.inner_text()
    kinds = {li.get_attribute("data-kind") for li in page.locator("li.regkb-hit").all()}
    assert kinds == {"duty"}
    assert duty.get_attribute("aria-pressed") == "true"
    # a second facet: the modality of the duties
    mod = page.locator('button[data-facet="modality"][data-value="prohibition"]')
    n_mod = int(re.search(r"\((\d+)\)", mod.inner_text()).group(1))
    mod.click()
    page.wait_for_url(re.compile(r".*modality=prohibition.*"))
    assert page.locator("li.regkb-hit").count() == n_mod
    url = page.url
    page.reload()  # the state is in the address: a reload (or a shared link) shows the same results
    page.locator("a.regkb-hit-title").first.wait_for(timeout=10000)
    assert page.url == url and page.locator("li.regkb-hit").count() == n_mod
    assert page.locator('button[data-facet="kind"][data-value="duty"]').get_attribute("aria-pressed") == "true"
    assert page.locator("#regkb-search-q").input_value() == "deep synthesis service providers"
    page.go_back()  # back: the modality filter is gone, the kind filter stays
    page.wait_for_url(re.compile(r".*kind=duty(?!.*modality).*"))
    page.wait_for_function("n => document.querySelectorAll('li.regkb-hit').length === n", arg=min(count, 50))
    page.go_back()
    page.wait_for_url(re.compile(r".*search\.html\?q=[^&]*$"))
    page.wait_for_function("n => document.querySelectorAll('li.regkb-hit').length === n", arg=min(total, 50))
    # the actor facet lists the bearers of duties by name
    actors = [b.inner_text() for b in page.locator('button[data-facet="actor"]').all()]
    assert actors and all(re.search(r"\(\d+\)$", a) for a in actors)
    assert watch.errors == []


def test_search_is_usable_by_keyboard_alone(watch: Watch) -> None:
    page = watch.go(f"provisions/{DOC}/art-1.html")
    page.keyboard.press("/")  # the shortcut puts the cursor in the header's box
    assert page.evaluate("document.activeElement.id") == "regkb-header-q"
    page.keyboard.type("rumor")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/search\.html\?q=rumor$"))
    page.locator("a.regkb-hit-title").first.wait_for(timeout=10000)
    page.locator("#regkb-search-q").focus()
    for _ in range(30):  # Tab from the box reaches the filters, then the results
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('data-facet')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('data-facet')") == "kind"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*kind=.*"))
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"  # focus stays on it
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('regkb-hit-title')"):
            break
    href = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(href)
    assert watch.errors == []


def test_the_search_loads_on_first_use_only(browser: Any, base: str) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = ctx.new_page()
        urls: list[str] = []
        page.on("request", lambda r: urls.append(urlsplit(r.url).path))
        page.goto(base + f"provisions/{DOC}/art-17.html", wait_until="networkidle")
        assert not [u for u in urls if "search" in u]
        page.locator("#regkb-header-q").focus()  # first use: the code and the index arrive
        page.wait_for_function("() => !!window.regkbSearchData")
        assert "/assets/search.js" in urls and "/search/index.js" in urls
    finally:
        ctx.close()


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_screenshots_of_the_search(browser: Any, base: str, size: str) -> None:
    """For people to look at (also copied to /tmp/regkb-search-<size>.png)."""
    w = Watch(browser, base, **(PHONE if size == "phone" else {}))
    try:
        page = w.go("")
        search_via_header(page, "labelling")
        if size == "phone":  # the filters start folded on a phone, results first
            assert page.locator(".regkb-search-filters").get_attribute("open") is None
            w.shot("search-phone-folded")
            shutil.copyfile(ARTIFACTS / "site-search-phone-folded.png", "/tmp/regkb-search-phone-folded.png")
            page.locator(".regkb-search-filters summary").click()
        page.locator('button[data-facet="kind"][data-value="article"]').click()
        page.wait_for_url(re.compile(r".*kind=article.*"))
        w.shot(f"search-{size}")
        shutil.copyfile(ARTIFACTS / f"site-search-{size}.png", f"/tmp/regkb-search-{size}.png")
        if size == "phone":
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert w.errors == []
    finally:
        w.close()
