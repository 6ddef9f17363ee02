"""Which quality standard a case is judged and printed by, and choosing the active one.

A case records the standard it was assessed under (``standard_id``, ``standard_version`` and the
SHA-256 ``standard_digest`` of its file); the store keeps a copy of that file's text (table
``standard_copies``, encrypted with the rest). ``standard_for`` gives the case's own standard, so a
case decided under one standard is always judged and printed by it, whatever is active now.
Choosing the active standard is the setting ``standard_file`` (Settings in the GUI, ``standards use
FILE`` in the CLI).

``store.standard_copies`` (SQLAlchemy) is imported where a copy is kept or listed: judging and
printing a case read its copy through the repository, which ``render``'s direct store also offers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.case import CaseFile
from ..domain.messages import QT_TRANSLATE_NOOP, Msg, msg
from ..domain.standard import Standard, StandardError, load_standard, parse_source
from .workspace import Workspace

_PARSED: dict[str, Standard] = {}  # digest -> the parsed copy (copies never change)


def keep_active(ws: Workspace) -> None:
    """Keep a copy of the active standard in the store (once per text)."""
    from ..store import standard_copies

    std = ws.standard
    if std.digest:
        standard_copies.keep(ws.repo.engine, std.digest, std.id, std.version, std.municipality, std.source)


def assign(ws: Workspace, case: CaseFile, kept: set[str] | None = None) -> None:
    """Give a case that has none the active standard (id, version, digest) and keep its copy.

    A case that names another standard without a digest keeps its id; it is judged by the active
    standard, and ``note_for`` says so. ``kept``: digests already kept during a batch (not again).
    """
    if case.standard_digest:
        return
    std = ws.standard
    if case.standard_id not in ("", std.id) or (case.standard_version not in ("", std.version)):
        from ..store import standard_copies

        found = standard_copies.find(ws.repo.engine, case.standard_id, case.standard_version)
        if found:
            case.standard_digest = found
            return
        if case.standard_id not in ("", std.id):
            return
    if kept is None or std.digest not in kept:
        keep_active(ws)
        if kept is not None:
            kept.add(std.digest)
    case.standard_id, case.standard_version, case.standard_digest = std.id, std.version, std.digest


def has_copy(ws: Workspace, digest: str, standard_id: str) -> bool:
    """Whether the store has the standard ``standard_id`` with ``digest`` (the active one counts)."""
    if not digest:
        return False
    if digest == ws.standard.digest:
        return standard_id == ws.standard.id
    from ..store import standard_copies

    return standard_copies.standard_id_of(ws.repo.engine, digest) == standard_id


def standard_for(ws: Workspace, case: CaseFile) -> Standard:
    """The standard the case is assessed under: its kept copy, or the active standard."""
    return by_digest(ws, case.standard_digest, f"kopi af {case.standard_id} ({case.standard_version})")


def by_digest(ws: Workspace, digest: str, label: str = "") -> Standard:
    """The kept standard with ``digest`` (parsed once), or the active standard when there is none or it is unreadable."""
    if not digest or digest == ws.standard.digest:
        return ws.standard
    if digest not in _PARSED:
        text = ws.repo.standard_source(digest)
        if text is None:
            return ws.standard
        try:
            _PARSED[digest] = parse_source(text, label or f"kopi af standarden {digest[:12]}")
        except StandardError:
            return ws.standard
    return _PARSED[digest]


def note_msg(ws: Workspace, case: CaseFile) -> Msg | None:
    """A note when the case is assessed under another standard than the active one, else None."""
    active = ws.standard
    if not case.standard_digest or case.standard_digest == active.digest:
        if case.standard_id in ("", active.id):
            return None
        return msg(
            QT_TRANSLATE_NOOP("Messages", "Sagen er vurderet efter kvalitetsstandarden »{id}«, som datalageret ikke "
                              "har en kopi af. Den vurderes nu efter den aktive standard, {municipality} ({version})."),
            id=case.standard_id, municipality=active.municipality, version=active.version,
        )  # fmt: skip
    own = standard_for(ws, case)
    if own is active:
        return msg(
            QT_TRANSLATE_NOOP("Messages", "Sagen er vurderet efter en anden kvalitetsstandard ({id}, {version}), "
                              "som ikke kan læses. Den vurderes nu efter den aktive standard."),
            id=case.standard_id, version=case.standard_version,
        )  # fmt: skip
    if (own.id, own.version) == (active.id, active.version):  # the same standard; its file was edited since
        return msg(
            QT_TRANSLATE_NOOP("Messages", "Sagen er vurderet efter en tidligere udgave af filen med {municipality}s "
                              "kvalitetsstandard ({version}); filen er ændret siden. Sagen vurderes og udskrives "
                              "efter den udgave, den blev vurderet efter."),
            municipality=own.municipality, version=own.version,
        )  # fmt: skip
    return msg(
        QT_TRANSLATE_NOOP("Messages", "Sagen er vurderet efter {municipality}s kvalitetsstandard ({version}), ikke "
                          "den aktive ({active_municipality}, {active_version}). Den vurderes og udskrives efter "
                          "sin egen standard."),
        municipality=own.municipality, version=own.version, active_municipality=active.municipality,
        active_version=active.version,
    )  # fmt: skip


def note_for(ws: Workspace, case: CaseFile) -> str:
    """``note_msg`` in Danish, "" when the case is assessed under the active standard."""
    note = note_msg(ws, case)
    return note.render() if note is not None else ""


@dataclass(frozen=True)
class KnownStandard:
    """A standard the program can use or has used: a file, or a copy kept for cases."""

    standard_id: str
    municipality: str
    version: str
    where: str  # the file, or "kopi i datalageret"
    active: bool


def known_standards(ws: Workspace, files: list[Path]) -> list[KnownStandard]:
    """The active standard, the standard files given (shipped ones) and the copies kept in the store."""
    from ..store import standard_copies

    active = ws.standard
    out = [KnownStandard(active.id, active.municipality, active.version, ws.settings.standard_file or "medfølgende",
                         True)]
    seen = {active.digest}
    for path in files:
        try:
            std = load_standard(path)
        except StandardError:
            continue
        if std.digest not in seen:
            seen.add(std.digest)
            out.append(KnownStandard(std.id, std.municipality, std.version, str(path), False))
    for copy in standard_copies.kept(ws.repo.engine):
        if copy.digest not in seen:
            seen.add(copy.digest)
            out.append(KnownStandard(copy.standard_id, copy.municipality, copy.version, "kopi i datalageret", False))
    return out


def use_standard(ws: Workspace, path: Path) -> Standard:
    """Make the file at ``path`` the active standard (the setting ``standard_file``); ``StandardError``
    if it cannot be used. Cases already assessed keep their own standard."""
    std = load_standard(path)
    ws.settings.standard_file = str(path.resolve())
    ws.settings.save(ws.data_dir)
    ws.standard = std
    keep_active(ws)
    return std


def reload_active_standard(ws: Workspace) -> None:
    """Load the standard the settings name now (after Settings changed it) and keep its copy."""
    from .workspace import load_reference_data

    ws.standard, _catalogue = load_reference_data(ws.settings, ws.warnings)
    keep_active(ws)


__all__ = ["KnownStandard", "assign", "has_copy", "keep_active", "known_standards", "note_for",
           "note_msg", "reload_active_standard", "standard_for", "use_standard"]
