"""Crash-test driver: a real program process that the test kills with SIGKILL.

    python tests/crash/driver.py DATA_DIR MODE      (the password on the first line of standard input)

It unlocks the store, opens the visitation wizard on a new case and types into the citizen page's
real widgets with QTest.keyClicks, as a caseworker would. Then it prints READY and idles in the
event loop until it is killed.

MODE "settled": type CPR, name, address and received date, give autosave a second, print READY.
MODE "typing":  type CPR, name and received date, give autosave a second, then type the address
                and print READY at once: the test kills the process before autosave's delay ends.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

USER = "AB"
TODAY = dt.date(2026, 3, 2)
CPR = "090684-2038"
NAME = "Lene Skovgaard Poulsen"
ADDRESS = "Østergade 21, 1. th."
RECEIVED_TYPED = "12-01-2026"
RECEIVED = dt.date(2026, 1, 12)
SETTLE_MS = 1000  # several autosave delays (300 ms) of event loop


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from visitation_desktop.domain.case import CaseFile, WizardPage
    from visitation_desktop.gui.wizard.case_wizard import CaseWizard
    from visitation_desktop.gui.wizard.pages.citizen import CitizenPage
    from visitation_desktop.services.cases import CaseService
    from visitation_desktop.services.workspace import unlock

    data_dir, mode = Path(argv[0]), argv[1]
    password = sys.stdin.readline().rstrip("\r\n")
    app = QApplication([])
    workspace = unlock(data_dir, USER, password)
    wizard = CaseWizard(CaseService(workspace), CaseFile(), today=TODAY)
    wizard.resize(1366, 740)
    wizard.show()
    page = wizard.pages[WizardPage.CITIZEN]
    assert isinstance(page, CitizenPage)

    QTest.keyClicks(page.cpr_edit, CPR)
    QTest.keyClicks(page.name_edit, NAME)
    if mode == "settled":
        QTest.keyClicks(page.address_edit, ADDRESS)
    QTest.keyClicks(page.received_edit, RECEIVED_TYPED)
    QTest.qWait(SETTLE_MS)
    if mode == "typing":
        QTest.keyClicks(page.address_edit, ADDRESS)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
