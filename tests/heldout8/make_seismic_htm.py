"""Regenerate tests/heldout8/seismic-monitoring-data-regulations.htm, a Word document saved as a web page.

    python tests/heldout8/make_seismic_htm.py

Test data only. The layout, as Word's "Save as Web Page" writes a translator's document: Office XML
namespaces, document properties and Word settings in conditional comments, a style sheet inside a
comment; chapters as <h1>, sections as <h2>; every article a <p class=MsoNormal> opening with "Article N"
in <b> and a tab written as <span style='mso-tab-count:1'>; the text split into <span lang=EN-US> runs
between words; list items as <p class=MsoListParagraph> whose labels sit inside <![if !supportLists]>;
the translator's footnotes as Word exports them (reference marks "[n]" in links, the notes in a
footnote list after a rule at the end of the page). The output is deterministic.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent / "seismic-monitoring-data-regulations.htm"
TITLE = "Regulations on the Administration of Seismic Monitoring Data"
FOOT = {
 1: "Cited by the English title under which the National People's Congress published it; its Chinese short title is \u9632\u9707\u51cf\u707e\u6cd5.",
 2: "At the time of translation, the national earthquake administration.",
 3: "Station operators should note that the centre publishes its backup policy on its website; that policy is not part of these Regulations.",
}
# ("h1"|"h2", text) | ("art", n, first) | ("p", text) | ("li", label, text)
BODY: list[tuple[str, ...]] = [
 ("h1", "Chapter I General Provisions"),
 ("art", "1", "With a view to ensuring the integrity of seismic monitoring data, serving earthquake forecasting and emergency response, and safeguarding national security, these Regulations are made under the Law of the People's Republic of China on Protecting Against and Mitigating Earthquake Disasters[^1] and the Data Security Law of the People's Republic of China."),
 ("art", "2", "These Regulations apply to the generation, transmission, storage, sharing and use of seismic monitoring data within the territory of the People's Republic of China."),
 ("p", "For the purposes of these Regulations, \u201cseismic monitoring data\u201d refers to waveform records, parameter data and observation logs produced by seismic stations, strong-motion stations and other monitoring facilities, and \u201cstation operators\u201d refers to the units that build or run such facilities."),
 ("art", "3", "The competent seismological department under the State Council[^2] is responsible for the supervision and administration of seismic monitoring data nationwide. Seismological work departments of local people's governments at or above the county level shall be responsible for supervising the handling of seismic monitoring data in their own administrative regions."),
 ("p", "The State encourages universities, research institutions and enterprises to take part in the development of monitoring technology and in the open use of seismic monitoring data."),
 ("h1", "Chapter II Generation, Transmission and Storage"),
 ("h2", "Section 1 Monitoring Facilities"),
 ("art", "4", "Station operators must keep monitoring facilities in continuous operation and must report any interruption lasting more than two hours to the seismological work department concerned within 24 hours."),
 ("art", "5", "Nobody may occupy, damage or move monitoring facilities, or carry out blasting, drilling or other activities that interfere with observation within the protection zone of a seismic station."),
 ("p", "Where a construction project cannot avoid the protection zone, the construction unit is obliged to build substitute facilities at its own expense, and the substitute facilities must meet the observation standards set by the competent seismological department under the State Council."),
 ("h2", "Section 2 Transmission and Storage"),
 ("art", "6", "In transmitting and storing seismic monitoring data, station operators shall comply with the following requirements:"),
 ("li", "(1)", "transmit waveform data to the national seismic data centre in real time through dedicated lines;"),
 ("li", "(2)", "keep the original records for at least thirty years;"),
 ("li", "(3)", "not modify original records, and mark every processed record as processed."),
 ("art", "7", "The national seismic data centre has the obligation to back up the data it receives in two places at least 500 kilometres apart.[^3] It ought to test the recovery of the backups once a year."),
 ("h1", "Chapter III Sharing and Use"),
 ("art", "8", "Seismological work departments shall share parameter data with the emergency management, natural resources and water resources departments without charge."),
 ("p", "Research institutions that need waveform data for scientific research are authorized to obtain them from the national seismic data centre free of charge, provided that they sign a data use agreement."),
 ("p", "Foreign organizations and individuals may not set up seismic stations in China or collect seismic monitoring data in China without the approval of the competent seismological department under the State Council."),
 ("art", "9", "It is necessary for station operators to obtain the consent of the national seismic data centre before publishing waveform data of an earthquake of magnitude 5.0 or above."),
 ("p", "Station operators need not obtain such consent for data that the national seismic data centre has already published."),
 ("h1", "Chapter IV Legal Liability"),
 ("art", "10", "Where a station operator violates Article 4 or item (3) of Article 6 of these Regulations, the seismological work department shall order it to make corrections; if it refuses to do so, a fine of not more than 100,000 yuan shall be imposed."),
 ("p", "Whoever damages monitoring facilities in violation of Article 5 is liable for compensation and, if the act violates the administration of public security, shall be punished by the public security organ."),
 ("art", "11", "Staff of seismological work departments who abuse their power or leak seismic monitoring data shall be given sanctions in accordance with the law."),
 ("art", "12", "These Regulations shall come into force on 1 October 2031."),
]

def fn(n: int) -> str:
    return (f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\"><span class=MsoFootnoteReference>"
            f"<span lang=EN-US><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>"
            f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif'>[{n}]</span></span><![endif]></span></span></span></a>")

def runs(text: str) -> str:
    # Word splits runs at spell-check and edit boundaries; here only between words
    text = re.sub(r"\[\^(\d)\]", lambda m: "\x00" + m.group(1) + "\x00", text)
    words = text.split(" ")
    out, cur = [], []
    for i, w in enumerate(words):
        cur.append(w)
        if len(cur) >= 9 and i % 4 == 0:
            out.append(" ".join(cur) + " ")
            cur = []
    if cur:
        out.append(" ".join(cur))
    html = "".join(f"<span lang=EN-US>{esc(chunk)}</span>" for chunk in out)
    return re.sub("\x00(\\d)\x00", lambda m: "</span>" + fn(int(m.group(1))) + "<span lang=EN-US>", html)

def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")


TEMPLATE = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Legal Affairs Translation Desk</o:Author>
  <o:LastAuthor>Legal Affairs Translation Desk</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>2031-08-02T01:10:00Z</o:Created>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:SimSun;
	panose-1:2 1 6 0 3 1 1 1 1 1;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	text-align:justify;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}}
h1
	{{mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	font-size:14.0pt;}}
h2
	{{margin-top:6.0pt;
	font-size:12.0pt;}}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{{font-size:9.0pt;}}
span.MsoFootnoteReference
	{{vertical-align:super;}}
p.MsoListParagraph
	{{margin-left:21.0pt;
	text-indent:21.0pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=MsoTitle align=center style='text-align:center'><b><span lang=EN-US style='font-size:16.0pt'>{title}</span></b><span lang=EN-US><o:p></o:p></span></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>(Promulgated by Decree No. 861 of the State Council of the People's Republic of China on 18 August 2031)</span><span lang=EN-US><o:p></o:p></span></p>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

{body}

</div>

<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>

<hr align=left size=1 width="33%">

<![endif]>

{notes}
</div>

</body>

</html>
"""


def main() -> None:
    parts: list[str] = []
    for e in BODY:
        if e[0] == "h1":
            parts.append(f"<h1 align=center style='text-align:center'><a name=\"_Toc{zlib.crc32(e[1].encode()) % 900000 + 100000}\"></a><span lang=EN-US>{e[1]}</span></h1>")
        elif e[0] == "h2":
            parts.append(f"<h2 align=center style='text-align:center'><span lang=EN-US>{e[1]}</span></h2>")
        elif e[0] == "art":
            parts.append(f"<p class=MsoNormal style='text-indent:21.0pt'><b><span lang=EN-US>Article {e[1]}</span></b><span lang=EN-US><span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span></span>{runs(e[2])}<span lang=EN-US><o:p></o:p></span></p>")
        elif e[0] == "p":
            parts.append(f"<p class=MsoNormal style='text-indent:21.0pt'>{runs(e[1])}<span lang=EN-US><o:p></o:p></span></p>")
        elif e[0] == "li":
            parts.append(f"<p class=MsoListParagraph style='margin-left:42.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>{e[1]}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{runs(e[2])}<span lang=EN-US><o:p></o:p></span></p>")
    notes = "".join(
        f"<div style='mso-element:footnote' id=ftn{n}><p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}' href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span class=MsoFootnoteReference><span lang=EN-US><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=EN-US>[{n}]</span></span><![endif]></span></span></span></a><span lang=EN-US> {esc(t)}<o:p></o:p></span></p></div>\n"
        for n, t in FOOT.items())
    doc = TEMPLATE.format(title=TITLE, body="\n\n".join(parts), notes=notes)
    OUT.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
