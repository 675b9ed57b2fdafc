"""Nothing runs code from data: every pickle regkb reads back carries a signature made on this machine.

Pickles (the saved knowledge base, the incremental build cache, the table of contents of the
whoosh search index) run code when they are loaded. regkb therefore signs each one it writes with
HMAC-SHA256 under a key that never leaves this machine and never lives in a corpus:
``$REGKB_KEY_FILE``, or ``key`` in regkb's cache directory (``$REGKB_CACHE`` or
``~/.cache/regkb``), made on first use with mode 0600. The signature is checked *before* any byte
is unpickled; a file that is unsigned, signed elsewhere or altered is never unpickled: a saved
knowledge base is refused with a message, a cache entry is a miss, a search index is rebuilt.

Each signature covers a purpose string too, so a file signed as one thing cannot be passed off as
another.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import stat
import threading
from pathlib import Path

from .errors import RegkbError

MAGIC = b"regkb-signed/1\n"
_MAC_LEN = 32
_KEY_LEN = 32
_lock = threading.Lock()
_cached: tuple[Path, bytes] | None = None


class SignatureError(RegkbError):
    """A file that should carry this machine's signature does not."""


def key_file() -> Path:
    """Where this machine's signing key lives: ``$REGKB_KEY_FILE``, else ``key`` under ``$REGKB_CACHE`` or
    ``~/.cache/regkb``."""
    env = os.environ.get("REGKB_KEY_FILE")
    if env:
        return Path(env)
    return Path(os.environ.get("REGKB_CACHE") or Path.home() / ".cache" / "regkb") / "key"


def _read_key(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise RegkbError(f"{path}: regkb's signing key is not a regular file; remove it (a new key is made)")
        if st.st_uid != os.geteuid():
            raise RegkbError(f"{path}: regkb's signing key belongs to another user; remove it (a new key is made) "
                             "or set REGKB_KEY_FILE to a file of your own")
        if st.st_mode & 0o077:
            raise RegkbError(f"{path}: regkb's signing key can be read or written by other users; "
                             f"run 'chmod 600 {path}' (or remove it: a new key is made, and caches are rebuilt)")
        data = os.read(fd, _KEY_LEN + 1)
    finally:
        os.close(fd)
    if len(data) != _KEY_LEN:
        raise RegkbError(f"{path}: regkb's signing key is damaged (it should hold {_KEY_LEN} bytes); "
                         "remove it (a new key is made, and caches are rebuilt)")
    return data


def _make_key(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.write(fd, secrets.token_bytes(_KEY_LEN))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        with contextlib.suppress(FileExistsError):  # another process made one first: use theirs
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def machine_key() -> bytes:
    """This machine's signing key, made on first use; RegkbError if it cannot be read or made."""
    global _cached
    path = key_file()
    with _lock:
        if _cached is not None and _cached[0] == path:
            return _cached[1]
        try:
            try:
                key = _read_key(path)
            except FileNotFoundError:
                _make_key(path)
                key = _read_key(path)
        except OSError as exc:
            raise RegkbError(f"{path}: cannot read or make regkb's signing key: {exc.strerror or exc} "
                             "(make the directory writable, or set REGKB_KEY_FILE to a file in one)") from None
        _cached = (path, key)
        return key


_EPHEMERAL = secrets.token_bytes(_KEY_LEN)


def key_or_ephemeral() -> bytes:
    """The machine key, or, where it cannot be made, a key of this process only (what it signs is rebuilt later)."""
    try:
        return machine_key()
    except RegkbError:
        return _EPHEMERAL


def _mac(key: bytes, purpose: str, data: bytes | hashlib._Hash) -> bytes:
    h = hmac.new(key, purpose.encode("utf-8") + b"\0", hashlib.sha256)
    if isinstance(data, bytes):
        h.update(data)
    else:
        h.update(data.digest())
    return h.digest()


def seal(data: bytes, purpose: str, key: bytes | None = None) -> bytes:
    """``data`` with a header that signs it for ``purpose``."""
    return MAGIC + _mac(key or machine_key(), purpose, data) + data


def unseal(blob: bytes, purpose: str, where: str | Path, key: bytes | None = None) -> bytes:
    """The data of a sealed blob, after checking its signature; SignatureError if it was not signed here."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _MAC_LEN:
        raise SignatureError(f"{where}: not signed by regkb on this machine, so it is not loaded (a pickle can "
                             "run code); rebuild it here")
    mac = blob[len(MAGIC) : len(MAGIC) + _MAC_LEN]
    data = blob[len(MAGIC) + _MAC_LEN :]
    if not hmac.compare_digest(mac, _mac(key or machine_key(), purpose, data)):
        raise SignatureError(f"{where}: its signature does not match this machine's key (written elsewhere, or "
                             "altered), so it is not loaded (a pickle can run code); rebuild it here")
    return data


def _tree_digest(directory: Path, skip: tuple[str, ...]) -> hashlib._Hash:
    h = hashlib.sha256()
    for p in sorted(directory.rglob("*")):
        rel = p.relative_to(directory).as_posix()
        if rel in skip:
            continue
        if p.is_symlink():
            h.update(b"L" + rel.encode() + b"\0" + os.readlink(p).encode() + b"\0")
        elif p.is_file():
            h.update(b"F" + rel.encode() + b"\0" + str(p.stat().st_size).encode() + b"\0")
            with open(p, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
        elif p.is_dir():
            h.update(b"D" + rel.encode() + b"\0")
        else:
            h.update(b"O" + rel.encode() + b"\0")
    return h


def sign_tree(directory: Path, purpose: str, skip: tuple[str, ...] = (), key: bytes | None = None) -> str:
    """A signature (hex) of every file name and byte under ``directory`` but ``skip``."""
    return _mac(key or machine_key(), purpose, _tree_digest(directory, skip)).hex()


def tree_signed(directory: Path, signature: str, purpose: str, skip: tuple[str, ...] = (),
                key: bytes | None = None) -> bool:
    """True if ``signature`` is this machine's signature of the tree (False for anything else, errors too)."""
    try:
        want = sign_tree(directory, purpose, skip, key)
    except OSError:
        return False
    return hmac.compare_digest(want, signature.strip())
