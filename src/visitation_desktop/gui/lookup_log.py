"""The GUI's case list and search are logged once a query has settled, never per keystroke.

``shown(query, citizen_ids)`` is called on every refresh of the list; after ``SETTLE_MS`` without
another refresh the list as shown is logged (``services.lookups``), unless it is the very list
logged last (a refresh that changed nothing shown). Locking and closing log what was pending first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..services.lookups import log_lookup
from ..services.workspace import Workspace

SETTLE_MS = 1500


class LookupLog(QObject):
    def __init__(self, workspace: Workspace, view: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.view = view
        self._pending: tuple[str, tuple[int, ...]] | None = None
        self._logged: tuple[str, tuple[int, ...]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.flush)

    def shown(self, query: str, citizen_ids: tuple[int, ...]) -> None:
        """``citizen_ids``: the citizens listed, sorted, once each (``overview_model.citizens_of``)."""
        self._pending = (query, citizen_ids)
        self._timer.start()

    def flush(self) -> None:
        """Log the settled list now (if any and not logged already)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is None or pending == self._logged or self.ws.closed:
            return
        log_lookup(self.ws, self.view, pending[0], pending[1])
        self._logged = pending

    def forget(self) -> None:
        """After unlocking: the list shown again is a new look, logged again."""
        self._logged = None

    def stop(self) -> None:
        self._timer.stop()
