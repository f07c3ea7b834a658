"""`union-desk import members|history|undo` end to end through the CLI entry point."""

from __future__ import annotations

import json

import pytest

from tests.service.conftest import ADMIN_PASSWORD
from union_desk.cli import build_parser, main as cli_main

KEYS = ["file", "sheet", "header_row", "data_rows", "accepted", "created", "updated", "unchanged",
        "conflicts", "rejected", "batch_id"]


@pytest.fixture
def cli(office, paths, monkeypatch, capsys):
    monkeypatch.setenv("UNION_DESK_PASSWORD", ADMIN_PASSWORD)

    def run(*argv):
        code = cli_main(["--data-dir", str(paths.root), *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_json_output_and_error_report(cli, samples_dir, tmp_path):
    code, out, _ = cli("import", "members", str(samples_dir / "roster_a.xlsx"), "--json", "--user", "admin")
    assert code == 0
    first = json.loads(out)
    assert list(first) == KEYS and first["created"] == 300 and first["batch_id"]
    report = tmp_path / "errors.xlsx"
    code, out, _ = cli("import", "members", str(samples_dir / "roster_e_errors.xlsx"), "--dry-run", "--json",
                       "--error-report", str(report), "--user", "admin")
    data = json.loads(out)
    assert code == 0 and data["batch_id"] is None and report.exists()
    assert (data["header_row"], data["data_rows"], data["accepted"]) == (2, 104, 73)
    assert data["conflicts"] == [{"row": 24, "id_number": "410103200304061230", "reason": "name_differs"}]
    assert len(data["rejected"]) == 31
    assert set(data["rejected"][0]) == {"row", "id_number", "reason", "message"}
    assert data["created"] + data["updated"] + data["unchanged"] + len(data["conflicts"]) == data["accepted"]


def test_plain_output_history_and_undo(cli, samples_dir):
    code, out, _ = cli("import", "members", str(samples_dir / "roster_c.csv"), "--user", "admin")
    assert code == 0 and "新增 200" in out and "第三分会" in out
    code, out, _ = cli("import", "history", "--json", "--user", "admin")
    batch = json.loads(out)["batches"][0]
    assert batch["file_name"] == "roster_c.csv" and batch["status"] == "applied"
    code, out, _ = cli("import", "undo", batch["id"], "--user", "admin")
    assert code == 0 and "200" in out
    code, out, err = cli("import", "undo", batch["id"], "--user", "admin")
    assert code == 2 and "撤销过" in err


@pytest.mark.parametrize("content, words", [(b"", "空文件"), (b"%PDF-1.7", "PDF"),
                                            (b"PK\x03\x04\x00\x00", "损坏")])
def test_unreadable_file_exits_non_zero(cli, tmp_path, content, words):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    code, out, err = cli("import", "members", str(path), "--json", "--user", "admin")
    assert code == 2 and words in err
    assert words in json.loads(out)["error"]  # --json: still exactly one object on stdout


def test_missing_file_and_sheet(cli, tmp_path, samples_dir):
    code, _, err = cli("import", "members", str(tmp_path / "nope.xlsx"), "--user", "admin")
    assert code == 2 and "找不到文件" in err
    code, _, err = cli("import", "members", str(samples_dir / "roster_a.xlsx"), "--sheet", "无此表",
                       "--user", "admin")
    assert code == 2 and "会员花名册" in err


def test_map_option(cli, tmp_path):
    from tests.unit.tabular.test_tabular_roster import ID1, make_xlsx

    path = make_xlsx(tmp_path / "t.xlsx", [("S", [["名字", "证件号"], ["张三", ID1]])], text_cols=(1,))
    code, out, _ = cli("import", "members", str(path), "--map", "证件号=id_number", "--json", "--dry-run",
                       "--user", "admin")
    assert code == 0 and json.loads(out)["created"] == 1


def test_other_kinds_can_attach_to_import(monkeypatch):
    """A CLI module with register_import(kinds) adds `import <kind>` without editing import_cmd."""
    import sys
    import types

    import union_desk.cli as cli_pkg

    mod = types.ModuleType("fake_dues_cmd")
    mod.register = lambda sub: None

    def register_import(kinds):
        from union_desk.cli.import_cmd import add_import_args

        p = kinds.add_parser("hardship-test")
        add_import_args(p)
        p.set_defaults(func=lambda args: 0)

    mod.register_import = register_import
    monkeypatch.setitem(sys.modules, "fake_dues_cmd", mod)
    monkeypatch.setattr(cli_pkg, "COMMAND_MODULES", [*cli_pkg.COMMAND_MODULES, "fake_dues_cmd"])
    args = build_parser().parse_args(["import", "hardship-test", "f.xlsx", "--dry-run", "--user", "u"])
    assert args.import_kind == "hardship-test" and args.dry_run and args.file == "f.xlsx"


def test_the_sheet_read_ahead_serves_only_after_sign_in_and_permission(cli, tmp_path, samples_dir,
                                                                      admin, monkeypatch):
    """The CLI reads the sheet while it signs in; what it read is used only by someone who may
    import: a wrong password is a sign-in failure (not a file message), a viewer is refused."""
    from union_desk.services.auth import AuthService

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04\x00\x00")
    monkeypatch.setenv("UNION_DESK_PASSWORD", "not-the-password")
    code, _, err = cli("import", "members", str(broken), "--user", "admin")
    assert code == 4 and "损坏" not in err
    AuthService(admin).create_user("viewer1", "viewer-pass-1", "viewer")
    monkeypatch.setenv("UNION_DESK_PASSWORD", "viewer-pass-1")
    code, _, err = cli("import", "members", str(samples_dir / "roster_a.xlsx"), "--user", "viewer1")
    assert code == 2 and "没有此项权限" in err


def test_a_read_ahead_for_other_settings_is_not_used(tmp_path, samples_dir):
    from union_desk.tabular.roster import read_roster_ahead

    ahead = read_roster_ahead(samples_dir / "roster_a.xlsx")
    assert ahead.take(samples_dir / "roster_a.xlsx", sheet="其他表", mapping=None,
                      max_rows=200_000) is None  # the clerk asked for another sheet: read again
    ahead = read_roster_ahead(samples_dir / "roster_a.xlsx")
    table = ahead.take(samples_dir / "roster_a.xlsx", sheet=None, mapping=None, max_rows=200_000)
    assert table is not None and len(table.rows) >= 300
