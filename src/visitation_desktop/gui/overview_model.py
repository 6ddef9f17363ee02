"""The main window's case list: every case of the overview, one group and one search at a time.

The model holds the whole overview (set once per refresh) and shows the rows of the chosen group
that match the search, in the chosen order. Typing in the search field or choosing a tab changes
which rows are shown as a *layout change* (the view keeps its selection), never a model reset,
and the search is looked up in an in-memory ``SearchIndex``. Cell texts are worded the first
time a row is drawn and kept, so only the rows on screen cost anything.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, deque
from collections.abc import Collection, Sequence
from itertools import compress, repeat
from operator import contains, itemgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain.deadlines import DeadlineState
from ..services.overview import Group, OverviewRow
from ..services.search import CaseSearch, SearchIndex
from .case_table import CaseTableModel, deadline_sort_key

_Index = QModelIndex | QPersistentModelIndex
_OVERDUE = QColor("#a40000")
_SOON = QColor("#8a5a00")
_DISPLAY, _FOREGROUND, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole


def _date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class GroupCounts:
    """Cases per group (what the tabs say) among any of the rows: each row's set of groups is one
    small number, so a count is a C-level pick and tally, not Python work per row; with a mask of
    the rows (one byte a row) it is an AND and a bit count per group on ints of one byte a row.
    Pure Python, made off the GUI thread with the rest of the overview."""

    def __init__(self, rows: Sequence[OverviewRow]) -> None:
        ids: dict[frozenset[Group], int] = {}
        self._of = [ids.setdefault(r.groups, len(ids)) for r in rows]
        self._sets = list(ids)  # in id order
        self._all = self._tally(Counter(self._of))
        groups = [r.groups for r in rows]
        self.masks = {g: bytes(map(contains, groups, repeat(g))) for g in Group}  # 1 at each row of the group
        self._bytes = {g: int.from_bytes(mask, "little") for g, mask in self.masks.items()}

    def among(self, positions: Collection[int] | None, mask: bytes | bytearray | None = None) -> dict[Group, int]:
        """The counts among ``positions`` (all rows when None); ``mask`` (1 at each of them) speeds up many."""
        if positions is None:
            return dict(self._all)
        if mask is not None and len(mask) == len(self._of) and len(positions) * 16 > len(self._of):
            chosen = int.from_bytes(mask, "little")  # bytes of 0 or 1: the AND's bit count is the rows
            return {g: (chosen & self._bytes[g]).bit_count() for g in Group}
        if len(positions) <= 1:
            return self._tally(Counter(self._of[i] for i in positions))
        return self._tally(Counter(itemgetter(*positions)(self._of)))

    def _tally(self, by_id: Counter[int]) -> dict[Group, int]:
        counts = dict.fromkeys(Group, 0)
        for group_id, n in by_id.items():
            for group in self._sets[group_id]:
                counts[group] += n
        return counts


def citizens_of(rows: Sequence[OverviewRow], among: Any = None) -> tuple[int, ...]:
    """The citizens of the rows at ``among`` (all rows when None), sorted, once each: what a look is logged as."""
    chosen = (rows[i] for i in among) if among is not None else iter(rows)
    return tuple(sorted({r.summary.citizen_id for r in chosen if r.summary.citizen_id is not None}))


def default_order(rows: Sequence[OverviewRow]) -> list[int]:
    """Positions sorted as the list opens (by decision deadline); pure Python, safe off the GUI thread."""
    return sorted(range(len(rows)), key=lambda i: deadline_sort_key(rows[i].summary))


class OverviewModel(CaseTableModel):
    FOLLOWUP, OFFER, SYNC, REMARK = range(len(CaseTableModel.COLUMNS), len(CaseTableModel.COLUMNS) + 4)

    def __init__(self, deadline_weeks: int, today: dt.date | None = None) -> None:
        super().__init__(deadline_weeks, today)
        self._overview: list[OverviewRow] = []
        self._groups = GroupCounts([])
        self.search = CaseSearch()
        self._order: list[int] = []  # every position, in the chosen order
        self._in_order: Any = None
        self._as_is = True  # the order is the overview's own (position i on row i)
        self._shown: list[int] = []  # the positions on screen: the group's rows matching the search
        self._hits: list[int] | None = None  # positions matching the search, ascending; None: no search
        self._mask: bytes | bytearray = bytearray()  # 1 at each position in ``_hits``
        self._group = Group.ALL
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] = (4, Qt.SortOrder.AscendingOrder)
        self._cells: dict[int, list[str]] = {}
        self._extra_headers = (
            self.tr("Næste opfølgning"),
            self.tr("Tilbud og plads"),
            self.tr("Central database"),
            self.tr("Bemærkning"),
        )
        self._sync_labels = {  # store.sync_local's states, as the case list shows them
            "local": self.tr("Kun på computeren"),
            "checked_out": self.tr("Hentet"),
            "changed": self.tr("Ændret siden hentning"),
            "conflict": self.tr("Konflikt"),
            "checked_in": self.tr("Sendt"),
        }

    # -- filling -----------------------------------------------------------------------------
    def set_overview(
        self,
        rows: list[OverviewRow],
        index: SearchIndex | None = None,
        order: list[int] | None = None,
        groups: GroupCounts | None = None,
    ) -> None:
        """Show a new overview (a refresh). ``index``, ``order`` and ``groups`` may be made ahead, off the GUI thread."""
        self.beginResetModel()
        self._overview = rows
        self._groups = groups if groups is not None else GroupCounts(rows)
        self._cells = {}
        self.search.index = index if index is not None else SearchIndex(rows)
        if order is not None and self._sort == (4, Qt.SortOrder.AscendingOrder):
            self._set_order(order)
        else:
            self._set_order(self._sorted(*self._sort))
        hits = self.search.index.matching(self._query)
        self._set_hits(hits)
        self._shown = self._visible()
        self.endResetModel()

    def clear(self) -> None:
        self.set_overview([], SearchIndex([]), [])

    # -- what is shown -------------------------------------------------------------------------
    @property
    def group(self) -> Group:
        return self._group

    def set_group(self, group: Group) -> None:
        self._group = group
        self._relayout(self._visible)

    def set_query(self, query: str) -> None:
        """Show the rows matching ``query`` (see services/search.py); one keystroke, no reset."""
        self._query = query
        before = self._hits
        hits = self.search.index.matching(query)
        self._set_hits(hits)
        if before is not None and hits is not None and self.search.index.refined and not self._as_is:
            self._relayout(self._narrowed)  # one more letter: only the rows shown before can stay
        else:
            self._relayout(self._visible)

    def _narrowed(self) -> list[int]:
        """The rows shown that still match, in their order (``_visible`` over fewer rows)."""
        shown = self._shown
        if len(shown) > 1:
            return list(compress(shown, itemgetter(*shown)(self._mask)))
        return [i for i in shown if self._mask[i]]

    @property
    def query(self) -> str:
        return self._query

    def shown_case_ids(self) -> list[int]:
        return [self._overview[i].summary.id for i in self._shown]

    def shown_citizen_ids(self) -> tuple[int, ...]:
        """The citizens of the rows shown, sorted, once each."""
        if self._hits is None and self._group == Group.ALL:
            return citizens_of(self._overview)
        return citizens_of(self._overview, self._shown)

    @property
    def shows_all(self) -> bool:
        """Every row is shown: no search, the tab of all cases."""
        return self._hits is None and self._group == Group.ALL

    def counts(self) -> dict[Group, int]:
        """Cases per group among those matching the search (what the tabs say)."""
        return self._groups.among(self._hits, self._mask)

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        # the overview comes in the opening order (gui/overview_loader.py): a mask is then read as it is
        self._as_is = order == list(range(len(order)))
        # reads a mask in this order in one C call (made once per order, used at every keystroke)
        self._in_order = itemgetter(*order) if len(order) > 1 and not self._as_is else None

    def _set_hits(self, hits: list[int] | None) -> None:
        self._hits = hits
        made = self.search.index.mask  # the index's own mask of these hits, when it made one
        if hits is not None and made is not None and len(made) == len(self._overview):
            self._mask = made
        elif hits is not None:
            mask = bytearray(len(self._overview))
            deque(map(mask.__setitem__, hits, repeat(1)), maxlen=0)  # a C loop: no bytecode per row
            self._mask = mask

    def _visible(self) -> list[int]:
        hits, group, order = self._hits, self._group, self._order
        if group == Group.ALL:
            if hits is None:
                return list(order)
            if self._as_is:
                return hits  # ascending positions are the order (the list is not changed in place)
            mask: bytes | bytearray = self._mask
        else:
            mask = self._groups.masks[group]
            if hits is not None:  # the group's rows that match: one AND of the two masks
                size = len(mask)
                mask = (int.from_bytes(mask, "little") & int.from_bytes(self._mask, "little")).to_bytes(size, "little")
        if self._as_is:
            return list(compress(order, mask))
        if self._in_order is not None:
            return list(compress(order, self._in_order(mask)))  # C loops, in the chosen order
        return [i for i in order if mask[i]]

    def _relayout(self, arrange: Any) -> None:
        """Change which rows are shown (or their order) keeping the view's selection where it can."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = [self._shown[i.row()] if 0 <= i.row() < len(self._shown) else -1 for i in old]
        self._shown = arrange()
        if old:
            # the selection is a row or a few (each column's index is kept): look each up in C
            wanted = {pos for pos in positions if pos >= 0}
            if len(wanted) <= 16:
                where = {pos: _find(self._shown, pos) for pos in wanted}
            else:
                where = {pos: row for row, pos in enumerate(self._shown)}
            new = []
            for index, pos in zip(old, positions, strict=True):
                row = where.get(pos, -1)
                new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self._overview:
            return
        self._set_order(self._sorted(column, order))
        self._relayout(self._visible)

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows = self._overview
        if column == 4:
            keys: list[Any] = [deadline_sort_key(r.summary) for r in rows]
        elif column == 3:
            keys = [r.summary.received.isoformat() if r.summary.received else "" for r in rows]
        elif column == self.FOLLOWUP:
            keys = [f"0{r.followup.due.isoformat()}" if r.followup else "1" for r in rows]
        else:
            keys = [self._cell(i, column).lower() for i in range(len(rows))]
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- the Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return len(self.COLUMNS) + len(self._extra_headers)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and section >= len(self.COLUMNS):
            return self._extra_headers[section - len(self.COLUMNS)]
        return super().headerData(section, orientation, role)

    def case_id(self, row: int) -> int:
        return self._overview[self._shown[row]].summary.id

    def row_data(self, row: int) -> OverviewRow:
        return self._overview[self._shown[row]]

    def row_of_case(self, case_id: int) -> int:
        """The row showing the case, or -1."""
        return next((row for row, pos in enumerate(self._shown) if self._overview[pos].summary.id == case_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pos, column = self._shown[index.row()], index.column()
        if role == _DISPLAY:
            return self._cell(pos, column)
        if role == _FOREGROUND:
            colour = self._colour(pos, column)
            return None if colour is None else QBrush(colour)
        if role == _TOOLTIP and column == 0:  # the whole name, when its column elides it
            return self._cell(pos, 0)
        if role == _TOOLTIP and column == self.REMARK:
            return "\n".join(self.remarks(self._overview[pos])) or None
        return None

    def cell(self, row: int, column: int) -> tuple[str, QColor | None]:
        """The text of a cell on screen and its colour (None: the palette's): what the list paints."""
        pos = self._shown[row]
        return self._cell(pos, column), self._colour(pos, column) if column in (4, self.FOLLOWUP) else None

    def _colour(self, pos: int, column: int) -> QColor | None:
        row = self._overview[pos]
        if column == 4:
            state = self._deadline_state(row.summary)
            return _OVERDUE if state == "overdue" else _SOON if state == "warning" else None
        if column == self.FOLLOWUP and row.followup is not None:
            return _OVERDUE if row.followup.overdue else _SOON if row.followup_soon else None
        return None

    def _cell(self, pos: int, column: int) -> str:
        cells = self._cells.get(pos)
        if cells is None:
            row = self._overview[pos]
            cells = [self._display(row.summary, c) for c in range(len(self.COLUMNS))]
            cells += [self._extra_text(row, c) for c in (self.FOLLOWUP, self.OFFER, self.SYNC, self.REMARK)]
            self._cells[pos] = cells
        return cells[column]

    # -- wording -------------------------------------------------------------------------------
    def _extra_text(self, row: OverviewRow, column: int) -> str:
        if column == self.FOLLOWUP:
            if row.followup is None:
                return ""
            text = _date(row.followup.due)
            if row.followup.overdue:
                return self.tr("{0} (forfalden)").format(text)
            return self.tr("{0} (snart)").format(text) if row.followup_soon else text
        if column == self.OFFER:
            text = ", ".join(x for x in (row.offer, row.place) if x)
            return self.tr("{0} – venteliste").format(text) if row.waitlist else text
        if column == self.SYNC:
            return self._sync_labels.get(row.sync_state, row.sync_state)
        return " ".join(self.remarks(row))

    def remarks(self, row: OverviewRow) -> list[str]:
        """What the caseworker should notice about a case, most urgent first."""
        out: list[str] = []
        notice = bool(row.delay_notice.strip())
        if row.deadline_state == DeadlineState.OVERDUE:
            over = self._days_text(row.deadline_days_left or 0)
            if notice:
                out.append(self.tr("Fristen er overskredet ({0}). Borgeren har fået besked om forsinkelsen.").format(over))
            else:
                out.append(self.tr("Fristen er overskredet ({0}). Giv borgeren skriftlig besked om forsinkelsen.").format(over))
        elif row.deadline_state == DeadlineState.WARNING:
            left = self._days_text(row.deadline_days_left or 0)
            if notice:
                out.append(self.tr("Fristen nærmer sig ({0}). Besked om forsinkelse er givet.").format(left))
            else:
                out.append(self.tr("Fristen nærmer sig ({0}).").format(left))
        due = row.followup
        if due is not None and row.followup_soon:
            day = _date(due.due)
            if due.overdue:
                text = self.tr("Første opfølgning var {0} og er ikke holdt.") if due.first else self.tr(
                    "Opfølgning var {0} og er ikke holdt."
                )
            else:
                text = self.tr("Første opfølgning senest {0}.") if due.first else self.tr("Opfølgning senest {0}.")
            out.append(text.format(day))
        if row.waitlist:
            interim = row.interim_solution.strip()
            if interim:
                out.append(self.tr("Venteliste. Foreløbig løsning: {0}").format(interim))
            else:
                out.append(self.tr("Venteliste uden foreløbig løsning."))
        return out

    def _days_text(self, days_left: int) -> str:
        if days_left == 0:
            return self.tr("fristen er i dag")
        if days_left == 1:
            return self.tr("1 dag tilbage")
        if days_left == -1:
            return self.tr("1 dag over fristen")
        if days_left > 0:
            return self.tr("{0} dage tilbage").format(days_left)
        return self.tr("{0} dage over fristen").format(-days_left)


def _find(rows: list[int], pos: int) -> int:
    try:
        return rows.index(pos)
    except ValueError:
        return -1
