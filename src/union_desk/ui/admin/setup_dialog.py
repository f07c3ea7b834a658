"""First run: the union's name, its branches (分会, optional 小组) and the administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from union_desk.errors import ValidationError
from union_desk.services.setup import BranchSpec
from union_desk.ui.errors import show_error
from union_desk.ui.admin import ops
from union_desk.ui.widgets import error_label, ok_cancel


def parse_branches(text: str) -> list[BranchSpec]:
    """One branch per line; groups after a colon: `一车间分会：甲班、乙班`."""
    specs = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for sep in ("：", ":"):
            if sep in line:
                name, groups = line.split(sep, 1)
                parts = [g.strip() for g in groups.replace("，", "、").replace(",", "、").split("、")]
                specs.append(BranchSpec(name.strip(), [g for g in parts if g]))
                break
        else:
            specs.append(BranchSpec(line))
    return specs


class SetupDialog(QDialog):
    def __init__(self, setup_service, parent: QWidget | None = None):
        super().__init__(parent)
        self.setup = setup_service
        self.setWindowTitle(self.tr("首次使用设置"))
        intro = QLabel(self.tr("欢迎使用 union_desk。请填写本工会的基本信息，并创建管理员账号。"))
        intro.setWordWrap(True)
        self.union_name = QLineEdit()
        self.union_name.setPlaceholderText(self.tr("例如：某某有限公司工会"))
        self.branches = QPlainTextEdit()
        self.branches.setPlaceholderText(self.tr("每行一个分会；小组写在冒号后，用顿号分隔，例如：\n"
                                                 "机关分会\n一车间分会：甲班、乙班"))
        self.admin = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("工会名称*"), self.union_name)
        form.addRow(self.tr("分会/小组"), self.branches)
        form.addRow(self.tr("管理员用户名*"), self.admin)
        form.addRow(self.tr("管理员密码*"), self.password)
        form.addRow(self.tr("再次输入密码*"), self.password2)
        buttons, _ok = ok_cancel(self, self.tr("完成设置"), self.tr("退出"), self.finish,
                                 self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)

    def finish(self) -> None:
        if self.password.text() != self.password2.text():
            self._fail(ValidationError(self.tr("两次输入的密码不一致")))
            return
        ops.initialize(self, self.setup, self.union_name.text(),
                       parse_branches(self.branches.toPlainText()), self.admin.text(),
                       self.password.text()).success(lambda _r: self.accept()) \
            .failure(self._fail).run()

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) or hasattr(exc, "message"):
            self.error.setText(exc.message)
            self.error.show()
        else:
            show_error(exc, self)
