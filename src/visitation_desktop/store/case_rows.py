"""A case as stored: its JSON in ``cases.data`` with the columns that own the uuid and revision.

Read by the repository and by the render command's direct store (``store.direct``); no SQLAlchemy here.
"""

from __future__ import annotations

import json

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.serialize import from_dict


def load_case_row(
    text: str,
    case_id: int,
    uuid: str | None = None,
    revision: int | None = None,
    citizen_uuid: str | None = None,
) -> CaseFile:
    """The case from its JSON; the columns (uuid, revision, the citizen's uuid) are authoritative."""
    case = from_dict(CaseFile, json.loads(text))
    case.id = case_id
    if uuid is not None:
        case.uuid = uuid
    if revision is not None:
        case.revision = revision
    if citizen_uuid is not None:
        case.citizen.uuid = citizen_uuid
    return case
