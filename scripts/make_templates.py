"""Generate the built-in report templates in resources/templates/ (run after changing them).

    python scripts/make_templates.py

member_stats.xlsx: the 基层工会会员统计表 filled by `union-desk report member-stats
--format xlsx`. Placeholders follow docs/report-templates.md.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName

from union_desk.core.members import EDUCATION, POLITICAL
from union_desk.core.stats import AGE_LABELS, EXIT_REASONS, JOIN_KINDS

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "member_stats.xlsx"
BRANCH_LINES = 20
FONT = "宋体"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")


def make_member_stats(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "会员统计表"
    for col, w in zip("ABCDEF", (22, 14, 22, 14, 22, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = "{{union_name}} 基层工会会员统计表"
    ws["A1"].font = Font(name=FONT, size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.merge_cells("A2:F2")
    ws["A2"] = "统计期：{{period_start}} 至 {{as_of}}　　　　制表日期：{{made_on}}"
    ws["A2"].font = Font(name=FONT, size=10)
    row = 4

    def section(title: str, items: list[tuple[str, str]]) -> None:
        nonlocal row
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        c = ws.cell(row, 1, title)
        c.font = Font(name=FONT, size=11, bold=True)
        c.fill = HEAD
        row += 1
        for i in range(0, len(items), 3):
            for j, (label, key) in enumerate(items[i:i + 3]):
                a = ws.cell(row, 1 + 2 * j, label)
                b = ws.cell(row, 2 + 2 * j, "{{" + key + "}}")
                for cell in (a, b):
                    cell.border = BOX
                    cell.font = Font(name=FONT, size=10)
                b.alignment = Alignment(horizontal="right")
            row += 1
        row += 1

    section("一、会员基本情况", [("会员总数", "total"), ("其中：女", "female"), ("其中：农民工", "migrant"),
                          ("保留会籍", "retained"), ("转出中", "transferring"), ("期初会员数", "start_total")])
    section("二、本期增减", [("本期新入会", "new_joiners")]
            + [(f"其中：{k.value}", f"new.{k.value}") for k in JOIN_KINDS]
            + [("本期增加（会籍）", "joins"), ("本期减少（会籍）", "exits")]
            + [(f"减少：{r}", f"exit.{r}") for r in EXIT_REASONS.values()])
    section("三、年龄结构", [(band, f"age.{band}") for band in AGE_LABELS]
            + [(f"{band}（女）", f"age_female.{band}") for band in AGE_LABELS])
    section("四、学历", [(e, f"edu.{e}") for e in (*EDUCATION, "其他", "未填")])
    section("五、政治面貌", [(p, f"political.{p}") for p in (*POLITICAL, "未填")])
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, "六、各分会会员数").font = Font(name=FONT, size=11, bold=True)
    ws.cell(row, 1).fill = HEAD
    row += 1
    for j, title in enumerate(("分会", "会员数", "女", "农民工", "保留会籍")):
        c = ws.cell(row, 1 + j, title)
        c.border, c.font = BOX, Font(name=FONT, size=10, bold=True)
    row += 1
    for i in range(1, BRANCH_LINES + 1):
        for j, attr in enumerate(("name", "total", "female", "migrant", "retained")):
            c = ws.cell(row, 1 + j, "{{branch.%d.%s}}" % (i, attr))
            c.border, c.font = BOX, Font(name=FONT, size=10)
        row += 1
    ws.cell(row, 1, "合计").border = BOX
    ws.cell(row, 2, "{{total}}").border = BOX
    ws.cell(row, 3, "{{female}}").border = BOX
    ws.cell(row, 4, "{{migrant}}").border = BOX
    ws.cell(row, 5, "{{retained}}").border = BOX
    row += 2
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, "制表人：__________　　审核人：__________　　工会主席：__________　　日期：　　年　　月　　日　　（盖章）")
    # a named cell, to show the second convention (docs/report-templates.md)
    wb.defined_names["total"] = DefinedName("total", attr_text=f"'{ws.title}'!$B$5")
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:2"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


if __name__ == "__main__":
    make_member_stats(OUT)
    print(OUT)
