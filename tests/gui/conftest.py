from __future__ import annotations

import threading

import pytest

from union_desk.core.roles import Role
from union_desk.infra.paths import DataPaths
from union_desk.services.context import CurrentUser, Database, ServiceContext
from union_desk.sync.office import Office
from union_desk.services.setup import BranchSpec, SetupService


class WorkerWidgetGuard:
    """Records every time a thread other than the GUI thread calls a widget's method or runs
    a function that holds a widget (a closure over ``self``, a widget method): background work
    gets plain values (ui/<module>/ops.py), never widgets. Installed with threading.setprofile,
    so it watches the threads started after it: the runner's DB worker and network pool (made
    on their first op), an import's writer thread."""

    def __init__(self):
        from PySide6.QtWidgets import QWidget

        self.widget = QWidget
        self.violations: list[str] = []

    def profile(self, frame, event, arg) -> None:
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            if isinstance(owner, self.widget):
                self._found(f"{type(owner).__name__}.{arg.__name__}()", frame)
        elif event == "call":
            code = frame.f_code
            names = code.co_freevars + (("self",) if code.co_varnames[:1] == ("self",) else ())
            if names:
                local = frame.f_locals
                for name in names:
                    if isinstance(local.get(name), self.widget):
                        self._found(f"{code.co_qualname} holds {type(local[name]).__name__} "
                                    f"as {name!r}", frame)
                        break

    def _found(self, what: str, frame) -> None:
        where = f"{frame.f_code.co_filename}:{frame.f_lineno}"
        self.violations.append(f"{threading.current_thread().name}: {what} at {where}")


@pytest.fixture
def runner(qapp):
    from union_desk.ui.tasks import TaskRunner, set_runner

    guard = WorkerWidgetGuard()
    threading.setprofile(guard.profile)
    r = TaskRunner()
    set_runner(r)
    try:
        yield r
    finally:
        r.shutdown()
        threading.setprofile(None)
        set_runner(None)
        r.deleteLater()
    assert not guard.violations, "background work touched a widget:\n" + "\n".join(
        dict.fromkeys(guard.violations))


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
