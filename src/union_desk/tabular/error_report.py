"""The error report sent back to a branch: rejected rows as they sent them, plus 错误说明.

The ID column is written as text (never a number, or Excel would damage it again) and the
offending cells are yellow, so the branch can fix the rows in place and send the file back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Sequence

from union_desk.errors import FileFormatError

YELLOW = "#FFFF00"


def write_error_report(out: str | Path, header_cells: Sequence[Any], rows: Sequence[Any],
                       field_columns: dict[str, int], *, id_column: int | None,
                       sheet_name: str = "错误行") -> Path:
    """``rows``: objects with ``row``, ``cells``, ``message`` and ``fields`` (offending fields)."""
    import xlsxwriter

    out = Path(out)
    width = max([len(header_cells)] + [len(r.cells) for r in rows[:1]])
    try:
        wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_numbers": False,
                                            "strings_to_formulas": False, "strings_to_urls": False})
    except OSError as exc:
        raise FileFormatError(f"无法写入错误报告：{out}（{exc}）") from None
    ws = wb.add_worksheet(sheet_name)
    bold = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    text = wb.add_format({"num_format": "@"})
    bad = wb.add_format({"bg_color": YELLOW})
    bad_text = wb.add_format({"bg_color": YELLOW, "num_format": "@"})
    date_f = wb.add_format({"num_format": "yyyy-mm-dd"})
    bad_date = wb.add_format({"bg_color": YELLOW, "num_format": "yyyy-mm-dd"})
    red = wb.add_format({"font_color": "#C00000", "text_wrap": False})
    if id_column is not None:
        ws.set_column(id_column, id_column, 22, text)
    ws.set_column(width, width, 60)
    for c in range(width):
        ws.write_string(0, c, str(header_cells[c]) if c < len(header_cells) and header_cells[c] is not None
                        else "", bold)
    ws.write_string(0, width, "错误说明", bold)
    ws.write_string(0, width + 1, "原行号", bold)
    for r, item in enumerate(rows, start=1):
        marked = {field_columns[f] for f in item.fields if f in field_columns}
        for c in range(width):
            value = item.cells[c] if c < len(item.cells) else ""
            hit = c in marked
            if c == id_column:
                ws.write_string(r, c, _id_text(value), bad_text if hit else text)
            elif isinstance(value, bool):
                ws.write_string(r, c, "是" if value else "否", bad if hit else None)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value, bad if hit else None)
            elif isinstance(value, (dt.date, dt.datetime)):
                if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                    value = dt.datetime(value.year, value.month, value.day)
                ws.write_datetime(r, c, value, bad_date if hit else date_f)
            elif value is None or value == "":
                ws.write_blank(r, c, None, bad if hit else None)
            else:
                ws.write_string(r, c, str(value), bad if hit else None)
        ws.write_string(r, width, item.message, red)
        ws.write_number(r, width + 1, item.row)
    ws.freeze_panes(1, 0)
    try:
        wb.close()
    except OSError as exc:
        raise FileFormatError(f"无法写入错误报告：{out}（{exc}）") from None
    return out


def _id_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.0f}"
    return "" if value is None else str(value)
