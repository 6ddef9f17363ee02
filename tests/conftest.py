"""Shared test set-up: Qt runs offscreen, the Danish locale, and no real user data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
