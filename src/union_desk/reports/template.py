"""Fill a clerk-supplied .xlsx template from a dict of figures (docs/report-templates.md).

Two conventions, usable together:
- ``{{key}}`` in any cell. A cell that holds only one placeholder gets the typed
  value (a number stays a number, a date a date); placeholders inside longer text
  are replaced as text.
- Named cells (公式 → 名称管理器): a defined name equal to a key gets the value.
  Dots are not allowed in Excel names, so ``age_35岁以下`` matches key ``age.35岁以下``.
Unknown placeholders are left as they are and listed, never fatal.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from union_desk.errors import FileFormatError
from union_desk.reports.output import Publish, atomic_output

PLACEHOLDER = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}")
# indexed keys a template may hold more of than there are rows (e.g. 20 branch lines, 12 used)
OPTIONAL = re.compile(r"^branch\.\d+\.(name|total|female|migrant|retained)$")


@dataclass(frozen=True)
class FillResult:
    path: Path
    sha256: str
    filled: int
    unknown: tuple[str, ...]   # placeholders / names the figures do not have


def scan_placeholders(path: str | os.PathLike) -> list[str]:
    """Every placeholder key in a template, in sheet order (for checking a template up front)."""
    wb = _load(Path(path))
    keys: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    keys += [k for k in PLACEHOLDER.findall(cell.value) if k not in keys]
    return keys


def _load(path: Path):
    try:
        return openpyxl.load_workbook(path)
    except FileNotFoundError:
        raise FileFormatError(f"找不到模板文件：{path}") from None
    except Exception as exc:  # noqa: BLE001 - any parse failure is a bad template
        raise FileFormatError(f"模板“{path.name}”不是有效的 .xlsx 文件：{exc}") from exc


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return "" if value is None else str(value)


def _name_key(name: str) -> str:
    return name.replace("_", ".", 1) if "." not in name else name


def fill_template(template: str | os.PathLike, values: Mapping[str, Any],
                  out: str | os.PathLike, *, before_publish: Publish | None = None) -> FillResult:
    wb = _load(Path(template))
    unknown: list[str] = []
    filled = 0

    def lookup(key: str) -> tuple[bool, Any]:
        if key in values:
            return True, values[key]
        if OPTIONAL.match(key):
            return True, None
        if key not in unknown:
            unknown.append(key)
        return False, None

    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if not isinstance(v, str) or "{{" not in v:
                    continue
                whole = PLACEHOLDER.fullmatch(v.strip())
                if whole:
                    found, value = lookup(whole.group(1))
                    if found:
                        cell.value = value
                        if isinstance(value, dt.date) and cell.number_format == "General":
                            cell.number_format = "yyyy-mm-dd"
                        filled += 1
                    continue

                def sub(m: re.Match) -> str:
                    nonlocal filled
                    found, value = lookup(m.group(1))
                    if not found:
                        return m.group(0)
                    filled += 1
                    return _text(value)

                cell.value = PLACEHOLDER.sub(sub, v)
    filled += _fill_names(wb, values, unknown)
    with atomic_output(out, before_publish=before_publish) as staged:
        wb.save(staged.tmp)
    return FillResult(staged.path, staged.sha256, filled, tuple(unknown))


def _fill_names(wb, values: Mapping[str, Any], unknown: list[str]) -> int:
    scopes = [(None, wb.defined_names)] + [(ws, ws.defined_names) for ws in wb.worksheets]
    n = 0
    for ws, names in scopes:
        for name, dn in list(names.items()):
            if name.startswith("_xlnm"):
                continue  # print titles / areas
            key = name if name in values else _name_key(name)
            if key not in values:
                if not OPTIONAL.match(key) and key not in unknown:
                    unknown.append(name)
                continue
            for sheet, coord in dn.destinations:
                target = wb[sheet] if sheet in wb.sheetnames else ws
                if target is None:
                    continue
                cell = target[coord.replace("$", "").split(":")[0]]
                cell.value = values[key]
                n += 1
    return n
