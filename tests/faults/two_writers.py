"""Driver for the two-writer test: one process recording follow-ups on a shared store.

    python tests/faults/two_writers.py DATA_DIR CASE_ID COUNT GO_FILE   (password on standard input)

It unlocks the store, waits until GO_FILE exists (so both processes start together), then records
COUNT follow-ups on the case the way ``services.followups.record_followup`` writes them: the
follow-up, the case and a new plan version in one transaction, then two access-log rows. A save the
other process overtook (``CaseChangedElsewhere``, the lost-update guard) is loaded again and retried.
It prints ``DONE <count> ERRORS <n> CONFLICTS <n>`` and one line per error (type and message).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from visitation_desktop.services.workspace import unlock
    from visitation_desktop.store.errors import CaseChangedElsewhere

    data_dir, case_id, count, go = Path(argv[0]), int(argv[1]), int(argv[2]), Path(argv[3])
    ws = unlock(data_dir, "AB", sys.stdin.readline().rstrip("\r\n"))
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)  # a start line for both processes, not synchronisation of the test itself
    errors: list[str] = []
    done = 0
    conflicts = 0
    for i in range(count):
        try:
            for _attempt in range(50):
                case = ws.repo.load_case(case_id)
                try:
                    followup_id, _version = ws.repo.record_followup(
                        case_id, dt.date(2026, 3, 2), ws.caseworker, {"n": i}, case, f"runde {i}"
                    )
                    break
                except CaseChangedElsewhere:  # the other process saved the case after our load: load again
                    conflicts += 1
            else:
                raise RuntimeError("50 conflicts in a row")
            ws.repo.log(ws.caseworker, "create", case_id=case_id, detail=f"followup {followup_id}")
            ws.repo.log(ws.caseworker, "edit", case_id=case_id, detail=f"followup {followup_id}")
            done += 1
        except Exception as exc:  # counted and reported: the test asserts there are none
            errors.append(f"{type(exc).__name__}: {exc}")
    ws.close()
    print(f"DONE {done} ERRORS {len(errors)} CONFLICTS {conflicts}")
    for line in errors:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
