"""Measure the cases of issue 13 against one copy of regkb's code: exit code, message, time, damage.

    python tests/safety_cases.py --src /path/to/src [--json out.json]

Run it once with the code before the change and once after; each case runs on a fresh scratch
copy of the project (never on the real one), bounded in time (30 s) and memory (2 GB). Cases
that need a private mount namespace (full disk, read-only, mount point) run only as root.
Not collected by pytest (the tests are in test_safety.py); this prints the closing note's table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REG = "---\ntitle: Rules for Widgets\n{extra}---\nArticle 1 Widget makers shall label widgets.\n\nArticle 2 Users shall not remove labels.\n"
BOMB = "\n".join(['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
                 + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(9)])
LIMIT_S = 30
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def tree(path: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(path.rglob("*")):
        if p.is_file() and not p.is_symlink():
            h.update(p.relative_to(path).as_posix().encode() + p.read_bytes())
    return h.hexdigest()[:12]


class Payload:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.marker, "w"))


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run(cmd: list[str], cwd: Path, src: Path, prefix: list[str] | None = None, shell: str | None = None
        ) -> tuple[int | str, str, float]:
    env = dict(os.environ, PYTHONPATH=str(src), COLUMNS="300", PY=sys.executable)
    full = ["unshare", "-m", "sh", "-ec", shell] if shell else [*(prefix or []), sys.executable, "-m", "regkb", *cmd]
    t = time.perf_counter()
    try:
        p = subprocess.run(full, cwd=cwd, env=env, capture_output=True, text=True, timeout=LIMIT_S,
                           preexec_fn=_limits, check=False)
    except subprocess.TimeoutExpired:
        return "killed", f"still running after {LIMIT_S} s", time.perf_counter() - t
    dt = time.perf_counter() - t
    err = [ln for ln in p.stderr.splitlines() if ln.strip() and "warning:" not in ln]
    if "Traceback" in p.stderr:
        last = next((ln for ln in reversed(err) if ln and not ln.startswith(" ")), "")
        msg = "Traceback: " + last[:160]
    else:
        if len(err) > 1 and err[0].endswith("error(s)"):  # the header of a list of errors: show the first one
            err = [err[1].strip()]
        msg = (err[0] if err else p.stdout.strip().splitlines()[-1] if p.stdout.strip() else "")[:220]
    rc: int | str = p.returncode
    if shell:
        rc = "; ".join(ln for ln in p.stdout.splitlines() if "=" in ln) or p.returncode
    return rc, msg, dt


def project(base: Path) -> Path:
    proj = Path(tempfile.mkdtemp(dir=base))
    shutil.copytree(ROOT / "corpus", proj / "corpus")
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    return proj


def small(base: Path, extra: str = "", **files: str) -> Path:
    d = Path(tempfile.mkdtemp(dir=base))
    (d / "laws.yaml").write_text("laws: []\n")
    (d / "reg.md").write_text(REG.format(extra=extra))
    for name, text in files.items():
        (d / name).write_text(text)
    return d


def cases(src: Path, base: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    def add(name: str, res: tuple[int | str, str, float], outcome: str = "") -> None:
        rc, msg, dt = res
        out.append({"case": name, "exit": rc, "message": msg, "seconds": round(dt, 2), "outcome": outcome})

    # 1. output directories
    for site in ("corpus", "."):
        p = project(base)
        before = tree(p / "corpus")
        r = run(["build", "--site-dir", site], p, src)
        left = (p / "corpus").exists() and tree(p / "corpus") == before
        add(f"build --site-dir {site}", r, "corpus intact" if left else "CORPUS DESTROYED")
    p = project(base)
    (p / "notes").mkdir()
    (p / "notes" / "todo.md").write_text("mine")
    r = run(["build", "--site-dir", "notes"], p, src)
    add("build --site-dir notes/ (not a site)", r, "notes kept" if (p / "notes" / "todo.md").exists() else "NOTES DELETED")
    # 2. export -o
    d = Path(tempfile.mkdtemp(dir=base))
    dev = d / "null"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    r = run(["export", "json", "-o", str(dev)], ROOT, src)
    add("export -o <char device>", r, "device kept" if stat.S_ISCHR(os.lstat(dev).st_mode) else "DEVICE REPLACED BY A FILE")
    r = run(["export", "json", "-o", str(d)], ROOT, src)
    add("export -o <directory>", r)
    (d / "precious").write_text("keep")
    (d / "link.json").symlink_to(d / "precious")
    r = run(["export", "json", "-o", str(d / "link.json")], ROOT, src)
    kept = (d / "precious").read_text() == "keep" and (d / "link.json").is_symlink()
    add("export -o <symlink>", r, "link and target kept" if kept else "LINK REPLACED")
    r = run(["export", "csv", "-o", str(d / "new.csv")], ROOT, src)
    mode = oct(stat.S_IMODE((d / "new.csv").stat().st_mode)) if (d / "new.csv").exists() else "-"
    add("export -o new file: mode", r, f"mode {mode}")
    # 3. no code from data
    d = Path(tempfile.mkdtemp(dir=base))
    marker = d / "RAN"
    planted = pickle.dumps(Payload(str(marker)))
    script = ("import sys; from regkb import KnowledgeBase as K; kb = K.from_corpus('corpus'); kb.save(sys.argv[1]); "
              "open(sys.argv[1] + '/kb.pickle', 'wb').write(open(sys.argv[2], 'rb').read()); K.load(sys.argv[1])")
    (d / "payload").write_bytes(planted)
    t = time.perf_counter()
    p2 = subprocess.run([sys.executable, "-c", script, str(d / "kb"), str(d / "payload")], cwd=ROOT, capture_output=True,
                        text=True, env=dict(os.environ, PYTHONPATH=str(src)), check=False)
    msg = (p2.stderr.strip().splitlines() or [""])[-1][:200]
    add("KnowledgeBase.load(planted kb.pickle)", (p2.returncode, msg, time.perf_counter() - t),
        "PAYLOAD RAN" if marker.exists() else "payload not run")
    marker.unlink(missing_ok=True)
    p = project(base)
    run(["save", str(d / "out"), "--corpus", "corpus", "--incremental"], p, src)
    for f in (p / "corpus" / ".regkb").rglob("*.pickle"):
        f.write_bytes(planted)
    r = run(["save", str(d / "out2"), "--corpus", "corpus", "--incremental"], p, src)
    add("save --incremental, planted cache", r, "PAYLOAD RAN" if marker.exists() else "payload not run")
    marker.unlink(missing_ok=True)
    p = project(base)
    run(["index", "--corpus", "corpus"], p, src)
    for toc in (p / ".regkb" / "index").rglob("*.toc"):
        raw = toc.read_bytes()
        start = next(i for i in range(len(raw) - 1) if raw[i] == 0x80 and 2 <= raw[i + 1] <= 5)
        toc.write_bytes(raw[:start] + planted)
    r = run(["search", "labelling", "--corpus", "corpus"], p, src)
    add("search, planted index TOC", r, "PAYLOAD RAN" if marker.exists() else "payload not run")
    # 4. bounded input
    c = small(base, extra=BOMB + "\n")
    add("alias bomb in frontmatter (unknown keys): check", run(["check", "--corpus", str(c)], ROOT, src))
    c = small(base, extra=BOMB + "\n")
    add("alias bomb in frontmatter: export json", run(["export", "json", "--corpus", str(c)], ROOT, src))
    c = small(base)
    (c / "laws.yaml").write_text("laws: []\n" + BOMB + "\n")
    add("alias bomb in laws.yaml", run(["check", "--corpus", str(c)], ROOT, src))
    c = small(base)
    (c / "external-facts.yaml").write_text(BOMB + "\n")
    add("alias bomb in external-facts.yaml: export json", run(["export", "json", "--corpus", str(c)], ROOT, src))
    c = small(base, extra="extra: " + "[" * 50_000 + "]" * 50_000 + "\n")
    add("50,000 nested brackets in frontmatter", run(["check", "--corpus", str(c)], ROOT, src))
    c = small(base)
    (c / "laws.yaml").write_text("laws: " + "[" * 50_000 + "]" * 50_000 + "\n")
    add("50,000 nested brackets in laws.yaml", run(["check", "--corpus", str(c)], ROOT, src))
    c = small(base, extra="effective_date: 2023-02-30\n")
    add("effective_date: 2023-02-30", run(["check", "--corpus", str(c)], ROOT, src))
    # 5. corpus reader
    c = small(base)
    (base / "secret.md").write_text(REG.format(extra="id: secret\n").replace("Widgets", "Secrets"))
    (c / "leak.md").symlink_to(base / "secret.md")
    r = run(["export", "json", "--corpus", str(c)], ROOT, src)
    pe = subprocess.run([sys.executable, "-m", "regkb", "export", "json", "--corpus", str(c)], cwd=ROOT, text=True,
                        capture_output=True, env=dict(os.environ, PYTHONPATH=str(src)), check=False)
    add("symlink to a file outside the corpus", r, "PUBLISHED" if "Secrets" in pe.stdout else "not read")
    c = small(base)
    (c / "gone.md").symlink_to(base / "nowhere.md")
    add("dangling symlink: check", run(["check", "--corpus", str(c)], ROOT, src))
    c = small(base)
    (c / "part").mkdir()
    (c / "part" / "more.md").write_text(REG.format(extra="id: more\n"))
    (c / "part").chmod(0)
    add("unreadable sub-directory: check", run(["check", "--corpus", str(c)], ROOT, src, prefix=NO_DAC))
    (c / "part").chmod(0o755)
    c = small(base)
    os.mkfifo(c / "pipe.md")
    add("a named pipe pipe.md in the corpus: check", run(["check", "--corpus", str(c)], ROOT, src))
    # 6. dates, disks, terminal
    for day in ("1900-01-01", "2200-01-01"):
        c = small(base, extra=f"adopted_date: {day}\n")
        add(f"build, adopted_date {day}", run(["build", "--corpus", str(c), "--site-dir", str(c.parent / (c.name + "-site"))],
                                              ROOT, src))
    if os.geteuid() == 0:
        p = project(base)
        add("full disk (tmpfs 24 MB filled): build over a site, export -o", run([], p, src, shell="""
            mkdir -p disk && mount -t tmpfs -o size=24m tmpfs disk
            $PY -m regkb build --site-dir disk/site >/dev/null 2>&1
            $PY -m regkb export json -o disk/kb.json 2>/dev/null
            sha256sum disk/site/index.html disk/kb.json > before.txt
            dd if=/dev/zero of=disk/fill bs=1M count=64 2>/dev/null || true
            set +e
            $PY -m regkb build --site-dir disk/site; echo "build=$?"
            $PY -m regkb export json -o disk/kb.json; echo "export=$?"
            sha256sum -c before.txt >/dev/null && echo "site_and_kb.json_kept=yes"
        """))
        p = project(base)
        add("read-only project: build, save --incremental", run([], p, src, shell="""
            mount --bind . . && mount -o remount,bind,ro . && cd "$PWD"
            set +e
            $PY -m regkb build --site-dir site; echo "build=$?"
            $PY -m regkb save kbdir --incremental; echo "save=$?"
        """))
        p = project(base)
        add("site dir is a mount point", run([], p, src, shell="""
            mkdir -p site && mount -t tmpfs -o size=4m tmpfs site && echo mine > site/file
            set +e
            $PY -m regkb build --site-dir site; echo "build=$?"
            test -f site/file && echo "file_kept=yes"
        """))
        p = project(base)
        add("unwritable cache (read-only corpus/.regkb)", run([], p, src, shell="""
            mkdir -p corpus/.regkb && mount -t tmpfs -o ro tmpfs corpus/.regkb
            set +e
            $PY -m regkb save kbdir --incremental; echo "save=$?"
        """))
    items = "".join(f"（{_cjk(i)}） item {i};" for i in range(1, 100))
    c = small(base)
    (c / "reg.md").write_text(f"---\ntitle: T\n---\nArticle 1 Providers shall do the following: {items}\n\n"
                              "Article 2 Users shall comply.\n")
    add("99 inline CJK items: check", run(["check", "--corpus", str(c)], ROOT, src))
    c = small(base, extra='"evil\\e]0;pwned\\a": "\\e[31mred"\n')
    t = time.perf_counter()
    pe = subprocess.run([sys.executable, "-m", "regkb", "check", "--corpus", str(c)], cwd=ROOT, capture_output=True,
                        text=True, env=dict(os.environ, PYTHONPATH=str(src)), check=False)
    raw = "\x1b" in pe.stdout + pe.stderr
    add("terminal escapes in a frontmatter key: check", (pe.returncode, "", time.perf_counter() - t),
        "ESCAPES REACH THE TERMINAL" if raw else "shown escaped (\\x1b)")
    return out


def _cjk(n: int) -> str:
    d = "零一二三四五六七八九"
    return d[n] if n < 10 else ("" if n // 10 == 1 else d[n // 10]) + "十" + (d[n % 10] if n % 10 else "")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="regkb-safety-"))
    base.chmod(0o755)
    try:
        rows = cases(a.src.resolve(), base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    for r in rows:
        print(f"| {r['case']} | {r['exit']} | {r['seconds']} | {r['outcome']} | {r['message']} |")


if __name__ == "__main__":
    main()
