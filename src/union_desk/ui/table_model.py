"""IdTableModel: a big table that holds only the ordered ids (architecture.md §2.5, Anki).

The service returns the ordered id list (filter and sort done in SQL / the
search index). Rows are fetched by id in pages of PAGE on the DB worker when
they first become visible, then cached. After a change the cache is marked
stale: old rows stay on screen until their fresh copy arrives, so nothing
flickers and the GUI never waits for the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from union_desk.ui.labels import label
from union_desk.ui.tasks import DbOp

PAGE = 200
LOADING = "…"


class IdTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)      # column key, descending
    page_loaded = Signal()

    def __init__(self, columns: Sequence[tuple[str, str]],
                 fetch_rows: Callable[[list[str]], list[Any]],
                 display: Callable[[Any, str], str], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.fetch_rows = fetch_rows
        self.display = display
        self._ids: list[str] = []
        self._cache: dict[str, Any] = {}
        self._stale: dict[str, Any] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.align_center: set[str] = set()

    # ---- feeding -----------------------------------------------------------------------
    def set_ids(self, ids: list[str], first_rows: Sequence[Any] = ()) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        keep = {**self._stale, **self._cache}
        self._stale = {i: keep[i] for i in self._ids[:PAGE * 2] if i in keep}
        self._cache = {row.id: row for row in first_rows}
        self._pending.clear()
        self.endResetModel()

    def mark_stale(self) -> None:
        """Data changed somewhere: refetch visible rows, showing the old ones meanwhile."""
        self._generation += 1
        self._stale.update(self._cache)
        self._cache = {}
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, member_id: str) -> int:
        try:
            return self._ids.index(member_id)
        except ValueError:
            return -1

    def cached(self, row: int) -> Any | None:
        mid = self.id_at(row)
        return self._cache.get(mid) or self._stale.get(mid) if mid else None

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return label(self.columns[section][1])
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            key = self.columns[index.column()][0]
            if key in self.align_center:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        mid = self._ids[index.row()]
        row = self._cache.get(mid)
        if row is None:
            self._request(index.row())
            row = self._stale.get(mid)
            if row is None:
                return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        return self.display(row, self.columns[index.column()][0])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.sort_requested.emit(self.columns[column][0],
                                     order == Qt.SortOrder.DescendingOrder)

    # ---- paging ----------------------------------------------------------------------------
    def _request(self, row: int) -> None:
        page = row // PAGE
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        fetch = self.fetch_rows  # read here: the worker touches neither the model nor a widget
        DbOp(self, lambda: fetch(ids)).success(
            lambda rows: self._fill(page, generation, rows)).run()

    def _fill(self, page: int, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        for r in rows:
            self._cache[r.id] = r
            self._stale.pop(r.id, None)
        first, last = page * PAGE, min(len(self._ids), (page + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit()
