from __future__ import annotations

import pytest

from union_desk.core.roles import Role
from union_desk.infra.paths import DataPaths
from union_desk.services.context import CurrentUser, Database, ServiceContext
from union_desk.sync.office import Office
from union_desk.services.setup import BranchSpec, SetupService


@pytest.fixture
def runner(qapp):
    from union_desk.ui.tasks import TaskRunner, set_runner

    r = TaskRunner()
    set_runner(r)
    yield r
    r.shutdown()
    set_runner(None)
    r.deleteLater()


@pytest.fixture
def gui_db(tmp_path):
    db = Database.open(DataPaths(tmp_path / "data"))
    SetupService(ServiceContext(db)).initialize(
        "测试工会", [BranchSpec("第一分会"), BranchSpec("第二分会")], "admin", "admin-pass-1")
    yield db
    db.dispose()


def services_for(db: Database, role: Role, name: str = "clerk1") -> Office:
    return Office(ServiceContext(db, CurrentUser(name, role, "测试员")))


_HOSTS: list = []


def make_host(qtbot):
    """A parent for widgets under test: Qt owns them, so a background op that outlives the
    test never drops the last Python reference to a widget on the worker thread."""
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    _HOSTS.append(host)  # alive until the test's teardown clears the list
    return host


@pytest.fixture(autouse=True)
def _clear_hosts():
    yield
    _HOSTS.clear()
