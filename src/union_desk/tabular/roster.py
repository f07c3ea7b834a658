"""Member roster rows: normalise and validate each row; the rest of the file still imports.

One reason per rejected row (the first defect found, in the order of REASONS), with a plain
Chinese message and the offending fields, so the error report can highlight the cells.
The nine codes of expected.json are used as specified; ``bad_value`` covers the columns they do
not name (月工资 that is not an amount, 是否农民工 that is not 是/否, an unknown 会籍状态).
Accepted rows become records shaped like expected.json's ``record_format``; ``status`` keeps
the clerk's text (在册, 保留会籍 ...) and :func:`status_value` maps it to a 会籍状态.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from unicodedata import is_normalized
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

from union_desk.core import idcard
from union_desk.core.dates import DateError, month_of, parse_date, parse_month
from union_desk.core.member_fields import parse_bool
from union_desk.core.members import GENDERS, Status
from union_desk.core.money import MoneyError, float_cents, parse_money
from union_desk.core.text import clean_name, clean_phone, clean_text, is_phone
from union_desk.errors import Cancelled
from union_desk.tabular.table import ReadAhead, Table, is_blank

REASONS = ("missing_required", "id_precision_lost", "bad_length", "bad_checksum", "bad_birth_in_id",
           "duplicate_in_file", "birth_mismatch", "bad_date", "bad_phone", "bad_value")
REASON_LABELS = {
    "missing_required": "缺少必填项", "id_precision_lost": "身份证号被存成数字", "bad_length": "身份证号位数不对",
    "bad_checksum": "身份证号校验位错误", "bad_birth_in_id": "身份证号中的出生日期无效",
    "duplicate_in_file": "表内重复", "birth_mismatch": "出生日期与身份证号不符", "bad_date": "日期无效",
    "bad_phone": "手机号码无效", "bad_value": "其他内容无效",
}
REQUIRED = ("name", "id_number")
TEXT_FIELDS = ("ethnicity", "political_status", "education", "branch", "position", "member_no",
               "hukou_type", "person_status")
_SCI = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.I)

STATUS_WORDS = {
    Status.ACTIVE: ("在会", "在册", "已入会", "正常", "会员", "在职会员", "是"),
    Status.RETAINED: ("保留会籍", "保留", "退休保留会籍"),
    Status.TRANSFERRING: ("转出中", "待转出"),
    Status.TRANSFERRED: ("已转出", "转出", "调出"),
    Status.WITHDRAWN: ("退会", "已退会"),
    Status.AUTO_WITHDRAWN: ("自动退会", "欠费被退会", "欠费退会"),
    Status.EXPELLED: ("开除", "开除会籍"),
}
_STATUS = {w: s.value for s, words in STATUS_WORDS.items() for w in words}


def status_value(text: str | None) -> str | None:
    """在册 -> 在会 etc.; None when empty; KeyError-free: unknown text returns None."""
    if not text:
        return None
    return _STATUS.get("".join(text.split()))


@dataclass(slots=True)
class Rejected:
    row: int
    id_number: str | None
    reason: str
    message: str
    fields: tuple[str, ...]
    cells: list[Any]
    name: str = ""


@dataclass
class RosterResult:
    table: Table
    accepted: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)

    def rejected_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rejected:
            out[r.reason] = out.get(r.reason, 0) + 1
        return out


class _Bad(Exception):
    def __init__(self, reason: str, message: str, *fields: str, shown: str | None = None):
        self.reason, self.message, self.fields, self.shown = reason, message, fields, shown


def _num_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _id_text(raw: Any) -> str:
    if raw.__class__ is str and len(raw) == 18 and raw.isascii() and raw[:17].isdigit() \
            and raw[17] in "0123456789Xx":
        return raw.upper()  # fast path: a clean 18-character text cell
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, (int, float)):
        # Excel keeps 15 significant digits: an 18-digit ID in a number cell is already damaged
        if abs(raw) >= 1e15:
            shown = f"{raw:.0f}" if isinstance(raw, float) else str(raw)
            raise _Bad("id_precision_lost",
                       f"身份证号被存成了数字（显示为 {shown}），Excel 只保留15位有效数字，后几位已丢失。"
                       "请把身份证号列设置为“文本”格式后重新录入正确号码", "id_number", shown=shown)
        return _num_text(raw)
    text = idcard.clean(clean_text(raw if isinstance(raw, str) else str(raw)))
    if _SCI.match(text):
        raise _Bad("id_precision_lost",
                   f"身份证号显示为科学计数法（{text}），后几位已丢失。请把身份证号列设置为“文本”格式后重新录入",
                   "id_number", shown=text)
    return text


def _blank_none(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Blank cells (None, '', spaces) normalise to None; the wrapped function sees real values."""
    def wrapped(raw: Any) -> Any:
        return None if is_blank(raw) else fn(raw)
    return wrapped


class _Cache(dict):
    """Memoise a normaliser per distinct cell value (rosters repeat 民族, 学历, 分会 ...)."""

    def __init__(self, fn: Callable[[Any], Any], *, blank_is_none: bool = True):
        super().__init__()
        self.fn = _blank_none(fn) if blank_is_none else fn

    def __missing__(self, key):
        value = self[key] = self.fn(key)
        return value


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, float | int) and not isinstance(raw, bool):
        return _num_text(raw)
    return clean_text(str(raw)) or None


def _date(raw: Any) -> dt.date | None | DateError:
    try:
        return parse_date(raw)
    except DateError as exc:
        return exc


def _phone(raw: Any) -> str | None:
    if isinstance(raw, float | int) and not isinstance(raw, bool):
        raw = _num_text(raw)
    text = clean_phone(raw if isinstance(raw, str) else str(raw))
    if text.startswith("+86"):
        text = text[3:]
    return text or None


def _wage(raw: Any) -> Decimal | None | str:
    try:
        return parse_money(raw, label="月工资", required=False)
    except MoneyError as exc:
        return str(exc)


def _bool(raw: Any) -> bool | None | str:
    try:
        return parse_bool(clean_text(raw) if isinstance(raw, str) else raw)
    except ValueError as exc:
        return f"是否农民工：{exc}"


BLOCK = 2000  # rows between cancel checks and progress reports


def validate_rows(table: Table, *, today: dt.date | None = None,
                  cancel: threading.Event | None = None,
                  progress: Callable[[int, int], None] | None = None) -> RosterResult:
    """Validate every data row of ``table`` (the dry run); see :class:`RosterChecker`."""
    checker = RosterChecker(table, today=today)
    total = len(table.rows)
    for start in range(0, total, BLOCK):
        if cancel is not None and cancel.is_set():
            raise Cancelled("已取消导入")
        if progress is not None:
            progress(start, total)
        checker.check(table.rows[start:start + BLOCK])
    if progress is not None:
        progress(total, total)
    return checker.result


class RosterChecker:
    """Validates a roster block by block, so an import can check one block while the one
    before is being written. The IDs seen (duplicate_in_file: the first occurrence wins) and
    the per-value caches carry over from block to block; results gather in ``result``."""

    def __init__(self, table: Table, *, today: dt.date | None = None):
        self.today = today or dt.date.today()
        self.result = RosterResult(table)
        self.cols = table.header.fields
        self.texts = [(f, self.cols[f], _Cache(_text)) for f in TEXT_FIELDS if f in self.cols]
        self.caches = (_Cache(_date), _Cache(_phone), _Cache(_wage), _Cache(_bool),
                       _Cache(lambda v: clean_name(v if isinstance(v, str) else _num_text(v))),
                       _Cache(_text),
                       _Cache(lambda raw: (_text(raw), status_value(_text(raw))), blank_is_none=False))
        self.seen: dict[str, int] = {}

    def check(self, rows: list[tuple[int, list[Any]]]) -> list[dict[str, Any]]:
        """The records of ``rows`` that pass; rejections and warnings go to ``result``."""
        # everything the loop touches is a local: this runs once per row of a 50,000-row file
        today, texts, seen, facts = self.today, self.texts, self.seen, idcard.facts
        dates, phones, wages, bools, names, genders, statuses = self.caches
        rejected, warnings = self.result.rejected, self.result.warnings
        accepted: list[dict[str, Any]] = []
        cols = self.cols
        c_name, c_id = cols["name"], cols["id_number"]
        c_birth, c_join, c_phone = cols.get("birth_date"), cols.get("joined_on"), cols.get("phone")
        c_wage, c_mig, c_status, c_gender = (cols.get("monthly_wage"), cols.get("migrant_worker"),
                                             cols.get("status"), cols.get("gender"))
        for rownum, cells in rows:
            id_number = None
            name = ""
            try:
                raw_id = cells[c_id]
                raw_name = cells[c_name]
                if raw_name.__class__ is str and raw_name.isalpha() and is_normalized("NFKC", raw_name):
                    name = raw_name  # fast path: letters only, nothing to clean
                else:
                    name = names[raw_name] or ""
                # fast path: a clean 18-character text cell, shape already checked here
                shaped = (raw_id.__class__ is str and len(raw_id) == 18 and raw_id.isascii()
                          and raw_id[:17].isdigit() and raw_id[17] in "0123456789Xx")
                if shaped:
                    id_number = raw_id if raw_id[17] != "x" else raw_id.upper()
                elif raw_id is None or is_blank(raw_id):
                    raise _Bad("missing_required", "缺少必填项：身份证号为空", "id_number")
                else:
                    id_number = _id_text(raw_id)
                if not name:
                    raise _Bad("missing_required", "缺少必填项：姓名为空", "name")
                try:
                    if shaped:
                        birth_date, gender = facts(id_number, today)
                    else:
                        _n, birth_date, gender = idcard.parse(id_number, today=today, cleaned=True)
                except idcard.IdCardError as exc:
                    raise _Bad(exc.code, exc.message, "id_number") from None
                first = seen.get(id_number)
                if first is not None:
                    raise _Bad("duplicate_in_file", f"身份证号与第 {first} 行重复（同一文件中以第一次出现的为准）",
                               "id_number")
                if c_birth is not None:
                    birth = cells[c_birth]
                    if birth.__class__ is not dt.date:
                        birth = dates[birth]
                    if birth is None or birth == birth_date:
                        pass
                    elif isinstance(birth, DateError):
                        if not _same_month(cells[c_birth], birth_date):
                            raise _Bad("bad_date", f"出生日期“{cells[c_birth]}”不是有效日期", "birth_date")
                    else:
                        raise _Bad("birth_mismatch", f"出生日期 {birth.isoformat()} 与身份证号中的日期 "
                                   f"{birth_date.isoformat()} 不一致", "birth_date", "id_number")
                joined = None
                if c_join is not None:
                    joined = cells[c_join]
                    if joined.__class__ is not dt.date:
                        joined = dates[joined]
                    if joined is not None:
                        if isinstance(joined, DateError):
                            raise _Bad("bad_date", f"入会日期“{cells[c_join]}”不是有效日期", "joined_on")
                        if joined > today:
                            raise _Bad("bad_date", f"入会日期 {joined.isoformat()} 晚于今天", "joined_on")
                        if joined < birth_date:
                            raise _Bad("bad_date", f"入会日期 {joined.isoformat()} 早于出生日期", "joined_on")
                phone = None
                if c_phone is not None:
                    phone = cells[c_phone]
                    if phone.__class__ is str and len(phone) == 11 and phone.isascii() \
                            and phone.isdigit() and phone[0] == "1" and phone[1] in "3456789":
                        pass  # fast path: what is_phone accepts, without the regex
                    elif (phone := phones[phone]) is not None and not is_phone(phone):
                        raise _Bad("bad_phone", f"手机号码“{_shown(cells[c_phone])}”应为1开头的11位数字", "phone")
                wage = None
                if c_wage is not None:
                    wage = cells[c_wage]
                    if wage.__class__ is float and 0 <= wage < 1e15:
                        wage = float_cents(wage)  # core.money's rule for number cells, inline
                    elif (wage := wages[wage]).__class__ is str:
                        raise _Bad("bad_value", wage, "monthly_wage")
                mig = None
                if c_mig is not None:
                    mig = bools[cells[c_mig]]
                    if mig.__class__ is str:
                        raise _Bad("bad_value", mig, "migrant_worker")
                status = None
                if c_status is not None:
                    status, value = statuses[cells[c_status]]
                    if status is not None and value is None:
                        raise _Bad("bad_value", f"会籍状态“{status}”无法识别（可填：在会/在册、保留会籍、"
                                   "已转出、退会 等）", "status")
                rec = {"row": rownum, "name": name, "gender": gender, "id_number": id_number,
                       "birth_date": birth_date, "joined_on": joined, "phone": phone,
                       "monthly_wage": wage, "migrant_worker": mig, "status": status}
                for f, col, cache in texts:
                    rec[f] = cache[cells[col]]
                if c_gender is not None:
                    given = genders[cells[c_gender]]
                    if given is not None and given != gender and given in GENDERS:
                        warnings.append((rownum, f"性别“{given}”与身份证号不符，已按身份证号记为“{gender}”"))
            except _Bad as bad:
                rejected.append(Rejected(rownum, bad.shown or id_number or None, bad.reason, bad.message,
                                         bad.fields, list(cells), name))
                continue
            seen[id_number] = rownum
            accepted.append(rec)
        self.result.accepted.extend(accepted)
        return accepted


def _same_month(raw: Any, birth: dt.date) -> bool:
    """出生年月 written as 1985.03 / 1985年3月 agrees with the ID to the month."""
    try:
        return parse_month(raw) == month_of(birth)
    except DateError:
        return False


def _shown(raw: Any) -> str:
    return _num_text(raw) if isinstance(raw, float | int) and not isinstance(raw, bool) else str(raw).strip()


def read_roster_ahead(path, *, sheet: str | None = None,
                      mapping: dict[str, str | None] | None = None) -> ReadAhead:
    """Start reading a member roster (the member import's synonyms and required columns) on a
    helper thread; hand it to ``MemberImportService.preview/apply(read_ahead=…)``."""
    from union_desk.tabular.header import MEMBER_SYNONYMS

    return ReadAhead(path, MEMBER_SYNONYMS, REQUIRED, sheet=sheet, mapping=mapping)
