"""Every public member of the package says what it is: a test that walks every public module.

Public: a module whose dotted name has no part starting with "_"; in it, the names of ``__all__``
where the module defines one, else every name not starting with "_" that the module itself
defines (not what it imports); in a public class, every function, class method, static method,
property and cached property it defines whose name does not start with "_". Each needs a
docstring. Command-line commands (click) need their help text.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import cached_property
from types import ModuleType
from typing import Any

import click

import regkb


def public_modules() -> list[ModuleType]:
    """Every public module of the package, imported (the package itself first)."""
    names = sorted(m.name for m in pkgutil.walk_packages(regkb.__path__, "regkb.")
                   if not any(part.startswith("_") for part in m.name.split(".")[1:]))
    return [regkb, *(importlib.import_module(n) for n in names)]


def public_names(module: ModuleType) -> list[str]:
    """The module's public names: ``__all__``, else what it defines under a name without "_"."""
    declared = getattr(module, "__all__", None)
    if declared is not None:
        return list(declared)
    return [n for n, v in vars(module).items()
            if not n.startswith("_") and getattr(v, "__module__", None) == module.__name__]


def _function_of(member: Any) -> Any:
    """The function behind a class member (method, classmethod, staticmethod, property), or None."""
    if isinstance(member, property):
        return member.fget
    if isinstance(member, cached_property):
        return member.func
    if isinstance(member, classmethod | staticmethod):
        return member.__func__
    return member if inspect.isfunction(member) else None


def undocumented(module: ModuleType) -> list[str]:
    """Dotted names of the module's public members that have no docstring."""
    out = [] if (module.__doc__ or "").strip() else [f"{module.__name__} (module)"]
    for name in public_names(module):
        obj = getattr(module, name)
        where = f"{module.__name__}.{name}"
        if isinstance(obj, click.Command):
            if getattr(obj, "__module__", module.__name__) == module.__name__ and not (obj.help or "").strip():
                out.append(f"{where} (command)")
            continue
        if not (inspect.isfunction(obj) or inspect.isclass(obj)):
            continue
        if obj.__module__ != module.__name__:
            continue  # documented where it is defined (re-exported here)
        if not (obj.__doc__ or "").strip():
            out.append(where)
        if inspect.isclass(obj):
            for member_name, member in vars(obj).items():
                fn = _function_of(member)
                if member_name.startswith("_") or fn is None:
                    continue
                if not (fn.__doc__ or "").strip():
                    out.append(f"{where}.{member_name}")
    return out


def test_every_public_member_of_every_module_has_a_docstring() -> None:
    missing = [m for module in public_modules() for m in undocumented(module)]
    assert not missing, f"{len(missing)} public members without a docstring:\n" + "\n".join(missing)


def test_the_walker_sees_what_it_must() -> None:
    # the walker must see every kind of member, and skip private and imported ones: a module made here
    src = '''
"""A module."""
from os.path import join
import functools
__all__ = ["f", "C"]
def f(): pass
def g(): pass
class C:
    """A class."""
    def m(self): pass
    def _p(self): pass
    @property
    def prop(self): return 1
    @functools.cached_property
    def cp(self): return 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
'''
    module = ModuleType("regkb_probe")
    exec(compile(src, "regkb_probe.py", "exec"), module.__dict__)
    for v in vars(module).values():
        if inspect.isfunction(v) or inspect.isclass(v):
            v.__module__ = "regkb_probe"
    assert sorted(undocumented(module)) == ["regkb_probe.C.cm", "regkb_probe.C.cp", "regkb_probe.C.m",
                                            "regkb_probe.C.prop", "regkb_probe.C.sm", "regkb_probe.f"]
    del module.__all__
    assert "regkb_probe.g" in undocumented(module) and not any("join" in m for m in undocumented(module))
