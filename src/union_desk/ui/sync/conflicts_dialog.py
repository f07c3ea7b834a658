"""Sync conflicts: both versions side by side, resolved field by field (保留服务器 / 保留本机).

The server already applied its value; "保留本机" re-applies ours as an ordinary local edit,
so the choice itself syncs like any other change (sync/conflicts.py). The service masks the
values for the signed-in user; full ID numbers and phones come from its audited reveal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QRadioButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.ui.errors import show_error
from union_desk.ui.sync.controller import SyncController
from union_desk.ui.format import local_time
from union_desk.ui.sync.labels import describe, spec_text
from union_desk.ui.tasks import DbOp

KEEP_SERVER, KEEP_MINE = "server", "mine"
MINE_STYLE = "background: #e8f1fb;"


class _Choice(QWidget):
    """Two radio buttons in a table cell."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.server = QRadioButton(self.tr("保留服务器"))
        self.mine = QRadioButton(self.tr("保留本机"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.server)
        self.group.addButton(self.mine)
        self.server.setChecked(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(self.server)
        lay.addWidget(self.mine)

    def value(self) -> str:
        return KEEP_MINE if self.mine.isChecked() else KEEP_SERVER


class ConflictsDialog(QDialog):
    loaded = Signal()
    resolved = Signal(object)    # ConflictDTO

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.services = controller.services
        self.conflicts: list = []
        self.names: dict[str, str] = {}
        self.revealed: dict[int, object] = {}   # conflict id -> the service's revealed ConflictDTO
        self.choices: dict[str, _Choice] = {}
        self.setWindowTitle(self.tr("同步冲突"))

        intro = QLabel(self.tr("两台电脑改了同一项内容时，系统先采用上级服务器的值。请逐项确认："
                               "选“保留本机”会把本机的值作为一次新的修改同步上去。"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumWidth(220)
        self.list.currentRowChanged.connect(self._row_changed)
        self.empty = QLabel(self.tr("没有需要处理的同步冲突。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("本机的值"), self.tr("服务器的值"),
                                              self.tr("处理")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setMinimumSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.unmask = QCheckBox(self.tr("显示完整证件号和手机号（会记入审计日志）"))
        self.unmask.setVisible(self.services.can(Perm.UNMASK))
        self.unmask.toggled.connect(self._toggle_unmask)
        all_server = QPushButton(self.tr("全部保留服务器"))
        all_server.clicked.connect(lambda: self._set_all(KEEP_SERVER))
        all_mine = QPushButton(self.tr("全部保留本机"))
        all_mine.clicked.connect(lambda: self._set_all(KEEP_MINE))
        self.save_button = QPushButton(self.tr("确认处理"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.resolve_current)
        self.save_button.setEnabled(controller.can_sync())
        row = QHBoxLayout()
        row.addWidget(self.unmask)
        row.addStretch(1)
        row.addWidget(all_server)
        row.addWidget(all_mine)
        row.addWidget(self.save_button)
        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(8, 0, 0, 0)
        for w in (self.title, self.rule, self.when):
            dl.addWidget(w)
        dl.addWidget(self.table, 1)
        dl.addLayout(row)

        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(split, 1)
        lay.addWidget(self.empty)
        lay.addLayout(bottom)
        self.resize(1040, 560)
        self.reload()

    # ---- data -------------------------------------------------------------------------
    def reload(self) -> None:
        sync, services = self.controller.sync, self.services

        def work():
            conflicts = sync.conflicts()
            ids = list(dict.fromkeys(c.entity_id for c in conflicts if c.entity == "member"))
            names = {}
            if ids and services.can(Perm.MEMBER_READ):
                names = {r.id: r.name for r in services.members.rows(ids)}
            return conflicts, names

        DbOp(self, work).success(self._loaded).failure(lambda exc: show_error(exc, self)).run()

    def _loaded(self, result) -> None:
        self.conflicts, self.names = result
        keep = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{self._subject(c)}\n{local_time(c.created_ms)}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = bool(self.conflicts)
        self.detail.setVisible(has)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self.list.setCurrentRow(min(max(keep, 0), len(self.conflicts) - 1))
            self._show(self.list.currentRow())
        self.loaded.emit()

    def _subject(self, c) -> str:
        name = self.names.get(c.entity_id)
        if name is None:
            for f in c.fields:
                if f.field == "name":
                    name = f.mine or f.server
        return spec_text(c.label) + (f"：{name}" if name else f"（{c.entity_id[:8]}）")

    def current(self):
        """The selected conflict, as revealed if the user asked for full numbers."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return None
        c = self.conflicts[row]
        return self.revealed.get(c.id, c)

    def _row_changed(self, _row: int) -> None:
        c = self.current()
        if c is not None and self.unmask.isChecked() and c.id not in self.revealed:
            self._toggle_unmask(True)
        self._show()

    def _show(self, _row: int = -1) -> None:
        c = self.current()
        self.choices.clear()
        if c is None:
            self.table.setRowCount(0)
            return
        self.title.setText(self._subject(c))
        self.rule.setText(c.rule_label)
        self.when.setText(self.tr("本机修改于 {l}；同步时（{c}）发现服务器上已被其他电脑改过。"
                                  "服务器未提供对方的修改人。").format(
            l=local_time(c.local_ms), c=local_time(c.created_ms)))
        self.table.setRowCount(len(c.fields))
        for row, f in enumerate(c.fields):
            label = QTableWidgetItem(spec_text(f.label) or f.field)
            mine = QTableWidgetItem(describe(f.mine))
            server = QTableWidgetItem(describe(f.server))
            if f.differs:
                font = mine.font()
                font.setBold(True)
                mine.setFont(font)
                server.setFont(font)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, mine)
            self.table.setItem(row, 2, server)
            choice = _Choice()
            self.choices[f.field] = choice
            self.table.setCellWidget(row, 3, choice)
        self.table.resizeRowsToContents()

    # ---- actions ----------------------------------------------------------------------
    def choose(self, field: str, value: str) -> None:
        choice = self.choices[field]
        (choice.mine if value == KEEP_MINE else choice.server).setChecked(True)

    def _set_all(self, value: str) -> None:
        for f in self.choices:
            self.choose(f, value)

    def resolve_current(self) -> None:
        c = self.current()
        if c is None:
            return
        choices = {f: w.value() for f, w in self.choices.items()}
        sync = self.controller.sync
        self.save_button.setEnabled(False)

        def ok(dto) -> None:
            self.save_button.setEnabled(True)
            self.resolved.emit(dto)
            self.controller.refresh()
            self.reload()

        def failed(exc) -> None:
            self.save_button.setEnabled(True)
            show_error(exc, self)

        DbOp(self, lambda: sync.resolve_conflict(c.id, choices)).success(ok).failure(failed).run()

    def _toggle_unmask(self, on: bool) -> None:
        c = self.current()
        if not on or c is None:
            self.revealed.clear()
            self._show()
            return
        sync = self.controller.sync

        def shown(dto) -> None:
            self.revealed[dto.id] = dto
            self._show()

        def failed(exc) -> None:
            self.unmask.setChecked(False)
            show_error(exc, self)

        # reveal_conflict() checks Perm.UNMASK and writes the audit row
        DbOp(self, lambda: sync.reveal_conflict(c.id)).success(shown).failure(failed).run()


def open_conflicts(controller: SyncController, parent: QWidget | None = None) -> ConflictsDialog:
    dlg = ConflictsDialog(controller, parent)
    dlg.open()
    return dlg
