"""Work around a reference-counting bug in PySide6 6.12.0 on Python 3.11.

In that release, every ``Signal.emit()`` called from Python returns ``True`` without taking a
reference, and every Qt signal delivered to a Python slot drops one reference to ``None`` (the
slot's return value). ``None`` and ``True`` start with a few thousand references, so a few
thousand keystrokes in a bound text field make CPython deallocate them and abort with
"Fatal Python error: none_dealloc". Python 3.12 made these singletons immortal (PEP 683); on
3.11 we give them the same property by adding a very large number of references once, at start.
The objects are never meant to be freed, so this changes nothing else.

The patch applies only where the bug is: PySide6 6.12.0 on CPython 3.11 (``pyproject.toml`` pins
that PySide6; the Windows and Linux bundles are built with Python 3.11, see ``installer/README.md``).
Another PySide6 or Python leaves the interpreter untouched.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED_PYSIDE = "6.12.0"
AFFECTED_PYTHON = (3, 11)
_EXTRA_REFERENCES = 1 << 40  # a trillion leaked references before the bug could bite again
_applied = False


def needs_workaround(pyside_version: str, python_version: tuple[int, ...], implementation: str) -> bool:
    """Whether this PySide6 and Python have the bug: PySide6 6.12.0 on CPython 3.11 only."""
    return (
        pyside_version == AFFECTED_PYSIDE
        and tuple(python_version[:2]) == AFFECTED_PYTHON
        and implementation == "cpython"
    )


def immortalize_singletons() -> bool:
    """Make None, True and False effectively immortal where the bug is; return whether it applied now."""
    global _applied
    if _applied or not needs_workaround(PySide6.__version__, sys.version_info[:2], sys.implementation.name):
        return False
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        refcount.value += _EXTRA_REFERENCES
    _applied = True
    return True
