"""Many signals must not crash the program (PySide6 6.12.0 drops references to None and True)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_thousands_of_keystrokes_and_emits_do_not_abort_the_program() -> None:
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import visitation_desktop.gui  # applies the workaround
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication, QLineEdit
        app = QApplication([])
        edit = QLineEdit()
        seen = []
        edit.textChanged.connect(lambda text: None)
        class Source(QObject):
            fired = Signal(int)
        source = Source()
        source.fired.connect(seen.append)
        for i in range(20000):
            edit.setText(str(i))
            source.fired.emit(i)
        print("done", len(seen))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "done 20000" in result.stdout


def test_the_workaround_applies_only_to_pyside_6_12_0_on_python_3_11() -> None:
    from visitation_desktop.gui.qt_workarounds import needs_workaround

    assert needs_workaround("6.12.0", (3, 11, 9), "cpython")
    assert not needs_workaround("6.12.0", (3, 12, 3), "cpython"), "3.12 has immortal None/True/False"
    assert not needs_workaround("6.12.0", (3, 13, 0), "cpython")
    assert not needs_workaround("6.11.3", (3, 11, 9), "cpython"), "another PySide6 has not this bug"
    assert not needs_workaround("6.12.1", (3, 11, 9), "cpython")
    assert not needs_workaround("6.12.0", (3, 11, 9), "pypy")


def _none_refcount_growth(pretend_pyside: str | None) -> tuple[bool, bool]:
    """In a child process, import the GUI package (which applies the workaround) and report whether
    the condition held and whether None's reference count jumped by about 2**40."""
    script = textwrap.dedent(
        f"""
        import sys
        import PySide6
        if {pretend_pyside!r} is not None:
            PySide6.__version__ = {pretend_pyside!r}
        before = sys.getrefcount(None)
        import visitation_desktop.gui
        from visitation_desktop.gui import qt_workarounds as w
        expected = w.needs_workaround(PySide6.__version__, sys.version_info, sys.implementation.name)
        print(expected, sys.getrefcount(None) - before > 1 << 39)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    expected, grew = result.stdout.split()
    return expected == "True", grew == "True"


def test_the_workaround_changes_the_interpreter_only_where_the_bug_is() -> None:
    import PySide6

    expected, grew = _none_refcount_growth(None)
    assert grew == expected
    if PySide6.__version__ == "6.12.0" and sys.version_info[:2] == (3, 11):
        assert grew, "this machine has the bug: the patch must be in force"
    expected, grew = _none_refcount_growth("6.11.3")
    assert not expected and not grew, "another PySide6 leaves None alone"
