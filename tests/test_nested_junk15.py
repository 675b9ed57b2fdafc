"""A part of the text kept apart (the publisher's words after the rule that closes the law, an editor's comment)
that holds markup dropped inside it: an in-page link whose words a converter wrapped onto the next line ("[Back to" /
"top](#top)"). The parser cut the whole part out of the law, but a line that began inside it, after the dropped "[",
was read back into the last article ("top" as its second paragraph): a span of junk that starts inside a wider one
hid the wider one from the line. Two converters' wordings; the law itself is unchanged."""

from __future__ import annotations

import pytest

from regkb.corpus import SourceFile
from regkb.parse.structure import parse_structure

LAW = """# Provisions on Test Matters

## Chapter I General Provisions

**Article 1** These Provisions apply to the self-service laundries of the City.

**Article 2** These Provisions shall come into force on 1 May 2037.
"""

TAILS = [
    "* * *\n\n[Related: Water Law of the People's Republic of\nChina](https://example.gov/water-law.html) | [Back to\n"
    "top](#top)\n\nCopyright (C) Example City. All rights reserved.\n",
    "---\n\nSee also [the City's rules on\nlaundries](https://example.gov/rules) or [return to the top of\n"
    "the page](#page-top).\n\n© Example Municipal People's Government\n",
]


@pytest.mark.parametrize("tail", TAILS)
def test_a_link_wrapped_inside_the_publishers_words_stays_out_of_the_law(tail: str) -> None:
    st = parse_structure(SourceFile("x.md", LAW + "\n" + tail, "0" * 64, {}, 0), "doc")
    last = st.articles[-1]
    assert last.text == "These Provisions shall come into force on 1 May 2037."
    assert len(last.paragraphs) == 1
    kept = " ".join(b.text for b in st.blocks)
    assert ("top" in kept) and ("Copyright" in kept or "©" in kept)
