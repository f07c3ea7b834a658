"""`union-desk-server`: serve the sync API, register offices and PCs, revoke tokens."""

from __future__ import annotations

import argparse
import gc
import json
import sys

from union_desk.server.config import ServerConfig
from union_desk.server.validate import ApiError

DEFAULT_DB = "sqlite:///union_desk_server.sqlite"


def _serve(args) -> int:
    import uvicorn

    from union_desk.server.app import create_app

    config = ServerConfig(db_url=args.db, max_ops=args.max_ops, max_bytes=args.max_bytes)
    if args.admin_token:
        config.admin_token = args.admin_token
    app = create_app(config)
    # the modules, mappers and routes made so far live as long as the process: keep the
    # collector from walking them again on every full collection
    gc.freeze()
    uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                ssl_keyfile=args.ssl_keyfile, log_level=args.log_level, access_log=False)
    return 0


def _with_db(args, fn):
    from union_desk.server.db import open_db

    db = open_db(args.db)
    try:
        with db.write() as conn:
            return fn(conn)
    finally:
        db.dispose()


def _add_office(args) -> int:
    from union_desk.server import admin

    print(json.dumps(_with_db(args, lambda c: admin.add_office(c, args.office_id, args.name)),
                     ensure_ascii=False))
    return 0


def _add_client(args) -> int:
    from union_desk.server import admin

    out = _with_db(args, lambda c: admin.add_client(c, args.office_id, args.name or ""))
    print(json.dumps(out, ensure_ascii=False))
    print("令牌只显示这一次，请妥善交给该基层工会（服务器只保存其哈希）。", file=sys.stderr)
    return 0


def _revoke(args) -> int:
    from union_desk.server import admin

    print(json.dumps(_with_db(args, lambda c: admin.revoke(c, args.client_id)), ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="union-desk-server", description="union_desk 上级工会同步服务器")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="运行同步服务")
    serve.add_argument("--db", default=DEFAULT_DB, help="SQLAlchemy URL（默认 SQLite 文件）")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--ssl-certfile")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument("--admin-token", help="管理令牌（也可用环境变量 UNION_DESK_SERVER_ADMIN_TOKEN）")
    serve.add_argument("--max-ops", type=int, default=200)
    serve.add_argument("--max-bytes", type=int, default=1_000_000)
    serve.add_argument("--log-level", default="warning")
    serve.set_defaults(func=_serve)
    office = sub.add_parser("add-office", help="登记一个基层工会")
    office.add_argument("office_id")
    office.add_argument("name")
    office.set_defaults(func=_add_office)
    client = sub.add_parser("add-client", help="为基层工会的一台电脑发放令牌（只显示一次）")
    client.add_argument("office_id")
    client.add_argument("--name", default="")
    client.set_defaults(func=_add_client)
    revoke = sub.add_parser("revoke", help="吊销一台电脑的令牌（立即生效）")
    revoke.add_argument("client_id")
    revoke.set_defaults(func=_revoke)
    for sp in (office, client, revoke):
        sp.add_argument("--db", default=DEFAULT_DB)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ApiError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
