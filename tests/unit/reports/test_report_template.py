from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.workbook.defined_name import DefinedName

from union_desk.core.stats import MemberFigures, flatten
from union_desk.infra.paths import resource
from union_desk.reports.template import fill_template, scan_placeholders


def make_template(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "{{union_name}}会员报表（截至{{as_of}}）"
    ws["B2"] = "{{total}}"
    ws["B3"] = "{{ female }}"
    ws["B4"] = "{{不存在的项}}"
    ws["B5"] = "女职工 {{female}} 人，其中{{mystery}}"
    ws["B6"] = "{{branch.9.name}}"
    ws["B7"] = "{{as_of}}"
    ws["C1"] = None
    wb.defined_names["age_35岁以下"] = DefinedName("age_35岁以下", attr_text="Sheet!$C$2")
    wb.defined_names["年报_未知"] = DefinedName("年报_未知", attr_text="Sheet!$C$3")
    wb.save(path)


VALUES = {"union_name": "示例公司工会", "as_of": dt.date(2026, 11, 30), "total": 120, "female": 50,
          "age.35岁以下": 40}


def test_fill_typed_values_text_and_named_cells(tmp_path):
    tpl = tmp_path / "t.xlsx"
    make_template(tpl)
    res = fill_template(tpl, VALUES, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(res.path).active
    assert ws["A1"].value == "示例公司工会会员报表（截至2026年11月30日）"
    assert ws["B2"].value == 120 and ws["B2"].data_type == "n"
    assert ws["B3"].value == 50
    assert ws["B5"].value == "女职工 50 人，其中{{mystery}}"
    assert ws["B6"].value is None                      # optional indexed line left blank
    assert ws["B7"].is_date
    assert ws["C2"].value == 40                        # named cell age_35岁以下
    assert res.unknown == ("不存在的项", "mystery", "年报_未知")
    assert ws["B4"].value == "{{不存在的项}}"           # unknown left visible for the clerk


def test_builtin_member_stats_template_knows_every_placeholder(tmp_path):
    tpl = resource("templates", "member_stats.xlsx")
    keys = scan_placeholders(tpl)
    assert "total" in keys and "branch.1.name" in keys
    f = MemberFigures(as_of=dt.date(2026, 6, 30), period_start=dt.date(2026, 1, 1), total=3, female=2,
                      migrant=1, retained=1, transferring=0, start_total=3, joins=1, exits=1, new_joiners=1,
                      new_by_kind={"入会": 1, "转入": 0, "重新入会": 0},
                      exits_by_reason={"转出": 0, "退会": 1, "自动退会": 0, "开除": 0},
                      by_age={"35岁以下": 3, "35-45岁": 0, "46-54岁": 0, "55岁及以上": 0},
                      by_age_gender={"35岁以下": (1, 2)},
                      by_education={"大学本科": 3}, by_political={"群众": 3})
    res = fill_template(tpl, flatten(f, union_name="示例公司工会"), tmp_path / "s.xlsx")
    assert res.unknown == ()
    ws = openpyxl.load_workbook(res.path).active
    assert ws["A1"].value == "示例公司工会 基层工会会员统计表"
    assert ws["B5"].value == 3
    assert not any("{{" in str(c.value) for row in ws.iter_rows() for c in row if c.value)
