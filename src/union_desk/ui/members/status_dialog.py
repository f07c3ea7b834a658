"""A 会籍 lifecycle event: kind, date, reason, approver (and the other union for transfers)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from union_desk.core.members import (APPROVER_REQUIRED, RETAIN_REASONS, TRANSITIONS, EventKind,
                                     Status)
from union_desk.errors import ValidationError
from union_desk.services.members.dto import MemberDetail
from union_desk.ui.errors import show_error
from union_desk.ui.members import ops
from union_desk.ui.widgets import error_label, ok_cancel, pydate

TRANSFERS = {EventKind.TRANSFER_OUT, EventKind.TRANSFER_OUT_START}


def allowed_kinds(status: str) -> list[EventKind]:
    current = Status(status)
    return [k for k, (src, _after) in TRANSITIONS.items()
            if current in src and k is not EventKind.TRANSFER_IN]


class StatusDialog(QDialog):
    saved = Signal(object)

    def __init__(self, services, member: MemberDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.member = member
        self.setWindowTitle(self.tr("会籍变动 — %s") % member.name)
        self.kind = QComboBox()
        for k in allowed_kinds(member.status):
            self.kind.addItem(k.value, k.name)   # Qt turns str-enums into plain str: keep the name
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.approver = QLineEdit()
        self.other_union = QLineEdit()
        self.other_union.setPlaceholderText(self.tr("转往的工会名称"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("当前状态"), QLabel(member.status))
        form.addRow(self.tr("变动事项"), self.kind)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("审批人"), self.approver)
        self.other_label = QLabel(self.tr("对方工会"))
        form.addRow(self.other_label, self.other_union)
        buttons, self.ok_button = ok_cancel(self, self.tr("办理"), self.tr("取消"), self.save,
                                            self.reject)
        lay = QVBoxLayout(self)
        if self.kind.count() == 0:
            lay.addWidget(QLabel(self.tr("该会员当前状态下没有可办理的会籍变动。")))
            self.ok_button.setEnabled(False)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def current_kind(self) -> EventKind | None:
        name = self.kind.currentData()
        return EventKind[name] if name else None

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.reason.clear()
        if kind is EventKind.RETAIN:
            self.reason.addItems(RETAIN_REASONS)
        elif kind is EventKind.WITHDRAW:
            self.reason.addItems(["本人申请"])
        elif kind is EventKind.AUTO_WITHDRAW:
            self.reason.addItems(["连续6个月未交会费、未参加组织生活，经教育不改"])
        elif kind in TRANSFERS:
            self.reason.addItems(["工作调动", "劳动关系转移"])
        else:
            self.reason.addItem("")
        needs_other = kind in TRANSFERS
        self.other_union.setVisible(needs_other)
        self.other_label.setVisible(needs_other)
        self.approver.setPlaceholderText(self.tr("必填") if kind in APPROVER_REQUIRED else "")

    def save(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        day: dt.date = pydate(self.date.date())
        reason, approver, other = (self.reason.currentText(), self.approver.text(),
                                   self.other_union.text())
        self.ok_button.setEnabled(False)
        ops.change_status(self, self.services, self.member.id, kind, event_date=day, reason=reason,
                          approver=approver, other_union=other) \
            .success(self._saved).failure(self._failed).run()

    def _saved(self, detail) -> None:
        self.saved.emit(detail)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.setText(exc.message)
            self.error.show()
        else:
            show_error(exc, self)
