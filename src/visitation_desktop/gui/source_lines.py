"""Keep one file's source lines in ``linecache``, not the source of every module imported.

PySide6 decides for each module imported after it whether the module uses PySide by searching
its source text (``shibokensupport.feature._mod_uses_pyside``, through ``inspect.getsource``),
and ``linecache`` keeps every file read that way for as long as the program runs. The preload
(store, services, main window: some 400 modules after PySide6) left about 9.6 million characters
of source there, 23 MB resident before the first case is listed; nothing ever reads it again.

``keep_one_file`` replaces ``linecache``'s cache with one that holds the last file stored only:
``linecache`` reads what it is asked for as before (it stores a file, then reads it back), a
traceback still shows its lines (read again from the file when needed), and the memory is one
file's. ``linecache.clearcache`` and ``checkcache`` work on it as on a dict; a file pushed out by
another thread while one is being read is read again.
"""

from __future__ import annotations

import linecache
from typing import Any


class _LastFileOnly(dict[Any, Any]):
    """A dict that forgets what it held whenever something new is stored."""

    def __setitem__(self, key: Any, value: Any) -> None:
        if key not in self:
            self.clear()
        super().__setitem__(key, value)

    def __missing__(self, key: Any) -> tuple[int, None, list[str], Any]:
        """A file another thread pushed out between a reader's ``in`` and its look-up (``linecache.getlines``
        checks, then reads): read again, as if it had stayed (no time stamp: ``checkcache`` keeps it)."""
        return 0, None, linecache.updatecache(key), key


def keep_one_file() -> None:
    """From now on ``linecache`` holds one file's lines (idempotent); what it held is dropped."""
    if not isinstance(linecache.cache, _LastFileOnly):
        linecache.cache = _LastFileOnly()
