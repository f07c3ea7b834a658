"""`union-desk members export FILE [--unmasked]` and `members list`."""

from __future__ import annotations

from pathlib import Path

from union_desk.cli.common import add_user_arg, print_json, run_service, signed_in


def register(sub) -> None:
    p = sub.add_parser("members", help="会员名册")
    s = p.add_subparsers(dest="members_cmd", required=True)
    e = s.add_parser("export", help="导出会员名册（.xlsx / .csv / .json）")
    e.add_argument("file")
    e.add_argument("--unmasked", action="store_true", help="导出完整身份证号和手机号（需权限，记入审计日志）")
    add_user_arg(e)
    e.set_defaults(func=cmd_export)
    f = s.add_parser("find", help="查找会员（姓名、拼音首字母、身份证号片段或手机号片段）")
    f.add_argument("text")
    f.add_argument("--json", action="store_true")
    add_user_arg(f)
    f.set_defaults(func=cmd_find)


def cmd_export(args) -> int:
    services = signed_in(args)
    n = run_service(services.members.export, Path(args.file), unmasked=args.unmasked)
    print(f"已导出 {n} 名会员到 {args.file}")
    return 0


def cmd_find(args) -> int:
    from union_desk.services.members.dto import MemberFilter

    svc = signed_in(args).members
    ids = run_service(svc.query_ids, MemberFilter(text=args.text))
    rows = run_service(svc.rows, ids[:50])
    if args.json:
        print_json({"total": len(ids), "members": [
            {"name": r.name, "gender": r.gender, "id_number": r.id_number, "branch": r.branch,
             "status": r.status} for r in rows]})
    else:
        for r in rows:
            print(f"{r.name}\t{r.gender}\t{r.id_number}\t{r.branch}\t{r.status}")
        print(f"共 {len(ids)} 人" + ("（显示前50人）" if len(ids) > 50 else ""))
    return 0
