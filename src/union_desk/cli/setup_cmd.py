"""`union-desk init` and `union-desk demo`."""

from __future__ import annotations

from union_desk.cli.common import CliError, open_office, password_from_env_or_prompt, run_service


def register(sub) -> None:
    p = sub.add_parser("init", help="首次设置（无界面）：工会名称、分会、管理员账号")
    p.add_argument("--union-name", required=True)
    p.add_argument("--admin", required=True, help="管理员用户名；密码取自 UNION_DESK_PASSWORD")
    p.add_argument("--branch", action="append", default=[],
                   help="分会，可重复；“分会:小组1,小组2”同时建小组")
    p.set_defaults(func=cmd_init)

    d = sub.add_parser("demo", help="在空的数据目录中生成演示数据（≥2000名会员）")
    d.add_argument("--members", type=int, default=2400)
    d.add_argument("--seed", type=int, default=20261125)
    d.set_defaults(func=cmd_demo)


def _branch_specs(values: list[str]):
    from union_desk.services.setup import BranchSpec

    specs = []
    for v in values:
        name, _, groups = v.partition(":")
        specs.append(BranchSpec(name, [g for g in groups.split(",") if g.strip()]))
    return specs


def cmd_init(args) -> int:
    office = open_office(args)
    password = password_from_env_or_prompt("管理员密码：")
    run_service(office.setup.initialize, args.union_name, _branch_specs(args.branch), args.admin,
                password)
    print(f"已初始化：{args.union_name}；管理员 {args.admin}；数据目录 {office.ctx.db.paths.root}")
    return 0


def cmd_demo(args) -> int:
    from union_desk.services.demo import DEMO_PASSWORD, DEMO_USER, fill_demo

    office = open_office(args)
    db = office.ctx.db
    if office.setup.is_initialized():
        raise CliError(f"数据目录 {db.paths.root} 已有数据；演示数据只写入空目录")
    summary = run_service(fill_demo, db, members=args.members, seed=args.seed)
    print(f"演示数据已生成：{summary}")
    print(f"登录：用户名 {DEMO_USER}  密码 {DEMO_PASSWORD}")
    return 0
