"""``render delay-notice --reason … --expected …`` on a decided case: refused, and nothing is written into it."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Audit


def test_a_refused_delay_notice_records_nothing_in_the_case(audit: Audit, tmp_path: Path) -> None:
    case_id = str(audit.ids["soeren-aage"])  # granted on 27 November 2026, within the deadline
    out = tmp_path / "forsinkelse.pdf"
    result = audit.cli("render", "delay-notice", case_id, "--out", str(out),
                       "--expected", "2026-12-20", "--reason", "Vi venter på en udtalelse fra lægen.")
    assert result.code == 13
    assert "Beskeden om forsinkelse laves ikke for denne sag: Sagen er afgjort" in result.err
    assert not out.exists()
    decision = json.loads(audit.cli("cases", "export", case_id).out)["decision"]
    assert decision["overrun_reason"] == "" and decision["expected_on"] is None
