"""Work around a reference-counting bug in PySide6 6.12.0 on Python 3.11.

In that release, every ``Signal.emit()`` called from Python returns ``True`` without taking a
reference, and every Qt signal delivered to a Python slot drops one reference to ``None`` (the
slot's return value). ``None`` and ``True`` start with a few thousand references, so a few
thousand keystrokes in a bound text field make CPython deallocate them and abort with
"Fatal Python error: none_dealloc". Python 3.12 made these singletons immortal (PEP 683); on
3.11 we give them the same property by adding a very large number of references once, at start.
The objects are never meant to be freed, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40  # a trillion leaked references before the bug could bite again
_applied = False


def immortalize_singletons() -> bool:
    """Make None, True and False effectively immortal on CPython < 3.12; return whether it applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        refcount.value += _EXTRA_REFERENCES
    _applied = True
    return True
