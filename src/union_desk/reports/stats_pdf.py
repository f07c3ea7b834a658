"""The member statistics report as PDF: figures, logic checks, charts, signature block."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.pdfgen.canvas import Canvas

from union_desk.core.stats import CheckResult, MemberFigures
from union_desk.reports.charts import age_pyramid, branch_bar_chart
from union_desk.reports.fonts import cjk_font
from union_desk.reports.output import ExportResult, Publish, atomic_output
from union_desk.reports.pdf import MARGIN, draw_signature


class NumberedCanvas(Canvas):
    """Defers pages so the footer can say "第 x 页 / 共 y 页" (total known only at the end)."""

    def __init__(self, *args, **kwargs):
        # start in the embedded CJK font: reportlab's default Helvetica would be referenced
        # on every page without being embedded
        kwargs["initialFontName"] = cjk_font()   # platypus passes Helvetica explicitly
        kwargs["initialFontSize"] = 9
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(cjk_font(), 9)
            self.drawCentredString(self._pagesize[0] / 2, MARGIN - 14,
                                   f"第 {self._pageNumber} 页 / 共 {total} 页")
            super().showPage()
        super().save()


class SignatureBlock(Flowable):
    def __init__(self, day: dt.date | None = None):
        super().__init__()
        self.day = day
        self.height = 90

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        return avail_w, self.height

    def draw(self):
        draw_signature(self.canv, cjk_font(), 0, self.height - 30, self.width, self.day)


def _grid(rows: list[list], widths: list[float], font: str, head: bool = True,
          label_cols: tuple[int, ...] = (0,)) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    style = [("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    # labels read left-aligned, figures right-aligned
    style += [("ALIGN", (c, 0), (c, -1), "LEFT") for c in label_cols if c]
    if head:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                  ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    t.setStyle(TableStyle(style))
    return t


def _pairs(items: list[tuple[str, object]], font: str, width: float) -> Table:
    """Label/value pairs, three per line."""
    rows = []
    for i in range(0, len(items), 3):
        line: list = []
        for label, value in items[i:i + 3]:
            line += [label, value]
        line += [""] * (6 - len(line))
        rows.append(line)
    return _grid(rows, [width * w for w in (0.2, 0.13) * 3], font, head=False,
                 label_cols=(0, 2, 4))


def write_stats_pdf(figures: MemberFigures, checks: list[CheckResult], union_name: str,
                    path: str | os.PathLike, made_on: dt.date | None = None, *,
                    before_publish: Publish | None = None) -> ExportResult:
    font = cjk_font()
    made_on = made_on or dt.date.today()
    target = Path(path)
    f = figures
    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)
    h = ParagraphStyle("h", fontName=font, fontSize=11, leading=16, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=font, fontSize=9, leading=13)
    width = A4[0] - 2 * MARGIN
    story = [Paragraph(f"{union_name} 基层工会会员统计表", title), Spacer(1, 4),
             Paragraph(f"统计期：{f.period_start.isoformat()} 至 {f.as_of.isoformat()}"
                       f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;制表日期：{made_on.isoformat()}", body),
             Paragraph("一、会员基本情况", h),
             _pairs([("会员总数", f.total), ("其中：女", f.female), ("其中：农民工", f.migrant),
                     ("保留会籍", f.retained), ("转出中", f.transferring), ("期初会员数", f.start_total)],
                    font, width),
             Paragraph("二、本期增减", h),
             _pairs([("本期新入会", f.new_joiners)] + [(f"其中：{k}", n) for k, n in f.new_by_kind.items()]
                    + [("本期增加（会籍）", f.joins), ("本期减少（会籍）", f.exits)]
                    + [(f"减少：{k}", n) for k, n in f.exits_by_reason.items()], font, width),
             Paragraph("三、年龄、学历、政治面貌", h),
             _grid([["年龄段", "合计", "男", "女"]]
                   + [[b, n, *f.by_age_gender.get(b, (0, 0))] for b, n in f.by_age.items()],
                   [width * w for w in (0.4, 0.2, 0.2, 0.2)], font),
             Spacer(1, 6),
             _pairs([(k, n) for k, n in f.by_education.items()], font, width), Spacer(1, 6),
             _pairs([(k, n) for k, n in f.by_political.items()], font, width),
             Paragraph("四、各分会会员数", h),
             _grid([["分会", "会员数", "女", "农民工", "保留会籍"]]
                   + [[b.name, b.total, b.female, b.migrant, b.retained] for b in f.by_branch]
                   + [["合计", f.total, f.female, f.migrant, f.retained]],
                   [width * w for w in (0.36, 0.16, 0.16, 0.16, 0.16)], font),
             Paragraph("五、逻辑校验", h)]
    failed = [c for c in checks if not c.ok]
    story.append(Paragraph("全部 %d 项校验通过。" % len(checks) if not failed else
                           "；".join(f"未通过：{c.label}（{c.detail}）" for c in failed), body))
    names = [b.name for b in f.by_branch]
    story += [Spacer(1, 8), KeepTogether([branch_bar_chart(names, [b.total for b in f.by_branch],
                                                           [b.female for b in f.by_branch], width)]),
              Spacer(1, 8), KeepTogether([age_pyramid(list(f.by_age_gender),
                                                      [v[0] for v in f.by_age_gender.values()],
                                                      [v[1] for v in f.by_age_gender.values()], width)]),
              Spacer(1, 16), SignatureBlock(made_on)]
    with atomic_output(target, before_publish=before_publish) as out:
        doc = SimpleDocTemplate(str(out.tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN + 10,
                                title=f"{union_name} 基层工会会员统计表", author=union_name,
                                creator="union_desk")
        doc.build(story, canvasmaker=NumberedCanvas)
    return out.result
