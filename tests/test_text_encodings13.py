"""A plain text not in UTF-8 (session 11): a text file saved by a Western word processor (Windows-1252, CRLF line
ends, words hyphenated at line ends) made the build fail ("not valid UTF-8"), whether it was copied into the corpus
or given to ``regkb add``. Now every reader of a text file decodes it through :mod:`regkb.textcodec`: a byte order
mark (UTF-8, UTF-16), else UTF-8, else GB 18030 when the bytes read as Chinese writing, else Windows-1252; the
encoding read is said (an ``info`` in check, a note of ``regkb add``), and a reading in doubt is a warning, never a
silent mojibake. Texts invented, in two wordings and two producers' habits each."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.textcodec import decode

# an English translation as a Western word processor writes it: curly quotes, dashes, an accented name
WESTERN = ("Article 1 The operator of a caf\u00e9 shall keep a \u201cvisitor log\u201d \u2013 and shall show it to the "
           "inspectors of the Z\u00fcrich office on request.\n")
WESTERN_2 = ("Article 1 A boat owner\u2019s licence is valid for three years; the \u00a7 2 fee is \u20ac 30 \u2014 "
             "payable at the r\u00e9gie.\n")
CHINESE = "第一条 运营者应当保存日志。\n第二条 本规定自公布之日起施行。\n"


@pytest.mark.parametrize(("raw", "text", "encoding", "doubt"), [
    (WESTERN.encode("utf-8"), WESTERN, "utf-8", False),
    (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), WESTERN, "utf-8-sig", False),
    (WESTERN.encode("utf-16"), WESTERN, "utf-16", False),  # with its mark, in the machine's byte order
    (codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), CHINESE, "utf-16", False),
    (codecs.BOM_UTF32_LE + WESTERN.encode("utf-32-le"), WESTERN, "utf-32", False),  # FF FE 00 00: not UTF-16
    (codecs.BOM_UTF32_BE + CHINESE.encode("utf-32-be"), CHINESE, "utf-32", False),
    (WESTERN.encode("cp1252"), WESTERN, "cp1252", False),
    (WESTERN_2.encode("cp1252"), WESTERN_2, "cp1252", False),
    ("Article 1 Caf\u00e9s shall open.\n".encode("cp1252"), "Article 1 Caf\u00e9s shall open.\n", "cp1252", False),
    (CHINESE.encode("gb18030"), CHINESE, "gb18030", False),
    (CHINESE.encode("gbk"), CHINESE, "gb18030", False),
    ("Article 1 Personal information (个人信息) shall be protected.\n".encode("gb18030"),
     "Article 1 Personal information (个人信息) shall be protected.\n", "gb18030", False),
], ids=["utf-8", "utf-8 with its mark", "utf-16 with its mark", "utf-16 big-endian, Chinese",
        "utf-32 little-endian with its mark", "utf-32 big-endian, Chinese", "windows-1252",
        "windows-1252, another wording", "windows-1252 that also decodes as GB 18030", "GB 18030", "GBK",
        "GB 18030, English with a Chinese term"])
def test_the_encoding_is_read_from_the_bytes(raw: bytes, text: str, encoding: str, doubt: bool) -> None:
    got = decode(raw)
    assert (got.text, got.encoding, bool(got.doubt)) == (text, encoding, doubt)


@pytest.mark.parametrize("raw", [
    b"Article 1 The fee is \x81 30.\n",  # a byte Windows-1252 leaves undefined, not Chinese either
    "Article 1 The fee is ÃÂÃ 30.\n".encode("cp1252"),  # the look of a text in a third encoding
    "Article 1 The yuan (元) and the jiao (角).\n".encode("gb18030"),  # Chinese characters one by one
    codecs.BOM_UTF8 + WESTERN.encode("cp1252"),  # a mark that lies
], ids=["undefined byte", "mojibake-like letters", "lone Chinese characters", "UTF-8 mark on Windows-1252"])
def test_a_doubtful_reading_is_said(raw: bytes) -> None:
    got = decode(raw)
    assert got.doubt and got.encoding in ("cp1252", "latin-1")


_WORDS = st.lists(st.sampled_from(["operator", "caf\u00e9", "r\u00e9gie", "shall", "keep", "Z\u00fcrich", "the",
                                   "\u201clog\u201d", "\u2013", "fee", "\u20ac", "30", "na\u00efve", "owner\u2019s"]),
                  min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(_WORDS)
def test_a_western_text_is_read_as_written_or_doubted(words: list[str]) -> None:
    text = "Article 1 " + " ".join(words) + ".\n"
    got = decode(text.encode("cp1252"))
    assert got.text == text or got.doubt  # never a silent misreading


CRLF_TEXTS = [
    # a word processor's export: Windows-1252, CRLF, hard-wrapped with hyphens at line ends
    ("Rules of Lanxi County on Ferry Registers\r\n\r\nArticle 1 A ferry operator shall fulfil its obli-\r\n"
     "gations under these Rules and shall keep the \u201ccrossing log\u201d at the pier \u2013 open to\r\n"
     "inspection by the county office for as long as it asks.\r\n\r\nArticle 2 A State-owned operator and a private operator shall\r\n"
     "publish their fares. A State-\r\nowned operator shall also publish its long-\r\nterm plan.\r\n",
     {1: "shall fulfil its obligations under these Rules", 2: "A State-owned operator shall also publish its long-term"}),
    # another translator, an old Mac's lone CR line ends
    ("Measures of Beihe City for Kiosk Permits\r\rArticle 1 A kiosk keeper must display the permit at the kiosk\r"
     "and must not sub-\rlet the kiosk to another person without the con-\rsent of the office.\r\r"
     "Article 2 The office of urban management (the \u201coffice\u201d) may revoke a permit.\r",
     {1: "must not sublet the kiosk to another person without the consent of the office."}),
]


@pytest.mark.parametrize(("text", "phrases"), CRLF_TEXTS, ids=["CRLF", "lone CR"])
def test_a_windows_1252_text_is_added_and_builds(tmp_path: Path, text: str, phrases: dict[int, str]) -> None:
    src = tmp_path / "law.txt"
    src.write_bytes(text.encode("cp1252"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    out = CliRunner().invoke(cli, ["add", "--corpus", str(corpus), "--id", "law", str(src)])
    assert out.exit_code == 0, out.output
    assert "it was read as Windows-1252" in out.output and "line ends: written as LF" in out.output
    assert (corpus / "sources" / "law" / "law.txt").read_bytes() == src.read_bytes()  # the original, byte for byte
    added = (corpus / "law.md").read_bytes().decode("utf-8")
    assert "\r" not in added and "\u201c" in added
    kb = KnowledgeBase.from_corpus(corpus)
    assert len(kb.articles) == 2
    for n, phrase in phrases.items():
        assert phrase in kb.article(n).text
    check = CliRunner().invoke(cli, ["check", "--corpus", str(corpus)])
    assert check.exit_code == 0, check.output


@pytest.mark.parametrize(("text", "phrases"), CRLF_TEXTS, ids=["CRLF", "lone CR"])
def test_a_windows_1252_text_copied_into_the_corpus_builds(tmp_path: Path, text: str, phrases: dict[int, str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "law.txt").write_bytes(text.encode("cp1252"))
    kb = KnowledgeBase.from_corpus(corpus)
    assert any(d.code == "legacy-encoding" and "Windows-1252" in d.message for d in kb.diagnostics)
    for n, phrase in phrases.items():
        assert phrase in kb.article(n).text


def test_a_doubtful_encoding_is_a_warning_after_add(tmp_path: Path) -> None:
    src = tmp_path / "law.txt"
    src.write_bytes("Rules on Fees\n\nArticle 1 The operator shall pay the fee (\u89d2) in time.\n".encode("gb18030"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    out = CliRunner().invoke(cli, ["add", "--corpus", str(corpus), "--id", "fees", str(src)])
    assert out.exit_code == 0 and "may be wrong" in out.output, out.output
    kb = KnowledgeBase.from_corpus(corpus)
    assert [d.code for d in kb.diagnostics if d.severity == "warning"] == ["encoding-doubt"]
    assert "regkb doubt" not in kb.article(1).text


@pytest.mark.parametrize(("lines", "keep"), [
    (["A State-", "owned operator, and the State"], True),  # the part before the hyphen is a word of the text
    (["for as long as it asks; its long-", "term plan"], True),
    (["cross-border trade and cross-", "border repairs"], True),  # the compound printed inside a line
    (["the operator shall fulfil its obli-", "gations"], False),  # a syllable, no word
    (["the information and the in-", "formation"], False),  # the word printed whole
    (["the with-", "drawal of consent with the office"], False),  # a particle that makes single words
    (["notwithstanding Article 3, and not-", "withstanding Article 4"], False),
])
def test_which_line_end_hyphen_is_a_compound(lines: list[str], keep: bool) -> None:
    from regkb.parse.layout import line_end_hyphens

    [found] = line_end_hyphens(lines)
    assert found.keep is keep
