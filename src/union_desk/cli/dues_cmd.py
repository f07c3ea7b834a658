"""`union-desk dues generate|arrears|candidates|summary|ledger|funds` and `import dues FILE`.

`import` belongs to cli/import_cmd.py, which calls :func:`register_import` here with its
sub-parsers, so `union-desk import dues FILE` lives in this module.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from union_desk.cli.common import CliError, add_user_arg, print_json, run_service, signed_in
from union_desk.core.dues import METHODS
from union_desk.core.money import money_str as _money


def register(sub) -> None:
    p = sub.add_parser("dues", help="会费：生成月度应缴、欠费、台账")
    s = p.add_subparsers(dest="dues_cmd", required=True)
    g = s.add_parser("generate", help="生成某月应缴会费（重复运行不会重复生成）")
    g.add_argument("--month", required=True, help="YYYY-MM")
    g.add_argument("--json", action="store_true")
    add_user_arg(g)
    g.set_defaults(func=cmd_generate)
    a = s.add_parser("arrears", help="欠缴名单（跨年度累计）")
    a.add_argument("--as-of", help="截至月份 YYYY-MM，默认本月")
    a.add_argument("--candidates", action="store_true", help="只列连续欠缴达到提醒月数的会员（自动退会待审核）")
    a.add_argument("-o", "--output", help="同时导出 .xlsx 或 .pdf")
    a.add_argument("--json", action="store_true")
    add_user_arg(a)
    a.set_defaults(func=cmd_arrears)
    sm = s.add_parser("summary", help="某月各分会收缴汇总")
    sm.add_argument("--month", required=True)
    sm.add_argument("-o", "--output", help="同时导出 .xlsx 或 .pdf")
    sm.add_argument("--json", action="store_true")
    add_user_arg(sm)
    sm.set_defaults(func=cmd_summary)
    led = s.add_parser("ledger", help="导出年度会费收缴台账（.xlsx 或 .pdf）")
    led.add_argument("--year", type=int, required=True)
    led.add_argument("-o", "--output", required=True)
    add_user_arg(led)
    led.set_defaults(func=cmd_ledger)
    f = s.add_parser("funds", help="登记某月工会经费（工资总额 × 2%%，按比例上解）")
    f.add_argument("--month", required=True)
    f.add_argument("--payroll", required=True, help="当月全部职工工资总额（元）")
    add_user_arg(f)
    f.set_defaults(func=cmd_funds)


def register_import(import_sub) -> None:
    """The hook for cli/import_cmd.py: add `import dues FILE ...` to its sub-parsers."""
    if "dues" in import_sub.choices:
        return
    d = import_sub.add_parser("dues", help="导入分会月度会费表（按身份证号核对，登记实缴）")
    d.add_argument("file")
    d.add_argument("--sheet", help="工作表名称（默认自动选择）")
    d.add_argument("--month", help="YYYY-MM；不写则取表中的月份列或工作表名")
    d.add_argument("--dry-run", action="store_true", help="只核对、不登记")
    d.add_argument("--json", action="store_true")
    d.add_argument("--method", default="工资代扣", choices=METHODS)
    d.add_argument("--paid-on", help="缴费日期 YYYY-MM-DD，默认今天")
    d.add_argument("--update-bases", action="store_true", help="表中缴费基数与登记不同时按表更新")
    d.add_argument("--base-effective-from", help="更新基数的生效日期，默认该月1日")
    d.add_argument("--accept-name-mismatch", action="store_true", help="姓名与名册不符的行也登记")
    add_user_arg(d)
    d.set_defaults(func=cmd_import)


def _date(text: str | None, label: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{label}格式应为 YYYY-MM-DD") from None


def cmd_generate(args) -> int:
    r = run_service(signed_in(args).dues.charges.generate_month, args.month)
    if args.json:
        print_json({"month": r.month, "rule": r.rule, "created": r.created,
                    "recomputed": r.recomputed, "unchanged": r.unchanged,
                    "kept_paid": r.kept_paid, "removed": r.removed,
                    "missing_base": len(r.missing_base), "total_due": _money(r.total_due)})
    else:
        print(f"{r.month}（{r.rule}）：新生成 {r.created} 条，重新计算 {r.recomputed} 条，"
              f"未变 {r.unchanged} 条，已缴保留 {r.kept_paid} 条，撤销 {r.removed} 条；"
              f"应缴合计 {r.total_due:,.2f} 元")
        if r.missing_base:
            print(f"注意：{len(r.missing_base)} 名会员没有缴费基数，未生成应缴")
    return 0


def cmd_arrears(args) -> int:
    dues = signed_in(args).dues
    svc = dues.ledger
    fn = svc.auto_withdraw_candidates if args.candidates else svc.arrears
    rows = run_service(fn, args.as_of)
    if args.output:
        run_service(dues.reports.arrears, Path(args.output), args.as_of)
    if args.json:
        print_json({"members": [{"name": r.name, "id_number": r.id_number, "branch": r.branch_name,
                                 "status": r.status, "months_owed": list(r.months_owed),
                                 "amount_owed": _money(r.amount_owed),
                                 "consecutive_unpaid": r.consecutive_unpaid} for r in rows]})
    else:
        for r in rows:
            print(f"{r.name}\t{r.id_number}\t{r.branch_name}\t欠{len(r.months_owed)}个月\t"
                  f"{r.amount_owed:,.2f}\t连续{r.consecutive_unpaid}个月")
        print(f"共 {len(rows)} 人" + ("（自动退会待审核，须经本人核实和审批）" if args.candidates else ""))
    return 0


def cmd_summary(args) -> int:
    dues = signed_in(args).dues
    dto = run_service(dues.ledger.branch_summary, args.month)
    if args.output:
        run_service(dues.reports.branch_summary, args.month, Path(args.output))
    rows = [*dto.rows, dto.total]
    if args.json:
        print_json({"month": args.month, "branches": [
            {"branch": r.branch_name, "headcount": r.headcount, "due": _money(r.due),
             "paid": _money(r.paid), "owed": _money(r.owed), "rate": str(r.rate)} for r in rows]})
    else:
        for r in rows:
            print(f"{r.branch_name}\t{r.headcount}人\t应缴 {r.due:,.2f}\t实缴 {r.paid:,.2f}\t"
                  f"欠缴 {r.owed:,.2f}\t收缴率 {r.rate}%")
    return 0


def cmd_ledger(args) -> int:
    res = run_service(signed_in(args).dues.reports.annual_ledger, args.year,
                      Path(args.output))
    print(f"已导出 {args.year} 年度会费收缴台账（{res.rows - 1} 人）到 {res.path}")
    return 0


def cmd_funds(args) -> int:
    r = run_service(signed_in(args).dues.funds.record, args.month, args.payroll)
    print(f"{r.month} 工会经费 {r.amount:,.2f} 元：上解 {r.upper_amount:,.2f}，"
          f"留用 {r.basic_amount:,.2f}")
    return 0


def cmd_import(args) -> int:
    from union_desk.services.dues.sheet_import import STATUS_LABELS

    svc = signed_in(args).dues.imports
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件：{path}")
    if args.dry_run:
        pv = run_service(svc.preview, path, args.month, sheet=args.sheet,
                         accept_name_mismatch=args.accept_name_mismatch)
        recorded = None
    else:
        res = run_service(svc.apply, path, args.month, sheet=args.sheet,
                          paid_on=_date(args.paid_on, "缴费日期"),
                          method=args.method, update_bases=args.update_bases,
                          base_effective_from=_date(args.base_effective_from, "生效日期"),
                          accept_name_mismatch=args.accept_name_mismatch)
        pv, recorded = res.preview, res
    if args.json:
        out = {"file": pv.file, "sheet": pv.sheet, "month": pv.month, "rule": pv.rule,
               "dry_run": args.dry_run, "counts": pv.counts, "total_paid": _money(pv.total_paid),
               "total_computed": _money(pv.total_computed), "to_record": pv.to_record,
               "skipped_rows": [{"row": r, "why": w} for r, w in pv.skipped_rows],
               "rows": [r.as_json() for r in pv.rows]}
        if recorded is not None:
            out |= {"batch_id": recorded.batch_id, "recorded": recorded.recorded,
                    "total_recorded": _money(recorded.total_recorded),
                    "bases_updated": recorded.bases_updated}
        print_json(out)
        return 0
    for r in pv.rows:
        if r.status != "ok" or r.problems or r.base_differs or r.due_on_sheet_wrong:
            flags = list(r.problems)
            if r.due_on_sheet_wrong:
                flags.append(f"表中应缴 {r.due_on_sheet} 有误")
            if r.base_differs:
                flags.append(f"基数与登记不同（登记 {r.recorded_base}）")
            print(f"第{r.row}行\t{r.name}\t{STATUS_LABELS[r.status]}\t应缴 {_money(r.computed_due)}\t"
                  f"实缴 {_money(r.paid)}\t{'；'.join(flags)}")
    print(f"{pv.file}（{pv.month}，{pv.rule}）：{len(pv.rows)} 行，可登记 {pv.to_record} 行")
    if recorded is not None:
        print(f"已登记 {recorded.recorded} 笔，共 {recorded.total_recorded:,.2f} 元；"
              f"更新基数 {recorded.bases_updated} 人")
    else:
        print("（试运行，未登记）")
    return 0
