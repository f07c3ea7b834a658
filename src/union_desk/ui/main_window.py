"""The main window: one tab per module that exists, a status bar, and the menus."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from union_desk import __version__
from union_desk.core.roles import Perm
from union_desk.ui import i18n
from union_desk.ui.admin.audit_dialog import AuditDialog
from union_desk.ui.sync.conflicts_dialog import open_conflicts
from union_desk.ui.members.imports.dialog import import_path_from_mime, open_import
from union_desk.ui.members.imports.history import open_import_history
from union_desk.ui.sync.settings_dialog import open_sync_settings
from union_desk.ui.admin.users_dialog import UsersDialog
from union_desk.ui.sync.controller import SyncController
from union_desk.ui.sync.status import SyncStatusWidget
from union_desk.ui.tasks import DbOp, current_runner, runner


@dataclass(frozen=True)
class TabSpec:
    """One module's tab: shown to a role with ``permission``; ``factory`` ("module:Class") is
    imported when the window is built and called with the services facade. The window keeps
    it as ``<key>_tab`` (None when the role may not see it). A tab with a
    ``member_requested(str)`` signal gets its member shown on the 会员 tab."""

    key: str
    permission: Perm
    title: str          # source text; shown through QCoreApplication.translate("MainWindow", …)
    factory: str


# The tabs, in order (as cli/ lists its command modules): a new module adds one line.
TABS = (
    TabSpec("overview", Perm.REPORT, QT_TRANSLATE_NOOP("MainWindow", "概览"),
            "union_desk.ui.overview.tab:OverviewTab"),
    TabSpec("members", Perm.MEMBER_READ, QT_TRANSLATE_NOOP("MainWindow", "会员"),
            "union_desk.ui.members.tab:MembersTab"),
    TabSpec("dues", Perm.DUES_READ, QT_TRANSLATE_NOOP("MainWindow", "会费"),
            "union_desk.ui.dues.tab:DuesTab"),
)


def import_tab_modules(tabs=TABS) -> None:
    """Load every tab's module (and the services it uses) without building anything: the app
    does this on a helper thread while the clerk types the password (app._warm_up)."""
    for spec in tabs:
        importlib.import_module(spec.factory.split(":")[0])


def build_tab(spec: TabSpec, services) -> QWidget:
    module, name = spec.factory.split(":")
    return getattr(importlib.import_module(module), name)(services)


class MainWindow(QMainWindow):
    def __init__(self, services, *, union_name: str = "", data_root=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.data_root = data_root
        self.setWindowTitle(self.tr("{u} — union_desk 工会办公系统").format(u=union_name or "union_desk"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_tabs(TABS)
        self.tabs.setCurrentIndex(0)
        self.setCentralWidget(self.tabs)
        self.sync = SyncController(services, self)
        self._menus()
        user = services.user
        self.user_label = QLabel(self.tr("当前用户：{n}（{r}）").format(
            n=user.display_name or user.username, r=user.role_label) if user else "")
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.sync_status = SyncStatusWidget(self.sync)
        self.statusBar().insertPermanentWidget(0, self.sync_status)
        runner().busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("正在处理…") if busy else ""))
        self.resize(1280, 780)
        # a branch's spreadsheet dragged onto the window opens the import preview
        self.setAcceptDrops(services.can(Perm.IMPORT))

    def _build_tabs(self, specs) -> None:
        for spec in specs:
            tab = None
            if self.services.can(spec.permission):
                tab = build_tab(spec, self.services)
                self.tabs.addTab(tab, QCoreApplication.translate("MainWindow", spec.title))
                requested = getattr(tab, "member_requested", None)
                if requested is not None:
                    requested.connect(self.show_member)
            setattr(self, f"{spec.key}_tab", tab)

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件"))
        imp = QAction(self.tr("导入分会会员名册…"), self)
        imp.triggered.connect(lambda: open_import(self.services, self))
        imp.setEnabled(self.services.can(Perm.IMPORT))
        file_menu.addAction(imp)
        history = QAction(self.tr("导入记录（可撤销）…"), self)
        history.triggered.connect(lambda: open_import_history(self.services, self))
        history.setEnabled(self.services.can(Perm.IMPORT))
        file_menu.addAction(history)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        manage = bar.addMenu(self.tr("管理"))
        audit = QAction(self.tr("审计日志"), self)
        audit.triggered.connect(lambda: AuditDialog(self.services.history, self).open())
        audit.setEnabled(self.services.can(Perm.AUDIT_READ))
        manage.addAction(audit)
        users = QAction(self.tr("账号管理"), self)
        users.triggered.connect(lambda: UsersDialog(self.services.auth, self).open())
        users.setVisible(self.services.can(Perm.USERS))
        manage.addAction(users)
        report_menu = bar.addMenu(self.tr("报表"))
        reports = QAction(self.tr("生成报表…"), self)
        reports.triggered.connect(self.open_reports)
        reports.setEnabled(self.services.can(Perm.REPORT))
        report_menu.addAction(reports)
        sync_menu = bar.addMenu(self.tr("同步"))
        now = QAction(self.tr("立即同步"), self)
        now.triggered.connect(lambda: self.sync.sync_now())
        now.setEnabled(self.services.can(Perm.SYNC))
        sync_menu.addAction(now)
        conflicts = QAction(self.tr("同步冲突…"), self)
        conflicts.triggered.connect(lambda: open_conflicts(self.sync, self))
        sync_menu.addAction(conflicts)
        sync_settings = QAction(self.tr("同步设置…"), self)
        sync_settings.triggered.connect(lambda: open_sync_settings(self.sync, self))
        sync_settings.setVisible(self.services.can(Perm.SETTINGS))
        sync_menu.addAction(sync_settings)
        lang = bar.addMenu(self.tr("语言"))
        for code, label in i18n.LANGUAGES.items():
            act = QAction(label, self)
            act.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            lang.addAction(act)
        help_menu = bar.addMenu(self.tr("帮助"))
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("关于 union_desk"),
            self.tr("union_desk {v}\n基层工会办公系统：会员、会费、文件档案、困难帮扶、评先评优。\n"
                    "数据保存在本机，可离线使用。").format(v=__version__)))
        help_menu.addAction(about)

    def open_reports(self) -> None:
        # imported on first use: the report engine (reportlab, openpyxl, xlsxwriter) costs
        # ~35 MB and a second of start-up that a clerk who never exports should not pay
        from union_desk.ui.reports.dialog import open_reports

        open_reports(self.services, self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if import_path_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = import_path_from_mime(event.mimeData())
        if path:
            event.acceptProposedAction()
            open_import(self.services, self, path)

    def show_member(self, member_id: str) -> None:
        if self.members_tab is None:
            return
        self.tabs.setCurrentWidget(self.members_tab)
        self.members_tab.select_member(member_id)

    def _set_language(self, code: str) -> None:
        if self.data_root is not None:
            i18n.save_language(self.data_root, code)
        QMessageBox.information(self, self.tr("语言"), self.tr("重新启动程序后生效。"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        # wait for running database work: never quit in the middle of a transaction
        tasks = current_runner()
        if tasks is not None and tasks.in_flight:
            self.statusBar().showMessage(self.tr("正在保存，请稍候…"), 2000)
            DbOp(self, lambda: None).success(lambda _r: self.close()).run()
            event.ignore()
            return
        event.accept()
