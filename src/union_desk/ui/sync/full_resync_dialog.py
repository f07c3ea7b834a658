"""Full resync: only with the user's explicit consent (architecture.md §2.3).

The backend backs the database up, pushes pending changes (or exports them to a file when
the server cannot take them), then replaces the synced data with the server's snapshot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from union_desk.ui.errors import show_error
from union_desk.ui.sync.controller import SyncController


class FullResyncDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("完整重新同步"))
        st = controller.view.status
        pending = st.pending if st else 0
        text = QLabel(self.tr(
            "完整重新同步会用上级工会服务器上的数据替换本机的会员等同步数据。步骤：\n"
            "1. 先把本机数据库完整备份到“backups”文件夹；\n"
            "2. 尽量把本机尚未同步的改动上传到服务器；\n"
            "3. 仍无法上传的改动导出到“exports”文件夹中的文件，不会丢失；\n"
            "4. 清空本机的同步数据，再从服务器重新下载。\n\n"
            "通常只有在服务器重建或提示需要完整重新同步时才需要这样做。"))
        text.setWordWrap(True)
        self.pending = QLabel(self.tr("本机目前有 {n} 项改动尚未同步。").format(n=pending))
        self.consent = QCheckBox(self.tr("我已了解以上内容，同意进行完整重新同步"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton(self.tr("开始完整重新同步"))
        self.start_button.setEnabled(False)
        self.consent.toggled.connect(lambda on: self.start_button.setEnabled(on and not controller.running))
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("取消"))
        self.close_button.clicked.connect(self._close_or_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        for w in (text, self.pending, self.consent, self.progress, self.result):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.resize(560, 380)
        controller.view_changed.connect(self._on_view)
        controller.resync_finished.connect(self._finished)
        self._running = False

    def start(self) -> None:
        if not self.consent.isChecked():
            return
        if not self.controller.full_resync():
            self.result.setText(self.tr("正在同步，请等这一轮结束后再试。"))
            return
        self._running = True
        self.consent.setEnabled(False)
        self.start_button.setEnabled(False)
        self.close_button.setText(self.tr("停止"))
        self.progress.show()
        self.result.setText(self.tr("正在备份并重新同步，请不要关闭程序…"))

    def _on_view(self, view) -> None:
        if not self._running:
            return
        if view.total:
            self.progress.setRange(0, view.total)
            self.progress.setValue(min(view.done, view.total))
        else:
            self.progress.setRange(0, 0)

    def _finished(self, ok: bool, payload) -> None:
        if not self._running:
            return
        self._running = False
        self.progress.hide()
        self.close_button.setText(self.tr("关闭"))
        if not ok:
            self.consent.setEnabled(True)
            self.start_button.setEnabled(self.consent.isChecked())
            message = getattr(payload, "message", None)
            if message:
                self.result.setText(self.tr("未完成：{m}").format(m=message))
            else:
                show_error(payload, self)
            return
        lines = [self.tr("完整重新同步已完成，从服务器下载了 {n} 项。").format(n=payload.get("pulled", 0))]
        if payload.get("backup"):
            lines.append(self.tr("备份：{p}").format(p=payload["backup"]))
        if payload.get("exported"):
            lines.append(self.tr("未能上传的改动已导出到：{p}").format(p=payload["exported"]))
        elif payload.get("pushed_first"):
            lines.append(self.tr("本机未同步的改动已先上传。"))
        self.result.setText("\n".join(lines))

    def _close_or_cancel(self) -> None:
        if self._running:
            self.controller.cancel()
            self.result.setText(self.tr("正在停止…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self._running:  # Esc while running: keep the dialog, the job keeps going
            return
        super().reject()
