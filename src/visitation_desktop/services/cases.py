"""Use cases on a citizen's case: create, open, save as the wizard goes, check, import, export.

Every view, create, edit and export of a citizen's data writes a row in the access log.
Edits are logged once per case and page per session, so autosave does not flood the log.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ..domain.acceptance import signature_png
from ..domain.case import CaseFile, CaseStatus, Outcome
from ..domain.case_schema import CASE_DOCUMENT_KIND, check_values
from ..domain.deadlines import decision_deadline
from ..domain.findings import Finding
from ..domain.inputs import InputRefused, load_json
from ..domain.serialize import SerializationError, from_dict, to_dict
from ..store.records import CaseSummary, LogEntry
from . import case_view, occupancy, standards
from .acceptance import AcceptanceRefused, check_signature_png
from .gate import Gate, Verdict
from .plan_versions import FIRST_VERSION_NOTE, first_plan_version_in
from .search import SearchIndex
from .workspace import Workspace

__all__ = [
    "CASE_DOCUMENT_KIND",
    "CaseFormatError",
    "CaseService",
    "case_from_document",
    "case_to_document",
    "read_case_file",
]


class CaseFormatError(ValueError):
    """An imported case document does not fit the documented format (Danish message).

    ``index``: which of the cases given to ``import_document_cases`` it is about (None for one case).
    """

    index: int | None = None


class CaseService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.gate = Gate(workspace)
        self._edits_logged: set[tuple[int, str]] = set()
        # case id -> the wizard page last shown this session (looking is not saved; reopening resumes there)
        self.viewed_pages: dict[int, str] = {}

    # -- reading -----------------------------------------------------------------------------
    def list_cases(self, query: str = "") -> list[CaseSummary]:
        """Cases, most recently changed first; ``query`` finds what the main window's search finds
        (``services/search.py``: name, address, CPR with or without dash or masked digits, case number)."""
        if not query.strip():
            return self.ws.repo.list_cases()
        indexed, _dates = self.ws.repo.indexed_cases()
        found = SearchIndex(indexed).matching(query)
        return [indexed[i].summary for i in found] if found is not None else [r.summary for r in indexed]

    def open_case(self, case_id: int) -> CaseFile:
        return case_view.open_case(self.ws, case_id)

    def deadline(self, case: CaseFile) -> dt.date | None:
        received = case.application.received
        if received is None:
            return None
        return decision_deadline(received, standards.standard_for(self.ws, case).decision_deadline_weeks)

    def check(self, case: CaseFile, today: dt.date | None = None) -> list[Finding]:
        """Every finding of the rules gate (the standard's rules and capacity), in page order."""
        return self.gate.findings(case, today)

    # -- writing -----------------------------------------------------------------------------
    def new_case(self, case: CaseFile | None = None) -> CaseFile:
        case = case or CaseFile()
        case.id = None
        standards.assign(self.ws, case)
        case.caseworker = case.caseworker or self.ws.caseworker
        case.status = self.gate.status_for(case)
        self._create(case)
        return case

    def _create(self, case: CaseFile, *extra_actions: str) -> None:
        """Create the case, log it (and ``extra_actions``) and keep a granted case's plan as version 1, at once."""
        with self.ws.repo.transaction(self.ws.caseworker) as tx:
            tx.create_case(case, deadline=self.deadline(case))
            tx.log("create", case_id=case.id)
            first_plan_version_in(tx, case)  # a case created as granted (import, demo) keeps version 1
            for action in extra_actions:
                tx.log(action, case_id=case.id)

    def create_many(self, cases: Sequence[CaseFile], *extra_actions: str) -> list[CaseFile]:
        """Create many cases in one transaction: the rows ``new_case`` writes for each, a table at a time.

        Each case goes through the same preparation and rules gate as ``new_case``, in order, and a
        grant earlier in the batch takes its place for the cases after it, as if each were saved on
        its own. Then all are written with their log rows (``create``, the plan version of a grant,
        ``extra_actions``) and one move of the log's head. If anything fails, nothing is written.
        """
        cases, kept = list(cases), set[str]()
        with occupancy.batch(self.ws) as hold:
            for case in cases:
                case.id = None
                standards.assign(self.ws, case, kept)
                case.caseworker = case.caseworker or self.ws.caseworker
                case.status = self.gate.status_for(case)
                hold(case)
        deadlines = [self.deadline(case) for case in cases]
        from ..store import bulk  # SQLAlchemy's: not among what the main window imports to open

        try:
            with self.ws.repo.transaction(self.ws.caseworker) as tx:
                bulk.create_cases(tx, cases, deadlines)
                granted = [c for c in cases if c.status == CaseStatus.GRANTED]
                bulk.add_first_plan_versions(tx, granted, FIRST_VERSION_NOTE)
                plans, me = {id(c) for c in granted}, tx.caseworker
                entries: list[LogEntry] = []
                for c in cases:
                    entries.append(LogEntry(me, "create", case_id=c.id))
                    if id(c) in plans:
                        entries.append(LogEntry(me, "create", case_id=c.id, detail="plan version 1"))
                    entries.extend(LogEntry(me, action, case_id=c.id) for action in extra_actions)
                bulk.log(tx, entries)
        except BaseException:
            for case in cases:
                case.id = None  # nothing was written
            raise
        return cases

    def save(self, case: CaseFile) -> None:
        """Autosave: one UPDATE; the first edit of each page in a session is logged.

        Raises ``CaseChangedElsewhere`` (nothing written) when the case was saved elsewhere after
        it was loaded; ``case.revision`` advances with each accepted save.
        """
        if case.id is None:
            self.new_case(case)
            return
        was_granted = case.status == CaseStatus.GRANTED
        standards.assign(self.ws, case)  # a case from before standards were kept gets the active one
        case.status = self._status_after_edit(case, was_granted)
        key = (case.id, case.current_page)
        log_edit = key not in self._edits_logged
        with self.ws.repo.transaction(self.ws.caseworker) as tx:
            tx.save_case(case, deadline=self.deadline(case))
            if not was_granted:
                first_plan_version_in(tx, case)  # the handleplan at the grant is kept as version 1
            if log_edit:
                tx.log("edit", case_id=case.id, detail=case.current_page)
        if log_edit:
            self._edits_logged.add(key)

    # -- exchange ----------------------------------------------------------------------------
    def export_document(self, case_id: int) -> dict[str, Any]:
        """The case as a document; the export is logged (committed) before the document is returned."""
        case = self.ws.repo.load_case(case_id)
        self._log("export", case, detail="case json")
        return case_to_document(case)

    def import_document(self, document: dict[str, Any]) -> CaseFile:
        return self.import_document_case(case_from_document(document))

    def _status_after_edit(self, case: CaseFile, was_granted: bool) -> str:
        """A grant recorded through the gate stays granted while its decision stands; anything else
        is judged by the gate (a grant or refusal it refuses is stored as undecided)."""
        d = case.decision
        if was_granted and d.outcome == Outcome.GRANT.value and d.decided_on is not None:
            return CaseStatus.GRANTED.value
        return self.gate.status_for(case)

    def import_document_case(self, case: CaseFile) -> CaseFile:
        """Store a case read from a document as a new case; refuse one made for another standard.

        The status in the file is not trusted: the rules gate sets it. A grant or refusal the gate
        refuses is stored as undecided ("Under behandling"); ``import_verdict`` says why.
        """
        self._check_import(case)
        case.id = None
        case.caseworker = case.caseworker or self.ws.caseworker
        case.status = self.gate.status_for(case)
        self._create(case, "import")  # the case, its plan version and both log rows: one transaction
        return case

    def import_document_cases(self, cases: Sequence[CaseFile]) -> list[CaseFile]:
        """``import_document_case`` for many cases in one transaction: all are stored, or (a case made
        for another standard, a failure while writing) none is."""
        for index, case in enumerate(cases):
            try:
                self._check_import(case)
            except CaseFormatError as exc:
                exc.index = index
                raise
        return self.create_many(cases, "import")

    def _check_import(self, case: CaseFile) -> None:
        """Give the case its standard; ``CaseFormatError`` when it was made for one this store lacks."""
        standard_id = self.ws.standard.id
        if not standards.has_copy(self.ws, case.standard_digest, case.standard_id):
            case.standard_digest = ""  # a copy this store lacks: found by id and version, or the active one
        standards.assign(self.ws, case)
        if not case.standard_digest:
            raise CaseFormatError(
                f"Fejl i sagsfilen ved $.standard_id: sagen følger kvalitetsstandarden "
                f"»{case.standard_id}«, men datalageret bruger »{standard_id}« og har ingen kopi af den."
            )

    def import_verdict(self, case: CaseFile) -> Verdict:
        """Why an imported case's decision was not recorded (allowed when it was, or it had none)."""
        return self.gate.decision(case)

    def _log(self, action: str, case: CaseFile, detail: str = "") -> None:
        case_view.log_case(self.ws, action, case, detail)


def case_to_document(case: CaseFile) -> dict[str, Any]:
    body = to_dict(case)
    body.pop("id", None)
    body.pop("revision", None)  # the exporting store's own counter; an import starts the case anew
    return {"kind": CASE_DOCUMENT_KIND, **body}


def case_from_document(document: Any) -> CaseFile:
    """The case in a document (see docs/case-format.md); ``CaseFormatError`` names the first bad key."""
    if not isinstance(document, dict):
        raise CaseFormatError("Filen skal indeholde ét JSON-objekt (en sag).")
    body = dict(document)
    if "kind" not in body:
        raise CaseFormatError(f'Fejl i sagsfilen ved $.kind: nøglen mangler (skal være "{CASE_DOCUMENT_KIND}").')
    kind = body.pop("kind")
    if kind != CASE_DOCUMENT_KIND:
        raise CaseFormatError(
            f'Fejl i sagsfilen ved $.kind: filen er ikke en sag (kind er {json.dumps(kind, ensure_ascii=False)}, '
            f'skal være "{CASE_DOCUMENT_KIND}").'
        )
    if not isinstance(body.pop("$schema", ""), str):
        raise CaseFormatError("Fejl i sagsfilen ved $.$schema: forventede en tekst")
    if "id" in body:
        raise CaseFormatError(
            "Fejl i sagsfilen ved $.id: ukendt felt (sagens nummer gives af programmet ved import)"
        )
    if "revision" in body:
        raise CaseFormatError(
            "Fejl i sagsfilen ved $.revision: ukendt felt (revisionen gives af datalageret ved import)"
        )
    try:
        case = from_dict(CaseFile, body)
        check_values(case)
    except SerializationError as exc:
        raise CaseFormatError(f"Fejl i sagsfilen ved {exc.path}: {exc.problem}") from None
    _check_signature(case)
    case.id = None
    return case


def _check_signature(case: CaseFile) -> None:
    """A signature in a file must be what the pad would have kept: a whole, small PNG, base64."""
    acceptance = case.acceptance
    if acceptance is None or not acceptance.image:
        return
    where = "Fejl i sagsfilen ved $.acceptance.image"
    png = signature_png(acceptance)
    if not png:
        raise CaseFormatError(f"{where}: underskriften skal være et PNG-billede skrevet som base64.")
    try:
        check_signature_png(png)
    except AcceptanceRefused as exc:
        raise CaseFormatError(f"{where}: {exc}") from None


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise CaseFormatError(f"Nøglen {json.dumps(key, ensure_ascii=False)} står to gange i samme objekt.")
        out[key] = value
    return out


def read_case_file(text: str) -> CaseFile:
    try:
        # size, depth, texts and numbers within the limits (domain/inputs.py)
        document = load_json(text, object_pairs_hook=_refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise CaseFormatError(f"Filen er ikke gyldig JSON (linje {exc.lineno}): {exc.msg}") from None
    except InputRefused as exc:
        raise CaseFormatError(f"Sagsfilen kan ikke bruges: {exc}") from None
    return case_from_document(document)
