"""The parts of the import dialog: the column mapping table and the dry-run preview
(counts plus the rows themselves, one tab per kind)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QTableView, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from union_desk.ui.members.imports.models import (RowsModel, field_labels, id_shown, reason_label,
                                                 reason_labels)

REQUIRED = ("name", "id_number")
HINT_STYLE = "color: #555;"


def _table(model: RowsModel, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


@dataclass(frozen=True)
class RawColumn:
    """A column of a header row the clerk picked by hand (same fields as the service's ColumnDTO)."""

    letter: str
    header: str
    field: str | None = None
    note: str = ""


def letter_of(index: int) -> str:
    out, index = "", index + 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


class MappingTable(QWidget):
    """Each sheet column -> a member field or 不导入, correctable by the clerk. When the program
    finds no header, the first rows of the sheet are shown and the clerk picks the header row."""

    mapping_edited = Signal()
    header_row_chosen = Signal(int)   # 1-based sheet row

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表格中的列名"), self.tr("导入为"),
                                              self.tr("说明")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for i, w in enumerate((44, 200, 170)):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        self.columns: list[Any] = []
        self.raw_rows: list[list[Any]] = []
        self.raw_hint = _hint(self.tr("程序没有认出表头。请在下面表格中点一下表头所在的那一行（列名所在行），"
                                      "再在下方“导入为”一栏为各列选择对应项目（至少要有“姓名”和“身份证号”）。"))
        self.raw_hint.setStyleSheet("color: #a52714;")
        self.raw = QTableWidget(0, 0)
        self.raw.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raw.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.raw.verticalHeader().setDefaultSectionSize(24)
        self.raw.cellClicked.connect(lambda r, _c: self.choose_header_row(r + 1))
        self.raw_hint.hide()
        self.raw.hide()
        self.AUTO_HINT = self.tr("程序已按表头自动对应各列。如有不对，请在“导入为”一栏改正；"
                                 "“不导入”的列不会写入系统。必须有“姓名”和“身份证号”两列。")
        self.hint = _hint(self.AUTO_HINT)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.raw_hint)
        lay.addWidget(self.raw, 1)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)

    # ---- no header found: the clerk picks the header row ------------------------------------------
    def show_raw(self, rows) -> None:
        self.raw_rows = [list(r) for r in rows]
        width = min(40, max([len(r) for r in self.raw_rows] or [0]))
        self.raw.clear()
        self.raw.setRowCount(len(self.raw_rows))
        self.raw.setColumnCount(width)
        self.raw.setHorizontalHeaderLabels([letter_of(i) for i in range(width)])
        self.raw.setVerticalHeaderLabels([str(i + 1) for i in range(len(self.raw_rows))])
        for r, row in enumerate(self.raw_rows):
            for c, cell in enumerate(row[:width]):
                self.raw.setItem(r, c, QTableWidgetItem("" if cell is None else str(cell)))
        self.raw.resizeColumnsToContents()
        for c in range(width):
            self.raw.setColumnWidth(c, min(max(self.raw.columnWidth(c), 60), 220))
        self.show_columns([])
        self.hint.setText(self.tr("点选表头行后，在这里为各列选择“导入为”的项目；不需要的列保持“不导入”。"))
        self.raw_hint.show()
        self.raw.show()

    def choose_header_row(self, row: int) -> None:
        """Use sheet row ``row`` (1-based) of the raw rows as the header."""
        cells = self.raw_rows[row - 1]
        self.raw.selectRow(row - 1)
        self.show_columns([RawColumn(letter_of(i), str(c).strip()) for i, c in enumerate(cells)
                           if c is not None and str(c).strip()], keep_raw=True)
        self.header_row_chosen.emit(row)

    def hide_raw(self) -> None:
        self.hint.setText(self.AUTO_HINT)
        self.raw_hint.hide()
        self.raw.hide()
        self.raw_rows = []

    def show_columns(self, columns, *, keep_raw: bool = False) -> None:
        if not keep_raw and columns:
            self.hide_raw()
        labels = field_labels()
        self.columns = list(columns)
        self.combos = []
        self.table.setRowCount(len(self.columns))
        for r, col in enumerate(self.columns):
            self.table.setItem(r, 0, QTableWidgetItem(col.letter))
            self.table.setItem(r, 1, QTableWidgetItem(col.header))
            box = QComboBox()
            box.addItem(self.tr("（不导入）"), None)
            for key, label in labels.items():
                box.addItem(label, key)
            box.setCurrentIndex(max(0, box.findData(col.field)) if col.field else 0)
            box.currentIndexChanged.connect(lambda _i, r=r: self._edited(r))
            self.table.setCellWidget(r, 2, box)
            self.combos.append(box)
            self.table.setItem(r, 3, QTableWidgetItem(self._note(col)))

    def _note(self, col) -> str:
        if col.field:
            return self.tr("导入")
        if isinstance(col, RawColumn):
            return self.tr("请选择")
        if col.note == "未识别的列":
            return self.tr("未识别的列，不导入（如需导入请选择对应项目）")
        return col.note or self.tr("不导入")

    def _edited(self, row: int) -> None:
        box = self.combos[row]
        self.table.item(row, 3).setText(self.tr("已改为：{f}").format(f=box.currentText()))
        self.mapping_edited.emit()

    def set_field(self, letter: str, field: str | None) -> None:
        """Choose the field for a column by its letter (the clerk's correction)."""
        for col, box in zip(self.columns, self.combos):
            if col.letter == letter:
                box.setCurrentIndex(box.findData(field) if field else 0)
                return
        raise KeyError(letter)

    def chosen(self) -> dict[str, str | None]:
        """column letter -> field as now shown."""
        return {col.letter: box.currentData() for col, box in zip(self.columns, self.combos)}

    def mapping(self) -> dict[str, str | None]:
        """The mapping the service takes: header text (column letter when the text is empty or
        repeated) -> field or None."""
        texts = Counter(col.header.strip() for col in self.columns)
        out: dict[str, str | None] = {}
        for col, box in zip(self.columns, self.combos):
            text = col.header.strip()
            out[text if text and texts[text] == 1 else col.letter] = box.currentData()
        return out

    def missing_required(self) -> list[str]:
        chosen = set(self.chosen().values())
        labels = field_labels()
        return [labels[f] for f in REQUIRED if f not in chosen]


class PreviewPanel(QWidget):
    """Counts and the rows of a dry run (or of an applied import)."""

    def __init__(self, unmasked: bool, mapping: MappingTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.unmasked = unmasked
        labels = field_labels()
        ids = lambda n: id_shown(n, self.unmasked)  # noqa: E731

        self.count_box = QWidget()
        grid = QGridLayout(self.count_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        self.counts: dict[str, QLabel] = {}
        for i, (key, text, color) in enumerate((
                ("created", self.tr("新增"), "#1e7e34"), ("updated", self.tr("更新"), "#1f5fa8"),
                ("unchanged", self.tr("无变化"), "#555555"), ("conflicts", self.tr("冲突暂缓"), "#b35900"),
                ("rejected", self.tr("有错误"), "#c0392b"))):
            name = QLabel(text)
            value = QLabel()
            value.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {color};")
            name.setStyleSheet("color: #444;")
            value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(value)
            box.addWidget(name)
            grid.addLayout(box, 0, i)
            self.counts[key] = value
        grid.setColumnStretch(5, 1)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)

        self.new_model = RowsModel([
            (self.tr("行号"), lambda r: r.get("row")), (labels["name"], lambda r: r.get("name")),
            (labels["gender"], lambda r: r.get("gender")),
            (labels["id_number"], lambda r: ids(r.get("id_number"))),
            (labels["birth_date"], lambda r: r.get("birth_date")), (labels["phone"], lambda r: r.get("phone")),
            (labels["branch"], lambda r: r.get("branch")), (labels["joined_on"], lambda r: r.get("joined_on")),
            (labels["status"], lambda r: self.tr("恢复（曾被删除或撤销）") if r.get("revived") else r.get("status")),
        ], self)
        self.update_model = RowsModel([
            (self.tr("行号"), lambda r: r[0]), (labels["name"], lambda r: r[1]),
            (labels["id_number"], lambda r: ids(r[2])), (self.tr("项目"), lambda r: labels.get(r[3], r[3])),
            (self.tr("系统中原来是"), lambda r: r[4]), (self.tr("表格中改为"), lambda r: r[5]),
        ], self)
        self.conflict_model = RowsModel([
            (self.tr("行号"), lambda c: c.row), (labels["id_number"], lambda c: ids(c.id_number)),
            (self.tr("表格中的姓名"), lambda c: c.name_in_file),
            (self.tr("系统中已登记的姓名"), lambda c: c.existing_name), (self.tr("说明"), lambda c: c.message),
        ], self)
        self.rejected_model = RowsModel([
            (self.tr("行号"), lambda r: r.row), (labels["name"], lambda r: r.name),
            (labels["id_number"], lambda r: ids(r.id_number)), (self.tr("原因"), lambda r: reason_label(r.reason)),
            (self.tr("说明"), lambda r: r.message),
        ], self)
        self.notes_model = RowsModel([(self.tr("行号"), lambda n: n[0]), (self.tr("说明"), lambda n: n[1])], self)

        self.tabs = QTabWidget()
        self.tabs.addTab(mapping, self.tr("列对应"))
        self.new_view = _table(self.new_model, (52, 80, 44, 170, 96, 110, 110, 96))
        self.update_view = _table(self.update_model, (52, 80, 170, 90, 150))
        self.conflict_view = _table(self.conflict_model, (52, 170, 100, 130))
        self.rejected_view = _table(self.rejected_model, (52, 80, 170, 150))
        self.notes_view = _table(self.notes_model, (52,))
        self.reason_filter = QComboBox()
        self.reason_filter.currentIndexChanged.connect(self._filter_rejected)
        self.tabs.addTab(self._page(self.new_view, self.tr("这些人是系统中还没有的新会员，导入后将新增。")),
                         self.tr("新增"))
        self.tabs.addTab(self._page(self.update_view, self.tr(
            "这些会员已在系统中（身份证号和姓名都相同），导入后只改下列项目；表格中空着的格子不会清除原有内容。")),
            self.tr("更新"))
        self.tabs.addTab(self._page(self.conflict_view, self.tr(
            "这些行的身份证号在系统中已登记为另一个姓名。为防止弄错人，这些行这次不导入、也不改动原有会员；"
            "请向分会核实后，在会员页手工处理。")), self.tr("冲突"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("按原因筛选：")))
        filters.addWidget(self.reason_filter)
        filters.addStretch(1)
        self.tabs.addTab(self._page(self.rejected_view, self.tr(
            "这些行有错误，不会导入；其余行照常导入。“行号”就是 Excel 左边的行号（CSV 文件为第几行）。"
            "可点下方“生成错误报告”，把这些行连同错误说明发回分会改正。"), filters), self.tr("有错误"))
        self.tabs.addTab(self._page(self.notes_view, self.tr(
            "导入时会跳过合计行、签字行和空行；下列提示不影响导入。")), self.tr("提示"))
        for i in range(1, 6):
            self.tabs.setTabEnabled(i, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.count_box)
        lay.addWidget(self.reasons)
        lay.addWidget(self.tabs, 1)
        self.clear()

    def _page(self, view: QTableView, hint: str, extra=None) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(_hint(hint))
        if extra is not None:
            lay.addLayout(extra)
        lay.addWidget(view, 1)
        return page

    def clear(self) -> None:
        for label in self.counts.values():
            label.setText("")
        self.count_box.hide()
        self.reasons.clear()
        self.reasons.hide()
        for model in (self.new_model, self.update_model, self.conflict_model, self.rejected_model,
                      self.notes_model):
            model.set_items([])
        for i in range(1, 6):
            self.tabs.setTabEnabled(i, False)
            self.tabs.setTabText(i, self.tabs.tabText(i).split(" (")[0])

    def show_report(self, report) -> None:
        counts = {"created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                  "conflicts": len(report.conflicts), "rejected": len(report.rejected)}
        for key, n in counts.items():
            self.counts[key].setText(f"{n:,}")
        self.count_box.show()
        by_reason = sorted(report.rejected_by_reason.items(), key=lambda kv: -kv[1])
        lines = []
        if by_reason:
            lines.append(self.tr("错误原因：") + self.tr("；").join(
                self.tr("{r} {n:,} 行").format(r=reason_label(k), n=n) for k, n in by_reason))
        if report.new_branches:
            label = self.tr("将新建分会：{b}") if report.dry_run else self.tr("已新建分会：{b}")
            lines.append(label.format(b=self.tr("、").join(report.new_branches)))
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))

        self.new_model.set_items(sorted(report.new_rows, key=lambda r: r.get("row", 0)))
        self.update_model.set_items([(u.row, u.name, u.id_number, key, old, new)
                                     for u in report.updates for key, (old, new) in u.changes.items()])
        self.conflict_model.set_items(report.conflicts)
        self.rejected_model.set_items(report.rejected)
        notes = list(report.warnings) + list(report.skipped_rows)
        notes.sort(key=lambda n: n[0])
        if report.blank_rows:
            notes.append(("", self.tr("共跳过 {n} 个空行").format(n=report.blank_rows)))
        self.notes_model.set_items(notes)

        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(self.tr("全部（{n:,} 行）").format(n=len(report.rejected)), None)
        for code, n in by_reason:
            self.reason_filter.addItem(self.tr("{r}（{n:,} 行）").format(r=reason_label(code), n=n), code)
        self.reason_filter.blockSignals(False)

        sizes = (len(report.new_rows), report.updated, len(report.conflicts), len(report.rejected), len(notes))
        for i, n in enumerate(sizes, start=1):
            base = self.tabs.tabText(i).split(" (")[0]
            self.tabs.setTabText(i, f"{base} ({n:,})")
            self.tabs.setTabEnabled(i, n > 0)

    def _filter_rejected(self, _index: int) -> None:
        code = self.reason_filter.currentData()
        self.rejected_model.set_filter(None if code is None else (lambda r: r.reason == code))

    def show_tab(self, name: str) -> None:
        order = ("mapping", "new", "updated", "conflicts", "rejected", "notes")
        self.tabs.setCurrentIndex(order.index(name))


__all__ = ["MappingTable", "PreviewPanel", "reason_labels"]
