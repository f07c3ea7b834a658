"""Sign-in at start. Wrong passwords count towards a lock-out (enforced in the service)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from union_desk.errors import UnionDeskError
from union_desk.ui.errors import show_error
from union_desk.ui.admin import ops
from union_desk.ui.widgets import error_label, ok_cancel


class LoginDialog(QDialog):
    def __init__(self, auth, union_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.auth = auth
        self.user = None
        self.setWindowTitle(self.tr("登录 — union_desk 工会办公系统"))
        title = QLabel(union_name)
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons, self.ok = ok_cancel(self, self.tr("登录"), self.tr("退出"), self.try_login,
                                     self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.setMinimumWidth(360)

    def try_login(self) -> None:
        name, pw = self.username.text(), self.password.text()
        self.ok.setEnabled(False)
        ops.login(self, self.auth, name, pw).success(self._ok).failure(self._fail).run()

    def _ok(self, user) -> None:
        self.user = user
        self.accept()

    def _fail(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, UnionDeskError):
            self.error.setText(exc.message)
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
        else:
            show_error(exc, self)
