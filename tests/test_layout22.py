"""Layouts of heldout20 by class (issue 12), from fixtures made by the generators below, each in two variants and
each with a case that must stay law:

1. a conversation with an AI chat assistant exported as Markdown (parse/chat.py): the turn headings are layout, the
   user's turns are not law, the assistant's line that resumes an answer cut in mid-sentence is its own, and the cut
   sentence is one paragraph across the turns; two tools' turn markers, two resuming lines.
2. a database record's download (parse/layout.py field_record, structure.set_apart_later_fields): the fields after the
   law's field and a bracketed line closing it are kept apart; two databases' field codes and padding.
3. an official document's closing record block in a Word file (importers/docx.py RecordBlock): the copy-to and printing
   lines between horizontal paragraph borders; two wordings and two ways of ruling.
4. a newsletter e-mail's layout table (importers/html.py RowsAfterLaw): the rows after the last article set unlike the
   law; two services' markup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.corpus import SourceFile, split_frontmatter
from regkb.importers import read_file
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
    # the lines kept apart inside the joined paragraph are no text of its unit (what duties and references read)
    unit = next(u for u in p.units if u.article == 2 and u.paragraph.number == 2)
    assert unit.clean.text == CHAT_LAWS[law][2][1]


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


# --- 2. a database record ------------------------------------------------------------------------------------------

REC_LAW = CHAT_LAWS["lockers"]
# (fields before the law, the law's field code, fields after it) of two databases, each padded to its own column
DATABASES = {
    "five-columns": (5, [("HD", "Heping Issues Locker Rules"), ("PD", "3 March 2039"), ("SN", "Heping Daily"),
                         ("LP", "The district said operators must register by June.")], "TD",
                     [("CO", "hpdm : Heping Daily Media"), ("NS", "greg : Regulation"), ("AN", "Document HPD0001")]),
    "seven-columns": (7, [("TI", "Parcel locker rules"), ("DATE", "2039-03-03"), ("SO", "Songmen Evening News"),
                          ("AB", "Operators may keep their lockers if they register.")], "TX",
                      [("DE", "Urban management"), ("UR", "https://news.example.org/7"), ("ACC", "SEN-2039-0303")]),
}


def make_record(db: str, tail: str = "") -> str:
    """A record download: every field a paragraph opening with its code padded to the column; the law in one field,
    its later paragraphs indented to that column; a translator's line closes the law's field."""
    width, before, code, after = DATABASES[db]
    pad, ind = (lambda c: c.ljust(width)), " " * width
    law = [f"Article {n}  {ps[0]}" if k == 0 else p for n, ps in REC_LAW.items() for k, p in enumerate(ps)]
    paras = [pad(c) + t for c, t in before] + [pad(code) + "Rules on Parcel Lockers"]
    paras += [ind + x for x in law] + ([ind + tail] if tail else [])
    paras += [ind + "(Translated by the district information office.)"] + [pad(c) + t for c, t in after]
    return "Document 1 of 3\n\n" + "\n\n".join(paras) + "\n\nSearch Summary\nText  lockers\n"


@pytest.mark.parametrize("db", sorted(DATABASES))
def test_record_fields_after_the_law(db: str) -> None:
    p = parsed_text(make_record(db), "t.txt")
    assert paragraphs(p) == REC_LAW
    kept = comments(p)
    assert "(Translated by the district information office.)" in kept
    assert any(t.startswith(DATABASES[db][3][-1][0]) for t in kept) and "later-fields" in {d.code for d in p.diagnostics}


@pytest.mark.parametrize("db", sorted(DATABASES))
def test_record_law_line_like_a_code_stays_law(db: str) -> None:
    """A paragraph of the law that begins like a field code, indented to the fields' column as the law is, opens no
    field: the last article keeps it."""
    tail = "AN application for a second locker is filed in the same way."
    p = parsed_text(make_record(db, tail), "t.txt")
    assert paragraphs(p)[3] == [*REC_LAW[3], tail]


def test_roman_chapters_are_no_record() -> None:
    """Chapter numbers padded to their titles ("II   Duties") are no field codes: nothing is cut."""
    body = "Rules\n\nII   Scope\n\n" + "\n\n".join(f"Article {n}  " + "\n\n".join(ps) for n, ps in REC_LAW.items())
    body += "\n\nIII  Duties\n\nArticle 4  Operators keep logs.\n\nIV   Liability\n\nArticle 5  Fines apply.\n\n"
    body += "VI   Supplementary\n\nArticle 6  These Rules take effect on 1 May 2039.\n\nVII  End\n"
    p = parsed_text(body, "t.txt")
    assert "later-fields" not in {d.code for d in p.diagnostics}


def test_no_record_no_cut() -> None:
    """A law with a few lines that open with capitals is no record: read as before."""
    body = "\n\n".join(f"Article {n}  " + "\n\n".join(ps) for n, ps in REC_LAW.items())
    body += "\n\nID  cards are shown at the counter.\n\nPM  hours end at 18:00.\n"
    p = parsed_text(body, "t.txt")
    assert paragraphs(p)[3][-2:] == ["ID cards are shown at the counter.", "PM hours end at 18:00."]


# --- 3. an official document's record block (Word) ------------------------------------------------------------------

RECORDS = {
    "cc-printed": (["CC: Heping District People's Government; Heping District Post Office.",
                    "General Office of the Heping District Bureau\tPrinted and issued on 3 March 2039"],
                   [("top", "bottom"), ("bottom",)]),
    "copy-to-issued": (["Copy to: the county government, the county public security bureau.",
                        "Issued by the office of the county transport bureau on 9 May 2039."],
                       [("top",), ("bottom",)]),
}


def make_docx(tmp: Path, record: str, modal: bool = False) -> Path:
    """A Word file: the law's articles, then the record block (two short paragraphs ruled above and below)."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    for n, ps in REC_LAW.items():
        for k, t in enumerate(ps):
            doc.add_paragraph((f"Article {n}\u3000" if k == 0 else "") + t)
    lines, rules = RECORDS[record]
    for k, (t, sides) in enumerate(zip(lines, rules, strict=True)):
        para = doc.add_paragraph(t + (" Operators shall keep this notice." if modal and k == 0 else ""))
        bdr = OxmlElement("w:pBdr")
        for side in sides:
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "8")
            bdr.append(el)
        para._p.get_or_add_pPr().append(bdr)
    out = tmp / f"{record}.docx"
    doc.save(str(out))
    return out


def imported(path: Path) -> ParsedDocument:
    return parsed_text(read_file(path).reading_text())


@pytest.mark.parametrize("record", sorted(RECORDS))
def test_record_block_is_not_law(tmp_path: Path, record: str) -> None:
    p = imported(make_docx(tmp_path, record))
    assert paragraphs(p) == REC_LAW
    kept = comments(p)
    assert [" ".join(t.split()) for t in RECORDS[record][0]] == kept


@pytest.mark.parametrize("record", sorted(RECORDS))
def test_ruled_lines_that_bind_stay_law(tmp_path: Path, record: str) -> None:
    """A ruled paragraph that binds someone is no record block: read as the law's text, and the user is told."""
    draft = read_file(make_docx(tmp_path, record, modal=True))
    assert "* * *" not in draft.reading_text() and any("binds someone" in n for n in draft.notes)
    p = imported(make_docx(tmp_path, record, modal=True))
    assert "after-law-doubt" in {d.code for d in p.diagnostics} and len(paragraphs(p)[3]) == len(REC_LAW[3]) + 2


def test_cc_line_without_rules_stays_law(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    for n, ps in REC_LAW.items():
        for k, t in enumerate(ps):
            doc.add_paragraph((f"Article {n}\u3000" if k == 0 else "") + t)
    doc.add_paragraph("CC: a copy of the order goes to the district office.")
    doc.save(str(tmp_path / "cc.docx"))
    p = imported(tmp_path / "cc.docx")
    assert paragraphs(p)[3][-1] == "CC: a copy of the order goes to the district office."


# --- 4. a newsletter's layout table ---------------------------------------------------------------------------------

NEWSLETTERS = {
    "inline-styles": ('<td style="padding:0 30px;">{}</td>', '<p style="font-size:14px;color:#222222;">{}</p>',
                      ['<td style="padding:10px"><table role="presentation" bgcolor="#fff6e0"><tr><td '
                       'style="font-size:13px;color:#333333;"><strong>Our view</strong><br/>Clients should act now; '
                       'operators must check their lockers.</td></tr></table></td>',
                       '<td style="font-size:14px;"><a href="https://x.example/next">Next story &rsaquo;</a></td>',
                       '<td bgcolor="#f4f6f9" style="font-size:11px;color:#888888;">You receive this because you '
                       'subscribed.<br/><a href="https://x.example/u">Unsubscribe</a></td>']),
    "classes": ('<td class="content">{}</td>', '<p class="body-text">{}</p>',
                ['<td class="callout"><div class="callout-title">Analysis</div><div class="callout-text">Firms may '
                 'wish to review their registers.</div></td>',
                 '<td class="footer"><div class="footer-text">Sent by Lex Weekly, 9 Park Road. Manage '
                 'subscription.</div></td>']),
}


def make_newsletter(tmp: Path, kind: str, law_tail: str = "") -> Path:
    cell, para, after = NEWSLETTERS[kind]
    rows = [cell.format(para.format("Rules on Parcel Lockers"))]
    for n, ps in REC_LAW.items():
        rows.append(cell.format("".join(para.format((f"<strong>Article {n}</strong>&nbsp;&nbsp;" if k == 0 else "") + t)
                                        for k, t in enumerate(ps))))
    rows += after + ([cell.format(para.format(law_tail))] if law_tail else [])
    html = ('<html><body><table role="presentation" width="600">' + "".join(f"<tr>{r}</tr>" for r in rows)
            + "</table></body></html>")
    out = tmp / f"{kind}.html"
    out.write_text(html, encoding="utf-8")
    return out


@pytest.mark.parametrize("kind", sorted(NEWSLETTERS))
def test_newsletter_rows_after_the_law(tmp_path: Path, kind: str) -> None:
    p = imported(make_newsletter(tmp_path, kind))
    assert paragraphs(p) == REC_LAW
    assert len(comments(p)) >= len(NEWSLETTERS[kind][2])


@pytest.mark.parametrize("kind", sorted(NEWSLETTERS))
def test_newsletter_row_set_like_the_law_stays_law(tmp_path: Path, kind: str) -> None:
    """A row after the sender's box that sets its text as the law does: the law may go on after the box, so nothing
    is set apart, and the user is told."""
    path = make_newsletter(tmp_path, kind, "The district office may extend these Rules.")
    draft = read_file(path)
    assert "* * *" not in draft.reading_text() and any("set like the law" in n for n in draft.notes)
    p = imported(path)
    assert paragraphs(p)[3][-1] == "The district office may extend these Rules."
    assert "after-law-doubt" in {d.code for d in p.diagnostics}


# --- 5. a sentence cut at a page break that only the parser sees ------------------------------------------------------

PAGE_FURNITURE = {"dash-number": ("Gazette of Heping District · 2039 No. 4", "— {} —"),
                  "page-of": ("HEPING DISTRICT BULLETIN", "Page {} of 3")}


def make_pages(kind: str, cut: bool = True) -> str:
    """A PDF's reading text (page markers) whose page's head and foot the importer did not know (printed inside a box
    on the sheet): Art. 2 para 2 runs from page 1 to page 2 in mid-sentence (or ends at the page's foot)."""
    head, foot = PAGE_FURNITURE[kind]
    arts = REC_LAW
    a, b = arts[2][1].split(" must ", 1)
    first, second = (a + " must", b) if cut else (a + ".", "It must " + b)
    pages = [[f"Article 1 {arts[1][0]}", f"Article 2 {arts[2][0]}", first],
             [second, f"Article 3 {arts[3][0]}"], ["Article 4 These Rules take effect on 1 May 2039."]]
    out = ""
    for n, body in enumerate(pages, 1):  # as the importer writes it: the foot, then the next page's marker and head
        out += ("\n" if n > 1 else "") + f"<!-- page {n} -->\n{head}\n\n" + "\n\n".join(body) + f"\n\n{foot.format(n)}"
    return out + "\n"


@pytest.mark.parametrize("kind", sorted(PAGE_FURNITURE))
def test_sentence_across_a_page_the_parser_sees(kind: str) -> None:
    p = parsed_text(make_pages(kind))
    assert paragraphs(p)[2] == REC_LAW[2]


@pytest.mark.parametrize("kind", sorted(PAGE_FURNITURE))
def test_paragraph_ending_at_the_page_foot_stays_apart(kind: str) -> None:
    a, b = REC_LAW[2][1].split(" must ", 1)
    p = parsed_text(make_pages(kind, cut=False))
    assert paragraphs(p)[2] == [REC_LAW[2][0], a + ".", "It must " + b]
