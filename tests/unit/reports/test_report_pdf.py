from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pypdf import PdfReader

from union_desk.core.stats import MemberFigures, check
from union_desk.reports.pdf import write_pdf
from union_desk.reports.spec import Column, Kind, TableReport
from union_desk.reports.stats_pdf import write_stats_pdf

COLS = [Column("序号", Kind.INT), Column("姓名"), Column("身份证号", Kind.ID), Column("手机号码", Kind.PHONE),
        Column("入会日期", Kind.DATE), Column("月应缴", Kind.MONEY), Column("所属分会")]


def rows(n):
    return [(i + 1, "王芳", "11010519491231002X", "13812345678", dt.date(2020, 1, 2), Decimal("22.80"),
             "第二分会/第一小组") for i in range(n)]


def fonts(reader: PdfReader) -> dict[str, bool]:
    """Font name -> embedded (has a FontFile2 stream)."""
    out = {}
    for page in reader.pages[:1]:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            out[str(f["/BaseFont"])] = bool(desc and "/FontFile2" in desc.get_object())
    return out


def test_pdf_has_chinese_text_masked_ids_and_embedded_font(tmp_path):
    spec = TableReport("会员花名册", "示例公司工会", COLS, rows(120), subtitle="截至 2026年11月30日",
                       made_on=dt.date(2026, 11, 30))
    res = write_pdf(spec, tmp_path / "r.pdf")
    reader = PdfReader(res.path)
    pages = len(reader.pages)
    assert pages >= 3
    first = reader.pages[0].extract_text()
    assert "示例公司工会 会员花名册" in first and "王芳" in first and "第二分会/第一小组" in first
    assert "110105********002X" in first and "138****5678" in first
    assert "11010519491231002X" not in first
    assert f"第 1 页 / 共 {pages} 页" in first
    last = reader.pages[-1].extract_text()
    assert "所属分会" in last  # header repeated on every page
    assert "制表人" in last and "工会主席" in last and "盖章" in last
    embedded = fonts(reader)
    assert embedded and all(embedded.values()), embedded
    assert any("WenQuanYi" in name for name in embedded)


def test_pdf_unmasked_prints_full_ids(tmp_path):
    spec = TableReport("名单", "工会", COLS, rows(2), unmasked=True)
    text = PdfReader(write_pdf(spec, tmp_path / "u.pdf").path).pages[0].extract_text()
    assert "11010519491231002X" in text


def test_empty_report_still_has_header_and_signature(tmp_path):
    text = PdfReader(write_pdf(TableReport("名单", "工会", COLS, []), tmp_path / "e.pdf").path
                     ).pages[0].extract_text()
    assert "身份证号" in text and "审核人" in text and "第 1 页 / 共 1 页" in text


def test_stats_pdf_with_charts(tmp_path):
    f = MemberFigures(as_of=dt.date(2026, 6, 30), period_start=dt.date(2026, 1, 1), total=3, female=2,
                      migrant=1, retained=1, transferring=0, start_total=3, joins=1, exits=1,
                      new_joiners=1, new_by_kind={"入会": 1, "转入": 0, "重新入会": 0},
                      exits_by_reason={"转出": 0, "退会": 1, "自动退会": 0, "开除": 0},
                      by_age={"35岁以下": 3}, by_age_gender={"35岁以下": (1, 2)},
                      by_education={"大学本科": 3}, by_political={"群众": 3})
    res = write_stats_pdf(f, check(f), "示例公司工会", tmp_path / "s.pdf")
    text = "".join(p.extract_text() for p in PdfReader(res.path).pages)
    for words in ("示例公司工会 基层工会会员统计表", "会员总数", "各分会会员人数", "会员年龄结构", "制表人", "第 1 页 / 共"):
        assert words in text
