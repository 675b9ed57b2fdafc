"""Where commands may write: a command replaces only a directory it made itself, and writes only regular files.

A directory regkb makes and later replaces as a whole (the built site) carries a marker file. The
next build replaces it only when the marker is there, or when the directory is empty. Anything
else is refused with exit status 2 and a message saying what to do, and so is a directory that
is, or holds, something the user cannot afford to lose: the corpus, the project, the home
directory, the file system root, or the current directory.

A single output file (``regkb export -o``) is written through a temporary file and a rename, and
only over a regular file: a directory, a device, a pipe or a socket is refused, and a symbolic
link is refused unless the caller asks to follow it. New files get the usual mode (0666 less the
umask, 0644 by default); a replaced file keeps its mode.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .atomic import _umask
from .errors import RegkbError

SITE_MARKER = ".regkb-site"
MARKER_TEXT = ("This directory was made by 'regkb build'. The next build replaces it as a whole.\n"
               "Remove this file to keep regkb from ever replacing the directory.\n")


def _resolved(p: str | Path) -> Path:
    return Path(os.path.abspath(p)).resolve()


def _within(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def protected_dirs(corpus: str | Path | None = None, project: str | Path | None = None) -> list[tuple[Path, str]]:
    """Directories a replaced output must neither be nor contain, with a word for each."""
    out: list[tuple[Path, str]] = [(_resolved(Path.cwd()), "the current directory")]
    if corpus is not None:
        out.append((_resolved(corpus), "the corpus"))
    if project is not None:
        out.append((_resolved(project), "the project"))
    with contextlib.suppress(RuntimeError, KeyError, OSError):
        out.append((_resolved(Path.home()), "your home directory"))
    out.append((Path("/"), "the file system root"))
    return out


def check_replaceable_dir(dest: str | Path, *, marker: str = SITE_MARKER, what: str = "site directory",
                          option: str = "--site-dir", protected: Iterable[tuple[Path, str]] = ()) -> Path:
    """Return the absolute path of ``dest`` if a command may replace it as a whole; raise RegkbError if not."""
    given = Path(dest)
    path = Path(os.path.abspath(given))
    if path.is_symlink():
        raise RegkbError(f"{given}: the {what} is a symbolic link; regkb does not replace links "
                         f"(pass the directory it points to, or choose another {option})")
    real = _resolved(path)
    protected = sorted(protected, key=lambda pn: pn[0] != real)  # "it is X" before "it holds X"
    for p, name in protected:
        if _within(p, real):
            same = "is" if p == real else "holds"
            raise RegkbError(f"{given}: refusing to use this as the {what}: it {same} {name} ({p}), and a build "
                             f"replaces the {what} as a whole. Choose a new directory, e.g. {option} site")
        if name == "the corpus" and _within(real, p):
            raise RegkbError(f"{given}: refusing to use this as the {what}: it is inside the corpus ({p}). "
                             f"Choose a directory outside the corpus, e.g. {option} site")
    if not os.path.lexists(real):
        return real
    if not real.is_dir():
        raise RegkbError(f"{given}: the {what} exists and is not a directory; move it away or choose another "
                         f"{option}")
    if os.path.ismount(real):
        raise RegkbError(f"{given}: the {what} is a mount point, which cannot be replaced in one step; "
                         f"build into a directory inside it, e.g. {option} {given / 'site'}")
    try:
        with os.scandir(real) as it:
            empty = next(it, None) is None
    except OSError as exc:
        raise RegkbError(f"{given}: cannot read the {what}: {exc.strerror}; check its permissions") from None
    if empty:
        return real
    mark = real / marker
    if mark.is_symlink() or not mark.is_file():
        raise RegkbError(f"{given}: refusing to replace this {what}: it was not made by regkb (it has no {marker} "
                         f"file), so it may hold work of yours. Choose a new or empty directory with {option}, or, "
                         "if it really is an old regkb output, delete it yourself")
    return real


def write_marker(directory: Path, marker: str = SITE_MARKER) -> None:
    """Write the marker file that says regkb made ``directory`` (so a later build may replace it)."""
    (directory / marker).write_text(MARKER_TEXT, encoding="utf-8")


# --- single output files ---------------------------------------------------------------------------


def check_output_file(path: str | Path, *, follow_symlinks: bool = False, option: str = "-o") -> Path:
    """The path to write for ``path`` (a symlink's target when following); raise RegkbError if it is no file."""
    given = Path(path)
    p = given
    if p.is_symlink():
        if not follow_symlinks:
            raise RegkbError(f"{given}: is a symbolic link; regkb does not write through links unless asked "
                             "(pass --follow-symlinks to write to its target, or choose another file)")
        p = Path(os.path.realpath(p))
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if not p.parent.exists():
            return p  # the directory is made when writing
        if not p.parent.is_dir():
            raise RegkbError(f"{given}: {p.parent} is not a directory") from None
        return p
    except OSError as exc:
        raise RegkbError(f"{given}: cannot check the output file: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise RegkbError(f"{given}: is a directory; give a file name for {option}, e.g. {given / 'kb.json'}")
    if not stat.S_ISREG(st.st_mode):
        raise RegkbError(f"{given}: is not a regular file (a device, pipe or socket); regkb writes only regular "
                         f"files: choose a file name for {option}, or leave {option} out to write to standard output")
    return p


def write_output(path: str | Path, data: bytes, *, follow_symlinks: bool = False, option: str = "-o") -> Path:
    """Write ``data`` to the regular file ``path`` atomically (temporary file + rename); return where it went."""
    target = check_output_file(path, follow_symlinks=follow_symlinks, option=option)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                os.fchmod(fh.fileno(), mode)
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            check_output_file(target, option=option)  # nothing slipped in meanwhile
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise RegkbError(os_error_message(exc, Path(path))) from None
    return target


# --- messages for errors of the operating system ------------------------------------------------------

_HINTS = {
    "ENOSPC": "the disk is full: free some space and run the command again",
    "EDQUOT": "your disk quota is used up: free some space and run the command again",
    "EROFS": "the file system is read-only: write somewhere else, e.g. choose another output directory",
    "EACCES": "permission denied: check the permissions, or write somewhere else",
    "EPERM": "operation not permitted: check the permissions, or write somewhere else",
    "EFBIG": "the file is larger than this system allows",
    "EBUSY": "the path is in use (a mount point?): choose another path",
    "EXDEV": "the path is on another file system (a mount point?): choose a path on the same file system",
    "ENAMETOOLONG": "the path is too long",
    "ELOOP": "too many levels of symbolic links",
    "EISDIR": "it is a directory; give a file name",
    "ENOTDIR": "a part of the path is not a directory",
}


def os_error_message(exc: OSError, where: Path | str | None = None) -> str:
    """'PATH: what happened (what to do)' for an error of the operating system."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    place = exc.filename or where or ""
    hint = _HINTS.get(name, "")
    text = exc.strerror or str(exc)
    return (f"{place}: " if place else "") + text + (f"; {hint}" if hint else "")
