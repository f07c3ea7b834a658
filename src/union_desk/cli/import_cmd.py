"""`union-desk import members FILE [--sheet NAME] [--dry-run] [--error-report OUT.xlsx] [--json]`,
plus `import history` and `import undo BATCH`.

Other importers attach their own kind without editing this file: a module listed in
``cli.COMMAND_MODULES`` that defines ``register_import(kinds)`` gets the `import`
sub-parsers object, e.g. ``kinds.add_parser("dues", ...)`` gives `union-desk import dues FILE`.
Helpers here (``add_import_args``, ``print_report``) keep their flags and output alike.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from union_desk.cli.common import CliError, add_user_arg, print_json, run_service, signed_in


def register(sub) -> None:
    p = sub.add_parser("import", help="从分会报来的电子表格导入（会员名册等）")
    kinds = p.add_subparsers(dest="import_kind", required=True, metavar="{members,history,undo,...}")
    m = kinds.add_parser("members", help="导入会员名册（.xlsx/.xls/.et/.ods/.csv）")
    add_import_args(m)
    m.add_argument("--profile", help="使用已保存的列对应方案")
    m.add_argument("--map", action="append", default=[], metavar="表头=字段",
                   help="手工指定列对应，如 “部门=branch”；字段留空表示不导入该列（可重复）")
    m.set_defaults(func=cmd_members)
    h = kinds.add_parser("history", help="导入历史")
    h.add_argument("--json", action="store_true")
    add_user_arg(h)
    h.set_defaults(func=cmd_history)
    u = kinds.add_parser("undo", help="整批撤销一次会员导入")
    u.add_argument("batch_id")
    add_user_arg(u)
    u.set_defaults(func=cmd_undo)
    register_import_kinds(kinds)


def register_import_kinds(kinds) -> None:
    """Let other CLI modules add `import <kind>` (see module docstring)."""
    from union_desk.cli import COMMAND_MODULES

    for name in COMMAND_MODULES:
        if name == __name__:
            continue
        hook = getattr(importlib.import_module(name), "register_import", None)
        if hook is not None:
            hook(kinds)


def add_import_args(parser) -> None:
    """The flags every `import <kind>` shares."""
    parser.add_argument("file", help="要导入的文件")
    parser.add_argument("--sheet", help="工作表名称（默认自动选择数据所在的表）")
    parser.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库")
    parser.add_argument("--error-report", metavar="OUT.xlsx", help="把被拒绝的行写成错误报告，退回分会修改")
    parser.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    add_user_arg(parser)


def _mapping(pairs: list[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, target = pair.partition("=")
        if not sep or not header.strip():
            raise CliError(f"--map 的格式应为 “表头=字段”：{pair}")
        out[header.strip()] = target.strip() or None
    return out


def cmd_members(args) -> int:
    if not args.user:
        raise CliError("请用 --user 指定操作员用户名")
    if not Path(args.file).exists():
        raise CliError(f"找不到文件：{args.file}")
    mapping = _mapping(args.map) or None
    ahead = None
    if not args.profile:  # a saved profile's mapping is in the database: read after sign-in
        from union_desk.tabular.roster import read_roster_ahead

        # the sheet is read while the database stack loads and the password is checked; the
        # rows are used only after sign-in and the permission check
        ahead = read_roster_ahead(args.file, sheet=args.sheet, mapping=mapping)
    svc = signed_in(args).imports
    run = svc.preview if args.dry_run else svc.apply
    report = run_service(run, args.file, sheet=args.sheet, mapping=mapping, profile=args.profile,
                         read_ahead=ahead)
    if args.error_report:
        run_service(svc.write_error_report, report, args.error_report)
    print_report(report, args)
    return 0


def print_report(report, args) -> None:
    if args.json:
        print_json(report.to_json())
        return
    verb = "预览（未写入）" if report.dry_run else "已导入"
    print(f"{verb}：{report.file} 工作表“{report.sheet}”，表头在第 {report.header_row} 行，"
          f"数据 {report.data_rows} 行")
    print(f"  有效 {report.accepted} 行：新增 {report.created}，更新 {report.updated}，"
          f"无变化 {report.unchanged}，待核实冲突 {len(report.conflicts)}")
    if report.rejected:
        reasons = "，".join(f"{k} {v}" for k, v in sorted(report.rejected_by_reason.items()))
        print(f"  拒绝 {len(report.rejected)} 行（{reasons}）")
        for r in report.rejected[:20]:
            print(f"    第{r.row}行：{r.message}")
        if len(report.rejected) > 20:
            print(f"    …… 其余 {len(report.rejected) - 20} 行见错误报告")
    for c in report.conflicts[:20]:
        print(f"  冲突 第{c.row}行：{c.message}")
    for row, text in getattr(report, "warnings", [])[:20]:
        print(f"  提示 第{row}行：{text}")
    if getattr(report, "new_branches", None):
        print(f"  新分会（{'将' if report.dry_run else '已'}创建）：{'、'.join(report.new_branches)}")
    if report.batch_id:
        print(f"  导入批次：{report.batch_id}（可用 union-desk import undo 整批撤销）")
    if getattr(args, "error_report", None):
        print(f"  错误报告：{args.error_report}")


def cmd_history(args) -> int:
    batches = run_service(signed_in(args).imports.history)
    if args.json:
        print_json({"batches": [b.__dict__ for b in batches]})
        return 0
    from union_desk.core.dates import local_time

    for b in batches:
        when = local_time(b.created_ms)
        state = "已撤销" if b.status == "undone" else "有效"
        print(f"{b.id}  {when}  {b.actor}  {b.file_name}  新增{b.counts.get('created', 0)} "
              f"更新{b.counts.get('updated', 0)}  {state}")
    return 0


def cmd_undo(args) -> int:
    result = run_service(signed_in(args).imports.undo, args.batch_id)
    print(f"已撤销导入批次 {result.batch_id}：删除新增会员 {result.removed} 名，恢复被更新的会员 {result.restored} 名")
    return 0
