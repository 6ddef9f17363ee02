"""Three-way merge of a case, field by field: base (what both sides started from), mine, theirs.

A field changed on one side only takes that side's value; a field changed on both sides to
different values is a conflict, which the caseworker resolves by choosing mine or theirs. The
same merge serves a check-in (base = the revision checked out, mine = the laptop, theirs = the
central store) and a lost update on one store (base = what the window loaded, mine = the window,
theirs = what was saved elsewhere meanwhile).

A field is a leaf of the case's JSON (``serialize.to_dict``): a text, number, date, true/false, a
list of plain values, or a list of objects without ids (other services), each taken whole.
Objects are walked key by key; goals, which have ids, are walked by id, so two goals added on two
sides are both kept and a goal's text and its level merge apart.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .case import CaseFile
from .serialize import from_dict, to_dict

__all__ = [
    "MISSING",
    "Choice",
    "FieldConflict",
    "MergeResult",
    "Side",
    "changed_fields",
    "field_label",
    "merge_cases",
    "three_way",
]


class _Missing(enum.Enum):
    MISSING = "missing"

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing.MISSING  # a field one side does not have (a goal deleted or not yet added)

Path = tuple[str, ...]
# Fields that are the store's or the window's own, not the caseworker's content.
NOT_MERGED: frozenset[str] = frozenset({"id", "revision", "uuid", "current_page", "format_version"})


class Choice(enum.StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Side:
    """Who saved one side last, and when (shown beside each value)."""

    by: str = ""
    at: dt.datetime | None = None


@dataclass(frozen=True)
class FieldConflict:
    path: str  # e.g. "placement.place", "goals[3f2c…].text"
    label: str  # Danish, e.g. "Tilbud og plads: plads"
    base: Any
    mine: Any
    theirs: Any
    parts: tuple[str, ...] = ()  # the path as keys (a key may itself hold a dot)


@dataclass
class MergeResult:
    merged: dict[str, Any]  # the case JSON with every one-sided change applied; conflicts as mine
    conflicts: list[FieldConflict] = field(default_factory=list)
    mine_changed: list[str] = field(default_factory=list)
    theirs_changed: list[str] = field(default_factory=list)
    mine_side: Side = field(default_factory=Side)
    theirs_side: Side = field(default_factory=Side)
    _theirs: dict[str, Any] = field(default_factory=dict, repr=False)

    def resolved(self, choices: Mapping[str, Choice | str]) -> dict[str, Any]:
        """The merged JSON with each conflict settled as chosen; every conflict must have a choice."""
        missing = [c.path for c in self.conflicts if c.path not in choices]
        if missing:
            raise KeyError(missing[0])
        out = copy.deepcopy(self.merged)
        for conflict in self.conflicts:
            if Choice(choices[conflict.path]) == Choice.THEIRS:
                _put(out, conflict.parts or _parse(conflict.path), conflict.theirs)
        return out


def _walk(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if isinstance(value, dict) and value:
        for key, item in value.items():
            if not path and key in NOT_MERGED:
                continue
            yield from _walk(item, (*path, str(key)))
    elif _keyed(value):
        for item in value:
            yield from _walk(item, (*path, f"[{item['id']}]"))
    else:
        yield path, value


def _keyed(value: Any) -> bool:
    """A non-empty list of objects that each carry a distinct id (goals)."""
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) and "id" in v for v in value):
        return False
    return len({v["id"] for v in value}) == len(value)


def flatten(doc: Mapping[str, Any]) -> dict[Path, Any]:
    return dict(_walk(dict(doc)))


def _text(path: Path) -> str:
    return ".".join(path).replace(".[", "[")


def _parse(text: str) -> Path:
    parts: list[str] = []
    for chunk in text.split("."):
        while "[" in chunk:
            head, _, rest = chunk.partition("[")
            if head:
                parts.append(head)
            key, _, chunk = rest.partition("]")
            parts.append(f"[{key}]")
        if chunk:
            parts.append(chunk)
    return tuple(parts)


def _put(doc: dict[str, Any], path: Path, value: Any) -> None:
    """Set (or, for MISSING, remove) one field in a case JSON, adding a keyed list item if needed."""
    node: Any = doc
    for i, key in enumerate(path):
        last = i == len(path) - 1
        if key.startswith("["):
            item_id = key[1:-1]
            found = next(
                (item for item in node if isinstance(item, dict) and item.get("id") == item_id), None
            )
            if found is None:
                if value is MISSING:
                    return
                found = {"id": item_id}
                node.append(found)
            if last:
                raise ValueError(f"a list item is not a field: {_text(path)}")
            node = found
            continue
        if last:
            if value is MISSING and key == "id" and i > 0 and path[i - 1].startswith("["):
                return  # a list item keeps its id while its fields go; _prune drops it when bare
            if value is MISSING:
                node.pop(key, None)
            else:
                node[key] = copy.deepcopy(value)
            return
        if key not in node or not isinstance(node[key], dict | list):
            if value is MISSING:
                return
            node[key] = [] if path[i + 1].startswith("[") else {}
        node = node[key]


def _prune(doc: Any) -> None:
    """Drop keyed list items left with nothing but their id (a goal removed by the merge)."""
    if isinstance(doc, dict):
        for item in doc.values():
            _prune(item)
    elif isinstance(doc, list):
        doc[:] = [i for i in doc if not (isinstance(i, dict) and "id" in i and set(i) == {"id"})]
        for item in doc:
            _prune(item)


def three_way(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    mine_side: Side | None = None,
    theirs_side: Side | None = None,
) -> MergeResult:
    """Merge two case JSONs that started from ``base`` (None: no common start, every difference conflicts)."""
    b = flatten(base) if base is not None else {}
    m, t = flatten(mine), flatten(theirs)
    merged = copy.deepcopy(dict(mine))
    result = MergeResult(merged, mine_side=mine_side or Side(), theirs_side=theirs_side or Side())
    result._theirs = dict(theirs)
    for path in _ordered(m, t, b):
        bv = b.get(path, MISSING) if base is not None else None
        mv, tv = m.get(path, MISSING), t.get(path, MISSING)
        if base is not None and mv != bv:
            result.mine_changed.append(_text(path))
        if base is not None and tv != bv:
            result.theirs_changed.append(_text(path))
        if mv == tv:
            continue
        if base is not None and mv == bv:
            _put(merged, path, tv)
        elif base is not None and tv == bv:
            continue
        else:
            label = field_label(path, mine, theirs)
            result.conflicts.append(
                FieldConflict(_text(path), label, bv if base is not None else MISSING, mv, tv, path)
            )
    _prune(merged)
    return result


def _ordered(*maps: dict[Path, Any]) -> list[Path]:
    seen: dict[Path, None] = {}
    for m in maps:
        for path in m:
            seen.setdefault(path, None)
    return list(seen)


def merge_cases(
    base: CaseFile | None,
    mine: CaseFile,
    theirs: CaseFile,
    *,
    mine_side: Side | None = None,
    theirs_side: Side | None = None,
) -> MergeResult:
    return three_way(
        to_dict(base) if base is not None else None,
        to_dict(mine),
        to_dict(theirs),
        mine_side=mine_side,
        theirs_side=theirs_side,
    )


def case_from_merge(doc: Mapping[str, Any], like: CaseFile) -> CaseFile:
    """The merged JSON as a case, with the store's own fields (id, uuid, revision, page) of ``like``."""
    case = from_dict(CaseFile, {k: v for k, v in doc.items() if k not in NOT_MERGED})
    case.id, case.uuid, case.revision = like.id, like.uuid, like.revision
    case.current_page, case.format_version = like.current_page, like.format_version
    return case


def changed_fields(before: CaseFile, after: CaseFile) -> list[str]:
    """The Danish labels of the fields that differ between two versions of a case."""
    a, b = flatten(to_dict(before)), flatten(to_dict(after))
    return [
        field_label(path, to_dict(after), to_dict(before))
        for path in _ordered(a, b)
        if a.get(path, MISSING) != b.get(path, MISSING)
    ]


SECTIONS = {
    "status": "Status",
    "standard_id": "Kvalitetsstandard",
    "caseworker": "Sagsbehandler",
    "citizen": "Borger",
    "application": "Henvendelse",
    "consent": "Samtykke",
    "target_group": "Målgruppe",
    "assessment": "Ressourcer og behov",
    "purposes": "Formål",
    "goals": "Mål",
    "activities": "Aktiviteter",
    "other_services": "Andre indsatser",
    "coordination": "Koordinering",
    "placement": "Tilbud og plads",
    "decision": "Afgørelse",
}
WORDS = {
    "cpr": "CPR-nummer",
    "name": "navn",
    "address": "adresse",
    "postcode": "postnummer",
    "town": "by",
    "phone": "telefon",
    "email": "e-mail",
    "received": "modtaget",
    "channel": "kanal",
    "by_relative": "ansøgt af pårørende",
    "offer_id": "tilbud",
    "place": "plads",
    "waitlist": "venteliste",
    "planned_start": "planlagt start",
    "interim_solution": "midlertidig løsning",
    "outcome": "afgørelse",
    "decided_on": "afgjort den",
    "text": "tekst",
    "levels": "niveau",
    "selected": "valgte",
    "criteria": "kriterium",
    "resources": "ressourcer",
    "challenges": "udfordringer",
    "own_words": "borgerens egne ord",
    "individual_assessment": "individuel vurdering",
    "considerations": "overvejelser",
    "facts": "fakta",
    "note": "note",
    "citizen_wishes": "ønsker",
}


def field_label(path: Path | str, *docs: Mapping[str, Any]) -> str:
    """A Danish name for a field, e.g. "Tilbud og plads: plads", "Mål 2: tekst"."""
    parts = _parse(path) if isinstance(path, str) else path
    if not parts:
        return "Sagen"
    head = SECTIONS.get(parts[0], parts[0])
    rest = list(parts[1:])
    if rest and rest[0].startswith("["):
        number = _position(parts[0], rest[0][1:-1], docs)
        head = f"{head} {number}" if number else head
        rest = rest[1:]
    words = [WORDS.get(p, p.replace("_", " ")) for p in rest]
    return f"{head}: {' – '.join(words)}" if words else head


def _position(section: str, item_id: str, docs: tuple[Mapping[str, Any], ...]) -> int | None:
    for doc in docs:
        items = doc.get(section)
        if isinstance(items, list):
            for i, item in enumerate(items, 1):
                if isinstance(item, dict) and item.get("id") == item_id:
                    return i
    return None
