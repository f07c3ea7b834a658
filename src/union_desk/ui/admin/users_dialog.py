"""Accounts (管理员 only): add an account with a role, reset a password, unlock."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QInputDialog, QLineEdit, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from union_desk.core.roles import ROLE_LABELS, Role
from union_desk.ui.errors import show_error
from union_desk.ui.admin import ops
from union_desk.ui.widgets import error_label, ok_cancel


class NewUserDialog(QDialog):
    def __init__(self, auth, parent: QWidget | None = None):
        super().__init__(parent)
        self.auth = auth
        self.setWindowTitle(self.tr("新增账号"))
        self.username = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.role.setCurrentIndex(self.role.findData(Role.CLERK.value))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("初始密码"), self.password)
        buttons, _ok = ok_cancel(self, self.tr("创建"), self.tr("取消"), self.save, self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self) -> None:
        ops.create_user(self, self.auth, self.username.text(), self.password.text(),
                        self.role.currentData(), self.display.text()) \
            .success(lambda _r: self.accept()).failure(self._fail).run()

    def _fail(self, exc: BaseException) -> None:
        if hasattr(exc, "message"):
            self.error.setText(exc.message)
            self.error.show()
        else:
            show_error(exc, self)


class UsersDialog(QDialog):
    def __init__(self, auth, parent: QWidget | None = None):
        super().__init__(parent)
        self.auth = auth
        self.setWindowTitle(self.tr("账号管理"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"),
                                              self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        add = QPushButton(self.tr("新增账号"))
        reset = QPushButton(self.tr("重置密码"))
        unlock = QPushButton(self.tr("解锁"))
        add.clicked.connect(self.add)
        reset.clicked.connect(self.reset)
        unlock.clicked.connect(self.unlock)
        row = QHBoxLayout()
        for b in (add, reset, unlock):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.table)
        self.resize(560, 360)
        self.load()

    def load(self) -> None:
        ops.load_users(self, self.auth).success(self._show).run()

    def _show(self, users) -> None:
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            state = self.tr("已锁定") if u.locked else (self.tr("正常") if u.active else self.tr("停用"))
            for c, text in enumerate((u.username, u.display_name, u.role_label, state)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def add(self) -> None:
        dlg = NewUserDialog(self.auth, self)
        dlg.accepted.connect(self.load)
        dlg.open()

    def reset(self) -> None:
        name = self._selected()
        if not name:
            return
        pw, ok = QInputDialog.getText(self, self.tr("重置密码"), self.tr("“{u}”的新密码：").format(u=name),
                                      QLineEdit.EchoMode.Password)
        if ok and pw:
            ops.set_password(self, self.auth, name, pw).success(
                lambda _r: QMessageBox.information(self, self.tr("重置密码"), self.tr("密码已修改。"))).run()

    def unlock(self) -> None:
        name = self._selected()
        if name:
            ops.unlock(self, self.auth, name).success(lambda _r: self.load()).run()
