"""The follow-up wizard's pages, in order (one page per file)."""

from __future__ import annotations

from ..base import FollowUpWizardPage
from .goals import GoalScoresPage
from .levels import LevelsPage
from .meeting import MeetingPage
from .new_goals import NewGoalsPage
from .outcome import OutcomePage
from .summary import SummaryPage

PAGE_CLASSES: list[type[FollowUpWizardPage]] = [
    MeetingPage,
    GoalScoresPage,
    LevelsPage,
    OutcomePage,
    NewGoalsPage,
    SummaryPage,
]
