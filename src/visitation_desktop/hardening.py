"""Process hardening at start-up: no core dump, no full crash dump, that could hold decrypted data.

A core dump of this process can hold names, CPR numbers, case text, the data key and the password
(issue #14 found all of them in a forced one). ``harden_process`` is called first thing by the
entry point (``cli.main``, which also starts the GUI):

- POSIX: ``RLIMIT_CORE`` set to 0 (soft and hard), so no core file is written;
- Linux: ``prctl(PR_SET_DUMPABLE, 0)`` as well, which also keeps other processes of the same user
  from attaching a debugger or reading ``/proc/<pid>/mem``, and stops systemd-coredump/apport
  from catching the process;
- Windows: ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)`` asks Windows Error Reporting not to
  put the heap in a crash report, and ``SetErrorMode`` keeps the crash dialog away. IT should
  also switch off full dumps machine-wide (docs/security.md: LocalDumps DumpType 0/1).

Every step is best effort and guarded: a platform without it simply skips it. ``status()`` says
what took effect (for ``visitation-desktop security check``).
"""

from __future__ import annotations

import sys

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3
_WER_FAULT_REPORTING_FLAG_NOHEAP = 1
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002

_done: dict[str, bool] = {}


def harden_process() -> dict[str, bool]:
    """Turn off core dumps (and full crash dumps on Windows) for this process; what took effect."""
    if _done:
        return dict(_done)
    if sys.platform == "win32":
        _done["wer_no_heap"] = _windows_wer()
    else:
        _done["core_limit_zero"] = _no_core_file()
        if sys.platform.startswith("linux"):
            _done["not_dumpable"] = _not_dumpable()
    return dict(_done)


def status() -> dict[str, bool]:
    return dict(_done)


def _no_core_file() -> bool:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    except (ImportError, ValueError, OSError):
        return False


def _not_dumpable() -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _windows_wer() -> bool:  # pragma: no cover - Windows only
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
        return bool(kernel32.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP) == 0)
    except (OSError, AttributeError):
        return False
