"""A branch's monthly dues sheet: match rows to members by ID, check them, record payments.

Reading uses the shared pipeline (``tabular.table.read_table``: sheet choice, header below
title rows, 合计/footer rows skipped). Matching works on plain :class:`SheetRow` values so it
does not depend on the file format. 实缴 is compared with the due computed by the office's
rule from the sheet's 缴费基数, never with the sheet's own 应缴 column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core import dates
from union_desk.core import dues as rules
from union_desk.core import idcard
from union_desk.core.money import MoneyError, money_str, parse_money
from union_desk.core.roles import Perm
from union_desk.core.text import clean_name, clean_text
from union_desk.db.base import new_id, now_ms
from union_desk.db.models import DuesCharge, DuesPayment, DuesWageBase, Member
from union_desk.db.tracking import actor_of, audit, flush_pending
from union_desk.errors import ValidationError
from union_desk.services.dues import common as c
from union_desk.services.context import ServiceContext
from union_desk.services.dues.payments import insert_payments, payment_row

SYNONYMS: dict[str, tuple[str, ...]] = {
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "居民身份证号码"),
    "name": ("姓名", "会员姓名", "职工姓名"),
    "base": ("缴费基数", "月工资", "工资", "缴费工资", "基数", "月工资收入"),
    "declared_due": ("应缴会费", "应缴", "应缴金额", "月应缴", "应交会费"),
    "paid": ("实缴会费", "实缴", "实缴金额", "实交会费", "已缴会费", "缴纳金额"),
    "month": ("月份", "缴费月份", "所属月份", "年月"),
    "__ignore__": ("序号", "编号", "备注", "说明"),
}
REQUIRED = ("id_number", "paid")
OK, UNDERPAID, OVERPAID, INVALID = "ok", "underpaid", "overpaid", "invalid"
STATUS_LABELS = {OK: "足额", UNDERPAID: "少缴", OVERPAID: "多缴", INVALID: "无法识别"}
_SHEET_MONTH = re.compile(r"(\d{4})\s*[年\-./]\s*(\d{1,2})")


@dataclass(frozen=True)
class SheetRow:
    """One data row as read from a sheet (raw cell values)."""

    row: int
    id_number: Any
    name: Any = None
    base: Any = None
    due_on_sheet: Any = None
    paid: Any = None
    month: Any = None


@dataclass(frozen=True)
class DuesSheetRow:
    row: int
    id_number: str                # masked (110105********5937) for a role without Perm.UNMASK
    name: str                     # as on the sheet, cleaned
    member_id: str | None
    member_name: str | None
    known_member: bool
    name_mismatch: bool
    owes: bool                    # the member owes dues for the month (在会/转出中)
    month: str
    base: Decimal | None          # the sheet's 缴费基数
    recorded_base: Decimal | None
    base_differs: bool
    due_on_sheet: Decimal | None
    due_on_sheet_wrong: bool
    computed_due: Decimal | None
    paid: Decimal | None
    difference: Decimal | None    # paid - computed_due
    status: str                   # ok / underpaid / overpaid / invalid
    already_recorded: bool
    will_record: bool
    problems: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        money = money_str
        return {"row": self.row, "id_number": self.id_number, "status": self.status,
                "computed_due": money(self.computed_due), "paid": money(self.paid),
                "difference": money(self.difference), "name_mismatch": self.name_mismatch,
                "known_member": self.known_member, "name": self.name,
                "member_name": self.member_name, "month": self.month,
                "due_on_sheet": money(self.due_on_sheet),
                "due_on_sheet_wrong": self.due_on_sheet_wrong, "base": money(self.base),
                "recorded_base": money(self.recorded_base), "base_differs": self.base_differs,
                "owes": self.owes, "already_recorded": self.already_recorded,
                "will_record": self.will_record, "problems": list(self.problems)}


@dataclass(frozen=True)
class DuesSheetPreview:
    file: str
    sheet: str
    month: str
    rule: str
    rows: tuple[DuesSheetRow, ...]
    skipped_rows: tuple[tuple[int, str], ...]   # 合计 / footer rows
    counts: dict[str, int]
    total_paid: Decimal
    total_computed: Decimal
    to_record: int


@dataclass(frozen=True)
class DuesImportResult:
    batch_id: str
    preview: DuesSheetPreview
    recorded: int
    total_recorded: Decimal
    bases_updated: int


class DuesImportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def preview(self, path: str | Path, month: str | None = None, *, sheet: str | None = None,
                accept_name_mismatch: bool = False) -> DuesSheetPreview:
        self.ctx.require(Perm.DUES_READ)
        sheet, rows, skipped = read_sheet(path, sheet)
        with self.ctx.read() as s:
            pv = match_rows(s, rows, _month(month, sheet), Path(path).name, sheet, skipped,
                            accept_name_mismatch)
        return self._shown(pv)

    def apply(self, path: str | Path, month: str | None = None, *, sheet: str | None = None,
              paid_on: dt.date | None = None, method: str = "工资代扣",
              update_bases: bool = False, base_effective_from: dt.date | None = None,
              accept_name_mismatch: bool = False) -> DuesImportResult:
        """Record the sheet's payments in one transaction. Rows already recorded from a
        sheet for the same member and month are skipped, so applying twice adds nothing."""
        self.ctx.require(Perm.DUES_WRITE)
        self.ctx.require(Perm.IMPORT)
        c.check_method(method)
        sheet, rows, skipped = read_sheet(path, sheet)
        return self._apply_rows(rows, _month(month, sheet), Path(path).name, sheet, skipped,
                                paid_on, method, update_bases, base_effective_from,
                                accept_name_mismatch)

    def apply_rows(self, rows: Sequence[SheetRow], month: str, *, file: str = "", sheet: str = "",
                   skipped: Sequence[tuple[int, str]] = (), paid_on: dt.date | None = None,
                   method: str = "工资代扣", update_bases: bool = False,
                   base_effective_from: dt.date | None = None,
                   accept_name_mismatch: bool = False) -> DuesImportResult:
        self.ctx.require(Perm.DUES_WRITE)
        return self._apply_rows(rows, month, file, sheet, skipped, paid_on, method, update_bases,
                                base_effective_from, accept_name_mismatch)

    def _apply_rows(self, rows: Sequence[SheetRow], month: str, file: str, sheet: str,
                    skipped: Sequence[tuple[int, str]], paid_on: dt.date | None, method: str,
                    update_bases: bool, base_effective_from: dt.date | None,
                    accept_name_mismatch: bool) -> DuesImportResult:
        month = c.check_month(month)
        day = paid_on or c.today()
        if day > c.today():
            raise ValidationError("缴费日期不能晚于今天", field="paid_on")
        batch = new_id()
        with self.ctx.uow(batch_id=batch) as s:
            pv = match_rows(s, rows, month, file, sheet, skipped, accept_name_mismatch)
            actor, stamp = actor_of(s), now_ms()
            new_rows = [payment_row(r.member_id, r.paid, r.month, day, method, "", actor, stamp,
                                    batch=batch, source_key=_key(r.month, r.id_number),
                                    note=f"导入 {file} 第{r.row}行"[:200])
                        for r in pv.rows if r.will_record]
            insert_payments(s, new_rows)
            updated = _update_bases(s, pv, base_effective_from) if update_bases else 0
            audit(s, "import", "dues_payment", batch, new=f"{file}：{len(new_rows)} 笔")
            flush_pending(s)  # no ORM flush may follow to write it
            total = rules.from_fen(sum(r[1] for r in new_rows))
        return DuesImportResult(batch, self._shown(pv), len(new_rows), total, updated)

    def _shown(self, pv: DuesSheetPreview) -> DuesSheetPreview:
        """ID numbers masked for a role without Perm.UNMASK, the sheet's own echoed back
        included: the preview goes to the GUI, the CLI's --json and logs as it is. Matching
        and the rows' source keys use the full numbers before this."""
        if self.ctx.can(Perm.UNMASK):
            return pv
        return replace(pv, rows=tuple(replace(r, id_number=idcard.mask(r.id_number))
                                      for r in pv.rows))


def _key(month: str, id_number: str) -> str:
    return f"sheet:{month}:{id_number}"


def _month(month: str | None, sheet: str) -> str:
    if month:
        return c.check_month(month)
    m = _SHEET_MONTH.search(sheet or "")
    if m:
        return c.check_month(f"{m.group(1)}-{m.group(2)}")
    return ""  # per-row 月份 column decides


def read_sheet(path: str | Path, sheet: str | None = None
               ) -> tuple[str, list[SheetRow], list[tuple[int, str]]]:
    from union_desk.tabular.table import read_table

    t = read_table(path, SYNONYMS, REQUIRED, sheet=sheet)
    f = t.header.fields
    get = lambda row, k: row[f[k]] if k in f and f[k] < len(row) else None  # noqa: E731
    rows = [SheetRow(n, get(r, "id_number"), get(r, "name"), get(r, "base"),
                     get(r, "declared_due"), get(r, "paid"), get(r, "month")) for n, r in t.rows]
    return t.sheet, rows, list(t.skipped)


class IdCellError(ValueError):
    """An ID number cell that cannot be trusted (message is shown as is)."""


def _id(raw: Any) -> str:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise IdCellError("身份证号被存成了数字，后几位可能已丢失；请把该列设为文本格式")
    return idcard.clean(clean_text(None if raw is None else str(raw)))


def match_rows(s: Session, rows: Sequence[SheetRow], month: str, file: str, sheet: str,
               skipped: Sequence[tuple[int, str]], accept_name_mismatch: bool) -> DuesSheetPreview:
    ids = set()
    for r in rows:
        try:
            ids.add(_id(r.id_number))
        except IdCellError:
            pass
    members: dict[str, Any] = {}
    for part in c.chunks(sorted(ids)):
        for m in s.execute(select(Member.id, Member.id_number, Member.name)
                           .where(Member.id_number.in_(part), Member.deleted.is_(False))):
            members[m.id_number] = m
    months = set()
    out = []
    caches: dict[str, tuple] = {}
    for r in rows:
        problems: list[str] = []
        try:
            mo = c.check_month(r.month, field="month") if (r.month and not month) else month
            if not mo:
                raise ValidationError("未指定月份：请在命令中给出 --month，或在表中填写月份列")
            if r.month and month and dates.parse_month(r.month) != month:
                problems.append(f"表中月份 {dates.parse_month(r.month)} 与导入月份 {month} 不一致")
        except (ValidationError, dates.MonthError) as exc:
            problems.append(getattr(exc, "message", str(exc)))
            mo = month or ""
        months.add(mo)
        try:
            idn = _id(r.id_number)
        except IdCellError as exc:
            idn, problems = str(r.id_number), problems + [str(exc)]
        values = {}
        for key, label in (("base", "缴费基数"), ("due_on_sheet", "应缴会费"), ("paid", "实缴会费")):
            try:  # core.money's rule: number cells to the cent, text exact
                values[key] = parse_money(getattr(r, key), label=label, required=False)
            except MoneyError as exc:
                values[key] = None
                problems.append(str(exc))
        if values["paid"] is None and not any("实缴" in p for p in problems):
            problems.append("实缴会费为空")
        if mo not in caches and mo:
            caches[mo] = _month_context(s, mo, [m.id for m in members.values()])
        rule, rate, owing, bases, already = caches.get(mo, ("", Decimal(0), set(), {}, set()))
        m = members.get(idn)
        name = clean_name(r.name)
        mismatch = bool(m and name and clean_name(m.name) != name)
        recorded = bases.get(m.id) if m else None
        base = values["base"] if values["base"] is not None else recorded
        due = rules.monthly_due(base, rate, rule) if (base is not None and rule) else None
        paid = values["paid"]
        if m is None:
            problems.append("身份证号不在会员名册中")
        elif m.id not in owing:
            problems.append(f"该会员 {mo} 无须缴纳会费（非在会状态）")
        if mismatch:
            problems.append(f"姓名与名册不符（名册：{m.name}）")
        diff = paid - due if (paid is not None and due is not None) else None
        status = INVALID if diff is None else OK if diff == 0 else UNDERPAID if diff < 0 else OVERPAID
        done = bool(m and _key(mo, idn) in already)
        will = (status != INVALID and m is not None and m.id in owing and paid is not None
                and paid > 0 and not done and (accept_name_mismatch or not mismatch)
                and not any("不一致" in p for p in problems))
        sheet_due = values["due_on_sheet"]
        out.append(DuesSheetRow(
            r.row, idn, name, m.id if m else None, m.name if m else None, m is not None, mismatch,
            bool(m and m.id in owing), mo, values["base"], recorded,
            bool(m and values["base"] is not None and recorded is not None
                 and values["base"] != recorded),
            sheet_due, bool(sheet_due is not None and due is not None and sheet_due != due),
            due, paid, diff, status, done, will, tuple(problems)))
    counts = Counter(r.status for r in out)
    for flag in ("name_mismatch", "due_on_sheet_wrong", "base_differs", "already_recorded"):
        counts[flag] = sum(getattr(r, flag) for r in out)
    counts["unknown_member"] = sum(not r.known_member for r in out)
    rule = caches[month][0] if month in caches else ",".join(sorted({v[0] for v in caches.values()}))
    return DuesSheetPreview(
        file, sheet, month or ",".join(sorted(m for m in months if m)), rule, tuple(out),
        tuple(skipped), dict(counts), sum((r.paid for r in out if r.paid is not None), rules.ZERO),
        sum((r.computed_due for r in out if r.computed_due is not None), rules.ZERO),
        sum(r.will_record for r in out))


def _month_context(s: Session, month: str, member_ids: list[str]):
    rule, rate = c.rule_for(s, month)
    owing = c.owing_members(s, month, member_ids)
    bases = c.bases_on(s, month, owing)
    # a reversed sheet entry no longer blocks re-importing that row
    keys = s.execute(select(DuesPayment.id, DuesPayment.source_key).where(
        DuesPayment.deleted.is_(False), DuesPayment.first_month == month,
        DuesPayment.source_key.is_not(None))).all()
    reversed_ids = set(s.scalars(select(DuesPayment.reverses_id).where(
        DuesPayment.reverses_id.in_([k.id for k in keys]))).all()) if keys else set()
    already = {k.source_key for k in keys if k.id not in reversed_ids}
    return rule, rate, {m.id for m in owing}, bases, already


def _update_bases(s: Session, pv: DuesSheetPreview, effective: dt.date | None) -> int:
    """Record the sheet's base for members whose recorded base differs; an unpaid charge of
    the month is re-computed (ORM write, so the change is audited)."""
    n = 0
    for r in pv.rows:
        if not (r.base_differs and r.member_id and r.base is not None):
            continue
        day = effective or dates.month_start(r.month)
        s.add(DuesWageBase(member_id=r.member_id, base=r.base, effective_from=day,
                           note=f"按{pv.file}更新"[:200]))
        ch = s.scalar(select(DuesCharge).where(DuesCharge.member_id == r.member_id,
                                               DuesCharge.month == r.month,
                                               DuesCharge.deleted.is_(False)))
        if ch is not None and r.computed_due is not None and not r.already_recorded:
            ch.base, ch.amount = r.base, r.computed_due
        n += 1
    return n
