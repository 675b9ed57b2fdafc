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
from urllib.parse import urlsplit

import pytest

from regkb import KnowledgeBase
from regkb.build import build_site
from regkb.site.generate import Site

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
        self.ctx = browser.new_context(viewport={"width": 1280, "height": 900}, **context)
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
    watch.shot("home", full=True)
    for path in ("provisions/index.html", "definitions.html", "graph/index.html", "actors/index.html",
                 "laws/index.html", "changes.html", "developers/index.html"):
        watch.go(path)
    watch.page.wait_for_load_state("networkidle")
    assert watch.errors == []
    assert watch.foreign() == []


def test_search_finds_the_article_on_prominent_marks(watch: Watch) -> None:
    page = watch.go("")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("prominent marks")
    hit = page.locator('.md-search-result__item a[href*="/art-17.html"]').first
    hit.wait_for(timeout=10000)
    first = page.locator(".md-search-result__item a").first.get_attribute("href") or ""
    assert "/art-17.html" in first  # the best hit is the article
    watch.shot("search")
    hit.click()
    page.wait_for_url(re.compile(r".*/art-17\.html.*"))
    assert page.locator("h1").first.inner_text().startswith("Article 17")
    assert watch.errors == []


def test_search_finds_definitions(watch: Watch, kb: KnowledgeBase) -> None:
    d = sorted(kb.definitions, key=lambda d: d.id)[0]
    words = " ".join(d.definition.split()[:4])
    page = watch.go("")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type(words)
    page.locator('.md-search-result__item a[href*="definitions.html"]').first.wait_for(timeout=10000)


def test_hovering_a_defined_term_shows_its_definition(watch: Watch, kb: KnowledgeBase) -> None:
    page = watch.go(f"provisions/{DOC}/art-17.html")
    term = page.locator("a.regkb-term").first
    d = kb.definition(term.inner_text())
    term.hover()
    tip = page.locator(".md-tooltip2--active, .md-tooltip--active").first
    tip.wait_for(state="visible", timeout=5000)
    assert d.definition in " ".join(tip.inner_text().split())
    watch.shot("tooltip")
    term.click()
    page.wait_for_url(re.compile(r".*/definitions\.html#def-.*"))
    assert _text(page.locator(f"#{page.url.split('#')[1]}")).lower() == d.term.lower()


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
    ("art_17__para_2", "Deep Synthesis Provisions, Art. 17(2)"),
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
            rows = Path(dl.value.path()).read_text(encoding="utf-8").splitlines()
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
    assert page.locator("#regkb-graph canvas").count() > 0
    box = page.locator("#regkb-graph").bounding_box()
    assert box and box["height"] > 300
    watch.shot("graph")
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
