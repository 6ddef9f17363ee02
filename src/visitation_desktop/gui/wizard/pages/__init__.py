"""The wizard's pages, in order. Each file holds one page."""

from __future__ import annotations

import importlib

from ..base import CasePage

# (module, class) in page order; while the team builds the pages, a page whose module is not
# written yet is left out. Replaced by plain imports once all pages exist.
_PAGES = [
    ("citizen", "CitizenPage"),
    ("target_group", "TargetGroupPage"),
    ("assessment", "AssessmentPage"),
    ("purpose", "PurposePage"),
    ("goals", "GoalsPage"),
    ("activities", "ActivitiesPage"),
    ("other_services", "OtherServicesPage"),
    ("offer", "OfferPage"),
    ("decision", "DecisionPage"),
    ("summary", "SummaryPage"),
]


def _load() -> list[type[CasePage]]:
    classes: list[type[CasePage]] = []
    for module_name, class_name in _PAGES:
        try:
            module = importlib.import_module(f"{__name__}.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{module_name}":
                continue
            raise
        classes.append(getattr(module, class_name))
    return classes


PAGE_CLASSES: list[type[CasePage]] = _load()
