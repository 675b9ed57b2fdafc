"""In a real Chromium: a text kept whole shows under its banner, and an editor's comment shows after its
article, marked as not law and outside the article's text (issue 12)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from regkb.build import build_site

from .conftest import FIXTURES
from .test_site_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.browser
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


def test_banner_and_comments_are_visible(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(FIXTURES / "comments" / "drone-delivery-notes.txt", corpus / "drone-delivery-notes.txt")
    (corpus / "notice.md").write_text("---\ntitle: Notice on Kiosks\n---\n§ 1 Kiosk operators shall post prices.\n",
                                      encoding="utf-8")
    site = build_site(corpus, tmp_path / "site").site_dir
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto((site / "provisions" / "notice" / "all.html").as_uri())
            banner = page.locator(".regkb-unstructured-banner")
            assert banner.is_visible() and "Not divided into articles" in banner.inner_text()
            assert page.get_by_text("§ 1 Kiosk operators shall post prices.").is_visible()
            page.goto((site / "provisions" / "drone-notes" / "art-2.html").as_uri())
            note = page.locator("aside.regkb-comment")
            assert note.count() == 1 and note.is_visible()
            assert "NOT PART OF THE LAW" in note.inner_text().upper() and "insurers" in note.inner_text()
            assert "insurers" not in page.locator(".regkb-article").inner_text()
            page.screenshot(path=str(tmp_path / "comment.png"))
        finally:
            browser.close()
