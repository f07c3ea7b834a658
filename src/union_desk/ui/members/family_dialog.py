"""家庭成员: a member's household (name, relation, birth date, work or school), added or removed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from union_desk.errors import UnionDeskError
from union_desk.services.members.dto import MemberDetail
from union_desk.ui.errors import show_error
from union_desk.ui.members import ops
from union_desk.ui.widgets import OptionalDateEdit, error_label

RELATIONS = ("配偶", "子女", "父亲", "母亲", "兄弟姐妹", "祖父母", "孙子女", "其他")


class FamilyDialog(QDialog):
    changed = Signal()

    def __init__(self, services, member: MemberDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.member_id = member.id
        self.setWindowTitle(self.tr("家庭成员 — {n}").format(n=member.name))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("关系"), self.tr("出生日期"),
                                              self.tr("工作单位或学校")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.name = QLineEdit()
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(RELATIONS)
        self.birth = OptionalDateEdit()
        self.work = QLineEdit()
        self.error = error_label()
        self.add_btn = QPushButton(self.tr("添加"))
        self.remove_btn = QPushButton(self.tr("删除所选"))
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("关系"), self.relation)
        form.addRow(self.tr("出生日期"), self.birth)
        form.addRow(self.tr("工作单位或学校"), self.work)
        row = QHBoxLayout()
        row.addWidget(self.add_btn)
        row.addWidget(self.remove_btn)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(row)
        self.add_btn.clicked.connect(self.add)
        self.remove_btn.clicked.connect(self.remove)
        self.name.returnPressed.connect(self.add)
        self.resize(620, 420)
        self._show(member)

    def _show(self, member: MemberDetail) -> None:
        self.family = list(member.family)
        self.table.setRowCount(len(self.family))
        for r, f in enumerate(self.family):
            for c, text in enumerate((f.name, f.relation,
                                      f.birth_date.isoformat() if f.birth_date else "",
                                      f.work_or_school)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _reload(self) -> None:
        ops.load_member(self, self.services, self.member_id).success(self._show).run()
        self.changed.emit()

    def add(self) -> None:
        self.error.hide()
        ops.add_family(self, self.services, self.member_id, self.name.text(),
                       self.relation.currentText(), self.birth.value(), self.work.text()) \
            .success(lambda _r: (self.name.clear(), self.work.clear(), self._reload())) \
            .failure(self._failed).run()

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.family):
            return
        ops.remove_family(self, self.services, self.family[row].id) \
            .success(lambda _r: self._reload()).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UnionDeskError):
            self.error.setText(exc.message)
            self.error.show()
        else:
            show_error(exc, self)
