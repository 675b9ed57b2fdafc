"""Nothing lost, nothing run, nothing hangs (issue 13).

Each test plays an attacker or a careless user on a copy of the project and checks the command
refuses with exit status 2 and a clear message, touches nothing it did not make, runs no code
from data and finishes. Commands run as real subprocesses (``python -m regkb``), with a time
bound so that a regression that hangs fails instead of blocking the suite. Tests that need a
mount namespace (full disk, read-only file system, mount point) run only as root, where
``unshare`` works; tests of unreadable files drop the capabilities that let root read anything.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkb import KnowledgeBase, incremental, safeyaml, signing, store
from regkb.build import EPOCH_MAX, clamped_epoch
from regkb.corpus import load_laws, split_frontmatter
from regkb.errors import RegkbError, printable
from regkb.index import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
# root reads and writes anything: drop the capabilities that allow it, so permissions apply
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if IS_ROOT else []


# --- helpers -----------------------------------------------------------------------------------------


def regkb(*args: str, cwd: Path, prefix: list[str] | None = None, timeout: float = 240,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m regkb ARGS`` in ``cwd`` with this worktree's code, bounded in time."""
    full = dict(os.environ, PYTHONPATH=str(SRC), COLUMNS="200") | (env or {})
    return subprocess.run([*(prefix or []), sys.executable, "-m", "regkb", *args], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=timeout, check=False)


def tree(path: Path) -> dict[str, str]:
    """Every file under ``path`` with the hash of its bytes (links by their target)."""
    out = {}
    for p in sorted(path.rglob("*")):
        rel = p.relative_to(path).as_posix()
        if p.is_symlink():
            out[rel] = "-> " + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def assert_refused(res: subprocess.CompletedProcess[str], *words: str) -> None:
    assert res.returncode == 2, (res.returncode, res.stdout[-2000:], res.stderr[-2000:])
    assert "Traceback" not in res.stderr, res.stderr
    assert "regkb: error:" in res.stderr, res.stderr
    for w in words:
        assert w in res.stderr, (w, res.stderr)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project: the corpus and mkdocs.yml."""
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copytree(ROOT / "corpus", proj / "corpus")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    return proj


REG = textwrap.dedent("""\
    ---
    title: Rules for Widgets
    {extra}---
    Article 1 Widget makers shall label widgets.

    Article 2 Users shall not remove labels.
    """)


def small_corpus(where: Path, extra: str = "", **files: str) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    (where / "laws.yaml").write_text("laws: []\n", encoding="utf-8")
    (where / "reg.md").write_text(REG.format(extra=extra), encoding="utf-8")
    for name, text in files.items():
        (where / name.replace("__", ".")).write_text(text, encoding="utf-8")
    return where


class Payload:
    """A pickle that, when loaded, creates a marker file: proof that loading ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.marker, "w"))


def payload(marker: Path) -> bytes:
    data = pickle.dumps(Payload(marker), protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(pickle.dumps(Payload(marker.with_suffix(".selftest"))))  # the payload does run when unpickled
    assert marker.with_suffix(".selftest").exists()
    return data


# --- 1. output directories ---------------------------------------------------------------------------


@pytest.mark.parametrize("site_dir", ["corpus", ".", "..", "corpus/sub"])
def test_build_refuses_a_site_dir_that_is_or_holds_the_corpus_or_the_project(project: Path, site_dir: str) -> None:
    before = tree(project)
    res = regkb("build", "--site-dir", site_dir, cwd=project)
    assert_refused(res, "refusing to use this as the site directory")
    assert tree(project) == before


def test_build_refuses_home_and_root(project: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "work").mkdir(parents=True)
    (home / "work" / "thesis.txt").write_text("years of work")
    for site_dir in (str(home), "/"):
        res = regkb("build", "--site-dir", site_dir, cwd=project, env={"HOME": str(home)})
        assert_refused(res, "refusing to use this as the site directory")
    assert (home / "work" / "thesis.txt").read_text() == "years of work"


def test_build_refuses_a_directory_it_did_not_make(project: Path) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "todo.md").write_text("mine")
    res = regkb("build", "--site-dir", "notes", cwd=project)
    assert_refused(res, "not made by regkb", ".regkb-site")
    assert (project / "notes" / "todo.md").read_text() == "mine"
    assert sorted(p.name for p in (project / "notes").iterdir()) == ["todo.md"]


@pytest.mark.slow
def test_build_replaces_its_own_site_and_an_empty_directory(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c")
    site = tmp_path / "site"
    site.mkdir()  # empty: nothing to lose
    res = regkb("build", "--corpus", str(corpus), "--site-dir", str(site), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert (site / ".regkb-site").is_file()
    (site / "stale.html").write_text("old")
    res = regkb("build", "--corpus", str(corpus), "--site-dir", str(site), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert not (site / "stale.html").exists() and (site / "index.html").exists()


# --- 2. export -o ------------------------------------------------------------------------------------


def test_export_refuses_a_device_a_pipe_and_a_directory(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    targets = [fifo, tmp_path]
    if IS_ROOT:  # a device node like /dev/null, made here so that a regression cannot harm the system's
        dev = tmp_path / "null"
        os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        targets.append(dev)
    for target in targets:
        kind = stat.S_IFMT(os.lstat(target).st_mode)
        res = regkb("export", "json", "-o", str(target), cwd=ROOT, timeout=120)
        assert_refused(res, str(target))
        assert stat.S_IFMT(os.lstat(target).st_mode) == kind
    res = regkb("export", "json", "-o", str(tmp_path), cwd=ROOT)
    assert "is a directory" in res.stderr


def test_export_does_not_follow_a_symlink_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "out.json"
    link.symlink_to(target)
    res = regkb("export", "csv", "-o", str(link), cwd=ROOT)
    assert_refused(res, "symbolic link", "--follow-symlinks")
    assert target.read_text() == "keep me" and link.is_symlink()
    res = regkb("export", "csv", "-o", str(link), "--follow-symlinks", cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert link.is_symlink() and target.read_text().startswith("id,document")


def test_export_creates_files_with_the_usual_mode(tmp_path: Path) -> None:
    out = tmp_path / "kb.csv"
    res = regkb("export", "csv", "-o", str(out), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert not list(tmp_path.glob(".kb.csv.*"))


# --- 3. no code from data ----------------------------------------------------------------------------


def test_load_does_not_run_a_planted_pickle(kb: KnowledgeBase, tmp_path: Path) -> None:
    d = tmp_path / "kb"
    kb.save(d)
    marker = tmp_path / "RAN"
    (d / "kb.pickle").write_bytes(payload(marker))
    with pytest.raises(RegkbError) as err:
        KnowledgeBase.load(d)
    assert not marker.exists()
    assert [x.code for x in err.value.diagnostics] == ["unsigned-store"]
    # a forged envelope (right header, wrong key) is refused the same way
    (d / "kb.pickle").write_bytes(signing.seal(payload(marker), store.PURPOSE, key=b"k" * 32))
    with pytest.raises(RegkbError, match="signature"):
        KnowledgeBase.load(d)
    assert not marker.exists()


def test_even_a_signed_pickle_makes_only_model_objects(kb: KnowledgeBase, tmp_path: Path) -> None:
    d = tmp_path / "kb"
    kb.save(d)
    marker = tmp_path / "RAN"
    (d / "kb.pickle").write_bytes(signing.seal(payload(marker), store.PURPOSE))  # as if the key had leaked
    with pytest.raises(RegkbError, match=r"refused to load io\.open"):
        KnowledgeBase.load(d)
    assert not marker.exists()


def test_incremental_cache_does_not_run_planted_pickles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    kb1, _ = incremental.build(corpus)
    marker = tmp_path / "RAN"
    planted = payload(marker)
    cache = corpus / ".regkb" / "cache"
    pickles = list(cache.rglob("*.pickle"))
    assert len(pickles) >= 3
    for p in pickles:
        p.write_bytes(planted)
    res = regkb("save", str(tmp_path / "out"), "--corpus", str(corpus), "--incremental", cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert not marker.exists()
    kb2, stats = incremental.build(corpus)
    assert not marker.exists()
    assert kb2.to_dict() == kb1.to_dict()
    assert stats.reused_kb  # the save above rebuilt and re-signed the cache


def _plant_toc(version: Path, data: bytes) -> None:
    toc = next(version.glob("*.toc"))
    raw = toc.read_bytes()
    start = next(i for i in range(len(raw) - 1) if raw[i] == 0x80 and 2 <= raw[i + 1] <= 5)  # the schema pickle
    toc.write_bytes(raw[:start] + data)


def test_search_never_opens_an_index_this_machine_did_not_write(kb: KnowledgeBase, tmp_path: Path) -> None:
    where = tmp_path / "idx"
    six = SearchIndex(kb, where)
    name = six.ensure()
    six.close()
    marker = tmp_path / "RAN"
    _plant_toc(six.home / name, payload(marker))
    fresh = SearchIndex(kb, where)
    assert fresh.search("prominent marks").hits
    assert not marker.exists()
    assert (fresh.home / "CURRENT").read_text().strip() != name  # rebuilt, not opened


def test_cli_search_never_opens_a_planted_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    res = regkb("index", "--corpus", str(corpus), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    marker = tmp_path / "RAN"
    planted = payload(marker)
    for version in (tmp_path / ".regkb" / "index").glob("*/v*"):
        _plant_toc(version, planted)
    res = regkb("search", "labelling", "--corpus", str(corpus), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert not marker.exists()


def test_the_signing_key_is_private_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = tmp_path / "keys" / "key"
    monkeypatch.setenv("REGKB_KEY_FILE", str(key))
    k = signing.machine_key()
    assert len(k) == 32 and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert signing.unseal(signing.seal(b"x", "p"), "p", "f") == b"x"
    with pytest.raises(signing.SignatureError):
        signing.unseal(signing.seal(b"x", "p"), "other purpose", "f")
    key.chmod(0o644)
    monkeypatch.setattr(signing, "_cached", None)
    with pytest.raises(RegkbError, match="chmod 600"):
        signing.machine_key()


def test_save_does_not_overwrite_files_it_did_not_write(kb: KnowledgeBase, tmp_path: Path) -> None:
    d = tmp_path / "mine"
    d.mkdir()
    (d / "kb.json").write_text('{"my": "data"}')
    with pytest.raises(RegkbError, match="did not write"):
        kb.save(d)
    assert (d / "kb.json").read_text() == '{"my": "data"}'


def test_clear_deletes_only_a_tagged_cache(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "x").write_text("keep")
    with pytest.raises(RegkbError, match="not regkb's build cache"):
        incremental.clear(tmp_path, mine)
    assert (mine / "x").exists()


# --- 4. bounded input --------------------------------------------------------------------------------

BOMB = "\n".join(["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
                 + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(9)])
DEEP = "[" * 50_000 + "]" * 50_000
# the bomb's last alias used where regkb reads the value (the old loader expanded it there: minutes, gigabytes)
BOMBS = {
    "frontmatter": ("reg.md", REG.format(extra=BOMB + "\n"), 3),
    "laws.yaml": ("laws.yaml", BOMB + "\nlaws:\n  - id: a\n    title: A\n    aliases: *j\n", 1),
    "bodies.yaml": ("bodies.yaml", BOMB + "\nbodies:\n  - id: a\n    name: A\n    aliases: *j\n", 1),
    "external-facts.yaml": ("external-facts.yaml", BOMB + "\nfacts:\n  - document: d\n    key: title\n    value: v\n"
                            "    source: s\n    quote: *j\n", 1),
    "alignment.yaml": ("alignment.yaml", BOMB + "\ncommentary: *j\n", 1),
}
DEEPS = {
    "frontmatter brackets": ("reg.md", REG.format(extra=f"extra: {DEEP}\n"), 3),
    "laws.yaml brackets": ("laws.yaml", f"laws: {DEEP}\n", 1),
    "frontmatter indentation": ("reg.md", REG.format(extra="deep:\n" + "".join("  " * i + f"- k{i}:\n"
                                                                               for i in range(1, 200))), 0),
}


@pytest.mark.parametrize("case", sorted(BOMBS) + sorted(DEEPS))
def test_yaml_bombs_and_deep_nesting_are_clear_errors(tmp_path: Path, case: str) -> None:
    name, text, line = BOMBS.get(case) or DEEPS[case]
    corpus = small_corpus(tmp_path / "c")
    (corpus / name).write_text(text, encoding="utf-8")
    res = regkb("export", "json", "--corpus", str(corpus), cwd=ROOT, timeout=60)
    assert_refused(res, name, "anchor (&a) is not allowed" if case in BOMBS else "nested more than 32 levels")
    if line:
        assert f"{name}:{line}:" in res.stderr, res.stderr


def test_nested_brackets_in_the_law_text_are_no_recursion_error(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c")
    body = "Article 3 Providers shall keep records " + "(" * 50_000 + "x" + ")" * 50_000 + ".\n"
    (corpus / "reg.md").write_text(REG.format(extra="") + "\n" + body + "\n" + "[" * 50_000 + "\n", encoding="utf-8")
    res = regkb("export", "json", "--corpus", str(corpus), cwd=ROOT, timeout=120)
    assert res.returncode in (0, 2), res.stderr
    assert "Traceback" not in res.stderr and "RecursionError" not in res.stderr


def test_unknown_frontmatter_values_are_bounded_and_warned(tmp_path: Path) -> None:
    big = "[" + ", ".join(["long value"] * 2000) + "]"
    corpus = small_corpus(tmp_path / "c", extra=f"mystery: {big}\nsmall_note: hello\n")
    res = regkb("export", "json", "--corpus", str(corpus), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "unknown frontmatter key 'mystery' is ignored and its value" in res.stderr
    assert "long value" not in res.stdout
    assert "small_note" in res.stderr


def test_an_impossible_date_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c", extra="effective_date: 2023-02-30\n")
    res = regkb("check", "--corpus", str(corpus), cwd=ROOT)
    assert_refused(res, "reg.md:3:", "2023-02-30", "not a real date")


def test_registry_size_is_capped(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c")
    with open(corpus / "laws.yaml", "w") as fh:
        fh.write("laws:\n")
        fh.write("# padding\n" * 600_000)
    res = regkb("check", "--corpus", str(corpus), cwd=ROOT)
    assert_refused(res, "laws.yaml", "larger than")


# --- 5. the corpus reader stays inside the corpus ----------------------------------------------------


def test_a_link_out_of_the_corpus_is_not_read_and_says_so(tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(REG.format(extra="id: secret\n").replace("Widgets", "Secrets"))
    corpus = small_corpus(tmp_path / "c")
    (corpus / "leak.md").symlink_to(secret)
    res = regkb("export", "json", "--corpus", str(corpus), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "leak.md" in res.stderr and "outside the corpus" in res.stderr
    assert "Secrets" not in res.stdout and [d["id"] for d in json.loads(res.stdout)["documents"]] == ["reg"]


def test_a_dangling_link_is_an_error(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c")
    (corpus / "gone.md").symlink_to(tmp_path / "nowhere.md")
    res = regkb("check", "--corpus", str(corpus), cwd=ROOT)
    assert_refused(res, "gone.md", "dangling")


def test_a_pipe_in_the_corpus_is_an_error_not_a_hang(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c")
    os.mkfifo(corpus / "pipe.md")
    res = regkb("check", "--corpus", str(corpus), cwd=ROOT, timeout=60)
    assert_refused(res, "pipe.md", "not a regular file")


@pytest.mark.skipif(IS_ROOT and shutil.which("setpriv") is None, reason="needs setpriv to drop root's rights")
def test_unreadable_files_and_directories_are_errors(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c")
    (corpus / "part").mkdir()
    (corpus / "part" / "more.md").write_text(REG.format(extra="id: more\n"))
    (corpus / "locked.md").write_text(REG.format(extra="id: locked\n"))
    (corpus / "part").chmod(0)
    (corpus / "locked.md").chmod(0)
    try:
        res = regkb("check", "--corpus", str(corpus), cwd=ROOT, prefix=NO_DAC)
        assert_refused(res, "part/", "locked.md")
    finally:
        (corpus / "part").chmod(0o755)


# --- 6. dates, disks, terminals ----------------------------------------------------------------------


def test_build_time_stamp_is_clamped_and_said() -> None:
    said: list[str] = []
    assert clamped_epoch(-2_208_988_800, said.append) == 0
    assert clamped_epoch(7_258_118_400, said.append) == EPOCH_MAX
    assert len(said) == 2 and "1970-2106" in said[0]
    assert clamped_epoch(1_673_308_800, said.append) == 1_673_308_800 and len(said) == 2


@pytest.mark.slow
@pytest.mark.parametrize("day", ["1900-01-01", "2200-01-01"])
def test_build_with_dates_outside_1970_2106(tmp_path: Path, day: str) -> None:
    corpus = small_corpus(tmp_path / "c", extra=f"adopted_date: {day}\n")
    site = tmp_path / "site"
    res = regkb("build", "--corpus", str(corpus), "--site-dir", str(site), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "outside 1970-2106" in res.stderr
    with gzip.open(site / "sitemap.xml.gz") as fh:
        fh.read()
        assert fh.mtime in (0, EPOCH_MAX)


def test_control_characters_reach_the_terminal_escaped(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path / "c", extra='"evil\\e]0;pwned\\a\\e[2J": "\\e[31mred"\n')
    res = regkb("check", "--corpus", str(corpus), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    out = res.stdout + res.stderr
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned" in out
    assert printable("a\x1b[2Jb\tc\n\x9b") == "a\\x1b[2Jb\tc\n\\x9b"


def test_99_inline_cjk_items(tmp_path: Path) -> None:
    def cjk(n: int) -> str:
        d = "零一二三四五六七八九"
        return d[n] if n < 10 else ("" if n // 10 == 1 else d[n // 10]) + "十" + (d[n % 10] if n % 10 else "")

    items = "".join(f"（{cjk(i)}） item number {i};" for i in range(1, 100))
    corpus = small_corpus(tmp_path / "c")
    (corpus / "reg.md").write_text(f"---\ntitle: T\n---\nArticle 1 Providers shall do the following: {items}\n\n"
                                   "Article 2 Users shall comply.\n", encoding="utf-8")
    res = regkb("export", "json", "--corpus", str(corpus), cwd=ROOT)
    assert res.returncode == 0, res.stderr
    art = json.loads(res.stdout)["articles"][0]
    assert len(art["paragraphs"][0]["items"]) == 99


NAMESPACE = IS_ROOT and shutil.which("unshare") is not None and subprocess.run(
    ["unshare", "-m", "true"], capture_output=True, check=False).returncode == 0
needs_mounts = pytest.mark.skipif(not NAMESPACE, reason="needs root and unshare for a private tmpfs")


def in_namespace(script: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (tmpfs mounts vanish with it)."""
    env = dict(os.environ, PYTHONPATH=str(SRC), PY=sys.executable, COLUMNS="200")
    return subprocess.run(["unshare", "-m", "sh", "-ec", script], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.mark.slow
@needs_mounts
def test_a_full_disk_is_a_clear_error_and_keeps_the_previous_site(project: Path) -> None:
    res = in_namespace("""
        mkdir -p disk && mount -t tmpfs -o size=96m tmpfs disk
        $PY -m regkb build --site-dir disk/site >/dev/null 2>&1
        ls disk/site/index.html >/dev/null
        $PY -m regkb export json -o disk/kb.json 2>/dev/null
        sha256sum disk/site/index.html disk/kb.json > before.txt
        dd if=/dev/zero of=disk/fill bs=1M count=160 2>/dev/null || true
        set +e
        $PY -m regkb build --force --site-dir disk/site; echo "build=$?"
        $PY -m regkb export json -o disk/kb.json; echo "export=$?"
        sha256sum -c before.txt >/dev/null && echo "site and kb.json kept"
    """, project)
    assert "build=2" in res.stdout and "export=2" in res.stdout and "site and kb.json kept" in res.stdout, res
    assert "No space left on device" in res.stderr and "the disk is full" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.slow
@needs_mounts
def test_a_read_only_project_is_a_clear_error(project: Path) -> None:
    res = in_namespace("""
        mount --bind . . && mount -o remount,bind,ro .
        cd "$PWD"
        set +e
        $PY -m regkb build --site-dir site; echo "build=$?"
        $PY -m regkb save kbdir --incremental; echo "save=$?"
        $PY -m regkb export json -o out.json; echo "export=$?"
    """, project)
    assert "build=2" in res.stdout and "save=2" in res.stdout and "export=2" in res.stdout, res
    assert res.stderr.count("Read-only file system") >= 3 and "Traceback" not in res.stderr, res.stderr


@needs_mounts
def test_a_site_dir_that_is_a_mount_point_is_refused(project: Path) -> None:
    res = in_namespace("""
        mkdir -p site && mount -t tmpfs -o size=4m tmpfs site && echo mine > site/file
        set +e
        $PY -m regkb build --site-dir site; echo "build=$?"
        cat site/file
    """, project)
    assert "build=2" in res.stdout and "mine" in res.stdout, res
    assert "mount point" in res.stderr and "Traceback" not in res.stderr


@needs_mounts
def test_an_unwritable_cache_is_a_clear_error(project: Path) -> None:
    res = in_namespace("""
        mkdir -p corpus/.regkb && mount -t tmpfs -o ro tmpfs corpus/.regkb
        set +e
        $PY -m regkb save kbdir --incremental; echo "save=$?"
    """, project)
    assert "save=2" in res.stdout, res
    assert "cannot write the build cache" in res.stderr and "Traceback" not in res.stderr, res.stderr


# --- 7. fuzzing: frontmatter and registries never give a traceback ---------------------------------

_PIECES = st.sampled_from([
    "title: T", "id: a", "kind: commentary", ": ", "&a", "*a", "<<: *a", "[", "]", "{", "}", "? k", "'", '"', "\x1b",
    "\x00", "\t", "#", "---", "...", "%YAML 1.1", "- x", "  - y", "é", "中文", "\ud800",
])
_VALUES = st.one_of(st.sampled_from([
    "2023-02-30", "2023-01-10", "1899-12-31", "2200-01-01", "2023-13-01", "2023-01-10T25:00:00Z", "[a, b]", "[1, 2]",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "&a [x, y]", "*a", "{a: 1}",
    "!!binary AAAA", "!!python/object/apply:os.system ['true']", "!!set {a, b}", "0x1F", "~", "'quoted'",
    '"\\e[31mred"', "|\n  block text", ">\n  folded", "\n  - a\n  - b", "999999999999999999999", "1e400", ".nan",
    "../escape", "yes", "", "=", "!!timestamp 2023-02-30",
]), st.text(max_size=20).map(json.dumps))
_KEYS = st.sampled_from(["title", "title_en", "id", "kind", "work", "effective_date", "adopted_date", "related_laws",
                         "domains", "status", "mystery", '"x\\e[2J"', "<<", "? k", "1", "[a]"])
_LINE = st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}")
_YAMLISH = st.lists(st.one_of(_LINE, _LINE, _LINE, _PIECES), max_size=12).map(lambda parts: "\n".join(parts))
_ENTRY = st.lists(st.tuples(st.sampled_from(["id", "title", "name", "aliases", "short_names", "abbreviations",
                                             "kind", "date", "note"]), _VALUES), max_size=6).map(
    lambda kvs: "  - " + "\n    ".join(f"{k}: {v}" for k, v in kvs) if kvs else "  - ")
_REGISTRY = st.tuples(st.sampled_from(["laws:", "bodies:", "laws: []", ""]), st.lists(_ENTRY, max_size=4),
                      _YAMLISH).map(lambda t: "\n".join([t[0], *t[1], t[2]]))


@given(_YAMLISH)
def test_fuzz_frontmatter_gives_data_or_a_regkb_error(block: str) -> None:
    try:
        split_frontmatter("---\n" + block + "\n---\nArticle 1 Users shall comply.\n", "f.md")
    except RegkbError as exc:
        assert str(exc)


@given(_REGISTRY, st.sampled_from(["laws.yaml", "bodies.yaml"]))
def test_fuzz_registries_give_entries_or_a_regkb_error(text: str, name: str) -> None:
    from regkb.corpus import load_bodies

    root = Path(tempfile.mkdtemp(prefix="regkb-fuzz-"))
    try:
        (root / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        (load_laws if name == "laws.yaml" else load_bodies)(root)
    except RegkbError as exc:
        assert str(exc)
    finally:
        shutil.rmtree(root)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=4), c, max_size=4),
                    max_leaves=30), st.integers(0, 60))
def test_fuzz_yaml_loader_on_dumped_structures(data: object, depth: int) -> None:
    import yaml

    text = yaml.safe_dump(data, default_flow_style=bool(depth % 2))
    nested = "[" * depth + "]" * depth
    for t in (text, f"k: {nested}\n"):
        try:
            safeyaml.load(t, "x.yaml")
        except RegkbError as exc:
            assert "x.yaml:" in str(exc)


def test_store_loads_only_model_classes() -> None:
    with pytest.raises(pickle.UnpicklingError, match="refused"):
        store.loads(pickle.dumps(io.BytesIO()))


@pytest.mark.parametrize("text", ["a: !!timestamp 2023-02-30", "a: !!python/object/apply:os.system ['true']",
                                  "a: !!binary ###", "laws:\ntitle: !!timestamp 2023-02-30\n  - y"])
def test_explicit_yaml_tags_are_refused_at_their_line(text: str) -> None:
    # found by the long fuzz campaign: '!!timestamp 2023-02-30' was an AttributeError inside PyYAML
    with pytest.raises(RegkbError, match=r"x\.yaml:\d+:\d+: .*YAML tag"):
        safeyaml.load(text, "x.yaml")
