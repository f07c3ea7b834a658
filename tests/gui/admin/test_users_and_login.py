from __future__ import annotations

from PySide6.QtCore import Qt

from union_desk.core.roles import Role
from union_desk.services.auth import AuthService
from union_desk.services.context import ServiceContext
from union_desk.ui.admin.login_dialog import LoginDialog
from union_desk.ui.admin.users_dialog import NewUserDialog, UsersDialog

from tests.gui.conftest import services_for


def test_admin_creates_a_clerk_who_can_then_sign_in(qtbot, runner, gui_db):
    services = services_for(gui_db, Role.ADMIN, "admin")
    dlg = UsersDialog(services.auth)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=5000)
    new = NewUserDialog(services.auth, dlg)
    qtbot.addWidget(new)
    qtbot.keyClicks(new.username, "xiaowang")
    new.role.setCurrentIndex(new.role.findData(Role.CLERK.value))
    qtbot.keyClicks(new.password, "123")
    new.save()
    qtbot.waitUntil(lambda: not new.error.isHidden(), timeout=5000)       # too short: plain message
    assert "至少" in new.error.text()
    new.password.clear()
    qtbot.keyClicks(new.password, "secret-9")
    with qtbot.waitSignal(new.accepted, timeout=5000):
        new.save()
    login = LoginDialog(AuthService(ServiceContext(gui_db)), "测试工会")
    qtbot.addWidget(login)
    qtbot.keyClicks(login.username, "xiaowang")
    qtbot.keyClicks(login.password, "wrong")
    qtbot.mouseClick(login.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not login.error.isHidden(), timeout=5000)
    assert "再错4次" in login.error.text()
    login.password.clear()
    qtbot.keyClicks(login.password, "secret-9")
    with qtbot.waitSignal(login.accepted, timeout=5000):
        qtbot.mouseClick(login.ok, Qt.MouseButton.LeftButton)
    assert login.user.role is Role.CLERK
