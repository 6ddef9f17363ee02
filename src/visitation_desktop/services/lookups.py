"""Look-ups are logged: who looked at which list of citizens, when, and with what query.

A list or a search shows citizens' names and CPR numbers as surely as opening a case shows them,
so each one writes an access-log row (action ``search``) in the encrypted store, detail
``{"view": ..., "query": ..., "citizens": [citizen ids shown]}``. The GUI logs a search once it
has settled (``gui/lookup_log.py``), never per keystroke.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from .workspace import Workspace

MAX_CITIZENS_IN_ROW = 2000  # a row names at most this many citizens (the rest are counted)


def lookup_detail(view: str, query: str, citizen_ids: Iterable[int | None]) -> str:
    ids = sorted({i for i in citizen_ids if i is not None})
    doc: dict[str, object] = {"view": view, "query": query, "citizens": ids[:MAX_CITIZENS_IN_ROW]}
    if len(ids) > MAX_CITIZENS_IN_ROW:
        doc["more"] = len(ids) - MAX_CITIZENS_IN_ROW
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def log_lookup(ws: Workspace, view: str, query: str, citizen_ids: Iterable[int | None]) -> None:
    """One ``search`` row: ``view`` names the list (``cases list --json``, ``followups due``, ``overview``)."""
    ids = sorted({i for i in citizen_ids if i is not None})
    ws.repo.log(
        ws.caseworker,
        "search",
        citizen_id=ids[0] if len(ids) == 1 else None,
        detail=lookup_detail(view, query, ids),
    )
