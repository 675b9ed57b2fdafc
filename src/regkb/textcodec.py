"""Which encoding a text file is in: read from its bytes, never guessed silently.

One function, :func:`decode`, for every reader of a text file (the corpus reader, ``regkb add``'s text and web-page
importers). The order, each step with its reason:

1. a byte order mark says it: UTF-8 (``EF BB BF``), UTF-32 (``FF FE 00 00`` / ``00 00 FE FF``, looked for first:
   UTF-32's little-endian mark begins with UTF-16's), UTF-16 (``FF FE`` / ``FE FF``). A UTF-16 or UTF-32 file is
   full of NUL bytes, so the mark is read before a NUL byte refuses a file as binary;
2. bytes that are valid UTF-8 are UTF-8 (text in any other encoding with bytes above 127 is almost never valid
   UTF-8: its lead and continuation bytes would have to pair up throughout);
3. otherwise one of the two legacy encodings in which the texts regkb reads are saved: GB 18030 (Chinese; it
   includes GBK and GB 2312) when its reading is Chinese writing, else Windows-1252 (Western Europe's; it includes
   ISO 8859-1's letters and adds the curly quotes and dashes that word processors write). GB 18030 reads most byte
   strings without error, so "it decodes" proves nothing: its reading counts as Chinese only when nearly all the
   characters above ASCII are Chinese ones, most of them next to another (Chinese words are written with two
   characters or more) and few touching a Latin letter. A Windows-1252 text read as GB 18030 gives the opposite:
   a stray ideograph glued to the letters of an English word ("Caf" + ideograph for "Cafés", where the ideograph
   swallowed the "s"). Chinese characters that stand one by one, apart from Latin letters, may be either: read as
   Windows-1252, with a doubt;
4. a reading that looks like neither (bytes Windows-1252 leaves undefined; many accented letters in a row, the
   look of a text in a third encoding) is kept in Windows-1252 or Latin-1, which keep every byte, with a doubt
   that the reader reports (``encoding-doubt``), never as if it were sure.

The detection is bounded: one pass over the text per candidate, no statistical model, no third-party package.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# characters of Chinese writing: ideographs (CJK Unified and Extension A, compatibility), CJK symbols and punctuation,
# full-width forms
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# a Chinese character touching a Latin letter: common where a legacy Western text is misread as GB 18030, rare in
# Chinese writing (where Latin words stand apart, or between Chinese characters as whole words)
_CJK_GLUED = re.compile(r"[A-Za-z][\u3400-\u4dbf\u4e00-\u9fff]|[\u3400-\u4dbf\u4e00-\u9fff][a-z]")
# Chinese characters two or more in a row: how Chinese words are written
_CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]{2,}")
# three letters above ASCII in a row inside a Windows-1252 reading: an English text has an accented letter alone in a
# word ("café", "Zürich"); a run like "Ã©Â" is the look of bytes of another encoding
_ODD_RUN = re.compile(r"[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]{3,}")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # the text, line ends as they were
    encoding: str  # the encoding read ("utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "cp1252", "latin-1")
    doubt: str = ""  # why the reading may be wrong, when it may

    @property
    def is_utf8(self) -> bool:
        """Whether the bytes were read as UTF-8 (with or without a byte order mark): nothing to say about them."""
        return self.encoding in ("utf-8", "utf-8-sig")


def decode(raw: bytes) -> Decoded:
    """The text of ``raw`` (its byte order mark removed) and the encoding it was read in (see the module's steps);
    raises ``UnicodeDecodeError`` only for a file that announces UTF-16 or UTF-32 by its mark and is not."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return Decoded(raw.decode("utf-32"), "utf-32")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(raw.decode("utf-16"), "utf-16")
    marked = raw.startswith(codecs.BOM_UTF8)
    if marked:
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return Decoded(raw.decode("utf-8"), "utf-8-sig" if marked else "utf-8")
    except UnicodeDecodeError:
        pass
    found = _legacy(raw)
    if marked:  # a mark that lies: say so whatever the bytes read as
        return Decoded(found.text, found.encoding, "it opens with UTF-8's byte order mark but is not valid UTF-8"
                       + (f"; {found.doubt}" if found.doubt else ""))
    return found


def _legacy(raw: bytes) -> Decoded:
    """Bytes that are not UTF-8: GB 18030 when they read as Chinese writing, else Windows-1252 (else Latin-1)."""
    chinese, verdict = _gb18030_reading(raw)
    if verdict == "yes":
        return Decoded(chinese, "gb18030")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        return Decoded(raw.decode("latin-1"), "latin-1",
                       f"byte 0x{raw[exc.start]:02x} is neither UTF-8, GB 18030 Chinese nor Windows-1252; read as "
                       "Latin-1, which may be wrong")
    if verdict == "maybe":
        return Decoded(text, "cp1252", "its bytes read as GB 18030 too, as Chinese characters standing one by one; "
                                       "read as Windows-1252, which may be wrong")
    odd = _ODD_RUN.search(text)
    if odd:
        return Decoded(text, "cp1252", f"read as Windows-1252, it has letters like {odd.group()!r}, the look of a text "
                                       "in another encoding")
    return Decoded(text, "cp1252")


def _gb18030_reading(raw: bytes) -> tuple[str, str]:
    """The GB 18030 reading of ``raw`` and whether it is Chinese writing: "yes" (nearly all the characters above
    ASCII are Chinese, most stand next to another, few touch a Latin letter), "no" (it does not decode, or other
    characters, or ideographs glued to Latin letters: a Western text misread), "maybe" (Chinese characters standing
    one by one, apart from Latin letters: an English text with a Chinese word here and there, or a Western text
    with a pair of accented capitals)."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return "", "no"
    above = [c for c in text if ord(c) > 127]
    cjk = sum(1 for c in above if _CJK.match(c))
    if not cjk or cjk < 0.95 * len(above) or len(_CJK_GLUED.findall(text)) > 0.1 * cjk:
        return text, "no"
    paired = sum(len(m.group()) for m in _CJK_RUN.finditer(text))
    return text, "yes" if cjk >= 2 and paired >= 0.5 * cjk else "maybe"


def note(name: str, decoded: Decoded) -> str:
    """What a reader tells the user about a file not in UTF-8 ('' for UTF-8)."""
    if decoded.is_utf8:
        return ""
    what = {"gb18030": "GB 18030 (Chinese; gb18030)", "cp1252": "Windows-1252 (cp1252)", "latin-1": "Latin-1",
            "utf-16": "UTF-16 (it opens with UTF-16's byte order mark)",
            "utf-32": "UTF-32 (it opens with UTF-32's byte order mark)"}.get(decoded.encoding, decoded.encoding)
    return f"{name} is not UTF-8; it was read as {what}" + (f": {decoded.doubt}" if decoded.doubt else "")
