"""`union-desk settings get|set KEY [VALUE]`."""

from __future__ import annotations

import datetime as dt

from union_desk.cli.common import CliError, add_user_arg, print_json, run_service, signed_in
from union_desk.core.settings_schema import DEFAULTS


def register(sub) -> None:
    p = sub.add_parser("settings", help="查看或修改本工会设置")
    s = p.add_subparsers(dest="settings_cmd", required=True)
    g = s.add_parser("get", help="查看设置（不写键名则列出全部）")
    g.add_argument("key", nargs="?")
    add_user_arg(g)
    g.set_defaults(func=cmd_get)
    st = s.add_parser("set", help="修改设置（带生效日期）")
    st.add_argument("key", choices=sorted(DEFAULTS))
    st.add_argument("value")
    st.add_argument("--effective-from", help="生效日期 YYYY-MM-DD，默认今天")
    add_user_arg(st)
    st.set_defaults(func=cmd_set)


def cmd_get(args) -> int:
    svc = signed_in(args).settings
    if args.key:
        if args.key not in DEFAULTS:
            raise CliError(f"未知的设置项：{args.key}")
        print(run_service(svc.get, args.key))
    else:
        print_json(run_service(svc.all))
    return 0


def cmd_set(args) -> int:
    svc = signed_in(args).settings
    try:
        day = dt.date.fromisoformat(args.effective_from) if args.effective_from else None
    except ValueError:
        raise CliError("生效日期格式应为 YYYY-MM-DD") from None
    run_service(svc.set, args.key, args.value, day)
    print(f"{args.key} = {args.value}")
    return 0
