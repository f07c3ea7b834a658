"""`union-desk sync [--server URL] [--json]` and `union-desk sync register --server URL --token T`."""

from __future__ import annotations

import dataclasses
import os
import sys

from union_desk.cli.common import CliError, add_user_arg, print_json, run_service, signed_in


def register(sub) -> None:
    p = sub.add_parser("sync", help="与上级工会服务器同步（令牌取自系统密钥库或 UNION_DESK_SYNC_TOKEN）")
    p.add_argument("--server", help="同步服务器地址（默认用登记时的地址）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    # not required here, so `sync register --user U` parses; cmd_sync checks it
    p.add_argument("--user", help="操作员用户名（密码取自 UNION_DESK_PASSWORD 或提示输入）")
    p.set_defaults(func=cmd_sync)
    s = p.add_subparsers(dest="sync_cmd")
    r = s.add_parser("register", help="登记本机：保存服务器地址，把令牌存入系统密钥库")
    r.add_argument("--server", required=True, help="同步服务器地址，如 https://sync.example.org")
    r.add_argument("--token", help="上级工会发放的令牌（也可用环境变量 UNION_DESK_SYNC_TOKEN）")
    r.add_argument("--ca-file", help="服务器使用私有证书时，其 CA 证书文件")
    r.add_argument("--no-store", action="store_true",
                   help="不保存令牌（之后每次同步用 UNION_DESK_SYNC_TOKEN 提供）")
    r.add_argument("--json", action="store_true")
    add_user_arg(r)
    r.set_defaults(func=cmd_register)


def cmd_register(args) -> int:
    from union_desk.infra import credentials

    token = args.token or os.environ.get(credentials.ENV_TOKEN)
    if not token:
        raise CliError("请用 --token 或环境变量 UNION_DESK_SYNC_TOKEN 提供令牌")
    store = not args.no_store
    if store and not credentials.is_secure_store_available():
        raise CliError(credentials.NO_STORE_MESSAGE + " 如确认改用环境变量，请加 --no-store。")
    svc = signed_in(args).sync
    status = run_service(svc.register, args.server, token, ca_file=args.ca_file, store_token=store)
    if args.json:
        print_json(dataclasses.asdict(status))
    else:
        print(f"已登记到 {status.server_url}（{status.office_name or status.office_id}）。"
              + ("令牌已存入系统密钥库。" if store else "令牌未保存：同步时请设置 UNION_DESK_SYNC_TOKEN。"))
    return 0


def cmd_sync(args) -> int:
    svc = signed_in(args).sync

    def progress(stage: str, done: int, total: int | None) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{'上传' if stage == 'push' else '下载'} {done}" + (f"/{total}" if total else ""),
                  end="", file=sys.stderr)

    report = run_service(svc.run_round, progress=progress, server_url=args.server)
    status = svc.status()
    if args.json:
        print_json({"ok": True, **dataclasses.asdict(report), "pending": status.pending,
                    "open_conflicts": status.open_conflicts, "needs_resync": status.needs_resync})
    else:
        print(f"同步完成：上传 {report.pushed} 项，下载 {report.pulled} 项，冲突 {report.conflicts} 项，"
              f"被拒 {report.rejected} 项；待处理冲突 {status.open_conflicts} 项。")
        if status.needs_resync:
            print("注意：本机与服务器的数据条数不一致，建议在界面中执行“完整重新同步”。")
    return 0
