#!/usr/bin/env python3
"""Screenshot the real main window (run under xvfb-run) for a look at what a clerk sees.

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshot.py DATA_DIR OUT.png [USER] [TAB]
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from union_desk.app import _load_font
    from union_desk.infra.paths import data_paths
    from union_desk.services.auth import AuthService
    from union_desk.services.context import Database, ServiceContext
    from union_desk.services.demo import DEMO_PASSWORD, fill_demo
    from union_desk.sync.office import Office
    from union_desk.services.setup import SetupService
    from union_desk.ui import i18n
    from union_desk.ui.main_window import MainWindow
    from union_desk.ui.tasks import TaskRunner, set_runner

    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    username = sys.argv[3] if len(sys.argv) > 3 else "admin"
    tab = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    lang = sys.argv[5] if len(sys.argv) > 5 else "zh_CN"
    app = QApplication(sys.argv)
    _load_font(app)
    i18n.install(app, lang)
    db = Database.open(data_paths(data))
    ctx = ServiceContext(db)
    if not SetupService(ctx).is_initialized():
        fill_demo(db)
    user = AuthService(ctx).login(username, DEMO_PASSWORD)
    set_runner(TaskRunner(app))
    win = MainWindow(Office(ctx.as_user(user)), union_name=SetupService(ctx).union_name())
    win.tabs.setCurrentIndex(tab)
    win.show()

    def shoot():
        if win.members_tab.model.rowCount():
            win.members_tab.table.selectRow(2)
        QTimer.singleShot(1200, lambda: (win.grab().save(str(out)), app.quit()))

    QTimer.singleShot(1500, shoot)
    app.exec()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
