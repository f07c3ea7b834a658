"""Helpers shared by CLI sub-commands: opening the office, signing in, errors, JSON output.

Exit codes are a contract with scripts: 0 done, 2 refused or bad input (the message says why),
3 a verify command found damage, 4 sign-in failed, 1 only for an unexpected internal error.
Nothing here imports the service layer at module level: `union-desk --help` and argument
errors must not pay for SQLAlchemy (each command imports what it uses when it runs).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from union_desk.errors import UnionDeskError

if TYPE_CHECKING:
    from union_desk.services.context import Database
    from union_desk.sync.office import Office

DONE, INTERNAL, REFUSED, DAMAGED, SIGN_IN_FAILED = 0, 1, 2, 3, 4


class CliError(Exception):
    """A plain message and an exit code; ``extra`` goes into the --json error object."""

    def __init__(self, message: str, exit_code: int = REFUSED, *, code: str = "refused",
                 **extra: Any):
        super().__init__(message)
        self.exit_code = exit_code
        self.code = code
        self.extra = extra


def fail(message: str, code: int = REFUSED) -> int:
    print(f"错误：{message}", file=sys.stderr)
    return code


_opened: list[Database] = []


def open_db(args) -> Database:
    """The office database; main() closes it when the command ends (a last WAL checkpoint)."""
    from union_desk.infra.paths import data_paths
    from union_desk.services.context import Database

    try:
        db = Database.open(data_paths(getattr(args, "data_dir", None)))
    except UnionDeskError as exc:
        raise CliError(exc.message, REFUSED, code=exc.code) from exc
    _opened.append(db)
    return db


def close_opened() -> None:
    while _opened:
        _opened.pop().dispose()


def password_from_env_or_prompt(prompt: str = "密码：", env: str = "UNION_DESK_PASSWORD") -> str:
    """From the environment; a prompt only on a terminal (scripts never hang on a prompt)."""
    pw = os.environ.get(env)
    if pw:
        return pw
    if not sys.stdin.isatty():
        raise CliError(f"需要密码：请设置环境变量 {env}", REFUSED)
    return getpass.getpass(prompt)


def add_user_arg(parser, *, required: bool = True) -> None:
    parser.add_argument("--user", required=required,
                        help="操作员用户名（密码取自 UNION_DESK_PASSWORD 或提示输入）")


def open_office(args) -> Office:
    """The office with nobody signed in (init, demo)."""
    from union_desk.services.context import ServiceContext
    from union_desk.sync.office import Office

    return Office(ServiceContext(open_db(args)))


def signed_in(args) -> Office:
    """Open the office and sign in as --user: every service hangs off what this returns."""
    from union_desk.infra.gcpause import gc_paused

    if not getattr(args, "user", None):
        raise CliError("请用 --user 指定操作员用户名", REFUSED)
    # loading SQLAlchemy and the models makes objects by the hundred thousand, none of them
    # garbage: the collector's walks only slow start-up (and any read-ahead beside it)
    with gc_paused():
        office = open_office(args)
        if not office.setup.is_initialized():
            raise CliError("本数据目录尚未初始化：请先运行 union-desk init 或 union-desk demo", REFUSED)
        password = password_from_env_or_prompt()
        try:
            user = office.auth.login(args.user, password)
        except UnionDeskError as exc:
            raise CliError(exc.message, SIGN_IN_FAILED, code="sign_in_failed") from exc
    return office.as_user(user)


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run_service(fn, *a, **kw):
    """Call a service; a typed error (bad input, refusal, a locked or full database, an
    unreachable server) becomes a CliError with its plain message and exit code 2."""
    try:
        return fn(*a, **kw)
    except UnionDeskError as exc:
        raise CliError(exc.message, REFUSED, code=exc.code) from exc
