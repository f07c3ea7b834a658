"""Charts drawn with reportlab.graphics (vector, in the PDF; the GUI draws its own from the same series)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
from reportlab.lib import colors

from union_desk.reports.fonts import cjk_font

BLUE = colors.HexColor("#4472C4")
RED = colors.HexColor("#E06666")


def _cjk_defaults() -> str:
    """Drawings start in STATE_DEFAULTS' font (Helvetica), which would be referenced in the
    PDF without being embedded: start them in the embedded CJK font instead."""
    font = cjk_font()
    STATE_DEFAULTS["fontName"] = font
    return font


def _nice_max(v: int) -> int:
    if v <= 5:
        return 5
    step = 10 ** (len(str(v)) - 1)
    return ((v + step - 1) // step) * step


def _title(d: Drawing, text: str, font: str) -> None:
    d.add(String(d.width / 2, d.height - 14, text, fontName=font, fontSize=11, textAnchor="middle"))


def _legend(d: Drawing, x: float, y: float, items: list[tuple[colors.Color, str]], font: str) -> None:
    lg = Legend()
    lg.x, lg.y = x, y
    lg.fontName, lg.fontSize = font, 8
    lg.columnMaximum = 1
    lg.dx, lg.dy, lg.deltax, lg.dxTextSpace = 8, 8, 56, 4
    lg.colorNamePairs = items
    d.add(lg)


def branch_bar_chart(names: Sequence[str], totals: Sequence[int], females: Sequence[int],
                     width: float = 480, height: float = 220) -> Drawing:
    """Members by branch (会员 / 其中女) as grouped vertical bars."""
    font = _cjk_defaults()
    d = Drawing(width, height)
    _title(d, "各分会会员人数", font)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 45, 45, width - 70, height - 90
    c.data = [list(totals) or [0], list(females) or [0]]
    c.bars[0].fillColor, c.bars[1].fillColor = BLUE, RED
    c.barSpacing, c.groupSpacing = 1, 6
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = _nice_max(max(totals or [0]))
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = font, 9
    c.categoryAxis.categoryNames = [n[:8] for n in names] or [""]
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = font, 9
    c.categoryAxis.labels.angle = 30 if len(names) > 6 else 0
    c.categoryAxis.labels.boxAnchor = "ne" if len(names) > 6 else "n"
    c.barLabelFormat = "%d"
    c.barLabels.fontName, c.barLabels.fontSize, c.barLabels.nudge = font, 8, 7
    d.add(c)
    _legend(d, width - 130, height - 8, [(BLUE, "会员"), (RED, "其中女")], font)
    return d


def age_pyramid(bands: Sequence[str], male: Sequence[int], female: Sequence[int],
                width: float = 480, height: float = 200) -> Drawing:
    """Age pyramid: men to the left, women to the right, youngest band at the bottom."""
    font = _cjk_defaults()
    d = Drawing(width, height)
    _title(d, "会员年龄结构（按性别）", font)
    top = _nice_max(max(list(male) + list(female) + [1]))
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = 80, 30, width - 110, height - 70
    c.data = [[-m for m in male], list(female)]
    c.bars[0].fillColor, c.bars[1].fillColor = BLUE, RED
    c.groupSpacing, c.barSpacing = 4, 0
    c.categoryAxis.style = "stacked"  # both bars on one line per band: a pyramid
    c.categoryAxis.categoryNames = list(bands)
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = font, 9
    c.categoryAxis.labels.dx = -c.width / 2 - 4
    c.categoryAxis.visibleTicks = 0
    c.valueAxis.valueMin, c.valueAxis.valueMax = -top, top
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = font, 9
    c.valueAxis.labelTextFormat = lambda v: f"{abs(int(v))}"
    # the figure on every bar: people read numbers on paper, not bar lengths
    c.barLabelFormat = lambda v: f"{abs(int(v))}"
    c.barLabels.fontName, c.barLabels.fontSize = font, 8
    c.barLabels[0].boxAnchor, c.barLabels[0].dx = "w", 3    # men, outside the left end: reportlab mirrors anchor and dx for negative bars
    c.barLabels[1].boxAnchor, c.barLabels[1].dx = "w", 3     # women: outside the right end
    d.add(c)
    _legend(d, width - 130, height - 8, [(BLUE, "男"), (RED, "女")], font)
    return d
