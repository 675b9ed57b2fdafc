"""libyaml's parser under regkb's bounded composer reads exactly what the pure-Python loader reads.

``safeyaml.load`` scans and parses with libyaml's C parser where PyYAML has it, composes with the
bounded composer, and reads anything the C path does not finish again with the pure-Python loader.
These tests hold the two paths to the same answers: the same data (types included) for every YAML
text of the project and for generated texts, and the same error, word for word, for every text
either refuses. A bound the C path did not apply would show as data where the pure loader refuses.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from regkb import safeyaml
from regkb.errors import RegkbError

ROOT = Path(__file__).resolve().parent.parent
needs_libyaml = pytest.mark.skipif(getattr(safeyaml, "_CParser", None) is None, reason="PyYAML without libyaml")


def typed(value: Any) -> Any:
    """``value`` with the type of every part spelled out (so that 1, 1.0 and True differ)."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value).__name__, repr(value))


def outcome(text: str, *, pure: bool) -> tuple[str, Any]:
    """What ``safeyaml.load`` gives for ``text``: ("data", typed data) or ("error", the message)."""
    with pytest.MonkeyPatch.context() as mp:
        if pure:
            mp.setattr(safeyaml, "_CParser", None)
        try:
            return "data", typed(safeyaml.load(text, "x.yaml", first_line=3, what="frontmatter"))
        except RegkbError as exc:
            return "error", str(exc)


def pure_only(text: str) -> tuple[str, Any]:
    return outcome(text, pure=True)


def both(text: str) -> tuple[str, Any]:
    return outcome(text, pure=False)


def project_yaml() -> list[Path]:
    """Every YAML file and every Markdown file with frontmatter in the corpus and the test data (not the blind
    set, which nobody but the lead reads)."""
    out = []
    for base in (ROOT / "corpus", ROOT / "tests"):
        for p in sorted(base.rglob("*")):
            if "heldout7" in p.parts or not p.is_file():
                continue
            if p.suffix in (".yaml", ".yml") or (p.suffix == ".md" and p.read_bytes().startswith(b"---\n")):
                out.append(p)
    return out


def yaml_of(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".md":
        end = text.find("\n---", 4)
        return text[4:end + 1] if end > 0 else ""
    return text


@needs_libyaml
def test_the_c_path_reads_every_yaml_text_of_the_project_as_the_pure_loader() -> None:
    paths = project_yaml()
    assert len(paths) > 20  # the corpus registries, its documents' frontmatter and the test data
    read_by_c = 0
    for p in paths:
        text = yaml_of(p)
        assert both(text) == pure_only(text), p
        read_by_c += safeyaml._fast(text)[0]
    assert read_by_c > 20  # most of them were read by libyaml, not handed back to the pure loader


REFUSED = [
    "a: &x 1\nb: *x\n",                        # anchor
    "a: [1, 2]\nb: *x\n",                      # alias to nothing
    "a: !!timestamp 2023-02-30\n",             # explicit tag
    "a: !!python/object/apply:os.system ['true']\n",
    "a: " + "[" * 40 + "]" * 40 + "\n",        # too deep
    "a: " + "[" * 50_000 + "]" * 50_000 + "\n",
    "a: [" + ", ".join(["1"] * (safeyaml.MAX_NODES + 5)) + "]\n",  # too many values
    "a: " + "x" * (safeyaml.MAX_SCALAR + 1) + "\n",                 # too long a value
    "a: 2023-02-30\n",                         # impossible date
    "a: b: c\n",                               # invalid YAML
    "a: 'open\n",
    "a: \x00\n",                               # a character YAML does not allow
    "a: \x07\n",
    "a: \ud800\n",                             # a lone surrogate (not UTF-8 at all)
    "- a\nb: c\n",
    "a:\n\t- b\n",                             # a tab as indentation
]


@needs_libyaml
@pytest.mark.parametrize("text", REFUSED, ids=range(len(REFUSED)))
def test_what_the_pure_loader_refuses_the_c_path_refuses_with_the_same_words(text: str) -> None:
    assert safeyaml._fast(text) == (False, None)  # the C path did not return data: every bound holds there
    got = both(text)
    assert got[0] == "error"
    assert got == pure_only(text)


@needs_libyaml
def test_the_c_path_returns_data_and_composes_with_the_bounded_composer(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = safeyaml._Bounded.compose_node

    def counted(self: Any, parent: Any, index: Any) -> Any:
        calls.append(type(self).__name__)
        return original(self, parent, index)

    monkeypatch.setattr(safeyaml._Bounded, "compose_node", counted)
    done, data = safeyaml._fast('id: "x"\ndate: 2023-01-10\nlist: [a, b]\n')
    assert done and data == {"id": "x", "date": datetime.date(2023, 1, 10), "list": ["a", "b"]}
    assert set(calls) == {"_CLoader"} and len(calls) == 9  # the mapping, its three keys and values, two items


def test_without_libyaml_the_pure_loader_reads_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safeyaml, "_CParser", None)
    assert safeyaml._fast("a: 1\n") == (False, None)
    assert safeyaml.load("a: 1\nb: [x, 'y']\n", "x.yaml") == {"a": 1, "b": ["x", "y"]}
    with pytest.raises(RegkbError, match=r"x\.yaml:1:4: .*anchor"):
        safeyaml.load("a: &x 1\n", "x.yaml")


# --- generated texts ----------------------------------------------------------------------------------

PIECES = ["a", "b", "key", ":", ": ", " ", "  ", "\n", "\n  ", "- ", "-", "[", "]", "{", "}", ", ", ",", "'", '"',
          "''", "#", " #", "&a ", "*a", "!", "!!str ", "|", ">", "|-", ">+", "\t", "? ", "%", "@", "`", "2023-01-10",
          "2023-02-30", "1", "-1", "0x1F", "0o17", "1e3", "1.5", ".inf", "yes", "No", "null", "~", "true", "\\",
          "\\n", "\\x41", "\\u00e9", "é", "中文", "\u2028", "\x85", "\ufeff", "...", "---", "\r\n", "\r", "=", "<<",
          "2023-01-10T10:00:00Z", "Order No. 5", "《法》"]

documents = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)

plain = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | plain | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(plain, inner, max_size=4),
    max_leaves=12)
dumped = st.builds(
    lambda data, flow, width, allow_unicode, style: yaml.safe_dump(
        data, default_flow_style=flow, width=width, allow_unicode=allow_unicode, default_style=style),
    values, st.sampled_from([False, True, None]), st.sampled_from([8, 80]), st.booleans(),
    st.sampled_from([None, '"', "'", "|", ">"]))


characters = st.text(st.sampled_from(list("ab1-:, \n[]{}'\"#&*!?%@`\\.~0e+xX_/=<\r\x00\x7f\x80\xa0é中\U0001F600")),
                     max_size=30)

# where libyaml and PyYAML disagree, found by these tests: the first four read differently without the gate of
# safeyaml._UNLIKE and the C path's hand-over of tagged nodes
DISAGREE = ["!", "a: !\n", "\u2028\ufeff", "a\t", "a: b\t\n", "|#", "a: >#\n  x\n"]


@needs_libyaml
@pytest.mark.parametrize("text", DISAGREE, ids=range(len(DISAGREE)))
def test_where_the_parsers_disagree_the_pure_loader_reads(text: str) -> None:
    assert safeyaml._fast(text) == (False, None)
    assert both(text) == pure_only(text)


@needs_libyaml
@settings(max_examples=400)
@given(documents)
@example("a: b\n  c\n")
@example("- 'x''y'\n- \"\\u00e9\\/\"\n")
@example("a: |\n  x\n\n b\n")
def test_generated_texts_read_the_same_on_both_paths(text: str) -> None:
    assert both(text) == pure_only(text)


@needs_libyaml
@settings(max_examples=300)
@given(characters)
def test_character_soup_reads_the_same_on_both_paths(text: str) -> None:
    assert both(text) == pure_only(text)


@needs_libyaml
@settings(max_examples=200)
@given(dumped)
def test_dumped_data_reads_the_same_on_both_paths(text: str) -> None:
    assert both(text) == pure_only(text)
