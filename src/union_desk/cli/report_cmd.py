"""`union-desk report LIST | NAME --as-of DATE --format xlsx|pdf -o FILE [--unmasked] --user U`."""

from __future__ import annotations

import datetime as dt
import sys

from union_desk.cli.common import CliError, print_json, run_service, signed_in


def register(sub) -> None:
    p = sub.add_parser("report", help="生成报表（会员统计表、会员花名册）；LIST 列出全部报表")
    p.add_argument("name", help="报表名称，或 LIST 列出可用报表")
    p.add_argument("--as-of", help="统计截至日期 YYYY-MM-DD，默认今天")
    p.add_argument("--from", dest="period_start", help="统计期起始日期 YYYY-MM-DD，默认当年1月1日")
    p.add_argument("--format", choices=["xlsx", "pdf"], help="输出格式，默认按文件扩展名")
    p.add_argument("-o", "--output", help="输出文件")
    p.add_argument("--template", help="用上级工会的 .xlsx 模板（{{占位符}}）代替内置模板")
    p.add_argument("--unmasked", action="store_true",
                   help="导出完整身份证号和手机号（需权限，记入审计日志）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.add_argument("--user", help="操作员用户名（密码取自 UNION_DESK_PASSWORD 或提示输入）")
    p.set_defaults(func=cmd_report)


def _date(text: str | None, what: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what}格式应为 YYYY-MM-DD：{text}") from None


def cmd_report(args) -> int:
    if args.name.lower() == "list":
        from union_desk.services.reporting.service import REPORTS

        infos = list(REPORTS.values())  # the list needs no database and no sign-in
        if args.json:
            print_json([{"name": i.name, "title": i.title, "formats": list(i.formats),
                         "as_of": i.as_of, "description": i.description} for i in infos])
        else:
            for i in infos:
                print(f"{i.name}\t{i.title}（{'/'.join(i.formats)}）\t{i.description}")
        return 0
    from union_desk.services.reporting.service import REPORTS

    if args.name not in REPORTS:
        raise CliError(f"没有名为“{args.name}”的报表；用 union-desk report LIST 查看可用报表")
    if not args.output:
        raise CliError("请用 -o 指定输出文件")
    if not args.user:
        raise CliError("请用 --user 指定操作员")
    svc = signed_in(args).reports
    outcome = run_service(svc.export, args.name, args.output, fmt=args.format,
                          as_of=_date(args.as_of, "截至日期"), period_start=_date(args.period_start, "起始日期"),
                          unmasked=args.unmasked, template=args.template)
    if outcome.unknown_placeholders:
        print("注意：模板中有无法识别的占位符（已原样保留）：" + "、".join(outcome.unknown_placeholders),
              file=sys.stderr)
    if args.json:
        print_json({"report": outcome.name, "file": str(outcome.path), "format": outcome.format,
                    "sha256": outcome.sha256, "rows": outcome.rows, "snapshot": outcome.snapshot_id,
                    "unknown_placeholders": list(outcome.unknown_placeholders)})
    else:
        extra = f"，{outcome.rows} 行" if outcome.rows else ""
        print(f"已生成 {REPORTS[outcome.name].title}：{outcome.path}{extra}")
    return 0
