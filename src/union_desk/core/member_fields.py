"""Member field names, labels and validation of a member form (shared by GUI, CLI, importer)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from union_desk.core import idcard
from union_desk.core.dates import DateError, parse_date
from union_desk.core.members import GENDERS, Status
from union_desk.core.money import MoneyError, parse_money
from union_desk.core.text import clean_name, clean_phone, clean_text, is_phone
from union_desk.errors import ValidationError

LABELS = {
    "name": "姓名", "gender": "性别", "ethnicity": "民族", "id_number": "公民身份号码",
    "birth_date": "出生日期", "political_status": "政治面貌", "education": "学历",
    "skills": "技能等级/特长", "hobbies": "兴趣爱好", "phone": "手机号码", "branch": "所属分会",
    "branch_id": "所属分会", "position": "岗位/职务", "joined_on": "入会日期", "status": "会籍状态",
    "person_status": "人员状态", "hukou_type": "户籍类型", "migrant_worker": "是否农民工",
    "monthly_wage": "月工资", "member_no": "会员证号", "family_note": "家庭情况", "remark": "备注",
    "health": "健康状况", "disability": "残疾类别", "bank_name": "开户银行", "bank_account": "银行卡号",
    "deleted": "已删除",
}

# the canonical export / import keys (issue 2 CLI JSON, expected.json)
CANONICAL = ("name", "gender", "id_number", "birth_date", "ethnicity", "political_status",
             "education", "phone", "branch", "joined_on", "status", "migrant_worker",
             "monthly_wage")

TEXT_FIELDS = ("ethnicity", "political_status", "education", "skills", "hobbies", "position",
               "person_status", "hukou_type", "member_no", "family_note", "remark", "health",
               "disability", "bank_name", "bank_account")

BIRTH_MISMATCH = "出生日期与身份证号中的日期（{d}）不一致"
GENDER_MISMATCH = "性别与身份证号（第17位表示{g}）不一致"


def parse_bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = clean_text(str(value))
    if text in {"是", "Y", "y", "yes", "1", "true", "True", "√"}:
        return True
    if text in {"否", "N", "n", "no", "0", "false", "False", "×"}:
        return False
    raise ValueError(f"“{value}”应填“是”或“否”")


def validate_member(raw: Mapping[str, Any], *, today: dt.date | None = None) -> dict[str, Any]:
    """Clean and check a member form. Raises ValidationError with a message per bad field."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}

    out["name"] = clean_name(raw.get("name"))
    if not out["name"]:
        errors["name"] = "请填写姓名"
    elif len(out["name"]) > 30:
        errors["name"] = "姓名过长"

    info = None
    id_raw = clean_text(raw.get("id_number"))
    if not id_raw:
        errors["id_number"] = "请填写公民身份号码"
    else:
        try:
            info = idcard.parse(id_raw, today=today)
            out["id_number"] = info.number
        except idcard.IdCardError as exc:
            errors["id_number"] = exc.message

    gender = clean_text(raw.get("gender"))
    if gender and gender not in GENDERS:
        errors["gender"] = "性别应为“男”或“女”"
    elif info is not None:
        if gender and gender != info.gender:
            errors["gender"] = GENDER_MISMATCH.format(g=info.gender)
        out["gender"] = info.gender

    try:
        birth = parse_date(raw.get("birth_date"))
    except DateError:
        errors["birth_date"] = "出生日期不是有效日期"
        birth = None
    if info is not None:
        if birth is not None and birth != info.birth_date:
            errors["birth_date"] = BIRTH_MISMATCH.format(d=info.birth_date.isoformat())
        out["birth_date"] = info.birth_date

    phone = clean_phone(raw.get("phone"))
    if phone and not is_phone(phone):
        errors["phone"] = "手机号码应为1开头的11位数字"
    out["phone"] = phone

    try:
        joined = parse_date(raw.get("joined_on"))
        if joined and joined > today:
            errors["joined_on"] = "入会日期不能晚于今天"
        if joined and info and joined < info.birth_date:
            errors["joined_on"] = "入会日期早于出生日期"
        out["joined_on"] = joined
    except DateError:
        errors["joined_on"] = "入会日期不是有效日期"

    try:
        out["monthly_wage"] = parse_money(raw.get("monthly_wage"), label="月工资", required=False)
    except MoneyError as exc:
        errors["monthly_wage"] = str(exc)

    try:
        out["migrant_worker"] = parse_bool(raw.get("migrant_worker"))
    except ValueError as exc:
        errors["migrant_worker"] = str(exc)

    for key in TEXT_FIELDS:
        if key in raw:
            out[key] = clean_text(raw.get(key))
    if "branch_id" in raw:
        out["branch_id"] = raw.get("branch_id") or None
    if "status" in raw and raw.get("status"):
        try:
            out["status"] = Status(clean_text(raw["status"])).value
        except ValueError:
            errors["status"] = "会籍状态无效"
    if errors:
        key, message = next(iter(errors.items()))
        label = LABELS.get(key, key)
        raise ValidationError(message if message.startswith(label) else f"{label}：{message}",
                              field=key, field_errors=errors)
    return out
