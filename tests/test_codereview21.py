"""Review of session 17's code (codereview21): the defects mended, each shown on the input that exposed it.

Time: a pattern or a loop that was quadratic on a long run is checked equal to the code as it was (copied here) under
hypothesis where the pattern changed, and run once on a long adversarial text under a generous alarm (no timing
asserted: the alarm only stops a hang; before the mend each run took a minute or more). Odd input: the input is
written here and must be read without an exception."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.importers.store import left_out_norms
from regkb.parse import chat

from .conftest import defs, finishes, kb_from_html

# --- 1. store.left_out_norms: a manifest whose "left_out" is no list -------------------------------------------------


def _corpus_with_manifest(tmp_path: Path, left_out: object) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sources" / "x").mkdir(parents=True)
    (corpus / "x.md").write_text("---\ntitle: X\nid: x\noriginal:\n- sources/x/x.pdf sha256:00\n---\n"
                                 "Article 1 Operators shall keep a log.\n", encoding="utf-8")
    (corpus / "sources" / "x" / "regkb-import.json").write_text(json.dumps({"left_out": left_out}), encoding="utf-8")
    return corpus


@pytest.mark.parametrize("left_out", [5, True, 2.5, "Operators shall keep the log.",
                                      {"text": "Keepers must lock the shed.", "reason": "a box"}])
def test_a_manifest_whose_left_out_is_no_list_gives_nothing(tmp_path: Path, left_out: object) -> None:
    """Base: ``for x in m.get("left_out") or []`` raised TypeError on a number (`regkb check` failed whole)."""
    corpus = _corpus_with_manifest(tmp_path, left_out)
    assert left_out_norms(corpus, KnowledgeBase.from_corpus(corpus).documents) == []
    result = CliRunner().invoke(cli, ["check", "--corpus", str(corpus), "--json"])
    assert result.exit_code in (0, 1), result.output
    assert not [d for d in json.loads(result.output)["diagnostics"] if d["code"] == "left-out-norm"]


# --- 2. chat.TURN_HEADING: a run of blanks after a heading's role ----------------------------------------------------

# the pattern as session 17 wrote it: "[ \t]*:?" before the closing "[ \t]*$" split a run of blanks every way
_OLD_TURN_HEADING = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]+{chat._TURN_ROLE}[ \t]*:?|\*\*{chat._TURN_ROLE}[ \t]*:?\*\*:?|"
    rf"{chat._TURN_ROLE}[ \t]*:)[ \t]*$", re.IGNORECASE)

_TURN_PIECES = ["#", "## ", "### ", "**", "User", "Assistant", "ChatGPT", "You said", "🤖 ", "👤", " ", "\t", "  ", ":",
                "：", "x", "Prompt", "said", " wrote", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TURN_PIECES), max_size=10))
def test_turn_heading_unchanged(pieces: list[str]) -> None:
    line = "".join(pieces)
    new, old = chat.TURN_HEADING.match(line), _OLD_TURN_HEADING.match(line)
    assert (new and new.span()) == (old and old.span())


@pytest.mark.parametrize(("line", "heading"), [
    ("### 👤 User", True), ("## Response:", True), ("**ChatGPT:**", True), ("# Assistant  :  ", True),
    ("# User" + " " * 150_000 + "x", False), ("## 🤖 Assistant said" + "\t" * 150_000 + "Article 1", False)],
    ids=["markdown", "colon", "bold", "blanks-colon", "long-spaces", "long-tabs"])
def test_turn_heading_linear_on_a_run_of_blanks(line: str, heading: bool) -> None:
    """Base: a heading's role followed by 100 KB of blanks and a word took over a minute (every line of every text is
    tried as a chat header)."""
    with finishes():
        assert (chat.header_of(line) is not None) is heading


# --- 3. definitions._term_last_definitions: the sentence of each match -----------------------------------------------

@pytest.mark.parametrize(("sentence", "n"), [('It is "a".', 20_000), ('This is called "b".', 20_000),  # (defs23)
                                             # the same scan in the collective form and the inline "hereinafter" one
                                             ("Locks and keys are collectively referred to as gear.", 5_000),
                                             ("Tongs (hereinafter the tongs) are kept dry.", 5_000)],
                         ids=["is", "is-called", "collectively", "hereinafter"])
def test_term_last_definitions_linear_on_a_long_paragraph(sentence: str, n: int) -> None:
    """Base: for each match (a quoted name after "is" or "is called", "collectively referred to as", "hereinafter"),
    every sentence of the paragraph was listed again to find the one it stands in: quadratic, a minute and more at
    5,000 to 20,000 sentences (every match is read, whether or not it gives a definition)."""
    body = ("Article 1 Keepers who rent out a shed by the month are called \"shed lessors\".\n\nArticle 2 "
            + " ".join([sentence] * n)
            + " A sauna that opens at night is a \"night sauna\".")
    with finishes(30):
        got = defs(body)
    assert ("shed lessors", "Keepers who rent out a shed by the month") in got
    assert ("night sauna", "sauna that opens at night") in got


@pytest.mark.parametrize(("body", "want"), [
    ("Article 2 Sheds close at ten. Sheds that a district builds on a pavement are called \"street sheds\"; they open "
     "at six.", ("street sheds", "Sheds that a district builds on a pavement")),
    ("Article 2 Saunas are heated by wood. Each bather pays at the door. Whoever heats a sauna for hire is referred to "
     "as the \"stove keeper\".", ("stove keeper", "Whoever heats a sauna for hire"))])
def test_term_last_meaning_is_its_own_sentence(body: str, want: tuple[str, str]) -> None:
    """The meaning starts at the sentence of the match, not at an earlier one (the bisection finds the same start)."""
    assert want in defs(body)


# --- 4. html.RowsAfterLaw: the rows of a table around the main content -----------------------------------------------

def _nested_newsletter(after: str) -> str:
    """A page whose layout table holds, in its first row, the table of the law (the main content) and, in a second row,
    a line of the page's: the outer table is no part of the main content."""
    arts = "".join(f'<tr><td style="font-size:14px"><p class="law">Article {n} Keepers shall lock shed {n}.</p></td></tr>'
                   for n in range(1, 4))
    return f"<html><body><table><tr><td><table>{arts}</table></td></tr>{after}</table></body></html>"


@pytest.mark.parametrize("after", ["<tr><td style='color:red'>Reply to the editor with your comments</td></tr>",
                                   "<tr bgcolor='#EEEEEE'><td><span>Forward this issue to a friend</span></td></tr>"],
                         ids=["styled-cell", "bgcolor-row"])
def test_rows_outside_the_main_content_are_not_set_apart(tmp_path: Path, after: str) -> None:
    """Base: the last article's row was looked for among all its ancestors, past the main content: a row of the page's
    outer table was taken, a rule written before it outside the text read, and the note said a rule was written."""
    _, notes, md = kb_from_html(tmp_path, _nested_newsletter(after))
    assert not [n for n in notes if "after the law's last article" in n]
    assert "* * *" not in md and "regkb doubt (after-law-doubt)" not in md


# --- 5. chat.resuming_asides: a long message, many messages ----------------------------------------------------------

def _old_resuming_asides(msgs: list[chat.Message], lines: list[str], opens_heading: Callable[[int], bool],
                         is_furniture: Callable[[int], bool], remarks: list[chat.Message]) -> list[tuple[int, int]]:
    """The function as session 17 wrote it (a list searched for each line of the opening paragraph, and every law
    line before each message listed)."""
    cut = {id(m) for m in remarks}
    law_lines = [j for m in msgs if id(m) not in cut
                 for j in range(m.header if m.body >= 0 else m.header + 1, m.last + 1)
                 if lines[j].strip() and not is_furniture(j)]
    out: list[tuple[int, int]] = []
    for m in msgs:
        if id(m) in cut or m.body >= 0:
            continue
        body = [j for j in range(m.header + 1, m.last + 1) if lines[j].strip() and not is_furniture(j)]
        if len(body) < 2 or opens_heading(body[0]):
            continue
        end = body[0]
        while end + 1 in body:
            end += 1
        after = next((j for j in body if j > end), None)
        text = " ".join(lines[j].strip() for j in range(body[0], end + 1))
        if after is None or not (text.endswith((":", "：")) or chat._ASIDE.match(text)):
            continue
        before = [j for j in law_lines if j < m.header]
        unfinished = bool(before) and not lines[before[-1]].rstrip().endswith(tuple(".。;；:：!?!？"))
        if opens_heading(after) or (unfinished and lines[after].lstrip()[:1].islower()):
            out.append((body[0], end))
    return out


_CHAT_LINES = ["Li Na 10:12", "Wang Wu 10:13", "### 👤 User", "## Assistant", "", "", "Article 2 Keepers shall lock the",
               "and sweep it.", "Continuing:", "(cut short)", "the shed", "ok", "[Image]", "Article 3 Sheds close at ten."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CHAT_LINES), max_size=24), st.sets(st.integers(0, 23), max_size=4))
def test_resuming_asides_unchanged(lines: list[str], furniture: set[int]) -> None:
    lines = ["Li Na 10:11", "Article 1 Keepers shall open the shed and", *lines]
    msgs = chat.messages(lines)
    heading, junk = (lambda k: lines[k].startswith("Article")), (lambda k: k in furniture)
    remarks, _ = chat.sort_messages(msgs, lines, heading, junk)
    assert chat.resuming_asides(msgs, lines, heading, junk, remarks) == \
        _old_resuming_asides(msgs, lines, heading, junk, remarks)


@pytest.mark.parametrize("body", [["x"] * 150_000,                                      # one message of many lines
                                  ["Li Na 10:15", "(cut)", "", "and the gate"] * 60_000],  # many messages
                         ids=["long-message", "many-messages"])
def test_resuming_asides_linear(body: list[str]) -> None:
    """Base: the opening paragraph was grown by searching the body's list for each next line, and the law's lines
    before each message were listed again for each: over a minute for either run."""
    lines = ["Li Na 10:12", "Article 1 Keepers shall lock the shed and", "Wang Wu 10:13", "ok", "Li Na 10:14", *body]
    msgs = chat.messages(lines)
    with finishes():
        got = chat.resuming_asides(msgs, lines, lambda k: lines[k].startswith("Article"), lambda k: False, [])
    assert len(got) == (60_000 if len(msgs) > 10 else 0)
