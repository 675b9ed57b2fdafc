"""A regulation that came as an e-mail (forwarded, or quoted in a reply): the mail's own lines are layout.

What a mail client writes around a text is told by its form, never by its words of law:

- a forwarding or reply header: a separator line ("-----Original Message-----", "---------- Forwarded message
  ---------", "Begin forwarded message:", "-----原始邮件-----") and the header fields under it ("From:", "Sent:",
  "Date:", "To:", "Cc:", "Subject:", "发件人：" ...), or a run of three such fields with "From" and "Subject" in it,
  or a reply's attribution line ("On 3 May 2027, X wrote:");
- a signature: the lines after the signature delimiter ("-- " alone on its line, RFC 3676) to the end of the mail,
  when no article heading follows it and the text has a mail header (a "--" line in a text that is no mail may
  stand between parts of the law: what follows it is kept).

The reply markers ("> ") are read by the parser's block-quote rule (the law set in quotes); a bare ">" between
paragraphs is a blank line of the quote. Nothing here is deleted: the parser lists each line it leaves out, with its
span and reason, and the file stays as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SEPARATOR = (r"^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message|Forwarded by .{1,80}?|原始邮件|转发邮件信息?)"
              r"[ \t]*-{2,}|Begin forwarded message:|_{10,})")
SEPARATOR = re.compile(_SEPARATOR + r"[ \t]*$", re.IGNORECASE)
SEPARATOR_START = re.compile(_SEPARATOR, re.IGNORECASE)  # a separator opening a block (its lines joined)
FIELD = re.compile(r"^[ \t]*(?P<key>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance|发件人|发送时间|时间|收件人|抄送|主题)"
                   r"[ \t]*[:：]", re.IGNORECASE)
ATTRIBUTION = re.compile(r"^[ \t]*On .{4,120}(?:wrote|writes):[ \t]*$|^[ \t]*.{1,80}于.{4,60}写道[:：][ \t]*$")
SIGNATURE = re.compile(r"^--[ \t]?$")
_FROM = {"from", "发件人"}
_SUBJECT = {"subject", "主题"}


def header_lines(lines: list[str]) -> list[int]:
    """Indices of the lines that are a mail's forwarding or reply header (see the module's docstring). ``lines``
    are read without their quote markers."""
    out: list[int] = []
    k = 0
    while k < len(lines):
        t = lines[k]
        if SEPARATOR.match(t) or ATTRIBUTION.match(t):
            out.append(k)
            j = k + 1
            while j < len(lines) and FIELD.match(lines[j]):
                out.append(j)
                j += 1
            k = j
            continue
        if FIELD.match(t):
            j = k
            keys: set[str] = set()
            while j < len(lines) and (m := FIELD.match(lines[j])):
                keys.add(m.group("key").lower())
                j += 1
            if j - k >= 3 and keys & _FROM and keys & _SUBJECT:
                out.extend(range(k, j))
            k = max(j, k + 1)
            continue
        k += 1
    return out


def signature_lines(lines: list[str], is_heading: Callable[[int], bool]) -> list[int]:
    """Indices of the lines of a signature at the end of the mail: from the last signature delimiter to the end,
    when no heading (``is_heading(k)``) follows it; [] when there is none."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if SIGNATURE.match(lines[k])), None)
    if last is None or any(is_heading(k) for k in range(last + 1, len(lines))):
        return []
    return [k for k in range(last, len(lines)) if lines[k].strip()]


def is_header_block(block: str) -> bool:
    """Does a block of the text (its lines joined) open with a mail header's separator or field?"""
    return bool(SEPARATOR_START.match(block) or FIELD.match(block))


def unquote_blocks(blocks: list[str]) -> list[str]:
    """Blocks of a text (lines joined by newlines) read through their reply markers: a block whose every line is
    quoted ("> ...") is split at its bare ">" lines (the quote's blank lines) and its lines lose their markers.
    Other blocks are returned as they are."""
    from .layout import quote_mark

    out: list[str] = []
    for b in blocks:
        lines = b.split("\n")
        if not lines or not all(quote_mark(ln) or not ln.strip() for ln in lines) or not any(quote_mark(ln) for ln in lines):
            out.append(b)
            continue
        cur: list[str] = []
        for ln in lines:
            body = ln[quote_mark(ln):]
            while quote_mark(body):
                body = body[quote_mark(body):]
            if not body.strip().strip(">").strip():
                if cur:
                    out.append("\n".join(cur))
                cur = []
            else:
                cur.append(body.rstrip())
        if cur:
            out.append("\n".join(cur))
    return out
