"""Sync in the GUI through real widgets and a real sync server on loopback (tests/sync fixtures)."""

from __future__ import annotations

import random

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from tests.gui.conftest import services_for
from tests.sync.conftest import start_server
from tests.sync.helpers import add_member, edit_member
from union_desk.core.roles import Role
from union_desk.infra.paths import DataPaths
from union_desk.services.context import Database
from union_desk.sync.service import SyncService
from union_desk.sync.transport import TransportError
from union_desk.ui.sync import controller as sc
from union_desk.ui.sync.conflicts_dialog import KEEP_MINE, ConflictsDialog
from union_desk.ui.sync.full_resync_dialog import FullResyncDialog
from union_desk.ui.sync.settings_dialog import SyncSettingsDialog
from union_desk.ui.sync.controller import State, SyncController
from union_desk.ui.sync.status import SyncStatusWidget

WAIT = 20_000


@pytest.fixture
def server(tmp_path):
    srv = start_server(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path)
    srv.add_office("o1", "第一机械厂工会")
    yield srv
    srv.stop()


class PC:
    def __init__(self, root, role=Role.ADMIN):
        self.db = Database.open(DataPaths(root))
        self.services = services_for(self.db, role, "clerk1")
        self.window = QMainWindow()
        self.controller: SyncController | None = None

    def register(self, server, *, store_token=True) -> str:
        """Both PCs of a test share one process keyring (keyed by server URL): the second
        PC keeps its token out of it."""
        creds = server.add_client("o1")
        admin = services_for(self.db, Role.ADMIN, "admin").ctx   # registering needs Perm.SYNC
        SyncService(admin).register(server.url, creds["token"], store_token=store_token)
        return creds["token"]

    def start(self, qtbot, **kw) -> SyncController:
        self.controller = SyncController(self.services, self.window, auto_start=False, **kw)
        self.widget = SyncStatusWidget(self.controller)
        self.window.statusBar().addPermanentWidget(self.widget)
        qtbot.addWidget(self.window)
        self.window.show()
        with qtbot.waitSignal(self.controller.pending_loaded, timeout=WAIT):
            self.controller.refresh()
        return self.controller

    def sync(self, qtbot, ok=True):
        with qtbot.waitSignal(self.controller.round_finished, timeout=WAIT) as blocker:
            assert self.controller.sync_now()
        assert blocker.args[0] is ok, blocker.args
        qtbot.waitUntil(lambda: not self.controller._refresh_timer.isActive(), timeout=WAIT)
        with qtbot.waitSignal(self.controller.pending_loaded, timeout=WAIT):
            self.controller.refresh()
        return blocker.args[1]

    def close(self):
        if self.controller is not None:
            self.controller.stop()
        self.db.dispose()


@pytest.fixture
def pcs(tmp_path, runner):
    made: list[PC] = []

    def make(role=Role.ADMIN) -> PC:
        pc = PC(tmp_path / f"pc{len(made) + 1}", role)
        made.append(pc)
        return pc

    yield make
    runner.db_executor.submit(lambda: None).result()
    for pc in made:
        pc.close()


def test_sync_now_shows_up_to_date_and_pending_drops(qtbot, server, pcs):
    pc = pcs()
    pc.register(server)
    rng = random.Random(3)
    for _ in range(3):
        add_member(pc.services.ctx, rng)
    ctl = pc.start(qtbot)
    assert ctl.view.status.pending == 6            # member + 入会 event each
    assert "待同步 6 项" in pc.widget.text()
    panel = pc.widget.open_panel()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 6, timeout=WAIT)
    assert panel.table.item(0, 0).text().startswith("会员：")
    assert panel.table.item(0, 1).text() == "新增或修改"

    with qtbot.waitSignal(ctl.round_finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is True
    qtbot.waitUntil(lambda: ctl.view.status.pending == 0 and panel.table.rowCount() == 0, timeout=WAIT)
    assert ctl.view.state == State.OK
    assert "已是最新" in pc.widget.text() and "待同步 0 项" in pc.widget.text()
    assert "上次同步" in pc.widget.text()
    assert panel.state.text() == "已是最新"
    assert panel.empty.isVisibleTo(panel)
    assert not ctl.running


def test_server_down_says_offline_and_gui_stays_responsive(qtbot, server, pcs, runner, monkeypatch):
    monkeypatch.setattr(sc, "MIN_RETRY_MS", 10)
    pc = pcs()
    pc.register(server)
    add_member(pc.services.ctx, random.Random(4))
    real_probe = sc._probe
    online = {"up": False}

    def probe(url, ca_file):
        if not online["up"]:
            raise TransportError("无法连接同步服务器")
        return real_probe(url, ca_file)

    ctl = pc.start(qtbot, probe=probe, backoff=sc.Backoff(base_s=600, cap_s=600))
    pc.sync(qtbot, ok=False)
    assert ctl.view.state == State.OFFLINE
    assert "离线，" in pc.widget.text() and "分钟后重试" in pc.widget.text()
    assert ctl.retry_timer.isActive()
    assert not ctl.running
    # the database worker is free while offline (the probe ran on the network pool)
    from union_desk.ui.tasks import DbOp

    with qtbot.waitSignal(ctl.pending_loaded, timeout=WAIT):
        ctl.refresh()
    done = []
    with qtbot.waitSignal(runner.busy_changed, timeout=WAIT,
                          check_params_cb=lambda busy: not busy):
        DbOp(pc.window, lambda: 42).success(done.append).run()
    assert done == [42]
    # connectivity returns: the backoff retry runs the round by itself
    online["up"] = True
    ctl.backoff.base_s = ctl.backoff.cap_s = 0.01
    ctl.retry_timer.start(10)
    with qtbot.waitSignal(ctl.round_finished, timeout=WAIT) as blocker:
        pass
    assert blocker.args[0] is True
    qtbot.waitUntil(lambda: ctl.view.state == State.OK and ctl.view.status.pending == 0,
                    timeout=WAIT)


def test_stopped_server_is_offline(qtbot, server, pcs):
    pc = pcs()
    pc.register(server)
    ctl = pc.start(qtbot)
    server.stop()
    pc.sync(qtbot, ok=False)
    assert ctl.view.state == State.OFFLINE
    assert "离线" in pc.widget.text()
    with qtbot.waitSignal(ctl.round_finished, timeout=WAIT):
        assert ctl.sync_now()           # 立即同步 while offline: tries again at once
        assert not ctl.sync_now()       # ... but never two rounds at once
    assert ctl.view.state == State.OFFLINE and ctl.backoff.failures == 2


def test_protocol_mismatch_names_the_side(qtbot, server, pcs):
    pc = pcs()
    pc.register(server)
    ctl = pc.start(qtbot, probe=lambda url, ca: (7, 9))
    pc.sync(qtbot, ok=False)
    assert ctl.view.state == State.ERROR
    assert "出错：本机 union_desk 版本过旧" in pc.widget.text()


def test_two_pc_conflict_resolved_keep_mine_makes_a_pending_change(qtbot, server, pcs):
    a, b = pcs(), pcs(Role.CLERK)
    token_a = a.register(server, store_token=False)
    b.register(server)
    mid = add_member(a.services.ctx, random.Random(5), name="张伟", phone="13800001111")
    SyncService(a.services.ctx).run_round(token=token_a)
    ctl = b.start(qtbot)
    b.sync(qtbot)
    edit_member(a.services.ctx, mid, name="张伟明", phone="13800002222")
    SyncService(a.services.ctx).run_round(token=token_a)
    edit_member(b.services.ctx, mid, name="张伟强", phone="13800003333")
    report = b.sync(qtbot)
    assert report.conflicts == 1
    assert ctl.view.status.open_conflicts == 1
    assert "冲突 1 条" in b.widget.text()

    dlg = ConflictsDialog(ctl, b.window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=WAIT)
    rows = {dlg.table.item(r, 0).text(): (dlg.table.item(r, 1).text(), dlg.table.item(r, 2).text())
            for r in range(dlg.table.rowCount())}
    assert rows["姓名"] == ("张伟强", "张伟明")
    assert rows["手机号码"] == ("138****3333", "138****2222")   # a clerk has no Perm.UNMASK
    assert not dlg.unmask.isVisibleTo(dlg)
    assert dlg.table.horizontalHeaderItem(1).text() == "本机的值"
    assert "服务器" in dlg.rule.text()
    dlg.choose("name", KEEP_MINE)
    with qtbot.waitSignal(dlg.resolved, timeout=WAIT):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.list.count() == 0 and dlg.empty.isVisibleTo(dlg), timeout=WAIT)
    qtbot.waitUntil(lambda: ctl.view.status.pending == 1 and ctl.view.status.open_conflicts == 0,
                    timeout=WAIT)
    assert "待同步 1 项" in b.widget.text()
    b.sync(qtbot)
    SyncService(a.services.ctx).run_round(token=token_a)
    from tests.sync.helpers import get_member

    assert get_member(a.services.ctx, mid).name == "张伟强"
    assert get_member(a.services.ctx, mid).phone == "13800002222"


def test_conflict_numbers_unmasked_on_request_through_the_audited_service(qtbot, server, pcs):
    a, b = pcs(), pcs(Role.ADMIN)
    token_a = a.register(server, store_token=False)
    b.register(server)
    mid = add_member(a.services.ctx, random.Random(6), name="王芳", phone="13800001111")
    SyncService(a.services.ctx).run_round(token=token_a)
    ctl = b.start(qtbot)
    b.sync(qtbot)
    edit_member(a.services.ctx, mid, phone="13800002222")
    SyncService(a.services.ctx).run_round(token=token_a)
    edit_member(b.services.ctx, mid, phone="13800003333")
    assert b.sync(qtbot).conflicts == 1

    dlg = ConflictsDialog(ctl, b.window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=WAIT)

    def phone_row():
        return next((dlg.table.item(r, 1).text(), dlg.table.item(r, 2).text())
                    for r in range(dlg.table.rowCount()) if dlg.table.item(r, 0).text() == "手机号码")

    assert phone_row() == ("138****3333", "138****2222")   # masked until asked for
    assert dlg.unmask.isVisibleTo(dlg)
    dlg.unmask.setChecked(True)
    qtbot.waitUntil(lambda: phone_row() == ("13800003333", "13800002222"), timeout=WAIT)
    import sqlite3

    con = sqlite3.connect(b.db.path)
    assert con.execute("SELECT actor, entity, entity_id, field FROM audit_entry WHERE action = 'unmask'"
                       ).fetchall() == [("clerk1", "member", mid, "phone")]
    con.close()
    dlg.unmask.setChecked(False)
    assert phone_row() == ("138****3333", "138****2222")


def test_no_key_store_settings_dialog_warns_and_never_writes_the_token(qtbot, server, pcs, tmp_path):
    keyring.set_keyring(fail.Keyring())
    pc = pcs()
    ctl = pc.start(qtbot)
    assert ctl.view.state == State.NOT_REGISTERED
    dlg = SyncSettingsDialog(ctl, pc.window)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.loaded, timeout=WAIT):
        dlg.show()
    assert "没有可用的系统密钥库" in dlg.warning_text()
    assert "不会把令牌以明文保存" in dlg.warning_text()
    assert dlg.choice_session.isChecked()
    creds = server.add_client("o1")
    dlg.url.setText(server.url)
    dlg.token.setText(creds["token"])
    with qtbot.waitSignal(dlg.registered, timeout=WAIT) as blocker:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].registered and not blocker.args[0].secure_store
    assert "只在本次运行期间使用" in dlg.done_message
    assert ctl.session_token == creds["token"]
    with qtbot.waitSignal(ctl.round_finished, timeout=WAIT) as done:   # the dialog starts a round
        pass
    assert done.args[0] is True
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert creds["token"].encode() not in path.read_bytes(), path


def test_settings_registers_into_the_key_store(qtbot, server, pcs):
    pc = pcs()
    ctl = pc.start(qtbot)
    dlg = SyncSettingsDialog(ctl, pc.window)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.loaded, timeout=WAIT):
        dlg.show()
    assert dlg.warning_text() == ""
    dlg.url.setText("ftp://nowhere")
    dlg.token.setText("x")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "https://" in dlg.error_text(), timeout=WAIT)
    assert dlg.url_box.error.isVisibleTo(dlg)
    creds = server.add_client("o1")
    dlg.url.setText(server.url)
    dlg.token.setText(creds["token"])
    dlg.interval.setValue(30)
    with qtbot.waitSignal(dlg.registered, timeout=WAIT):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert keyring.get_password("union_desk.sync", server.url) == creds["token"]
    assert ctl.interval_minutes == 30 and ctl.timer.isActive()
    assert sc.load_interval(pc.services) == 30
    with qtbot.waitSignal(ctl.round_finished, timeout=WAIT) as done:
        pass
    assert done.args[0] is True


def test_full_resync_needs_consent_and_runs_in_background(qtbot, server, pcs):
    pc = pcs()
    pc.register(server)
    add_member(pc.services.ctx, random.Random(6))
    ctl = pc.start(qtbot)
    pc.sync(qtbot)
    dlg = FullResyncDialog(ctl, pc.window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.start_button.isEnabled()
    dlg.consent.setChecked(True)
    assert dlg.start_button.isEnabled()
    with qtbot.waitSignal(ctl.resync_finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(dlg.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is True, blocker.args
    assert blocker.args[1]["backup"]
    assert "完整重新同步已完成" in dlg.result.text()


def test_close_cancels_and_waits(qtbot, server, pcs, runner):
    pc = pcs()
    pc.register(server)
    ctl = pc.start(qtbot)
    assert ctl.sync_now()
    assert not ctl.sync_now()       # never two rounds
    pc.window.close()               # the event filter cancels; nothing new starts
    assert ctl.closing and not ctl.timer.isActive()
    qtbot.waitUntil(lambda: not ctl.running, timeout=WAIT)
    assert not ctl.sync_now()


def test_permissions(qtbot, server, pcs):
    from union_desk.ui.sync.settings_dialog import open_sync_settings

    pc = pcs(Role.VIEWER)
    pc.register(server)
    ctl = pc.start(qtbot)
    assert not ctl.sync_now()
    assert ctl.view.state == State.NO_PERMISSION and "无同步权限" in pc.widget.text()
    panel = pc.widget.open_panel()
    assert not panel.sync_button.isEnabled() and not panel.settings_button.isVisibleTo(panel)
    assert open_sync_settings(ctl, pc.window) is None      # a clerk/viewer: no Perm.SETTINGS
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: any(w.isVisible() and w.windowTitle() == "没有权限"
                                for w in pc.window.findChildren(QMessageBox)), timeout=WAIT)


def test_full_resync_offline_reports_back(qtbot, server, pcs):
    pc = pcs()
    pc.register(server)
    ctl = pc.start(qtbot, probe=lambda url, ca: (_ for _ in ()).throw(TransportError("无法连接")))
    dlg = FullResyncDialog(ctl, pc.window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.consent.setChecked(True)
    with qtbot.waitSignal(ctl.resync_finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(dlg.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is False
    assert dlg.result.text().startswith("未完成：") and dlg.start_button.isEnabled()
    assert ctl.view.state == State.OFFLINE


def test_round_stalled_on_the_network_leaves_the_database_worker_free(qtbot, server, pcs, runner):
    """A slow upstream must not make the roster wait: the round's HTTP runs on the network
    pool and its local steps take turns with the database worker."""
    import threading

    from union_desk.sync.transport import Transport
    from union_desk.ui.tasks import DbOp

    pc = pcs()
    pc.register(server)
    mid = add_member(pc.services.ctx, random.Random(8))
    gate, stalled = threading.Event(), threading.Event()

    class SlowPull(Transport):
        def pull(self, cursor, limit):
            stalled.set()
            assert gate.wait(WAIT / 1000)
            return super().pull(cursor, limit)

    svc = SyncService(pc.services.ctx, transport_factory=lambda url, token, ca: SlowPull(url, token))
    ctl = pc.start(qtbot, sync_service=svc)
    with qtbot.waitSignal(ctl.round_finished, timeout=WAIT) as blocker:
        assert ctl.sync_now()
        qtbot.waitUntil(stalled.is_set, timeout=WAIT)
        # mid-round: a database op (an edit, so it needs the write lock too) finishes
        done = []
        DbOp(pc.window, lambda: edit_member(pc.services.ctx, mid, phone="13900001234")) \
            .success(done.append).run()
        qtbot.waitUntil(lambda: len(done) == 1, timeout=WAIT)
        assert ctl.running
        gate.set()
    assert blocker.args[0] is True
    qtbot.waitUntil(lambda: not ctl._refresh_timer.isActive(), timeout=WAIT)
    with qtbot.waitSignal(ctl.pending_loaded, timeout=WAIT):
        ctl.refresh()
    assert ctl.view.status.pending == 1   # the edit made mid-round waits for the next round


def test_a_pulled_member_appears_in_the_open_members_tab(qtbot, server, pcs, runner):
    """The round's own transactions say what they wrote: the members tab of the second PC
    shows a member the first PC added, without anyone pressing refresh."""
    from union_desk.ui.members.tab import MembersTab

    a, b = pcs(), pcs()
    token_a = a.register(server, store_token=False)
    token_b = b.register(server, store_token=False)
    add_member(a.services.ctx, random.Random(11))
    SyncService(a.services.ctx).run_round(token=token_a)
    tab = MembersTab(b.services)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and not runner.in_flight, timeout=WAIT)
    ctl = b.start(qtbot)
    ctl.session_token = token_b
    b.sync(qtbot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
