"""Dues report definitions on the shared table-report engine (xlsx + PDF).

Takes the dues services' DTOs (duck-typed: reports do not import services) and returns
:class:`TableReport` specs; :func:`write` picks the writer from the file suffix.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from union_desk.core.dates import month_runs
from union_desk.errors import ValidationError
from union_desk.reports.spec import Column, Kind, TableReport

# 会费收缴台账 is signed by these three (domain.md §2(b)); used when the engine supports it
SIGNATURE_ROLES = ("经办人", "工会主席", "财务")
SUFFIXES = (".xlsx", ".pdf")

LEDGER_COLUMNS = (Column("序号", Kind.INT), Column("姓名"), Column("分会"),
                  Column("缴费基数", Kind.MONEY), Column("月应缴", Kind.MONEY),
                  Column("月数", Kind.INT), Column("年应缴", Kind.MONEY), Column("实缴", Kind.MONEY),
                  Column("欠缴", Kind.MONEY), Column("备注", width=24))


def _spec(**kw: Any) -> TableReport:
    return TableReport(signature_roles=SIGNATURE_ROLES, **kw)


def annual_ledger(dto: Any) -> TableReport:
    """会费收缴台账: header line with year, 人数, 缴费人数 and totals; a 合计 row closes it."""
    # one line shared with the date on PDF pages: the full totals are in the 合计 row
    sub = (f"年度：{dto.year}年　人数：{dto.headcount}　缴费人数：{dto.paying_headcount}　"
           f"应缴合计：{dto.total_due:,.2f}元")

    def rows() -> Iterable[Sequence[Any]]:
        for r in dto.rows:
            yield (r.seq, r.name, r.branch_name, r.base, r.monthly_due, r.months, r.year_due,
                   r.paid, r.owed, r.remark)
        yield (None, "合计", "", None, None, None, dto.total_due, dto.total_paid, dto.total_owed,
               "")

    return _spec(title=f"{dto.year}年度会费收缴台账", union_name=dto.union_name,
                 columns=LEDGER_COLUMNS, rows=rows(), subtitle=sub,
                 row_count=len(dto.rows) + 1, sheet_name=f"{dto.year}会费台账")


def branch_summary(dto: Any) -> TableReport:
    cols = (Column("分会"), Column("应缴人数", Kind.INT), Column("足额人数", Kind.INT),
            Column("应缴", Kind.MONEY), Column("实缴", Kind.MONEY), Column("欠缴", Kind.MONEY),
            Column("收缴率(%)"))
    rows = [(r.branch_name, r.headcount, r.paid_count, r.due, r.paid, r.owed, f"{r.rate}")
            for r in (*dto.rows, dto.total)]
    return _spec(title=f"{dto.month[:4]}年{int(dto.month[5:])}月会费收缴汇总",
                 union_name=dto.union_name, columns=cols, rows=rows,
                 subtitle=f"月份：{dto.month}", row_count=len(rows), sheet_name="会费收缴汇总")


def arrears(union_name: str, as_of: str, rows_in: Sequence[Any], *,
            unmasked: bool = False) -> TableReport:
    cols = (Column("序号", Kind.INT), Column("姓名"), Column("身份证号", Kind.ID), Column("分会"),
            Column("会籍状态"), Column("欠缴月数", Kind.INT), Column("连续未缴月数", Kind.INT),
            Column("欠缴金额", Kind.MONEY), Column("欠缴月份", width=40))
    total = sum((r.amount_owed for r in rows_in), start=0)
    rows: list[Sequence[Any]] = [
        (i, r.name, r.id_number, r.branch_name, r.status, len(r.months_owed),
         r.consecutive_unpaid, r.amount_owed, _months_text(r.months_owed))
        for i, r in enumerate(rows_in, 1)]
    rows.append((None, "合计", "", "", "", None, None, total, ""))
    return _spec(title="会费欠缴名单", union_name=union_name, columns=cols, rows=rows,
                 subtitle=f"截至 {as_of}　欠缴人数：{len(rows_in)}", row_count=len(rows),
                 unmasked=unmasked, sheet_name="欠缴名单")


def funds(union_name: str, year: int, rows_in: Sequence[Any]) -> TableReport:
    cols = (Column("月份"), Column("工资总额", Kind.MONEY), Column("比例"),
            Column("工会经费", Kind.MONEY), Column("上解比例"), Column("上解上级工会", Kind.MONEY),
            Column("基层留用", Kind.MONEY), Column("拨缴日期", Kind.DATE), Column("备注"))
    rows: list[Sequence[Any]] = [
        (r.month, r.payroll_total, _pct(r.rate), r.amount, _pct(r.upper_share), r.upper_amount,
         r.basic_amount, r.paid_on, r.note) for r in rows_in]
    if rows_in:
        rows.append(("合计", sum(r.payroll_total for r in rows_in), "",
                     sum(r.amount for r in rows_in), "", sum(r.upper_amount for r in rows_in),
                     sum(r.basic_amount for r in rows_in), None, ""))
    return _spec(title=f"{year}年度工会经费拨缴记录", union_name=union_name, columns=cols,
                 rows=rows, subtitle=f"年度：{year}年（工会经费由行政拨缴，不含会费）",
                 row_count=len(rows), sheet_name="工会经费")


def write(spec: TableReport, path: str | os.PathLike, **kw: Any):
    """xlsx or PDF by suffix; returns the engine's ExportResult."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        from union_desk.reports.xlsx import write_xlsx

        return write_xlsx(spec, path, **kw)
    if suffix == ".pdf":
        from union_desk.reports.pdf import write_pdf

        return write_pdf(spec, path, **kw)
    raise ValidationError(f"不支持的报表格式“{suffix}”，请用 .xlsx 或 .pdf", field="path")


def _pct(value: Any) -> str:
    return f"{value * 100:g}%"


def _months_text(months: Sequence[str]) -> str:
    """2026-01…2026-06 runs collapsed so long arrears stay readable."""
    return "、".join(a if a == b else f"{a}至{b}" for a, b in month_runs(months))
