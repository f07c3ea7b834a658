"""The `union-desk` command. No sub-command opens the GUI; sub-commands run headless jobs.

Each sub-command lives in its own module exposing ``register(subparsers)``;
add the module to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from union_desk import __version__
from union_desk.cli.common import CliError, close_opened, fail

COMMAND_MODULES = [
    "union_desk.cli.setup_cmd",
    "union_desk.cli.members_cmd",
    "union_desk.cli.settings_cmd",
    "union_desk.cli.import_cmd",
    "union_desk.cli.dues_cmd",
    "union_desk.cli.report_cmd",
    "union_desk.cli.sync_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="union-desk", description="基层工会办公系统 union_desk")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--data-dir", help="数据目录（数据库、附件、备份）；也可用环境变量 UNION_DESK_DATA_DIR")
    parser.add_argument("--demo", action="store_true", help="若数据目录为空，先填入演示数据再打开")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        from union_desk.app import run_gui

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        return fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return fail("已取消", 130)
    finally:
        close_opened()


if __name__ == "__main__":
    sys.exit(main())
