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
