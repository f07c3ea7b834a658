"""`union-desk sync` / `sync register`, the server CLI in a real subprocess, token storage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid

import httpx
import keyring
import pytest

from tests.sync.conftest import free_port, start_server
from tests.sync.helpers import add_member, dump_client, dump_server
from union_desk.cli import main as cli_main
from union_desk.db.base import SyncMixin
from union_desk.infra import credentials
from union_desk.server.entities import ENTITIES
from union_desk.services.setup import BranchSpec, SetupService
from union_desk.sync.backoff import Backoff
from union_desk.sync.entities import models


def test_every_client_entity_is_known_to_the_server():
    for entity, model in models().items():
        assert issubclass(model, SyncMixin)
        want = "append" if model.__sync_append_only__ else "mutable"
        assert ENTITIES.get(entity) == want, f"the server's entity list misses {entity!r}"


def test_configured_extra_entities_are_accepted_too(backend, tmp_path):
    """A newer client's table reaches an older server through ServerConfig.extra_entities."""
    srv = start_server(backend, tmp_path, extra_entities={"hardship_case": "mutable"})
    try:
        srv.add_office("o1")
        creds = srv.add_client("o1")
        headers = {"Authorization": f"Bearer {creds['token']}"}

        def push(seq: int, entity: str) -> httpx.Response:
            op = dict(op_id=uuid.uuid4().hex, client_seq=seq, entity=entity,
                      entity_id=uuid.uuid4().hex, kind="upsert", base_version=None, mtime_ms=0,
                      fields={"note": "x"})
            body = {"protocol": 1, "client_id": creds["client_id"], "batch_id": uuid.uuid4().hex,
                    "ops": [op]}
            return httpx.post(srv.url + "/sync/push", content=json.dumps(body), headers=headers)

        assert push(1, "hardship_case").json()["results"][0]["status"] == "applied"
        assert push(2, "no_such_table").json()["error"] == "unknown_entity"
    finally:
        srv.stop()


def test_cli_register_and_sync(live_server, tmp_path, monkeypatch, capsys):
    from union_desk.infra.paths import DataPaths
    from union_desk.services.context import Database, ServiceContext

    live_server.add_office("o1", "一号工会")
    creds = live_server.add_client("o1")
    data = tmp_path / "office"
    db = Database.open(DataPaths(data))
    SetupService(ServiceContext(db)).initialize("一号工会", [BranchSpec("第一分会")], "admin", "pw-123456")
    monkeypatch.setenv("UNION_DESK_PASSWORD", "pw-123456")
    base = ["--data-dir", str(data), "sync"]
    assert cli_main(base + ["--user", "admin"]) == 2  # refused: the message says why
    assert "尚未设置同步服务器" in capsys.readouterr().err
    assert cli_main(base + ["register", "--server", live_server.url, "--token", creds["token"],
                            "--user", "admin"]) == 0
    assert "已登记" in capsys.readouterr().out
    assert keyring.get_password(credentials.SERVICE, live_server.url) == creds["token"]
    assert cli_main(base + ["--user", "admin", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["pushed"] >= 2 and out["pending"] == 0
    assert dump_client(db) == dump_server(live_server.db, "o1")
    with live_server.admin() as t:
        t._call("POST", f"/admin/clients/{creds['client_id']}/revoke")
    add_member(ServiceContext(db, None))
    assert cli_main(base + ["--user", "admin"]) == 2
    assert "吊销" in capsys.readouterr().err
    db.dispose()


def test_no_os_key_store_is_reported_and_never_plaintext(monkeypatch):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert credentials.is_secure_store_available() is False
    with pytest.raises(credentials.NoSecureStore) as err:
        credentials.save_token("https://x", "secret")
    assert "UNION_DESK_SYNC_TOKEN" in err.value.message
    assert credentials.load_token("https://x") is None
    monkeypatch.setenv(credentials.ENV_TOKEN, "from-env")
    assert credentials.load_token("https://x") == credentials.Token("from-env", "env")


def test_backoff_grows_with_jitter_and_resets():
    import random

    b = Backoff(base_s=1, cap_s=60, rng=random.Random(1))
    delays = [b.next_delay() for _ in range(12)]
    assert all(0 <= d <= 60 for d in delays) and max(delays[6:]) > max(delays[:2])
    b.reset()
    assert b.next_delay() <= 1


def test_server_cli_serves_in_a_subprocess(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'srv.sqlite'}"
    exe = [sys.executable, "-m", "union_desk.server.cli"]
    out = subprocess.run(exe + ["add-office", "o9", "九号工会", "--db", db_url],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["office_id"] == "o9"
    out = subprocess.run(exe + ["add-client", "o9", "--db", db_url], capture_output=True, text=True,
                         check=True)
    token = json.loads(out.stdout)["token"]
    assert "只显示这一次" in out.stderr
    port = free_port()
    proc = subprocess.Popen(exe + ["serve", "--db", db_url, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=dict(os.environ, UNION_DESK_SERVER_ADMIN_TOKEN="adm"))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                meta = httpx.get(f"http://127.0.0.1:{port}/sync/meta",
                                 headers={"Authorization": f"Bearer {token}"}).json()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert meta["office_id"] == "o9" and meta["protocol"] == [1, 1]
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        proc.stderr.close()
