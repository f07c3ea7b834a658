"""Composition root: paths, logging, database (migrated), QApplication, login, main window."""

from __future__ import annotations

import logging
import sys
import threading

from union_desk.errors import UnionDeskError
from union_desk.infra import logsetup
from union_desk.infra.paths import data_paths, resource

log = logging.getLogger(__name__)


def _load_font(app) -> None:
    """Bundle a CJK font so Chinese renders even on PCs without one (no tofu boxes)."""
    from PySide6.QtGui import QFont, QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if sys.platform != "win32" and families:
        # Windows has Microsoft YaHei; elsewhere use the bundled face
        app.setFont(QFont(families[0], 10))


# the GUI's sync rounds time out sooner than the CLI's: a stalled round keeps the button busy
SYNC_TIMEOUT_S = 30.0


def _warm_up_main_window() -> threading.Thread:
    """Import the main window's modules (the tabs, sync, the services they call: ~0.2 s)
    while the clerk types the password, so the sign-in window shows first and the main
    window still opens at once. Only imports run here; every widget is built on the GUI
    thread."""
    def work() -> None:
        try:
            from union_desk.ui.main_window import import_tab_modules

            import_tab_modules()
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and reports
            log.exception("warm-up import failed")

    thread = threading.Thread(target=work, name="ud-warm-up", daemon=True)
    thread.start()
    return thread


def run_gui(args) -> int:
    # The database stack first: once PySide6 is loaded, its feature hook reads the source of
    # every module imported after it (inspect.getsource, ~0.1 s for SQLAlchemy and the models)
    from union_desk.services.context import Database, ServiceContext
    from union_desk.sync.office import Office

    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: I001 (order matters)

    from union_desk.ui import errors as ui_errors
    from union_desk.ui import i18n
    from union_desk.ui.admin.login_dialog import LoginDialog
    from union_desk.ui.admin.setup_dialog import SetupDialog
    from union_desk.ui.tasks import TaskRunner, set_runner

    paths = data_paths(args.data_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("union_desk")
    _load_font(app)
    try:
        paths.ensure()
        ui_errors.LOG_PATH = str(logsetup.setup(paths.logs) or "")
    except OSError as exc:
        QMessageBox.critical(None, "union_desk", f"无法创建数据目录 {paths.root}：{exc.strerror}")
        return 2
    i18n.install(app, args.lang or i18n.preferred_language(paths.root))
    try:
        db = Database.open(paths)
    except UnionDeskError as exc:
        QMessageBox.critical(None, QApplication.translate("app", "无法打开数据库"), exc.message)
        return 2
    office = Office(ServiceContext(db), sync_timeout=SYNC_TIMEOUT_S)
    if getattr(args, "demo", False) and not office.setup.is_initialized():
        from union_desk.services.demo import DEMO_PASSWORD, DEMO_USER, fill_demo

        fill_demo(db)
        QMessageBox.information(None, "union_desk",
                                QApplication.translate("app", "已生成演示数据。\n登录：用户名 {u}  密码 {p}")
                                .format(u=DEMO_USER, p=DEMO_PASSWORD))
    runner = TaskRunner(app)
    runner.error_handler = ui_errors.show_error
    set_runner(runner)
    ui_errors.install_excepthooks()
    try:
        setup = office.setup
        if not setup.is_initialized():
            if SetupDialog(setup).exec() != QDialog.DialogCode.Accepted:
                return 0
        login = LoginDialog(office.auth, setup.union_name())
        warm = _warm_up_main_window()
        if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
            return 0
        warm.join()
        from union_desk.ui.main_window import MainWindow

        window = MainWindow(office.as_user(login.user), union_name=setup.union_name(),
                            data_root=paths.root)
        window.show()
        return app.exec()
    finally:
        runner.shutdown()
        set_runner(None)
        db.dispose()
