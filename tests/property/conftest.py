"""The property-based suite (Hypothesis): any input to a parser, loader, importer or renderer gives a
result or the documented error, never an unhandled exception.

Profiles (choose with ``VISITATION_HYPOTHESIS=<name>``):

- ``ci`` (default): derandomized, so every run tries the same inputs (a fixed seed), with a modest
  number of examples so the suite stays fast; no example database is written.
- ``long``: random inputs, 20 times as many examples, for an hour with a coffee:
  ``VISITATION_HYPOTHESIS=long .venv/bin/pytest tests/property -p no:cacheprovider``

After the run the terminal summary lists, per test, how many inputs were tried and how many ended in
an exception that is not the documented one (always 0, or the test fails).
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=80,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=False,
)
settings.register_profile(
    "long",
    max_examples=1600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("VISITATION_HYPOTHESIS", "ci"))

TRIED: Counter[str] = Counter()  # inputs tried per test, counted by the tests themselves
UNHANDLED: Counter[str] = Counter()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TRIED:
        return
    terminalreporter.section("Hypothesis: inputs tried")
    for name, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name}: {count} inputs, {UNHANDLED[name]} unhandled")
    terminalreporter.write_line(f"all: {sum(TRIED.values())} inputs, {sum(UNHANDLED.values())} unhandled")
