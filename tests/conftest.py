"""Shared test set-up: Qt runs offscreen, the Danish locale, no real user data directory, and no
machine-wide IT policy (a test that wants one writes its own and points ``VISITATION_POLICY_FILE`` at it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ["VISITATION_POLICY_FILE"] = os.path.join(os.sep, "nonexistent", "visitation-test-policy.json")
