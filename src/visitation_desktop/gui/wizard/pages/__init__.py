"""The wizard's pages, in order. Each file holds one page."""

from __future__ import annotations

from ..base import CasePage
from .citizen import CitizenPage

PAGE_CLASSES: list[type[CasePage]] = [CitizenPage]
