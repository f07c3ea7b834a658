"""Roster export for the CLI (`union-desk members export FILE`): xlsx, csv (UTF-8 BOM) or json."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import func, select

from union_desk.core import idcard
from union_desk.core.member_fields import CANONICAL, LABELS
from union_desk.core.money import money_str
from union_desk.core.roles import Perm
from union_desk.core.text import mask_phone
from union_desk.db.models import Branch, Member
from union_desk.db.tracking import audit
from union_desk.errors import ValidationError
from union_desk.reports.output import ExportResult, atomic_output
from union_desk.services.context import ServiceContext

FORMATS = (".xlsx", ".csv", ".json")


def _record(row, unmasked: bool) -> dict:
    (name, gender, number, birth, eth, pol, edu, phone, branch, joined, status, migrant,
     wage) = row
    return {
        "name": name, "gender": gender,
        "id_number": number if unmasked else idcard.mask(number),
        "birth_date": birth.isoformat() if birth else None, "ethnicity": eth or None,
        "political_status": pol or None, "education": edu or None,
        "phone": (phone if unmasked else mask_phone(phone)) or None, "branch": branch or None,
        "joined_on": joined.isoformat() if joined else None, "status": status,
        "migrant_worker": migrant, "monthly_wage": money_str(wage),
    }


def export_members(ctx: ServiceContext, path: Path, *, unmasked: bool = False) -> int:
    """Write every current member; returns the count. Unmasked exports are audit-logged."""
    ctx.require(Perm.MEMBER_READ)
    if unmasked:
        ctx.require(Perm.UNMASK)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"不支持的导出格式“{suffix}”，请用 .xlsx、.csv 或 .json")
    with ctx.read() as s:
        stmt = (select(Member.name, Member.gender, Member.id_number, Member.birth_date,
                       Member.ethnicity, Member.political_status, Member.education, Member.phone,
                       func.coalesce(Branch.name, ""), Member.joined_on, Member.status,
                       Member.migrant_worker, Member.monthly_wage)
                .outerjoin(Branch, Branch.id == Member.branch_id)
                .where(Member.deleted.is_(False)).order_by(Member.sort_key))
        records = [_record(r, unmasked) for r in s.execute(stmt)]

    def logged(result: ExportResult) -> None:
        # committed before the file takes its name (reports.output): no export without its record
        with ctx.uow() as s:
            audit(s, "export", "member", "*", field="unmasked" if unmasked else "masked",
                  new=f"{path.name} ({len(records)})")

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path, before_publish=logged) as out:
        _write(out.tmp, suffix, records)
    return len(records)


def _write(target: Path, suffix: str, records: list[dict]) -> None:
    if suffix == ".json":
        target.write_text(json.dumps(records, ensure_ascii=False, indent=1), "utf-8")
    elif suffix == ".csv":
        with open(target, "w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow([LABELS[k] if k != "branch" else "所属分会" for k in CANONICAL])
            for r in records:
                w.writerow(["" if r[k] is None else
                            ("是" if r[k] is True else "否" if r[k] is False else r[k])
                            for k in CANONICAL])
    else:
        _write_xlsx(str(target), records)


def _write_xlsx(target: str, records: list[dict]) -> None:
    import datetime as dt
    from decimal import Decimal

    import xlsxwriter

    wb = xlsxwriter.Workbook(target, {"constant_memory": True})
    ws = wb.add_worksheet("会员名册")
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    text = wb.add_format({"num_format": "@"})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    money = wb.add_format({"num_format": "#,##0.00"})
    widths = {"name": 10, "id_number": 21, "phone": 14, "branch": 14, "birth_date": 12,
              "joined_on": 12, "political_status": 10, "education": 10, "monthly_wage": 12}
    for c, key in enumerate(CANONICAL):
        ws.set_column(c, c, widths.get(key, 8))
        ws.write_string(0, c, LABELS[key] if key != "branch" else "所属分会", head)
    ws.freeze_panes(1, 0)
    for r, rec in enumerate(records, start=1):
        for c, key in enumerate(CANONICAL):
            v = rec[key]
            if v is None:
                continue
            if key in ("birth_date", "joined_on"):
                ws.write_datetime(r, c, dt.datetime.fromisoformat(v), date)
            elif key == "monthly_wage":
                ws.write_number(r, c, float(Decimal(v)), money)  # display only; source is Decimal
            elif isinstance(v, bool):
                ws.write_string(r, c, "是" if v else "否")
            else:
                # IDs and phones are text cells: Excel would round an 18-digit number
                ws.write_string(r, c, str(v), text if key in ("id_number", "phone") else None)
    wb.close()
