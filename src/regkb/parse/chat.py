"""A regulation pasted into a group chat and exported as text: the chat's own lines are layout, its members' remarks
are not law.

What a chat program writes around the messages is told by its form, never by the law's words:

- a message header: the sender and the time of a message, either on a line of their own with the body below
  ("Wen Ruoxi  09:14", "Li Na 2037-05-01 10:12"), or before the body on its line ("[2037-05-01 10:12] Li Na: ...",
  "[10:12] Li Na: ...", "01/05/2037, 10:12 - Li Na: ..."); a text is a chat export only when at least three lines
  open with a header of one form, so that a law that merely names a time ("The booth closes at 22:00") is never cut;
- a day separator: a date alone on its line between rules ("—————  2037-05-19  —————", "--- Monday, 19 May 2037 ---");
- a turn heading of a conversation with an AI chat assistant exported as Markdown or text: the party's role alone on
  a line set as a heading (a Markdown heading, a wholly bold line, or the role and a colon), with an emoji or the
  tool's verb ("### 👤 User", "## 🤖 Assistant", "**You said:**", "**ChatGPT:**", "## Prompt:", "## Response:"); the
  turn's text is below it, as a message's body under a sender's line;
- the app's notices: a placeholder for a picture, a file or a sticker ("[Image]", "[File] report.pdf (2 MB)",
  "<Media omitted>") and a recalled or deleted message ("Li Na recalled a message", "This message was deleted").

The messages are then sorted: a member who pasted an article heading ("Article N") is a sender of the law; every
message of a member who never did is a remark (kept apart, not law). A message of a sender of the law with no
heading in it goes on with the law (a paragraph sent alone, the rest of a sentence cut in two), unless it reads as
an aside: wholly in brackets ("(that was Art. 7, sorry)"), or ending in a colon right before a message that opens
with a heading ("Carrying on:"). In a message that goes on with the law, an opening paragraph that ends in a colon
or stands wholly in brackets is the sender's own line when the law after it resumes: a sentence cut at the end of
the sender's last message goes on in lower case ("Continuing from where the answer stopped:" before "and may not
..."), or an article heading follows (an assistant resuming after the user's "continue"). Nothing is deleted: the parser lists the headers and notices it leaves out, keeps
each remark, and reports what it read as law.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import patterns as P

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_NUM_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WORD_DATE = (rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+"
              rf"\d{{1,2}},?)[ \t]+\d{{4}}")
_DATE = rf"(?:{_NUM_DATE}|{_WORD_DATE})"
# a sender's name: one to five words, each opening with a capital or a CJK character (no colon, bracket or digit)
_SENDER = r"(?:[A-Z\u4e00-\u9fff][^\s:：\[\]()<>\d]*(?:[ \t][A-Z\u4e00-\u9fff][^\s:：\[\]()<>\d]*){0,4})"
# "Wen Ruoxi  09:14" (on its own line; the body below)
OWN_LINE_HEADER = re.compile(rf"^[ \t]*(?P<sender>{_SENDER})[ \t]+(?:(?:{_DATE})[ \t,]+)?(?P<time>{_TIME})[ \t]*$")
# "[2037-05-01 10:12] Li Na: text", "[10:12] Li Na: text", "01/05/2037, 10:12 - Li Na: text"
INLINE_HEADER = re.compile(
    rf"^[ \t]*(?:\[(?:(?:{_DATE})[ \t,T]+)?(?P<time>{_TIME})\][ \t]*|(?:{_NUM_DATE}),?[ \t]+(?P<time2>{_TIME})"
    rf"[ \t]+[-–][ \t]+)(?P<sender>[^:：\n\[\]]{{1,40}}?)[ \t]*[:：][ \t]*")
DAY_SEPARATOR = re.compile(rf"^[ \t]*[-—–=_·•]{{2,}}[ \t]*(?:{_DATE})[ \t]*[-—–=_·•]{{2,}}[ \t]*$")
NOTICE = re.compile(r"^[ \t]*(?:\[(?:Image|Photo|Picture|Sticker|Emoji|GIF|Video|Voice|Audio|File|Link|Location|"
                    r"Contact Card|图片|文件|表情|语音|视频)\](?:[ \t]+\S.*)?|<(?:Media|image|video|audio) omitted>|"
                    rf"(?:{_SENDER}[ \t]+)?(?:recalled|withdrew|unsent|deleted) a message\.?|"
                    r"This message was (?:deleted|recalled)\.?|You deleted this message\.?)[ \t]*$")
# an AI chat export's turn heading: the role (the user's or the assistant's, under the names chat tools give them),
# alone on its line as a Markdown heading, a wholly bold line or a label with a colon; an emoji or a symbol may lead
_ROLE = (r"(?:User|You|Me|Human|Prompt|Assistant|AI|Bot|Response|Model|ChatGPT|GPT-?[\d.o]*|Claude|"
         r"Gemini|Bard|Copilot|Bing|DeepSeek|Kimi|Qwen|Tongyi|Doubao|ERNIE Bot|Ernie|Yiyan|Llama|Mistral|Perplexity)")
_TURN_ROLE = rf"(?:[^\w\s*#]{{1,4}}[ \t]*)?{_ROLE}(?:[ \t]+(?:said|wrote|asked|replied|answered))?"
# (the blanks before the heading's colon are read only when the colon follows: "[ \t]*:?[ \t]*$" split a run of blanks
# every way before failing, quadratic in the line's length)
TURN_HEADING = re.compile(rf"^[ \t]*(?:#{{1,6}}[ \t]+{_TURN_ROLE}(?:[ \t]*:)?|\*\*{_TURN_ROLE}[ \t]*:?\*\*:?|"
                          rf"{_TURN_ROLE}[ \t]*:)[ \t]*$", re.IGNORECASE)
_ROLE_WORD = re.compile(_ROLE, re.IGNORECASE)
_ASIDE = re.compile(r"^[ \t]*[(（\[].*[)）\]][ \t]*$")


@dataclass(frozen=True)
class Message:
    header: int  # the line of its header
    body: int  # where the body starts: offset in the header's line (inline) or -1 (the line below)
    first: int  # its lines: first .. last (the header's line included)
    last: int
    sender: str


def header_of(line: str) -> tuple[str, int] | None:
    """(sender, where the body starts in the line: -1 for the line below) when ``line`` opens a message."""
    m = INLINE_HEADER.match(line)
    if m:
        return m.group("sender").strip(), m.end()
    m = OWN_LINE_HEADER.match(line)
    if m:
        return m.group("sender").strip(), -1
    if TURN_HEADING.match(line) and (r := _ROLE_WORD.search(line)):
        return r.group().lower(), -1
    return None


def messages(lines: list[str]) -> list[Message]:
    """The messages of a chat export, in order; [] when the text is no chat export (fewer than three headers of one
    form)."""
    heads = [(k, h) for k, t in enumerate(lines) if (h := header_of(t)) is not None]
    turns = [k for k, _ in heads if TURN_HEADING.match(lines[k])]
    first_article = next((k for k, t in enumerate(lines) if P.ARTICLE.match(t)), None)
    if turns and first_article is not None and turns[0] > first_article:
        # (review21) an exported conversation opens with a turn (the user's request) before the law it is answered
        # with; role lines that first come inside an article are a dialogue the law quotes ("A marked exchange
        # reads, for example: **User:** ... **Assistant:** ..."), the law's own text
        quoted = set(turns)
        heads = [(k, h) for k, h in heads if k not in quoted]
    inline = sum(1 for _, h in heads if h[1] >= 0)
    own = len(heads) - inline
    if max(inline, own) < 3:
        return []
    form_inline = inline > own
    heads = [(k, h) for k, h in heads if (h[1] >= 0) == form_inline]
    out: list[Message] = []
    for n, (k, (sender, at)) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        last = k
        for j in range(k + 1, end):
            if DAY_SEPARATOR.match(lines[j]):
                break
            if lines[j].strip():
                last = j
        out.append(Message(k, at, k, last, sender))
    return out


def furniture_lines(lines: list[str], msgs: list[Message]) -> list[tuple[int, str]]:
    """The lines of a chat export that are the app's (day separators and notices), with the reason."""
    if not msgs:
        return []
    out: list[tuple[int, str]] = []
    for k, t in enumerate(lines):
        if DAY_SEPARATOR.match(t):
            out.append((k, "chat day separator (the date the messages below were sent)"))
        elif NOTICE.match(t):
            out.append((k, "chat notice (a picture, file or sticker sent, or a message recalled)"))
    return out


def sort_messages(msgs: list[Message], lines: list[str], opens_heading: Callable[[int], bool],
                  is_furniture: Callable[[int], bool]) -> tuple[list[Message], list[Message]]:
    """(remarks, law messages without a heading) among the messages after the first one that holds an article
    heading: see the module's docstring. ``opens_heading(k)``: is line ``k`` an article (or chapter) heading;
    ``is_furniture(k)``: is line ``k`` the app's."""
    def body(m: Message) -> list[int]:
        start = m.header if m.body >= 0 else m.header + 1
        return [j for j in range(start, m.last + 1) if lines[j].strip() and not is_furniture(j)]

    bodies = [body(m) for m in msgs]
    with_heading = [any(opens_heading(j) for j in b) for b in bodies]
    senders = {m.sender for m, h in zip(msgs, with_heading, strict=True) if h}
    if not senders:
        return [], []
    first = with_heading.index(True)
    remarks: list[Message] = []
    law: list[Message] = []
    for n in range(first + 1, len(msgs)):
        m, b = msgs[n], bodies[n]
        if not b or with_heading[n]:
            continue
        if m.sender not in senders:
            remarks.append(m)
            continue
        text = " ".join(lines[j][m.body:] if j == m.header and m.body >= 0 else lines[j] for j in b).strip()
        nxt = next((k for k in range(n + 1, len(msgs)) if bodies[k]), None)
        if _ASIDE.match(text) or (text.endswith((":", "：")) and nxt is not None and opens_heading(bodies[nxt][0])):
            remarks.append(m)
        else:
            law.append(m)
    return remarks, law


def resuming_asides(msgs: list[Message], lines: list[str], opens_heading: Callable[[int], bool],
                    is_furniture: Callable[[int], bool], remarks: list[Message]) -> list[tuple[int, int]]:
    """The opening paragraphs (first line, last line) of messages that go on with the law and open with their
    sender's own line before the law resumes: the paragraph ends in a colon or stands wholly in brackets, and the
    next paragraph opens an article heading or goes on in lower case with a sentence that the law's last line before
    the message leaves unfinished (no full stop, colon or semicolon at its end). See the module's docstring."""
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
        n = 0  # the opening paragraph: its lines up to the first blank line (body is in order: a run of numbers)
        while n + 1 < len(body) and body[n + 1] == body[n] + 1:
            n += 1
        end = body[n]
        after = body[n + 1] if n + 1 < len(body) else None
        text = " ".join(lines[j].strip() for j in range(body[0], end + 1))
        if after is None or not (text.endswith((":", "：")) or _ASIDE.match(text)):
            continue
        k = bisect.bisect_left(law_lines, m.header)  # (in order: the law's last line before the message, by bisection)
        unfinished = k > 0 and not lines[law_lines[k - 1]].rstrip().endswith(tuple(".。;；:：!?!？"))
        if opens_heading(after) or (unfinished and lines[after].lstrip()[:1].islower()):
            out.append((body[0], end))
    return out
