from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from union_desk.errors import Cancelled
from union_desk.reports.spec import Column, Kind, TableReport
from union_desk.reports.xlsx import write_xlsx

COLS = [Column("序号", Kind.INT), Column("姓名"), Column("身份证号", Kind.ID), Column("手机号码", Kind.PHONE),
        Column("入会日期", Kind.DATE), Column("月应缴", Kind.MONEY), Column("备注")]
ROWS = [(1, "王芳", "11010519491231002X", "13812345678", dt.date(2020, 1, 2), Decimal("22.80"), ""),
        (2, "欧阳建国", "440524188001010014", "13900001111", None, Decimal("1234.50"), "很长的备注" * 3)]


def spec(**kw) -> TableReport:
    return TableReport("会员花名册", "示例公司工会", COLS, kw.pop("rows", ROWS), subtitle="截至 2026-11-30",
                       made_on=dt.date(2026, 11, 30), **kw)


def read(path):
    wb = openpyxl.load_workbook(path)
    return wb.active


def test_ids_and_phones_are_text_and_masked_by_default(tmp_path):
    res = write_xlsx(spec(), tmp_path / "r.xlsx")
    ws = read(res.path)
    assert res.rows == 2 and len(res.sha256) == 64
    assert ws["A1"].value == "示例公司工会 会员花名册"
    assert [c.value for c in ws[3]] == [c.title for c in COLS]
    id_cell, phone = ws["C4"], ws["D4"]
    assert id_cell.data_type == "s" and id_cell.value == "110105********002X"
    assert phone.data_type == "s" and phone.value == "138****5678"


def test_unmasked_ids_stay_text_with_all_digits(tmp_path):
    ws = read(write_xlsx(spec(unmasked=True), tmp_path / "r.xlsx").path)
    assert ws["C5"].value == "440524188001010014" and ws["C5"].data_type == "s"
    assert ws["C5"].number_format == "@"


def test_dates_money_and_layout(tmp_path):
    ws = read(write_xlsx(spec(), tmp_path / "r.xlsx").path)
    assert ws["E4"].is_date and ws["E4"].value.date() == dt.date(2020, 1, 2)
    assert ws["F5"].value == 1234.5 and ws["F5"].number_format == "#,##0.00"
    assert ws["A4"].value == 1 and ws["A4"].data_type == "n"
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (1, None)
    assert "第 &P 页 共 &N 页" in ws.oddFooter.center.text
    # CJK text counts double: the 姓名 column fits 欧阳建国 (8 units) plus padding
    assert ws.column_dimensions["B"].width >= 8
    assert "制表人" in str(ws.cell(ws.max_row, 1).value)


def test_wide_reports_print_landscape(tmp_path):
    cols = [Column(f"很长的列标题{i}") for i in range(14)]
    ws = read(write_xlsx(TableReport("宽表", "工会", cols, [["内容" * 3] * 14]), tmp_path / "w.xlsx").path)
    assert ws.page_setup.orientation == "landscape"


def test_cancel_leaves_no_file(tmp_path):
    import threading
    stop = threading.Event()
    stop.set()
    rows = ((i, "张三", "", "", None, None, "") for i in range(5000))
    with pytest.raises(Cancelled):
        write_xlsx(spec(rows=rows), tmp_path / "c.xlsx", cancel=stop)
    assert list(tmp_path.iterdir()) == []
