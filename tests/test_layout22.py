"""Layouts of heldout20 by class (issue 12), from fixtures made by the generators below, each in two variants and
each with a case that must stay law:

1. a conversation with an AI chat assistant exported as Markdown (parse/chat.py): the turn headings are layout, the
   user's turns are not law, the assistant's line that resumes an answer cut in mid-sentence is its own, and the cut
   sentence is one paragraph across the turns; two tools' turn markers, two resuming lines.
"""

from __future__ import annotations

import pytest

from regkb.corpus import SourceFile, split_frontmatter
from regkb.parse import ParsedDocument, parse_file
from regkb.parse import chat as C


def parsed_text(body: str, name: str = "t.md") -> ParsedDocument:
    text = f"---\ntitle: T\n---\n{body}"
    fm, b, diags = split_frontmatter(text, name)
    return parse_file(SourceFile(name, text, "0", fm, b, tuple(diags)))


def paragraphs(p: ParsedDocument) -> dict[int, list[str]]:
    return {a.number: [" ".join(x.text.split()) for x in a.paragraphs] for a in p.articles}


def comments(p: ParsedDocument) -> list[str]:
    return [" ".join(b.text.split()) for b in p.blocks if b.kind == "comment"]


# --- 1. an AI chat export ------------------------------------------------------------------------------------------

CHAT_LAWS = {
    "lockers": {
        1: ["These Rules govern the parcel lockers set up in residential compounds of Heping District."],
        2: ["A locker operator shall register each locker with the sub-district office before using it.",
            "When a parcel stays in a locker for more than three days, the operator must notify the addressee by "
            "text message, and may not charge a storage fee for the first day."],
        3: ["A locker operator that fails to register a locker shall be ordered by the sub-district office to "
            "register it within ten days."],
    },
    "bikes": {
        1: ["These Measures are made to manage the rental of electric bicycles in Songmen County."],
        2: ["Rental companies are to fit every bicycle with a speed limiter.",
            "Before handing over a bicycle, the company has to check its brakes and lights, and must refuse the "
            "rental to a rider who has no helmet."],
        3: ["A rental company that hands over a bicycle without a limiter shall be fined 500 yuan by the county "
            "transport bureau."],
    },
}
# (the user's turn, the assistant's turn) headings of two chat tools, and the assistant's resuming lines
TOOLS = {"markdown-emoji": ("### 👤 User", "### 🤖 Assistant"), "bold-said": ("**You said:**", "**ChatGPT said:**")}
RESUMES = {"markdown-emoji": "Continuing from where the answer stopped (Article 2, second paragraph):",
           "bold-said": "(continued)"}
USER_TURNS = ["Please translate the attached rules into English, article by article.", "continue",
              "Thanks, that is all for now."]


def make_chat(law: str, tool: str) -> str:
    """An exported conversation: the user asks, the assistant's answer stops in the middle of a sentence of Art. 2
    para 2, the user writes "continue", the assistant resumes the sentence after a line of its own."""
    user, bot = TOOLS[tool]
    arts = CHAT_LAWS[law]
    cut = arts[2][1].index(", and ") + 1
    return "\n\n".join([
        "# Translation of the rules", f"{user}", USER_TURNS[0], f"{bot}", "Here is the translation.",
        "## The Rules", f"**Article 1** {arts[1][0]}", f"**Article 2** {arts[2][0]}", arts[2][1][:cut],
        f"{user}", USER_TURNS[1], f"{bot}", RESUMES[tool], arts[2][1][cut + 1:],
        f"**Article 3** {arts[3][0]}", f"{user}", USER_TURNS[2]]) + "\n"


@pytest.mark.parametrize("tool", sorted(TOOLS))
@pytest.mark.parametrize("law", sorted(CHAT_LAWS))
def test_ai_chat_turns_are_not_law(law: str, tool: str) -> None:
    p = parsed_text(make_chat(law, tool))
    assert paragraphs(p) == CHAT_LAWS[law]
    kept = comments(p)
    assert RESUMES[tool] in kept and "continue" in kept and USER_TURNS[2] in kept
    law_text = " ".join(x for ps in paragraphs(p).values() for x in ps)
    for turn in (*TOOLS[tool], "User", "said"):
        assert turn not in law_text
    assert "chat-export" in {d.code for d in p.diagnostics}


@pytest.mark.parametrize("line, role", [
    ("### 👤 User", "user"), ("## 🤖 Assistant", "assistant"), ("**You said:**", "you"), ("**ChatGPT:**", "chatgpt"),
    ("## Prompt:", "prompt"), ("#### Response", "response"), ("Claude:", "claude")])
def test_turn_headings(line: str, role: str) -> None:
    h = C.header_of(line)
    assert h == (role, -1)


@pytest.mark.parametrize("line", [
    "### Chapter II  User Duties", "User: is the locker open at night?", "## Users", "**Article 4** The user may",
    "The assistant shall keep a log:"])
def test_no_turn_heading(line: str) -> None:
    assert C.header_of(line) is None


@pytest.mark.parametrize("law", sorted(CHAT_LAWS))
def test_law_quoting_a_conversation_stays_law(law: str) -> None:
    """A law that quotes a help-line script ("User: ...", "Operator: ...") is no chat export: every line is law."""
    arts = CHAT_LAWS[law]
    script = ["User: my parcel is missing.", "Assistant: please give the locker number.", "User: number 12.",
              "Assistant: the operator will call you within an hour."]
    body = "\n\n".join(f"Article {n}  " + "\n\n".join(ps) for n, ps in arts.items())
    body += "\n\nArticle 4  The operator shall answer calls in this form:\n\n" + "\n\n".join(script) + "\n"
    p = parsed_text(body)
    got = paragraphs(p)
    assert got[4] == ["The operator shall answer calls in this form:", *script]
    assert not comments(p) and "chat-export" not in {d.code for d in p.diagnostics}
