"""The main window: one tab per module that exists, a status bar, and the menus."""

from __future__ import annotations

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
from union_desk.ui.dues.tab import DuesTab
from union_desk.ui.members.tab import MembersTab
from union_desk.ui.overview.tab import OverviewTab
from union_desk.ui.tasks import DbOp, current_runner, runner


class MainWindow(QMainWindow):
    def __init__(self, services, *, union_name: str = "", data_root=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.data_root = data_root
        self.setWindowTitle(self.tr("{u} — union_desk 工会办公系统").format(u=union_name or "union_desk"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.members_tab = MembersTab(services)
        self.tabs.addTab(self.members_tab, self.tr("会员"))
        self.dues_tab = None
        if services.can(Perm.DUES_READ):
            self.dues_tab = DuesTab(services)
            self.tabs.addTab(self.dues_tab, self.tr("会费"))
            # 自动退会 candidates are reviewed on the member's page, where a person decides
            self.dues_tab.candidates.member_selected.connect(self.show_member)
        self.overview_tab = OverviewTab(services)
        self.tabs.insertTab(0, self.overview_tab, self.tr("概览"))
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
