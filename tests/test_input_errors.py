"""Bad input: a clear message naming the file, the line and what to fix; exit status 2 for errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from regkb import KnowledgeBase, RegkbError
from regkb.cli import cli

GOOD = "---\ntitle: Test Measures\n---\nChapter I General\n\nArticle 1 Operators shall keep logs.\n\nArticle 2 Operators may publish reports.\n"


def corpus(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "corpus"
    root.mkdir(parents=True)
    for name, content in files.items():
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


# (case, files, file:line named in the message, words the message must contain)
ERRORS = [
    ("yaml that does not parse", {"a.md": "---\ntitle: [unclosed\n---\nArticle 1 X shall y.\n"}, "a.md:", "not valid YAML"),
    ("frontmatter never closed", {"a.md": "---\ntitle: X\nArticle 1 X shall y.\n"}, "a.md:1:", "never closed"),
    ("missing title", {"a.md": "---\nstatus: draft\n---\nArticle 1 X shall y.\n"}, "a.md:2:", "no 'title'"),
    ("date that is not a date", {"a.md": "---\ntitle: T\neffective_date: soon\n---\nArticle 1 X shall y.\n"},
     "a.md:3:", "must be a date"),
    ("list that is not a list", {"a.md": "---\ntitle: T\nrelated_laws: pipl\n---\nArticle 1 X shall y.\n"},
     "a.md:3:", "list of strings"),
    ("empty file", {"a.md": ""}, "a.md:1:1", "empty"),
    ("blank file", {"a.md": "  \n\n"}, "a.md:1:1", "empty"),
    ("binary file", {"a.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00"}, "a.md:", "binary"),
    ("utf-16 mark on bytes that are not utf-16", {"a.md": b"\xff\xfe---"}, "a.md:1:", "not UTF-16"),
    ("duplicate document ids", {"a.md": GOOD, "b.md": GOOD.replace("title:", "id: a\ntitle:")}, "b.md:1:", "already used"),
    ("id escaping its directory", {"a.md": GOOD.replace("title:", "id: ../../etc\ntitle:")}, "a.md:2:", "not a valid id"),
    ("id with a slash", {"a.md": GOOD.replace("title:", "id: a/b\ntitle:")}, "a.md:2:", "not a valid id"),
    ("id with a control character", {"a.md": GOOD.replace("title:", 'id: "a\\tb"\ntitle:')}, "a.md:2:", "not a valid id"),
    ("unknown kind", {"a.md": GOOD.replace("title:", "kind: novel\ntitle:")}, "a.md:2:", "'kind' must be one of"),
]


@pytest.mark.parametrize(("case", "files", "where", "words"), ERRORS, ids=[e[0] for e in ERRORS])
def test_input_errors(tmp_path: Path, case: str, files: dict, where: str, words: str) -> None:
    root = corpus(tmp_path, files)
    with pytest.raises(RegkbError) as info:
        KnowledgeBase.from_corpus(root)
    message = str(info.value)
    assert where in message and words in message, message
    result = CliRunner().invoke(cli, ["check", "--corpus", str(root)])
    assert result.exit_code == 2, result.output
    assert where in result.output and "Traceback" not in result.output


# A parser's doubt about one document is not bad input: the document is kept whole (not divided into
# articles), the corpus builds, and check reports the error and exits 1 (tests/test_robust_unstructured.py).
DOUBTS = [
    ("no article", {"a.md": "---\ntitle: T\n---\nJust some prose.\n"}, "a.md:4:", "no article heading was recognised"),
    ("duplicate chapter numbers", {"a.md": GOOD + "\nChapter I Again\n\nArticle 3 A shall b.\n"}, "a.md:10:",
     "Chapter I appears twice"),
]


@pytest.mark.parametrize(("case", "files", "where", "words"), DOUBTS, ids=[e[0] for e in DOUBTS])
def test_parser_doubts_keep_the_document(tmp_path: Path, case: str, files: dict, where: str, words: str) -> None:
    root = corpus(tmp_path, files)
    kb = KnowledgeBase.from_corpus(root)
    errors = [str(d) for d in kb.diagnostics if d.severity == "error"]
    assert len(errors) == 1 and where in errors[0] and words in errors[0], errors
    assert kb.unstructured_ids == {"a"} and not kb.articles
    body = files["a.md"].split("---\n", 2)[2].strip()
    assert [b.text for b in kb.blocks] == [body]  # every character, as one block
    result = CliRunner().invoke(cli, ["check", "--corpus", str(root)])
    assert result.exit_code == 1, result.output
    assert where in result.output and "Traceback" not in result.output


# (case, files, diagnostic code expected, severity)
WARNINGS = [
    ("unknown frontmatter key", {"a.md": GOOD.replace("title:", "colour: blue\ntitle:")}, "unknown-key", "warning"),
    ("numbers that skip", {"a.md": GOOD.replace("Article 2", "Article 4")}, "article-sequence", "warning"),
    ("numbers that go backwards", {"a.md": GOOD + "\nArticle 1 Operators shall not lie.\n".replace("1", "0")},
     "article-sequence", "warning"),
    ("article outside any chapter", {"a.md": "---\ntitle: T\n---\nArticle 1 A shall b.\n\nChapter I X\n\nArticle 2 C shall d.\n"},
     "article-outside-chapter", "warning"),
    ("reference to a missing article", {"a.md": GOOD.replace("publish reports", "publish reports under Article 9")},
     "unresolved-reference", "warning"),
    ("related law not in the registry", {"a.md": GOOD.replace("title:", "related_laws: [nope]\ntitle:")},
     "unknown-law", "warning"),
    ("utf-8 byte order mark", {"a.md": "\ufeff" + GOOD}, "bom", "info"),
    ("CRLF line ends", {"a.md": GOOD.replace("\n", "\r\n")}, "crlf", "info"),
    ("Windows-1252 (not UTF-8)", {"a.md": GOOD.replace("keep logs", "keep the caf\xe9\u2019s logs").encode("cp1252")},
     "legacy-encoding", "info"),
    ("an encoding in doubt", {"a.md": GOOD.replace("keep logs", "keep logs \xc3\xc2\xc3").encode("cp1252")},
     "encoding-doubt", "warning"),
]


@pytest.mark.parametrize(("case", "files", "code", "severity"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_warnings_do_not_stop_the_build(tmp_path: Path, case: str, files: dict, code: str, severity: str) -> None:
    kb = KnowledgeBase.from_corpus(corpus(tmp_path, files))
    assert any(d.code == code and d.severity == severity for d in kb.diagnostics), kb.diagnostics
    assert kb.articles  # the build went on


def test_crlf_and_bom_parse_like_lf(tmp_path: Path) -> None:
    plain = KnowledgeBase.from_corpus(corpus(tmp_path / "a", {"a.md": GOOD}))
    crlf = KnowledgeBase.from_corpus(corpus(tmp_path / "b", {"a.md": "\ufeff" + GOOD.replace("\n", "\r\n")}))
    assert [a.text for a in plain.articles] == [a.text for a in crlf.articles]
    assert [o.action for o in plain.obligations] == [o.action for o in crlf.obligations]


def test_large_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    root = corpus(tmp_path, {})
    with (root / "big.md").open("w") as fh:
        fh.write("---\ntitle: Big\n---\n")
        line = "Article 1 Operators shall keep logs. " * 30 + "\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    with pytest.raises(RegkbError, match=r"big\.md:0:0: error: the file is 5\d\.\d MB"):
        KnowledgeBase.from_corpus(root)


@pytest.mark.parametrize("path", ["does-not-exist", "a-file.md"])
def test_corpus_that_is_not_a_directory(tmp_path: Path, path: str) -> None:
    (tmp_path / "a-file.md").write_text(GOOD)
    result = CliRunner().invoke(cli, ["check", "--corpus", str(tmp_path / path)])
    assert result.exit_code == 2
    assert "corpus" in result.output and "Traceback" not in result.output


def test_all_errors_of_a_corpus_are_reported_at_once(tmp_path: Path) -> None:
    root = corpus(tmp_path, {"a.md": "", "b.md": "---\ntitle: [unclosed\n---\nArticle 1 X shall y.\n", "c.md": GOOD,
                             "d.md": "---\ntitle: T\n---\nno articles here\n"})
    with pytest.raises(RegkbError) as info:
        KnowledgeBase.from_corpus(root)
    assert [d.file for d in info.value.diagnostics] == ["a.md", "b.md"]  # d.md is a doubt, not bad input


def test_text_outside_any_article_is_reported(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\nChapter I General\n\nThis chapter explains things.\n\nArticle 1 A shall b.\n"
    kb = KnowledgeBase.from_corpus(corpus(tmp_path, {"a.md": text}))
    (diag,) = [d for d in kb.diagnostics if d.code == "stray-text"]
    assert (diag.file, diag.line) == ("a.md", 6)
    assert not kb.dropped  # never dropped: kept as the chapter's own text (tests/test_struct_repeats.py)
    assert [(b.kind, b.eid, b.text) for b in kb.blocks] == [("part-text", "chp_1__text", "This chapter explains things.")]


def test_a_repeated_article_number_keeps_the_document_divided(tmp_path: Path) -> None:
    root = corpus(tmp_path, {"a.md": GOOD + "\nArticle 2 Operators shall not lie.\n"})
    kb = KnowledgeBase.from_corpus(root)
    errors = [str(d) for d in kb.diagnostics if d.severity == "error"]
    assert len(errors) == 1 and "a.md:10:" in errors[0] and "appears twice" in errors[0], errors
    assert not kb.unstructured_ids and [a.number for a in kb.articles] == [1, 2]
    assert [b.text for b in kb.blocks] == ["Article 2 Operators shall not lie."]
    result = CliRunner().invoke(cli, ["check", "--corpus", str(root)])
    assert result.exit_code == 1 and "a.md:10:" in result.output, result.output
