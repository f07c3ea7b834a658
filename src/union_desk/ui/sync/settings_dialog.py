"""Sync settings: server URL, office registration (the token from the superior union), custom CA
file, automatic sync interval. The token goes to the OS key store; when there is none we say so
and the user picks an explicit alternative — it is never written to a plain-text file."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.errors import SyncError, ValidationError
from union_desk.infra.credentials import ENV_TOKEN
from union_desk.sync.service import SyncStatus
from union_desk.ui.errors import show_error
from union_desk.ui.sync.controller import SyncController, save_interval
from union_desk.ui.tasks import DbOp
from union_desk.ui.widgets import ERROR_STYLE, FieldBox

WARN_STYLE = ("background: #fff4e5; border: 1px solid #ef6c00; border-radius: 4px; padding: 8px;"
              " color: #5d4037;")


class SyncSettingsDialog(QDialog):
    loaded = Signal()
    registered = Signal(object)      # SyncStatus

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.status: SyncStatus | None = None
        self.setWindowTitle(self.tr("同步设置"))

        self.current = QLabel(self.tr("正在读取当前设置…"))
        self.current.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("例如 https://sync.example.org（由上级工会提供）"))
        self.url_box = FieldBox(self.url)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("粘贴上级工会发给本机的令牌；不更换登记可留空"))
        self.token_box = FieldBox(self.token)
        self.use_ca = QCheckBox(self.tr("使用上级工会提供的证书文件（自建证书时需要）"))
        self.ca_path = QLineEdit()
        self.ca_path.setPlaceholderText(self.tr("证书文件（.pem / .crt）"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_path, 1)
        ca_row.addWidget(browse)
        self.ca_widget = QWidget()
        self.ca_widget.setLayout(ca_row)
        self.use_ca.toggled.connect(self.ca_widget.setEnabled)
        self.ca_widget.setEnabled(False)
        self.interval = QSpinBox()
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(self.tr(" 分钟"))
        self.interval.setSpecialValueText(self.tr("不自动同步（只手动同步）"))
        self.interval.setValue(controller.interval_minutes)

        form = QFormLayout()
        form.addRow(self.tr("服务器地址"), self.url_box)
        form.addRow(self.tr("本机令牌"), self.token_box)
        form.addRow("", self.use_ca)
        form.addRow("", self.ca_widget)
        form.addRow(self.tr("自动同步间隔"), self.interval)

        # where the token is kept
        self.store_note = QLabel()
        self.store_note.setWordWrap(True)
        self.no_store = QLabel(self.tr(
            "本机没有可用的系统密钥库（例如没有桌面环境的 Linux），无法安全地保存同步令牌。"
            "本程序不会把令牌以明文保存到文件。请选择一种方式："))
        self.no_store.setWordWrap(True)
        self.no_store.setStyleSheet(WARN_STYLE)
        self.choice_session = QRadioButton(self.tr("每次启动程序后输入令牌（只在本次运行期间使用）"))
        self.choice_env = QRadioButton(self.tr("使用环境变量 {v}（由电脑管理员在系统中设置）").format(v=ENV_TOKEN))
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.choice_session)
        self.choices.addButton(self.choice_env)
        self.choice_session.setChecked(True)
        self.env_note = QLabel()
        self.env_note.setWordWrap(True)
        self.choice_env.toggled.connect(self._env_hint)
        self.no_store_box = QWidget()
        nb = QVBoxLayout(self.no_store_box)
        nb.setContentsMargins(0, 0, 0, 0)
        for w in (self.no_store, self.choice_session, self.choice_env, self.env_note):
            nb.addWidget(w)
        self.no_store_box.hide()

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.resync_button = QPushButton(self.tr("完整重新同步…"))
        self.resync_button.clicked.connect(self._open_resync)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resync_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addWidget(self.current)
        lay.addLayout(form)
        lay.addWidget(self.store_note)
        lay.addWidget(self.no_store_box)
        lay.addWidget(self.error)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.resize(640, 340)
        self.save_button.setEnabled(False)
        DbOp(self, controller.sync.status).success(self._loaded).failure(
            lambda exc: (self._show_error(exc), self.loaded.emit())).run()

    # ---- load -------------------------------------------------------------------------
    def _loaded(self, status: SyncStatus) -> None:
        self.status = status
        if status.registered:
            self.current.setText(self.tr("本机已登记到：{o}（{u}）").format(
                o=status.office_name or status.office_id or "", u=status.server_url))
        else:
            self.current.setText(self.tr("本机尚未登记。请填写上级工会提供的服务器地址和令牌。"))
        self.url.setText(status.server_url or "")
        if status.ca_file:
            self.use_ca.setChecked(True)
            self.ca_path.setText(status.ca_file)
        self.no_store_box.setVisible(not status.secure_store)
        if status.secure_store:
            self.store_note.setText(self.tr("令牌将保存在本机的系统密钥库中（不会写入普通文件）。"))
        elif status.token_source == "env":
            self.choice_env.setChecked(True)
            self.store_note.setText(self.tr("正在使用环境变量 {v} 中的令牌。").format(v=ENV_TOKEN))
        else:
            self.store_note.setText("")
        self.store_note.setVisible(bool(self.store_note.text()))
        self._env_hint()
        self.resync_button.setEnabled(status.registered and self.controller.can_sync())
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _env_hint(self, _checked: bool = False) -> None:
        if not self.choice_env.isChecked():
            self.env_note.setText("")
        elif os.environ.get(ENV_TOKEN):
            self.env_note.setText(self.tr("已检测到环境变量 {v}，将使用其中的令牌。").format(v=ENV_TOKEN))
        else:
            self.env_note.setText(self.tr("尚未设置环境变量 {v}：设置后需重新启动程序。"
                                          "本次可在上方填写令牌完成登记。").format(v=ENV_TOKEN))
        self.env_note.setVisible(bool(self.env_note.text()))

    def warning_text(self) -> str:
        return self.no_store.text() if self.no_store_box.isVisibleTo(self) else ""

    # ---- save -------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择证书文件"), "",
                                              self.tr("证书文件 (*.pem *.crt *.cer);;所有文件 (*)"))
        if path:
            self.ca_path.setText(path)

    def save(self) -> None:
        self.url_box.set_error(None)
        self.token_box.set_error(None)
        self.error.hide()
        minutes = self.interval.value()
        save_interval(self.controller.services, minutes)
        self.controller.set_interval(minutes)
        url = self.url.text().strip()
        token = self.token.text().strip()
        ca_file = self.ca_path.text().strip() if self.use_ca.isChecked() else None
        if self.use_ca.isChecked() and not ca_file:
            self.error.setText(self.tr("请选择证书文件，或取消勾选“使用上级工会提供的证书文件”。"))
            self.error.show()
            return
        st = self.status
        if not token and st is not None and not st.secure_store and self.choice_env.isChecked():
            token = os.environ.get(ENV_TOKEN, "").strip()
        changed = st is None or url != (st.server_url or "") or ca_file != st.ca_file
        if not token and (changed or not (st and st.registered)):
            if not url:
                self.url_box.set_error(self.tr("请填写服务器地址"))
            self.token_box.set_error(self.tr("登记本机需要上级工会发给本机的令牌"))
            return
        if not token:
            self.accept()
            return
        if not self.controller.services.can(Perm.SYNC):
            self.error.setText(self.tr("当前账号没有同步权限，不能登记本机。"))
            self.error.show()
            return
        secure = bool(st and st.secure_store)
        self.save_button.setEnabled(False)
        self.controller.register(url, token, ca_file=ca_file, store_token=secure,
                                 on_done=self._registered, on_error=self._failed, parent=self)

    def _registered(self, status: SyncStatus) -> None:
        self.save_button.setEnabled(True)
        self.token.clear()
        self.registered.emit(status)
        how = (self.tr("令牌已保存在系统密钥库中。") if status.secure_store else
               self.tr("令牌只在本次运行期间使用；下次启动后请重新输入或设置环境变量 {v}。").format(v=ENV_TOKEN))
        self.done_message = self.tr("本机已登记到：{o}。\n{h}").format(
            o=status.office_name or status.office_id or "", h=how)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("登记成功"), self.done_message,
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.info_box = box
        box.open()      # not exec(): never a nested event loop
        self.accept()
        self.controller.sync_now(manual=True)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and getattr(exc, "field", None) == "server_url":
            self.url_box.set_error(exc.message)
        elif isinstance(exc, SyncError) and exc.code in ("bad_token", "token_revoked", "client_mismatch"):
            self.token_box.set_error(exc.message)
        elif isinstance(exc, (SyncError, ValidationError)) or hasattr(exc, "message"):
            self.error.setText(exc.message)
            self.error.show()
        else:
            show_error(exc, self)

    def error_text(self) -> str:
        texts = [self.error.text() if self.error.isVisibleTo(self) else "",
                 self.url_box.error.text() if self.url_box.error.isVisibleTo(self) else "",
                 self.token_box.error.text() if self.token_box.error.isVisibleTo(self) else ""]
        return "\n".join(t for t in texts if t)

    def _open_resync(self) -> None:
        from union_desk.ui.sync.full_resync_dialog import FullResyncDialog

        FullResyncDialog(self.controller, self).open()


def open_sync_settings(controller: SyncController, parent: QWidget | None = None) -> SyncSettingsDialog | None:
    if not controller.services.can(Perm.SETTINGS):
        box = QMessageBox(QMessageBox.Icon.Warning, QMessageBox.tr("没有权限"),
                          QMessageBox.tr("只有管理员可以修改同步设置。"), QMessageBox.StandardButton.Ok,
                          parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    dlg = SyncSettingsDialog(controller, parent)
    dlg.open()
    return dlg
