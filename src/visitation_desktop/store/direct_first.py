"""The main window's store at login: the direct store first, the ordinary repository once it is open.

Logging in through the window used to import SQLAlchemy, the ORM and the models while the login
window waited for the password (``gui/app.preload_main_window``), so they were in memory beside the
password's Argon2id (64 MiB): that moment was the program's peak at any caseload. Importing them
after the key would add their 0.3 s between "Log ind" and the list. Instead the window is opened on
``direct.DirectStore`` (the SQLCipher driver alone), which answers what the list and a look at a
case need, and the ordinary repository is opened in a worker thread once the list has filled
(``begin_full``): by the time the caseworker has read the list it is there, and from then on every
call goes to it (``adopt`` makes it the workspace's repository, and the direct connection is closed).
It keeps its own copy of the key until then, as the direct connection does: a screen locked meanwhile
leaves the store open, as it leaves an open repository.

A call the direct store does not answer (a save, ``engine``, ...) waits for the repository; so
does every call once it is open. The direct store's calls are made one at a time (one connection,
used from the overview's worker and the GUI thread). An opening that failed (a busy store) is tried
again at the next call.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from types import FunctionType, ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from visitation_desktop.store.direct import DirectStore

if TYPE_CHECKING:
    from visitation_desktop.store.repository import Repository

log = logging.getLogger(__name__)

# What ``DirectStore`` answers as the repository does: its methods, by the repository's names and
# parameters (``tests/services/test_direct_first.py``), all but ``close`` (closing is this class's).
SERVED = frozenset(
    name
    for name, member in vars(DirectStore).items()
    if not name.startswith("_") and name != "close" and isinstance(member, FunctionType)
)


class Pace(Protocol):
    """When the worker opening the repository may go on (``gui/idle_pace.py``: while the GUI thread
    waits for events, so that the two never take turns at Python's lock while the caseworker types)."""

    def wait(self) -> None:
        """Return when the worker may go on (called before each module it imports)."""

    def free(self) -> None:
        """From now on ``wait`` returns at once (someone waits for the repository)."""


class _Paced(importlib.abc.MetaPathFinder):
    """Asks ``pace`` before each module the opening thread imports; finds nothing itself.

    Another thread importing a module meanwhile may need one this thread is half way through (it
    then waits for this thread's import): pacing stops at once, so that it never waits long."""

    def __init__(self, pace: Pace) -> None:
        self._pace = pace
        self._thread = threading.get_ident()

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if threading.get_ident() == self._thread:
            self._pace.wait()
        else:
            self._pace.free()
        return None  # the ordinary finders find it


class DirectFirst:
    def __init__(
        self,
        direct: DirectStore,
        key: bytes,
        open_full: Callable[[bytes], Repository],
        adopt: Callable[[Repository], None],
    ) -> None:
        self._direct: DirectStore | None = direct
        self._key = bytearray(key)  # until the repository is open (or this is closed)
        self._open_full = open_full
        self._adopt = adopt
        self._using = threading.RLock()  # one call on the direct connection at a time; held to close it
        self._starting = threading.Lock()
        self._thread: threading.Thread | None = None
        self._full: Repository | None = None
        self._error: BaseException | None = None
        self._pace: Pace | None = None

    @property
    def opened(self) -> bool:
        """The ordinary repository is open (every call goes to it)."""
        return self._full is not None

    def begin_full(self, pace: Pace | None = None) -> None:
        """Start opening the ordinary repository in a worker thread, unless it is open or opening;
        with ``pace``, the worker imports each module when ``pace`` lets it.

        From the GUI: after ``gui.gc_guard.collect_garbage_on_gui_thread`` (the worker allocates a
        great deal, and must never be the thread that collects Qt objects)."""
        with self._starting:
            if self._full is None and self._thread is None:
                self._error = None
                self._pace = pace
                self._thread = threading.Thread(target=self._open, args=(pace,), name="store", daemon=True)
                self._thread.start()

    def _open(self, pace: Pace | None) -> None:
        paced = _Paced(pace) if pace is not None else None
        if paced is not None:
            sys.meta_path.insert(0, paced)
        try:
            full = self._open_full(bytes(self._key))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller that waits (``full``)
            log.info("the store's repository did not open yet: %s", type(exc).__name__)
            self._error = exc
            return
        finally:
            if paced is not None:
                sys.meta_path.remove(paced)
            if pace is not None:
                pace.free()
        with self._using:  # no direct call is in flight past this point
            self._full = full
            self._adopt(full)
            self._forget_direct()

    def _forget_direct(self) -> None:
        if self._direct is not None:
            self._direct.close()
            self._direct = None
        self._key[:] = bytes(len(self._key))

    def full(self) -> Repository:
        """The ordinary repository, opened now if it is not yet (its error raised if it cannot be)."""
        with self._starting:
            earlier = self._thread
            if self._full is None and earlier is not None and not earlier.is_alive():
                self._thread = None  # an opening behind the list failed before anyone waited: try again now
        while self._full is None:
            self.begin_full()
            pace = self._pace
            if pace is not None:
                pace.free()  # the caller waits: no more waiting for the GUI thread (it may be the caller)
            thread = self._thread
            if thread is not None:
                thread.join()
            with self._starting:
                if self._full is None and self._thread is thread:
                    self._thread = None  # the next call tries again
                    error = self._error
                    if error is not None:
                        raise error
        return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._full is None and name in SERVED:
            return self._served(name)
        return getattr(self.full(), name)

    def _served(self, name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            with self._using:
                direct = self._direct
                if direct is not None:
                    return getattr(direct, name)(*args, **kwargs)
            return getattr(self.full(), name)(*args, **kwargs)

        call.__name__ = name
        return call

    def close(self) -> None:
        """Let an opening finish, then close whatever is open; idempotent."""
        thread = self._thread
        if thread is not None:
            if self._pace is not None:
                self._pace.free()
            thread.join()
        with self._using:
            self._forget_direct()
        if self._full is not None:
            self._full.close()
