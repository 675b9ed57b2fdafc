"""Regenerate tests/heldout9/ticket-resale-interpretation.html, a web page whose law is one <pre> block.

    python tests/heldout9/make_tickets_pre_html.py

Test data only. The layout, as an old legal translation archive puts a text on the web: a navigation line,
the page title and a "translated by" line, then **the whole interpretation inside one `<pre>` element,
hard-wrapped at 72 columns** (the wrapping is the translator's plain-text file: line breaks inside
sentences, a blank line between paragraphs, the title centred with spaces, items indented by four spaces),
then a rule and the archive's footer. The output is deterministic (no dates of the run).
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent / "ticket-resale-interpretation.html"
WIDTH = 72


def wrap(text: str, **kw: str) -> list[str]:
    """Lines of at most WIDTH columns, never broken at a hyphen ("mark-up" stays whole)."""
    return textwrap.wrap(text, WIDTH, break_on_hyphens=False, **kw)

HEAD = [
    "Provisions of the Supreme People's Court on Issues Relating to the",
    "Application of Law in Hearing Cases of Disputes over the Resale of",
    "Tickets for Performances and Sports Events",
    "",
    "Fa Shi [2032] No. 4",
]
ADOPTED = ("(Adopted at the 1,905th Meeting of the Judicial Committee of the Supreme People's Court on 14 "
           "April 2032, and effective as of 1 June 2032)")
NOTE = "[Tr. note: 应当 is rendered \"shall\" and 可以 \"may\" throughout.]"
PREAMBLE = ("In order to correctly hear civil disputes arising from the resale of tickets for performances and "
            "sports events and to protect the lawful rights and interests of the parties, these Provisions are "
            "formulated on the basis of the Civil Procedure Law of the People's Republic of China, the Civil Code "
            "of the People's Republic of China and other laws, having regard to the experience of adjudication.")

# (number, paragraphs); a paragraph opening "(n) " is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["For the purposes of these Provisions:",
         "(1) the term \"organiser\" as used herein means the entity that has obtained approval to hold a "
         "commercial performance or a sports event and that issues tickets for it;",
         "(2) the term \"ticket resale platform\" means an electronic commerce platform on which persons other "
         "than the organiser offer tickets for sale to the public;",
         "(3) \"ticket holder\" includes the original purchaser and any person to whom the ticket has been "
         "transferred."]),
    (2, ["Where a ticket holder claims that a clause in the ticket purchase contract prohibiting the transfer "
         "of a ticket is invalid, the people's court shall not support the claim, unless the organiser failed "
         "to draw the purchaser's attention to the clause in a conspicuous manner at the time of sale."]),
    (3, ["Where the organiser refuses admission to a purchaser who bought a ticket through a ticket resale "
         "platform, and the platform knew or ought to have known that the ticket had been cancelled, the "
         "people's court shall support the purchaser's claim that the platform refund the price paid and "
         "compensate reasonable losses.",
         "Having borne liability under the preceding paragraph, the ticket resale platform is entitled to claim "
         "reimbursement from the seller."]),
    (4, ["A ticket resale platform shall, in accordance with the Electronic Commerce Law of the People's "
         "Republic of China, verify the real identity of sellers and retain the transaction records of each "
         "ticket for not less than three years from the date of the performance or event, and shall protect "
         "the personal information of buyers in accordance with the Law on the Protection of Personal "
         "Information.",
         "If the platform cannot provide the real name and valid contact details of the seller, the purchaser "
         "may request the platform to assume liability for compensation in advance, and the people's court "
         "shall support such a request."]),
    (5, ["A person who, with the aim of reselling tickets at a mark-up, buys tickets in bulk by automated "
         "software or holds ticket stocks without a genuine intention to buy, and thereby causes losses to the "
         "organiser, shall bear liability for compensation. Upon application by the organiser, the people's "
         "court may order such person to cease the infringing act."]),
    (6, ["Where a ticket holder is unable to attend owing to illness, accident or other force majeure, he or "
         "she has the right to demand that the organiser refund the ticket through the original channel of "
         "purchase. The organiser may deduct a handling fee, but the fee must not exceed ten percent of the "
         "ticket price."]),
    (7, ["Where a performance or event is cancelled or postponed, the organiser shall announce the fact, and "
         "the ticket resale platform shall, within three days of the announcement, notify the purchasers of "
         "tickets bought through it.",
         "A purchaser who does not accept the postponement may claim a refund of the full price from the "
         "seller or the platform, and in that case neither the seller nor the platform may rely on a clause "
         "excluding refunds."]),
    (8, ["A contract for the resale of a real-name ticket concluded in breach of the organiser's real-name "
         "rules is not invalid for that reason alone; but where the purchaser cannot enter the venue as a "
         "result, the purchaser has the right to rescind the contract and demand the return of the price."]),
    (9, ["Where a ticket resale platform, in breach of Article 4 of these Provisions, fails to retain "
         "transaction records, and the people's court therefore cannot ascertain the seller, the people's "
         "court may presume the platform to be the seller and order it to bear the liability of the seller "
         "under Article 3 and Article 7."]),
    (10, ["Where a party obstructs the people's court in ascertaining the facts by forging transaction records "
          "or destroying evidence, the people's court may impose a fine or detention on it in accordance with "
          "Article 114 of the Civil Procedure Law of the People's Republic of China; if the circumstances "
          "constitute a crime, criminal liability shall be pursued against it under the law."]),
    (11, ["These Provisions shall come into force on 1 June 2032. Where the judicial interpretations previously "
          "issued by this Court are inconsistent with these Provisions, these Provisions shall prevail."]),
]


def block() -> str:
    lines = [*(h.center(WIDTH).rstrip() for h in HEAD), ""]
    lines += [*wrap(ADOPTED), "", NOTE, ""]
    lines += [*wrap(PREAMBLE, initial_indent="   "), ""]
    for number, paragraphs in ARTICLES:
        for k, text in enumerate(paragraphs):
            if k == 0:
                lines += wrap(f"Article {number}  {text}")
            elif text.startswith("("):
                lines += wrap(text, initial_indent="    ", subsequent_indent="    ")
            else:
                lines += wrap(text, initial_indent="   ")
            lines.append("")
    return html.escape("\n".join(lines), quote=False)


def main() -> None:
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>SPC Provisions on Ticket Resale Disputes (Fa Shi [2032] No. 4) - Eastbank Legal Translation Archive</title>
</head>
<body bgcolor="#ffffff">
<p><a href="../index.html">Archive home</a> | <a href="../spc/index.html">Judicial interpretations</a> | <a href="../search.html">Search</a></p>
<h2>SPC Provisions on Ticket Resale Disputes</h2>
<p><i>Translated by the Eastbank Legal Translation Archive volunteers. Plain-text version; for reference only.</i></p>
<hr>
<pre>
{block()}
</pre>
<hr>
<p><small>Eastbank Legal Translation Archive. Texts may be copied with attribution. Report errors to the editors.</small></p>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
