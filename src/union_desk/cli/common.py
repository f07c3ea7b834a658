"""Helpers shared by CLI sub-commands: opening the office, signing in, errors, JSON output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any

from union_desk.errors import UnionDeskError
from union_desk.infra.paths import data_paths
from union_desk.services.context import Database, ServiceContext


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, code: int = 1) -> int:
    print(f"错误：{message}", file=sys.stderr)
    return code


_opened: list[Database] = []


def open_db(args) -> Database:
    """The office database; main() closes it when the command ends (a last WAL checkpoint)."""
    try:
        db = Database.open(data_paths(getattr(args, "data_dir", None)))
    except UnionDeskError as exc:
        raise CliError(exc.message, 2) from exc
    _opened.append(db)
    return db


def close_opened() -> None:
    while _opened:
        _opened.pop().dispose()


def password_from_env_or_prompt(prompt: str = "密码：") -> str:
    pw = os.environ.get("UNION_DESK_PASSWORD")
    if pw:
        return pw
    if not sys.stdin.isatty():
        raise CliError("需要密码：请设置环境变量 UNION_DESK_PASSWORD", 2)
    return getpass.getpass(prompt)


def add_user_arg(parser) -> None:
    parser.add_argument("--user", required=True, help="操作员用户名（密码取自 UNION_DESK_PASSWORD 或提示输入）")


def signed_in(args) -> ServiceContext:
    """Open the office and sign in as --user; errors become CliError."""
    from union_desk.services.auth import AuthService
    from union_desk.services.setup import SetupService

    db = open_db(args)
    ctx = ServiceContext(db)
    if not SetupService(ctx).is_initialized():
        raise CliError("本数据目录尚未初始化：请先运行 union-desk init 或 union-desk demo", 2)
    try:
        user = AuthService(ctx).login(args.user, password_from_env_or_prompt())
    except UnionDeskError as exc:
        raise CliError(exc.message, 3) from exc
    return ctx.as_user(user)


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run_service(fn, *a, **kw):
    """Call a service; a UnionDeskError becomes a CliError with its plain message."""
    try:
        return fn(*a, **kw)
    except UnionDeskError as exc:
        raise CliError(exc.message, 1) from exc
