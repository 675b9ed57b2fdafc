"""Persist a built knowledge base and load it back fast.

``KnowledgeBase.save(dir)`` writes two files into ``dir``:

- ``kb.pickle``: the frozen model (every field of the :class:`~regkb.kb.KnowledgeBase`, source
  texts included), pickled with the highest protocol. Caches (lookup tables) are not stored; they
  are rebuilt on first use.
- ``kb.json``: what the pickle holds (format version, regkb and Python versions, counts), read
  first so an incompatible store is refused with a clear message instead of a traceback.

``KnowledgeBase.load(dir)`` reads them back. A pickle can run code when it is loaded, so the
pickle is signed with this machine's key (:mod:`regkb.signing`) and the signature is checked
before a byte of it is unpickled: a store written on another machine, or altered, is refused
with a message (rebuild it from the corpus). As a second line, the unpickler only makes the
model's own classes (:func:`loads`); any other global in the stream is refused.

The frozen dataclasses of the model are pickled through a compact reducer (a generated builder
function and the tuple of field values) instead of the dataclass default (a per-object
``__setstate__`` that looks up the field list again for every object), which makes loading
several times faster.
"""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import io
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import model as model_mod
from . import signing
from .atomic import write_bytes_atomic
from .errors import RegkbError, error_at

if TYPE_CHECKING:
    from .kb import KnowledgeBase

FORMAT = "regkb-kb"
FORMAT_VERSION = 5  # 3: the pickle is signed (regkb.signing) and read by a restricted unpickler; 4: table cells and headers;
# 5: a definition's scope, an obligation's condition after its action (condition_after), comment blocks
PURPOSE = "regkb kb store"
MAX_META_BYTES = 1024 * 1024
PICKLE_NAME = "kb.pickle"
META_NAME = "kb.json"


# --- a compact pickling of the frozen model -------------------------------------------------

def _model_classes() -> list[type]:
    """The frozen dataclasses a knowledge base and a parsed document are made of."""
    from .parse.units import Unit
    from .textspan import Clean

    out: list[type] = [Clean, Unit]
    for obj in vars(model_mod).values():
        if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == model_mod.__name__:
            out.append(obj)
    return out


_CLASSES = _model_classes()


def _span_kind(cls: type, f: dataclasses.Field[Any]) -> str:
    """'span' / 'optspan' for a field holding a Span (or None), '' otherwise."""
    if cls is model_mod.Span:
        return ""
    t = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    t = t.replace(" ", "")
    if t == "Span":
        return "span"
    if t in ("Span|None", "None|Span", "Optional[Span]"):
        return "optspan"
    return ""


def _make_builders() -> dict[type, Any]:
    """Per model class, a module-level builder ``_mk_<Class>`` (found by pickle by name) and a reducer.

    A builder makes the object with ``object.__new__`` and sets each slot through
    ``object.__setattr__`` (the frozen classes refuse plain assignment), with no per-object
    lookups of the field list. A field holding a :class:`~regkb.model.Span` travels as its two
    offsets and is rebuilt inside the owner's builder: half the objects of a knowledge base are
    spans, and this saves a pickle call and a function call for each.
    """
    out: dict[type, Any] = {}
    for cls in _CLASSES:
        name = cls.__name__
        params: list[str] = []
        body: list[str] = []
        values: list[str] = []
        for k, f in enumerate(dataclasses.fields(cls)):
            kind = _span_kind(cls, f)
            if kind == "span":
                params += [f"s{k}", f"e{k}"]
                body.append(f"    sp = _new(_Span); _set(sp, 'start', s{k}); _set(sp, 'end', e{k}); "
                            f"_set(o, {f.name!r}, sp)")
                values += [f"o.{f.name}.start", f"o.{f.name}.end"]
            elif kind == "optspan":
                params += [f"s{k}", f"e{k}"]
                body.append(f"    if s{k} is None:\n        _set(o, {f.name!r}, None)\n    else:\n"
                            f"        sp = _new(_Span); _set(sp, 'start', s{k}); _set(sp, 'end', e{k}); "
                            f"_set(o, {f.name!r}, sp)")
                values += [f"(None if o.{f.name} is None else o.{f.name}.start)",
                           f"(None if o.{f.name} is None else o.{f.name}.end)"]
            else:
                params.append(f"a{k}")
                body.append(f"    _set(o, {f.name!r}, a{k})")
                values.append(f"o.{f.name}")
        src = (f"def _mk_{name}({', '.join(params)}):\n    o = _new(_cls)\n" + "\n".join(body)
               + "\n    return o\n"
               + f"def _rd_{name}(o):\n    return _mk_{name}, ({', '.join(values)},)\n")
        env: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "_cls": cls,
                               "_Span": model_mod.Span}
        exec(src, env)
        for prefix in ("_mk_", "_rd_"):
            fn = env[prefix + name]
            fn.__module__ = __name__
            fn.__qualname__ = fn.__name__
            globals()[fn.__name__] = fn
        out[cls] = env["_rd_" + name]
    return out


_REDUCERS = _make_builders()


_DISPATCH = dict(copyreg.dispatch_table)
_DISPATCH.update(_REDUCERS)


def dumps(obj: Any) -> bytes:
    """Pickle ``obj`` with the compact reducer for model objects."""
    buf = io.BytesIO()
    p = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    p.dispatch_table = _DISPATCH
    p.dump(obj)
    return buf.getvalue()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a build allocates many long-lived objects.

    Its full collections rescan the whole growing heap, which made a build of 1,000 documents
    12x slower than one of 100 instead of 10x (see docs/performance.md). Cycles made meanwhile
    are collected when it resumes. The one pause of the package (``incremental``, ``graph``, ``kb`` and
    ``export`` use it too).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_ALLOWED_GLOBALS: dict[str, frozenset[str]] = {
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),
    "builtins": frozenset({"set", "frozenset", "complex", "bytearray"}),
    "regkb.parse": frozenset({"ParsedDocument"}),
}


class _ModelUnpickler(pickle.Unpickler):
    """An unpickler that makes only regkb's model objects and plain data, never calls anything else."""

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name.startswith("_mk_") and name in globals():
            return globals()[name]
        if name in _ALLOWED_GLOBALS.get(module, ()):
            return super().find_class(module, name)
        for cls in _CLASSES:
            if cls.__module__ == module and cls.__qualname__ == name:
                return cls
        if module == model_mod.__name__:  # the model's other plain-data types (FrozenDict)
            obj = getattr(model_mod, name, None)
            if isinstance(obj, type) and obj.__module__ == module:
                return obj
        raise pickle.UnpicklingError(f"refused to load {module}.{name}: not part of regkb's data model")


def loads(data: bytes) -> Any:
    """Unpickle regkb's own data (model objects only), with the cyclic garbage collector paused.

    Callers check the signature first (:func:`regkb.signing.unseal`); the restricted unpickler is
    the second line of defence. The paused collector would otherwise rescan the new objects over
    and over.
    """
    with gc_paused():
        return _ModelUnpickler(io.BytesIO(data)).load()


# --- save / load ------------------------------------------------------------------------------

def kb_state(kb: KnowledgeBase) -> dict[str, Any]:
    """The fields of a knowledge base (no caches)."""
    return {f.name: getattr(kb, f.name) for f in dataclasses.fields(kb)}


def counts(kb: KnowledgeBase) -> dict[str, int]:
    """How many objects of each kind the knowledge base holds (for ``kb.json``)."""
    return {k: len(v) for k, v in kb_state(kb).items() if isinstance(v, tuple)}


def write_file(path: Path, data: bytes, durable: bool = True) -> None:
    """Write through a temporary file and a rename; ``durable`` also syncs it to disk (slow on some disks)."""
    if durable:
        write_bytes_atomic(path, data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(kb: KnowledgeBase, directory: str | Path, durable: bool = True) -> Path:
    """Write ``kb`` into ``directory`` (created if needed); return the directory.

    ``durable=False`` skips syncing to disk (for caches, which can be rebuilt).
    """
    from .parsed import SCHEMA_VERSION
    from .version import __version__

    out = Path(directory)
    _check_store_dir(out)
    data = signing.seal(dumps(kb_state(kb)), PURPOSE)
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "regkb_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "pickle_bytes": len(data),
        "counts": counts(kb),
    }
    write_file(out / PICKLE_NAME, data, durable)
    write_file(out / META_NAME, (json.dumps(meta, indent=1, sort_keys=True) + "\n").encode("utf-8"), durable)
    return out


def _check_store_dir(out: Path) -> None:
    """Refuse to overwrite files of the same names that a regkb save did not write."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise RegkbError(f"{out}: not a directory; choose a new directory to save the knowledge base into")
    meta = out / META_NAME
    if meta.exists() or meta.is_symlink():
        try:
            read_meta(out)
        except RegkbError:
            raise RegkbError(f"{out}: holds a {META_NAME} that regkb did not write; choose another directory "
                             "(regkb overwrites only a knowledge base it saved)") from None
    elif (out / PICKLE_NAME).exists() or (out / PICKLE_NAME).is_symlink():
        raise RegkbError(f"{out}: holds a {PICKLE_NAME} that regkb did not write; choose another directory "
                         "(regkb overwrites only a knowledge base it saved)")


def read_meta(directory: str | Path) -> dict[str, Any]:
    """The metadata (``kb.json``) of a saved knowledge base; a missing or unreadable file raises ``RegkbError``."""
    d = Path(directory)
    meta_path = d / META_NAME
    if not meta_path.exists():
        raise error_at(str(meta_path), 0, 0, "no saved knowledge base here (kb.json is missing)",
                       "save one first: KnowledgeBase.from_corpus(...).save(dir)", "no-store")
    try:
        with open(meta_path, "rb") as fh:
            raw = fh.read(MAX_META_BYTES + 1)
        if len(raw) > MAX_META_BYTES:
            raise ValueError(f"larger than {MAX_META_BYTES // 1024} KB")
        meta = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise error_at(str(meta_path), 1, 1, f"kb.json cannot be read: {exc}", "save the knowledge base again",
                       "bad-store") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise error_at(str(meta_path), 1, 1, "kb.json does not describe a saved regkb knowledge base",
                       "point at the directory KnowledgeBase.save() wrote", "bad-store")
    return meta


def load(cls: type[KnowledgeBase], directory: str | Path) -> KnowledgeBase:
    """Load a knowledge base written by :func:`save`; raise RegkbError if it cannot be used."""
    from .parsed import SCHEMA_VERSION

    d = Path(directory)
    meta = read_meta(d)
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    problems = []
    if meta.get("format_version") != FORMAT_VERSION:
        problems.append(f"store format {meta.get('format_version')}, this regkb reads {FORMAT_VERSION}")
    if meta.get("schema_version") != SCHEMA_VERSION:
        problems.append(f"model schema {meta.get('schema_version')}, this regkb has {SCHEMA_VERSION}")
    if meta.get("python") != here:
        problems.append(f"written by Python {meta.get('python')}, this is Python {here}")
    if problems:
        raise error_at(str(d / META_NAME), 1, 1, "the saved knowledge base cannot be loaded: " + "; ".join(problems),
                       "rebuild it from the corpus and save it again", "stale-store")
    try:
        data = signing.unseal((d / PICKLE_NAME).read_bytes(), PURPOSE, d / PICKLE_NAME)  # before unpickling
    except signing.SignatureError as exc:
        raise error_at(str(d / PICKLE_NAME), 0, 0, "the saved knowledge base was not written by regkb on this "
                       "machine (it has no valid signature), so it is not loaded: a pickle can run code",
                       "rebuild it from the corpus here and save it again", "unsigned-store") from exc
    except OSError as exc:
        raise error_at(str(d / PICKLE_NAME), 0, 0, f"the saved knowledge base cannot be read: {exc.strerror}",
                       "check that it exists and is readable", "bad-store") from exc
    try:
        with gc_paused():  # the collector would rescan the new objects over and over
            state = loads(data)
            if not isinstance(state, dict):
                raise TypeError("the store does not hold a knowledge base")
            return cls(**state)
    except (pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError,
            IndexError, RecursionError) as exc:
        raise error_at(str(d / PICKLE_NAME), 0, 0, f"the saved knowledge base is damaged: {exc}",
                       "rebuild it from the corpus and save it again", "bad-store") from exc
