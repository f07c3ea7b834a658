"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts).

Each chart takes plain tuples, sizes itself to its data (labels are measured with
the widget's font, so Chinese text is never clipped), shows the exact figure on
every bar, and a tooltip with the details under the mouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from union_desk.ui.format import month_name, month_tick

BLUE = QColor("#3b6fb6")
LIGHT_BLUE = QColor("#9bb8e0")
RED = QColor("#c8506a")
GREEN = QColor("#3a9a5b")
GREY = QColor("#8a8f98")
TEXT = QColor("#222222")
GRID = QColor("#e3e6ea")

PAD = 10          # outer padding
GAP = 8           # between a label and its bar, a bar and its value


def _fmt(n: int | float | Decimal) -> str:
    return f"{n:,}" if isinstance(n, int) else f"{n:,.1f}"


class Chart(QWidget):
    """Base: a title, a legend, an empty-state message and hit areas for tooltips."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.legend: list[tuple[QColor, str]] = []
        # literal context: self.tr here would look the text up under the subclass's name
        self.empty_text = QCoreApplication.translate("Chart", "暂无数据")
        self._hits: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # -- fonts and header ---------------------------------------------------------------
    def label_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 10) + 1)
        return f

    def title_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 10) + 3)
        f.setBold(True)
        return f

    def header_height(self) -> int:
        h = PAD
        if self.title:
            h += QFontMetrics(self.title_font()).height() + 4
        if self.legend:
            h += QFontMetrics(self.label_font()).height() + 4
        return h + 4

    def _draw_header(self, p: QPainter) -> None:
        y = PAD
        if self.title:
            p.setFont(self.title_font())
            fm = QFontMetrics(self.title_font())
            p.setPen(TEXT)
            p.drawText(QRectF(PAD, y, self.width() - 2 * PAD, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
            y += fm.height() + 4
        if self.legend:
            p.setFont(self.label_font())
            fm = QFontMetrics(self.label_font())
            x = PAD
            box = fm.height() * 0.7
            for color, text in self.legend:
                p.fillRect(QRectF(x, y + (fm.height() - box) / 2, box, box), color)
                x += box + 6
                p.setPen(TEXT)
                p.drawText(QPointF(x, y + fm.ascent()), text)
                x += fm.horizontalAdvance(text) + 18

    def _draw_empty(self, p: QPainter) -> None:
        p.setFont(self.label_font())
        p.setPen(GREY)
        top = self.header_height()
        p.drawText(QRectF(0, top, self.width(), self.height() - top),
                   Qt.AlignmentFlag.AlignCenter, self.empty_text)

    # -- tooltips -----------------------------------------------------------------------
    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ToolTip and isinstance(ev, QHelpEvent):
            pos = QPointF(ev.pos())
            for rect, text in self._hits:
                if rect.contains(pos):
                    QToolTip.showText(ev.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            ev.ignore()
            return True
        return super().event(ev)

    def paintEvent(self, _ev) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        self._hits = []
        self._draw_header(p)
        if self.is_empty():
            self._draw_empty(p)
        else:
            self.draw(p)
        p.end()

    def is_empty(self) -> bool:  # pragma: no cover - overridden
        return True

    def draw(self, p: QPainter) -> None:  # pragma: no cover - overridden
        pass

    def _update_height(self, body: int) -> None:
        h = self.header_height() + body + PAD
        self.setMinimumHeight(h)
        self.setMaximumHeight(h)
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return QFontMetrics(self.label_font()).height() + 10


class _RowsChart(Chart):
    """One bar row per (label, a, b) triple; the height follows the number of rows."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self.rows: tuple[tuple[str, int, int], ...] = ()
        self.legend = self.legend_items()
        self.set_data(())

    def legend_items(self) -> list:
        return []

    def set_data(self, rows: Sequence[tuple[str, int, int]]) -> None:
        self.rows = tuple(rows)
        self._update_height(max(len(self.rows), 2) * self.row_height())


class BranchBarChart(_RowsChart):
    """Horizontal bars, one per branch: all members, with the women's share drawn inside."""

    def legend_items(self) -> list:
        return [(LIGHT_BLUE, self.tr("会员")), (RED, self.tr("其中女会员"))]

    def is_empty(self) -> bool:
        return not self.rows

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.minimumHeight())

    def draw(self, p: QPainter) -> None:
        font = self.label_font()
        fm = QFontMetrics(font)
        p.setFont(font)
        top, rh = self.header_height(), self.row_height()
        width = self.width()
        label_w = min(max(fm.horizontalAdvance(r[0]) for r in self.rows), int(width * 0.38))
        value_w = max(fm.horizontalAdvance(_fmt(r[1])) for r in self.rows)
        x0 = PAD + label_w + GAP
        span = max(width - x0 - GAP - value_w - PAD, 10)
        top_value = max(max(r[1] for r in self.rows), 1)
        for i, (name, total, women) in enumerate(self.rows):
            y = top + i * rh
            p.setPen(TEXT)
            text = fm.elidedText(name, Qt.TextElideMode.ElideMiddle, label_w)
            p.drawText(QRectF(PAD, y, label_w, rh),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            bar_h = rh - 8
            w = span * total / top_value
            bar = QRectF(x0, y + 4, max(w, 1 if total else 0), bar_h)
            p.fillRect(bar, LIGHT_BLUE)
            if women:
                p.fillRect(QRectF(x0, y + 4, span * women / top_value, bar_h), RED)
            p.setPen(TEXT)
            p.drawText(QRectF(x0 + w + GAP, y, value_w + PAD, rh),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _fmt(total))
            self._hits.append((QRectF(PAD, y, width - 2 * PAD, rh),
                               self.tr("{b}：会员 {n} 人，其中女 {w} 人").format(
                                   b=name, n=_fmt(total), w=_fmt(women))))


class AgePyramid(_RowsChart):
    """Age bands down the middle, men to the left, women to the right."""

    def legend_items(self) -> list:
        return [(BLUE, self.tr("男")), (RED, self.tr("女"))]

    def is_empty(self) -> bool:
        return not self.rows or not any(m or w for _b, m, w in self.rows)

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.label_font())
        band = max((fm.horizontalAdvance(r[0]) for r in self.rows), default=80)
        return QSize(band + 2 * fm.horizontalAdvance("00,000") + 80, self.minimumHeight())

    def draw(self, p: QPainter) -> None:
        font = self.label_font()
        fm = QFontMetrics(font)
        p.setFont(font)
        top, rh = self.header_height(), self.row_height()
        width = self.width()
        band_w = max(fm.horizontalAdvance(r[0]) for r in self.rows) + 2 * GAP
        value_w = max(fm.horizontalAdvance(_fmt(max(m, w))) for _b, m, w in self.rows)
        mid = width / 2
        half = max(mid - band_w / 2 - GAP - value_w - PAD, 10)
        top_value = max(max(max(m, w) for _b, m, w in self.rows), 1)
        # a population pyramid: the oldest band on top, the youngest at the base
        for i, (band, men, women) in enumerate(reversed(self.rows)):
            y = top + i * rh
            bar_h = rh - 8
            p.setPen(TEXT)
            p.drawText(QRectF(mid - band_w / 2, y, band_w, rh), Qt.AlignmentFlag.AlignCenter, band)
            wm = half * men / top_value
            ww = half * women / top_value
            left = mid - band_w / 2
            right = mid + band_w / 2
            p.fillRect(QRectF(left - wm, y + 4, wm, bar_h), BLUE)
            p.fillRect(QRectF(right, y + 4, ww, bar_h), RED)
            p.setPen(TEXT)
            p.drawText(QRectF(left - wm - GAP - value_w, y, value_w, rh),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _fmt(men))
            p.drawText(QRectF(right + ww + GAP, y, value_w + PAD, rh),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _fmt(women))
            self._hits.append((QRectF(PAD, y, width - 2 * PAD, rh),
                               self.tr("{b}：男 {m} 人，女 {w} 人").format(
                                   b=band, m=_fmt(men), w=_fmt(women))))


class MonthRateChart(Chart):
    """Columns per month for a percentage (dues collection rate); a gap where no data."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self.rows: tuple[tuple[str, Decimal | None], ...] = ()
        self.empty_text = self.tr("这段时间还没有会费数据")
        self.legend = [(GREEN, self.tr("95% 及以上")), (BLUE, self.tr("80%–95%")),
                       (RED, self.tr("低于 80%"))]
        self.set_data(())

    def set_data(self, rows: Sequence[tuple[str, Decimal | float | None]]) -> None:
        self.rows = tuple(rows)
        fm = QFontMetrics(self.label_font())
        self._update_height(fm.height() * 2 + 130)

    def is_empty(self) -> bool:
        return not any(v is not None for _m, v in self.rows)

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.label_font())
        return QSize(max(len(self.rows), 1) * (fm.horizontalAdvance("100.0%") + 8) + 60,
                     self.minimumHeight())

    def draw(self, p: QPainter) -> None:
        font = self.label_font()
        fm = QFontMetrics(font)
        p.setFont(font)
        top = self.header_height() + fm.height() + 4    # room for the value above a 100% column
        bottom = self.height() - PAD - fm.height() - 4  # month labels under the axis
        axis_w = fm.horizontalAdvance("100%") + GAP
        x0, x1 = PAD + axis_w, self.width() - PAD
        plot_h = max(bottom - top, 10)
        for pct in (0, 50, 100):
            y = bottom - plot_h * pct / 100
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            p.setPen(GREY)
            p.drawText(QRectF(PAD, y - fm.height() / 2, axis_w - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{pct}%")
        n = len(self.rows)
        slot = (x1 - x0) / n
        for i, (month, value) in enumerate(self.rows):
            x = x0 + i * slot
            label = month_tick(month, i == 0)
            if fm.horizontalAdvance(label) > slot - 2:
                label = month_name(int(month[5:]))
            p.setPen(TEXT)
            p.drawText(QRectF(x, bottom + 2, slot, fm.height() + 2), Qt.AlignmentFlag.AlignCenter, label)
            if value is None:
                p.setPen(GREY)
                p.drawText(QRectF(x, bottom - fm.height() - 2, slot, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, "—")
                tip = self.tr("{m}：未生成应缴").format(m=month)
            else:
                v = float(value)
                h = plot_h * min(max(v, 0.0), 100.0) / 100
                bw = min(slot * 0.6, 48)
                color = GREEN if v >= 95 else BLUE if v >= 80 else RED
                p.fillRect(QRectF(x + (slot - bw) / 2, bottom - h, bw, h), color)
                p.setPen(TEXT)
                text = f"{v:.0f}%" if fm.horizontalAdvance(f"{v:.1f}%") > slot - 2 else f"{v:.1f}%"
                p.drawText(QRectF(x, bottom - h - fm.height() - 2, slot, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, text)
                tip = self.tr("{m}：收缴率 {v}%").format(m=month, v=f"{v:.1f}")
            self._hits.append((QRectF(x, top, slot, bottom - top + fm.height()), tip))
