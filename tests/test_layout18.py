"""Layouts of session 14's heldout16 by class (issue 12), from invented fixtures:

1. a regulation pasted into a group chat and exported as text (parse/chat.py): the senders' headers, day separators
   and the app's notices are layout, the other members' remarks and the paster's asides are not law, a paragraph sent
   alone and a sentence cut across two messages are law; two header layouts ("Name  10:12" on its own line, and
   "[2037-05-01 10:12] Name: text"), each in two wordings; a law that merely names a time is not cut.

Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from regkb.corpus import SourceFile, split_frontmatter
from regkb.parse import ParsedDocument, parse_file
from regkb.parse import chat as C


def parsed_text(body: str, name: str = "t.txt") -> ParsedDocument:
    text = f"---\ntitle: T\n---\n{body}"
    fm, b, diags = split_frontmatter(text, name)
    return parse_file(SourceFile(name, text, "0", fm, b, tuple(diags)))


def paragraphs(p: ParsedDocument) -> dict[int, list[str]]:
    return {a.number: [" ".join(x.text.split()) for x in a.paragraphs] for a in p.articles}


def comments(p: ParsedDocument) -> list[str]:
    return [" ".join(b.text.split()) for b in p.blocks if b.kind == "comment"]


# --- 1. a chat export --------------------------------------------------------------------------------------------

# (the law's paragraphs per article, in two wordings of two invented fields)
LAWS = {
    "kiosks": {
        1: ["These Rules govern the vending kiosks placed in railway stations of Lanfeng City."],
        2: ["A kiosk keeper shall register each kiosk with the station authority before placing it.",
            "A kiosk keeper must not sell hot food after 23:00."],
        3: ["The station authority may remove a kiosk that blocks a passage.",
            "Passengers are entitled to a receipt for every purchase."],
        4: ["A kiosk keeper that places a kiosk without registering it shall be ordered by the station authority to "
            "remove it and may be fined not more than 2,000 yuan."],
    },
    "ferries": {
        1: ["These Provisions are made to keep the small passenger ferries of Tanxi County safe."],
        2: ["Every ferry operator is to keep a life jacket on board for each seat.",
            "No ferry may leave the pier before 06:30 or after 19:45."],
        3: ["The county maritime office has a duty to check each ferry once a month.",
            "Ferry operators are encouraged to train their crews in first aid."],
        4: ["A ferry operator that carries more passengers than its seats shall be given a warning by the county "
            "maritime office and may be fined between 500 and 3,000 yuan."],
    },
}
CUT = {"kiosks": ("and may be fined", "not more than 2,000 yuan."),
       "ferries": ("and may be fined", "between 500 and 3,000 yuan.")}
REMARKS = ["Thanks! Should we tell the client before Monday?", "They must really check monthly? Seems a lot.",
           "Great, I will put it in the memo. We may need a call."]


def _own_line(law: str) -> str:
    """The law pasted by one member in several messages, "Name  10:12" headers, remarks of two others between."""
    arts = LAWS[law]
    cut_a, cut_b = CUT[law]
    last = arts[4][0]
    head, tail = last[:last.index(cut_a) + len(cut_a)], cut_b
    return "\n".join([
        'Chat history with "Station clients"', "Exported on 2037-05-20 18:42", "",
        "—————  2037-05-19  —————", "",
        "Li Mingzhu  09:14", "Morning. Pasting the rules in parts.", "",
        "Li Mingzhu  09:15", "Chapter I  General Provisions", "",
        f"Article 1  {arts[1][0]}", "",
        f"Article 2  {arts[2][0]}", arts[2][1], "",
        "Zhao Kai  09:16", REMARKS[0], "",
        "Li Mingzhu  09:16", "Carrying on:", "",
        "Li Mingzhu  09:17", f"Article 3  {arts[3][0]}", "", "[Image]", "",
        "Qian Lu  09:18", REMARKS[1], "",
        "Li Mingzhu  09:19", arts[3][1], "",
        "Li Mingzhu  09:19", "(that was the last paragraph of Art. 3)", "",
        "Li Mingzhu  09:20", "Chapter II  Legal Liability", "", f"Article 4  {head}", "",
        "Li Mingzhu  09:21", tail, "",
        "Qian Lu  09:22", "Li Mingzhu recalled a message", "",
        "Zhao Kai  09:23", REMARKS[2], "",
        "Li Mingzhu  09:24", "[File] rules_EN.pdf (212 KB)", ""])


def _inline(law: str) -> str:
    """The same in the "[date time] Name: text" layout: each message's first line carries its header."""
    arts = LAWS[law]
    cut_a, cut_b = CUT[law]
    last = arts[4][0]
    head = last[:last.index(cut_a) + len(cut_a)]
    return "\n".join([
        "[2037-05-19 09:14] Wang Fei: Morning. Pasting the rules in parts.",
        "[2037-05-19 09:15] Wang Fei: Chapter I  General Provisions",
        f"Article 1  {arts[1][0]}",
        f"Article 2  {arts[2][0]}", arts[2][1],
        f"[2037-05-19 09:16] Sun Yue: {REMARKS[0]}",
        "[2037-05-19 09:16] Wang Fei: Carrying on:",
        f"[2037-05-19 09:17] Wang Fei: Article 3  {arts[3][0]}",
        f"[2037-05-19 09:18] He Ping: {REMARKS[1]}",
        f"[2037-05-19 09:19] Wang Fei: {arts[3][1]}",
        "[2037-05-19 09:19] Wang Fei: (that was the last paragraph of Art. 3)",
        "[2037-05-19 09:20] Wang Fei: Chapter II  Legal Liability", f"Article 4  {head}",
        f"[2037-05-19 09:21] Wang Fei: {cut_b}",
        "[2037-05-19 09:22] He Ping: This message was deleted",
        f"[2037-05-19 09:23] Sun Yue: {REMARKS[2]}", ""])


@pytest.mark.parametrize("layout", [_own_line, _inline])
@pytest.mark.parametrize("law", sorted(LAWS))
def test_chat_export_law_and_remarks(layout: object, law: str) -> None:
    p = parsed_text(layout(law))  # type: ignore[operator]
    assert paragraphs(p) == LAWS[law]
    assert [c.number for c in p.chapters] == [1, 2]
    kept = comments(p)
    for r in REMARKS:
        assert r in kept
    assert "Carrying on:" in kept and "(that was the last paragraph of Art. 3)" in kept
    law_text = " ".join(x for ps in paragraphs(p).values() for x in ps)
    for furniture in ("09:1", "[Image]", "[File]", "recalled", "deleted", "—————"):
        assert furniture not in law_text
    assert {"chat-export", "chat-remark"} <= {d.code for d in p.diagnostics}


@pytest.mark.parametrize("line, sender", [
    ("Wen Ruoxi  09:14", "Wen Ruoxi"), ("Li Na 2037-05-01 10:12", "Li Na"), ("王芳  10:05", "王芳"),
    ("[2037-05-01 10:12] Li Na: text", "Li Na"), ("[10:12 PM] Li Na: text", "Li Na"),
    ("01/05/2037, 10:12 - Li Na: text", "Li Na")])
def test_chat_headers(line: str, sender: str) -> None:
    h = C.header_of(line)
    assert h is not None and h[0] == sender


@pytest.mark.parametrize("line", [
    "Article 5  The kiosks close at 22:00", "The ferry leaves at 06:30", "(2) open the gate at 08:00;",
    "Opening hours: 9:00 to 17:00", "Chapter III  Hours"])
def test_no_chat_header(line: str) -> None:
    assert C.header_of(line) is None


@pytest.mark.parametrize("law", sorted(LAWS))
def test_law_that_names_times_is_no_chat(law: str) -> None:
    """A law whose lines end in a time ("... before 10:00") is read as before: no header, nothing set apart."""
    arts = LAWS[law]
    body = "\n\n".join(f"Article {n}  " + "\n".join(ps) for n, ps in arts.items()) + \
        "\n\nArticle 5  Kiosks Open 08:00\n\nArticle 6  Ferries Run 06:30\n\nArticle 7  Gates Shut 22:00\n"
    p = parsed_text(body)
    assert "chat-export" not in {d.code for d in p.diagnostics}
    assert not comments(p)
    assert len(p.articles) == 7


# --- 2. a documentation site's Markdown source (MkDocs, Material's extensions) ------------------------------------

SITE = {
    "kayaks": (["Chapter I  General Provisions", ("1", ["These Rules govern the hire of kayaks on Lake Qinglan."]),
                ("2", ["A hire operator shall issue a buoyancy aid to each hirer.",
                       "Hirers must not paddle beyond the marked buoys."]),
                "Chapter II  Supervision",
                ("3", ["The lake authority may inspect the boats of a hire operator at any time."])],
               'Operators should log each hire; inspectors may ask for the log.'),
    "saunas": (["Chapter I  General Provisions", ("1", ["These Measures apply to public saunas in Dongpu District."]),
                ("2", ["A sauna keeper is to post the bathing rules at the entrance.",
                       "No sauna may be heated above 110 degrees."]),
                "Chapter II  Oversight",
                ("3", ["The district health bureau has a duty to test the water of each sauna twice a year."])],
               'In our reading the keeper must also post the rules online; a court may disagree.'),
}


def _site(field: str) -> str:
    parts, note = SITE[field]
    out = ["# The Rules", "", "*Order No. 5*", "", '!!! info "About this page"',
           "    An unofficial translation; readers should check the original.", "", "[TOC]", ""]
    n_ch = 0
    for p in parts:
        if isinstance(p, str):
            n_ch += 1
            out += [f"## {p} {{#chapter-{n_ch}}}", ""]
            continue
        num, paras = p
        out += [f"### Article {num} {{#art-{num}}}", ""]
        for x in paras:
            out += [x, ""]
        if num == "2":
            out += ['??? note "Translator\'s note"', f"    {note}", "", f"    {note}", ""]
    out += ['--8<-- "includes/disclaimer.md"', "", "*[DHB]: District Health Bureau", ""]
    return "\n".join(out)


@pytest.mark.parametrize("field", sorted(SITE))
def test_mkdocs_admonitions_and_furniture(field: str) -> None:
    p = parsed_text(_site(field), "t.md")
    want = {int(x[0]): x[1] for x in SITE[field][0] if not isinstance(x, str)}
    assert paragraphs(p) == want
    note = SITE[field][1]
    assert any(note in c and "Translator's note" in c for c in comments(p))
    law_text = " ".join(x for ps in paragraphs(p).values() for x in ps)
    for furniture in ("!!!", "???", "8<", "*[", "[TOC]", note):
        assert furniture not in law_text
    assert "admonition" in {d.code for d in p.diagnostics}
    assert any("snippet include" in d.reason for d in p.dropped)


@pytest.mark.parametrize("field", sorted(SITE))
def test_admonition_with_an_article_is_law(field: str) -> None:
    """An admonition that carries the law's own numbering is read as law (its marker left out), with a warning."""
    text = _site(field) + '\n!!! note "Added article"\n    Article 4  These Rules take effect on 1 May 2037.\n'
    p = parsed_text(text, "t.md")
    assert paragraphs(p)[4] == ["These Rules take effect on 1 May 2037."]
    assert any(d.code == "admonition" and d.severity == "warning" for d in p.diagnostics)


@pytest.mark.parametrize("line", ["!!! note", '!!! warning "Practice point"', '??? note "Translator\'s note"',
                                  "???+ tip", "!!! danger inline end"])
def test_admonition_markers(line: str) -> None:
    from regkb.parse import mdext
    assert mdext.ADMONITION.match(line)


@pytest.mark.parametrize("line", ['--8<-- "includes/disclaimer.md"', "*[WHO]: World Health Organization", "[TOC]"])
def test_site_furniture(line: str) -> None:
    from regkb.parse import mdext
    assert mdext.SITE_FURNITURE.match(line)


@pytest.mark.parametrize("line", ["!!! The operator shall stop at once.", "*Operators* shall [register](#art-2).",
                                  "[TOC] shall be kept", "Wow!!! note this"])
def test_no_site_furniture(line: str) -> None:
    from regkb.parse import mdext
    assert not mdext.SITE_FURNITURE.match(line)
    assert not mdext.ADMONITION.match(line)


# --- 3. a Markdown cell's "<br>" with no space around it (layout17's leftover) ------------------------------------

@pytest.mark.parametrize("lead, items, after", [
    ("A keeper shall do the following:", ["register each kiosk;", "keep a log."], "The log shall be kept one year."),
    ("Every ferry operator is to:", ["carry a life jacket for each seat;", "post the timetable at the pier;",
                                     "report an accident within one hour."], "The office may check the log."),
])
def test_br_parts_lead_in_and_items_with_a_space(lead: str, items: list[str], after: str) -> None:
    cell = "<br>".join([f"Article 2 {lead}", *(f"({k}) {t}" for k, t in enumerate(items, 1)), after])
    body = "\n".join(["| Original text | Amended text |", "|---|---|",
                      "| Article 1 These Rules apply. | Article 1 These Rules apply in the city. |",
                      f"| Article 2 The keeper shall comply. | {cell} |",
                      "| Article 3 The bureau may inspect. | Article 3 The bureau may inspect at any time. |", ""])
    p = parsed_text(body, "t.md")
    art = next(a for a in p.articles if a.number == 2)
    want = " ".join([lead, *(f"({k}) {t}" for k, t in enumerate(items, 1))])
    assert art.paragraphs[0].text == want
    assert [i.text for i in art.paragraphs[0].items] == items
    assert art.paragraphs[1].text == after
