"""A web page that declares no encoding: UTF-8 when its bytes are UTF-8 (test_layout6), else read as a text file is
(GB 18030, then Windows-1252) with a note; before, lxml read such a page as Latin-1 without a word and every Chinese
character of the law became two or three Latin ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.importers import read_files

PAGE = ("<html><head><title>T</title></head><body><p>第一条 运营者应当保存日志。</p>"
        "<p>第二条 本规定自公布之日起施行。</p></body></html>")


@pytest.mark.parametrize(("encoding", "note"), [("gb18030", True), ("gbk", True), ("utf-8", False)])
def test_an_undeclared_page_in_a_chinese_encoding_keeps_its_characters(tmp_path: Path, encoding: str,
                                                                       note: bool) -> None:
    page = tmp_path / "law.html"
    page.write_bytes(PAGE.encode(encoding))
    imp = read_files([page])
    assert "第一条 运营者应当保存日志。" in imp.text
    assert "第二条 本规定自公布之日起施行。" in imp.text
    assert any("declares no encoding" in n for n in imp.notes) is note


def test_a_declared_encoding_is_the_pages_own(tmp_path: Path) -> None:
    page = tmp_path / "law.html"
    page.write_bytes(PAGE.replace("<head>", "<head><meta charset='gb2312'>").encode("gb2312"))
    imp = read_files([page])
    assert "第一条 运营者应当保存日志。" in imp.text
    assert not any("declares no encoding" in n for n in imp.notes)


def test_an_undeclared_western_page_is_read_as_windows_1252(tmp_path: Path) -> None:
    page = tmp_path / "law.html"
    page.write_bytes("<html><body><p>Article 1 Les opérateurs tiennent un registre « complet ».</p></body></html>"
                     .encode("cp1252"))
    imp = read_files([page])
    assert "Les opérateurs tiennent un registre « complet »." in imp.text
    assert any("declares no encoding" in n and "cp1252" in n for n in imp.notes)
