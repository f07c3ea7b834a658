"""The background-work plumbing: one DB worker in order, callbacks on the GUI thread, no
callback into a window that closed meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import services_for
from union_desk.core.roles import Role
from union_desk.ui.tasks import DbOp


def test_db_work_runs_in_order_and_callbacks_come_back_on_the_gui_thread(qtbot, runner):
    order, threads = [], set()
    gui = threading.get_ident()
    for i in range(5):
        DbOp(None, lambda i=i: (order.append(i), threading.get_ident())[1]) \
            .success(lambda worker: threads.add((worker, threading.get_ident()))).run()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=5000)
    assert order == [0, 1, 2, 3, 4]
    assert len({w for w, _g in threads}) == 1 and {g for _w, g in threads} == {gui}


def test_callback_is_skipped_when_its_window_is_gone(qtbot, runner, gui_db):
    members = services_for(gui_db, Role.CLERK).members
    label = QLabel("x")
    release = threading.Event()
    called, changes = [], []
    runner.changes_applied.connect(lambda c, i: changes.append((c, i)))
    DbOp(label, lambda: (release.wait(5), members.create(
        {"name": "王芳", "id_number": "11010519491231002X"}))) \
        .success(lambda _r: called.append(label.text())).run()
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=5000)
    assert called == []                    # never touched the deleted label
    # but other tabs still learn the data changed (from nobody: the asker is gone)
    assert len(changes) == 1 and "member" in changes[0][0] and changes[0][1] is None


def test_a_callback_never_runs_inside_run(qtbot, runner):
    seen = []
    DbOp(None, lambda: 1).success(seen.append).run()
    assert seen == []                      # queued, even if the worker was already done
    qtbot.waitUntil(lambda: seen == [1], timeout=5000)


def test_a_rolled_back_op_broadcasts_nothing_and_a_half_done_one_what_it_committed(
        qtbot, runner, gui_db):
    """The notice is what was committed: a use case that fails after writing (its unit of work
    rolled back) tells no tab; an op whose first unit committed before a second failed still
    announces the first one's tables."""
    from union_desk.errors import ValidationError

    members = services_for(gui_db, Role.CLERK).members
    ctx = members.ctx
    notices, failures = [], []
    runner.changes_applied.connect(lambda c, _i: notices.append(c))

    def write_then_fail():
        with ctx.uow() as s:
            s.connection().exec_driver_sql("UPDATE branch SET name = name || '改'")
            raise ValidationError("不行")

    DbOp(None, write_then_fail).failure(failures.append).run()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=5000)
    assert len(failures) == 1 and notices == []

    def commit_then_fail():
        members.create({"name": "王芳", "id_number": "11010519491231002X"})
        write_then_fail()

    DbOp(None, commit_then_fail).failure(failures.append).run()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=5000)
    assert len(failures) == 2 and len(notices) == 1
    assert "member" in notices[0] and "branch" not in notices[0]
