"""Find the header row below title and blank rows, and map its columns to fields by synonyms.

Headers are compared after NFKC, with all whitespace, '*' required-markers and a trailing
unit in brackets removed: `姓  名` = 姓名, `月工资（元）` = 月工资.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

IGNORE = "__ignore__"  # columns like 序号 / 备注 that are known but not imported

# field -> synonyms, best first. Earlier synonyms win when two columns map to one field.
MEMBER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "会员姓名", "职工姓名", "名字"),
    "gender": ("性别",),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码",
                  "居民身份证号码", "身份证件号码"),
    "birth_date": ("出生日期", "出生年月日", "出生年月", "生日"),
    "ethnicity": ("民族",),
    "political_status": ("政治面貌", "政治身份"),
    "education": ("学历", "文化程度", "最高学历"),
    "phone": ("手机号码", "手机", "手机号", "联系电话", "电话", "联系方式", "移动电话", "电话号码"),
    "branch": ("所属分会", "分会", "分会名称", "所在分会", "所属工会", "工会小组", "部门"),
    "joined_on": ("入会时间", "入会日期", "加入工会时间", "加入工会日期", "入会年月"),
    "status": ("会员状态", "会籍状态", "状态", "会籍"),
    "migrant_worker": ("是否农民工", "是否为农民工", "农民工"),
    "monthly_wage": ("月工资", "缴费基数", "月收入", "工资", "月工资收入", "工资收入"),
    "position": ("职务", "岗位", "岗位/职务", "职务/岗位"),
    "member_no": ("会员证号", "会员号", "会员卡号"),
    "hukou_type": ("户籍类型", "户口类型", "户口性质"),
    "person_status": ("人员状态", "就业状态"),
    IGNORE: ("序号", "编号", "备注", "说明", "行号"),
}

_BRACKET_TAIL = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]$")


def norm_header(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)) if value is not None else ""
    text = "".join(text.split()).replace("*", "").replace("★", "")
    stripped = _BRACKET_TAIL.sub("", text)
    return stripped or text


@dataclass
class Column:
    index: int          # 0-based column index in the sheet
    letter: str         # A, B, ... as the clerk sees it
    header: str         # the header text as written
    field: str | None   # mapped field, None when ignored or unknown
    note: str = ""      # why it is not imported


@dataclass
class HeaderMap:
    row_index: int                      # 0-based index into the sheet rows
    columns: list[Column]
    fields: dict[str, int] = field(default_factory=dict)  # field -> column index

    @property
    def row(self) -> int:
        return self.row_index + 1

    @property
    def unknown(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and c.note == "未识别的列"]

    @property
    def ignored(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and c.note != "未识别的列"]


def col_letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _lookup(synonyms: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for fld, names in synonyms.items():
        for rank, name in enumerate(names):
            table.setdefault(norm_header(name), (fld, rank))
    return table


def map_columns(header_cells: Sequence[Any], synonyms: Mapping[str, Sequence[str]],
                override: Mapping[str, str | None] | None = None) -> tuple[list[Column], dict[str, int]]:
    """Columns of one header row. ``override`` maps header text (or column letter) -> field/None."""
    table = _lookup(synonyms)
    over = {norm_header(k): v for k, v in (override or {}).items()}
    cols: list[Column] = []
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column index)
    for i, cell in enumerate(header_cells):
        text = "" if cell is None else str(cell).strip()
        key = norm_header(text)
        letter = col_letter(i)
        if letter in over or (key and key in over):
            target = over[letter] if letter in over else over[key]
            if not target:
                cols.append(Column(i, letter, text, None, "已设为不导入"))
                continue
            hit: tuple[str, int] | None = (target, -1)  # the clerk's choice beats any synonym
        else:
            hit = table.get(key) if key else None
        if not key and not hit:
            continue
        if hit is None:
            cols.append(Column(i, letter, text, None, "未识别的列"))
            continue
        fld, rank = hit
        if fld == IGNORE:
            cols.append(Column(i, letter, text, None, "不导入"))
            continue
        col = Column(i, letter, text, fld)
        cols.append(col)
        if fld not in best or rank < best[fld][0]:
            best[fld] = (rank, i)
    fields = {fld: i for fld, (_, i) in best.items()}
    for col in cols:
        if col.field is not None and fields.get(col.field) != col.index:
            col.note = f"与其他列重复（已按“{header_cells[fields[col.field]]}”列导入）"
            col.field = None
    return cols, fields


def find_header(rows: Sequence[Sequence[Any]], synonyms: Mapping[str, Sequence[str]],
                required: Sequence[str], override: Mapping[str, str | None] | None = None,
                scan: int = 30) -> HeaderMap | None:
    """The first row (within ``scan``) that maps the required fields and the most columns."""
    best: HeaderMap | None = None
    best_score = 0
    for i, row in enumerate(rows[:scan]):
        texts = [c for c in row if isinstance(c, str) and c.strip()]
        if len(texts) < 2:
            continue
        cols, fields = map_columns(row, synonyms, override)
        if not all(r in fields for r in required):
            continue
        score = len(fields)
        if score > best_score:
            best, best_score = HeaderMap(i, cols, fields), score
    return best


def header_score(rows: Sequence[Sequence[Any]], synonyms: Mapping[str, Sequence[str]],
                 required: Sequence[str]) -> int:
    """How well a sheet looks like a data sheet (0 = no usable header); used to pick the sheet."""
    found = find_header(rows, synonyms, required)
    return len(found.fields) if found else 0

LABEL_OF = {"name": "姓名", "id_number": "身份证号", "gender": "性别", "birth_date": "出生日期",
            "phone": "手机号码", "branch": "所属分会", "joined_on": "入会日期", "status": "会籍状态",
            "monthly_wage": "月工资", "migrant_worker": "是否农民工", "ethnicity": "民族",
            "political_status": "政治面貌", "education": "学历"}
