"""The CLI's contract with scripts: exit codes, one JSON object with --json, no prompt and no
traceback. 0 done, 2 refused or bad input, 3 damage found by a verify command, 4 sign-in
failed, 1 only for an unexpected internal error."""

from __future__ import annotations

import json

import pytest

from tests.service.conftest import ADMIN_PASSWORD
from union_desk.cli import main as cli_main
from union_desk.services.auth import AuthService


@pytest.fixture
def cli(office, paths, admin, monkeypatch, capsys):
    AuthService(admin).create_user("viewer1", "viewer-pass-1", "viewer")
    monkeypatch.setenv("UNION_DESK_PASSWORD", ADMIN_PASSWORD)

    def run(*argv, password: str | None = ADMIN_PASSWORD):
        if password is None:
            monkeypatch.delenv("UNION_DESK_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("UNION_DESK_PASSWORD", password)
        code = cli_main(["--data-dir", str(paths.root), *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_wrong_password_exits_4_with_one_json_object(cli):
    code, out, err = cli("members", "find", "张", "--json", "--user", "admin", password="wrong-one")
    assert code == 4 and "错误" in err
    assert json.loads(out)["code"] == "sign_in_failed"


def test_permission_refusal_exits_2_and_says_so(cli):
    code, out, err = cli("dues", "generate", "--month", "2026-10", "--json", "--user", "viewer1",
                         password="viewer-pass-1")
    assert code == 2 and "没有此项权限" in err
    assert "没有此项权限" in json.loads(out)["error"]


def test_no_password_and_no_terminal_never_prompts(cli):
    # pytest's stdin is not a terminal: the command must refuse at once, not wait for input
    code, out, err = cli("members", "find", "张", "--user", "admin", password=None)
    assert code == 2 and "UNION_DESK_PASSWORD" in err and out == ""


def test_missing_user_is_refused_before_anything_opens(cli):
    code, _out, err = cli("sync")
    assert code == 2 and "--user" in err


def test_an_internal_error_exits_1_without_a_traceback(cli, monkeypatch, paths):
    from union_desk.services.members.service import MembersService

    def broken(self, *a, **kw):
        raise RuntimeError("a bug, not the clerk's fault")

    monkeypatch.setattr(MembersService, "query_ids", broken)
    code, out, err = cli("members", "find", "张", "--json", "--user", "admin")
    assert code == 1 and "Traceback" not in err and "内部错误" in err
    assert json.loads(out)["code"] == "internal"
    log = (paths.logs / "union_desk.log").read_text("utf-8")
    assert "RuntimeError: a bug" in log  # the details are kept for whoever fixes it


@pytest.mark.parametrize("argv", [
    ("members", "find", "张"),
    ("import", "history"),
    ("dues", "arrears"),
    ("dues", "summary", "--month", "2026-10"),
])
def test_json_is_exactly_one_object(cli, argv):
    code, out, _err = cli(*argv, "--json", "--user", "admin")
    assert code == 0
    assert isinstance(json.loads(out), dict)
