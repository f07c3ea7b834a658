"""The sync indicator in the status bar and the small panel it opens (pending changes visible)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QToolButton, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.ui.sync.controller import State, SyncController, SyncView
from union_desk.ui.format import local_time
from union_desk.ui.sync.labels import PendingItem, kind_label, spec_text

DOT = {State.OK: "#2e7d32", State.RUNNING: "#1565c0", State.OFFLINE: "#9e9e9e",
       State.ERROR: "#c62828", State.NEED_TOKEN: "#ef6c00", State.NOT_REGISTERED: "#9e9e9e",
       State.IDLE: "#9e9e9e", State.UNKNOWN: "#9e9e9e", State.NO_PERMISSION: "#9e9e9e"}


class SyncStatusWidget(QWidget):
    """A flat button in the status bar: state · pending · last sync. Click → SyncPanel."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.pending: list[PendingItem] = []
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.open_panel)
        self.dot = QLabel("●")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.dot)
        lay.addWidget(self.button)
        self.panel: SyncPanel | None = None
        self._tick = QTimer(self)           # the offline countdown
        self._tick.setInterval(20_000)
        self._tick.timeout.connect(self._render)
        controller.view_changed.connect(self._render)
        controller.pending_loaded.connect(self._on_pending)
        self._render()

    def state_text(self, view: SyncView) -> str:
        s = view.state
        if s == State.RUNNING:
            if view.phase == "push" and view.total:
                return self.tr("同步中（上传 {d}/{t}）").format(d=view.done, t=view.total)
            if view.phase == "pull" and view.done:
                return self.tr("同步中（已下载 {d} 项）").format(d=view.done)
            return self.tr("同步中…")
        if s == State.OFFLINE:
            left = max(0.0, (view.retry_at or time.time()) - time.time())
            return self.tr("离线，{m} 分钟后重试").format(m=max(1, math.ceil(left / 60)))
        if s == State.ERROR:
            return self.tr("出错：{r}").format(r=view.message or self.tr("未知原因"))
        if s == State.NOT_REGISTERED:
            return self.tr("未登记同步服务器")
        if s == State.NEED_TOKEN:
            return self.tr("需要输入同步令牌")
        if s == State.NO_PERMISSION:
            return self.tr("无同步权限")
        if s == State.UNKNOWN:
            return self.tr("正在读取同步状态…")
        pending = view.status.pending if view.status else 0
        if s == State.OK and pending == 0:
            return self.tr("已是最新")
        if pending:
            return self.tr("有改动待同步")
        return self.tr("尚未同步")

    def text(self) -> str:
        return self.button.text()

    def state_line(self) -> str:
        return self.state_text(self.controller.view)

    def _on_pending(self, items: list[PendingItem]) -> None:
        self.pending = items
        self._render()

    def _render(self, _view=None) -> None:
        view = self.controller.view
        st = view.status
        parts = [self.tr("同步：") + self.state_text(view)]
        if st is not None and st.registered:
            parts.append(self.tr("待同步 {n} 项").format(n=st.pending))
            if st.open_conflicts:
                parts.append(self.tr("冲突 {n} 条").format(n=st.open_conflicts))
            if st.last_success_ms:
                parts.append(self.tr("上次同步 {t}").format(t=local_time(st.last_success_ms)))
        self.button.setText(" · ".join(parts))
        color = DOT.get(view.state, "#9e9e9e")
        self.dot.setStyleSheet(f"color: {color};")
        tip = view.message if view.state in (State.ERROR, State.NEED_TOKEN) else ""
        self.button.setToolTip(tip or self.tr("点击查看同步详情"))
        if view.state == State.OFFLINE:
            self._tick.start()
        else:
            self._tick.stop()

    def open_panel(self) -> "SyncPanel":
        if self.panel is None:
            self.panel = SyncPanel(self.controller, self, self.window())
            self.panel.finished.connect(lambda _r: setattr(self, "panel", None))
        self.panel.show()
        if QGuiApplication.platformName() != "offscreen":  # the test platform cannot raise
            self.panel.raise_()
        self.controller.refresh()
        return self.panel


class SyncPanel(QDialog):
    def __init__(self, controller: SyncController, status_widget: SyncStatusWidget,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.texts = status_widget
        self.setWindowTitle(self.tr("数据同步"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        font = self.state.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.state.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(lambda: self.controller.sync_now(manual=True))
        self.cancel_button = QPushButton(self.tr("停止同步"))
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.token_button = QPushButton(self.tr("输入令牌…"))
        self.token_button.clicked.connect(self.ask_token)
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.settings_button = QPushButton(self.tr("同步设置…"))
        self.settings_button.clicked.connect(self._open_settings)
        self.settings_button.setVisible(controller.services.can(Perm.SETTINGS))
        buttons = QHBoxLayout()
        for b in (self.sync_button, self.cancel_button, self.token_button, self.conflicts_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)

        self.pending_title = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("对象"), self.tr("改动"), self.tr("时间"),
                                              self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("没有待同步的改动。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(self.detail)
        lay.addLayout(buttons)
        lay.addSpacing(6)
        lay.addWidget(self.pending_title)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addLayout(bottom)
        self.resize(640, 420)

        controller.view_changed.connect(self._render)
        controller.pending_loaded.connect(self._fill)
        self._fill(status_widget.pending)
        self._render()

    # ---- rendering --------------------------------------------------------------------
    def _render(self, _view=None) -> None:
        view = self.controller.view
        st = view.status
        self.state.setText(self.texts.state_text(view))
        lines = []
        if st is not None and st.registered:
            office = st.office_name or st.office_id or ""
            lines.append(self.tr("服务器：{u}（{o}）").format(u=st.server_url, o=office))
            lines.append(self.tr("上次成功同步：{t}").format(
                t=local_time(st.last_success_ms) or self.tr("从未")))
            if st.needs_resync:
                lines.append(self.tr("需要完整重新同步：请在“同步设置”中操作。"))
        if view.state in (State.ERROR, State.NEED_TOKEN) and view.message:
            lines.append(view.message)
        self.detail.setText("\n".join(lines))
        running = self.controller.running
        can = self.controller.can_sync()
        registered = bool(st and st.registered)
        self.sync_button.setEnabled(can and not running and registered)
        self.sync_button.setText(self.tr("同步中…") if running else self.tr("立即同步"))
        self.cancel_button.setVisible(running)
        self.token_button.setVisible(view.state == State.NEED_TOKEN
                                     or bool(st and not st.secure_store and registered))
        n = st.open_conflicts if st else 0
        self.conflicts_button.setText(self.tr("处理冲突（{n}）").format(n=n))
        self.conflicts_button.setVisible(n > 0)

    def _fill(self, items: list[PendingItem]) -> None:
        st = self.controller.view.status
        total = st.pending if st else len(items)
        self.pending_title.setText(self.tr("待同步的改动（{n} 项）").format(n=total) if total
                                   else self.tr("待同步的改动"))
        self.table.setRowCount(len(items))
        for row, p in enumerate(items):
            what = spec_text(p.label) + (f"：{p.title}" if p.title else f"（{p.entity_id[:8]}）")
            status = self.tr("上传中") if p.status == "inflight" else self.tr("等待上传")
            for col, text in enumerate((what, kind_label(p.kind), local_time(p.created_ms), status)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    # ---- actions ----------------------------------------------------------------------
    def ask_token(self) -> None:
        token, ok = QInputDialog.getText(
            self, self.tr("输入同步令牌"),
            self.tr("请输入上级工会发给本机的同步令牌。\n令牌只在本次运行期间使用，不会保存到磁盘。"),
            QLineEdit.EchoMode.Password)
        if ok and token.strip():
            self.controller.set_session_token(token)
            self.controller.sync_now(manual=True)

    def _open_conflicts(self) -> None:
        from union_desk.ui.sync.conflicts_dialog import open_conflicts

        open_conflicts(self.controller, self)

    def _open_settings(self) -> None:
        from union_desk.ui.sync.settings_dialog import open_sync_settings

        open_sync_settings(self.controller, self)
