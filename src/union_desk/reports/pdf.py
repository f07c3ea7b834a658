"""Table report -> PDF, drawn page by page on the canvas (10,000 rows in about a second).

Platypus tables re-measure and re-split every chunk; here every row has the
same height, so pages are computed up front: each page repeats the title line
and header row, the footer says "第 x 页 / 共 y 页", and the signature block
(制表人, 审核人, 工会主席, 日期, 盖章) closes the last page.
"""

from __future__ import annotations

import collections
import math
import os
import threading
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from union_desk.reports.fonts import cjk_font
from union_desk.reports.output import ExportResult, Publish, atomic_output
from union_desk.reports.spec import (SIGNATURE_ROLES, Kind, Progress, TableReport, cell_text,
                                     display_width)

MARGIN = 36.0
FONT_SIZE = 9.0
ROW_H = 16.0
HEAD_H = 20.0
TITLE_H = 46.0           # title + info line at the top of every page
FOOTER_H = 24.0
SIGN_H = 96.0            # signature block incl. the seal circle
PAD = 3.0
SAMPLE_ROWS = 300
HEADER_FILL = colors.HexColor("#D9E1F2")
GRID = colors.HexColor("#808080")
_RIGHT = {Kind.MONEY, Kind.INT}
_A85_LOCK = threading.Lock()


def write_pdf(spec: TableReport, path: str | os.PathLike, *,
              progress: Callable[[int, int | None], None] | None = None,
              cancel: threading.Event | None = None,
              before_publish: Publish | None = None) -> ExportResult:
    with atomic_output(path, before_publish=before_publish) as out:
        out.rows = _write(spec, out.tmp, Progress(progress, cancel, spec.row_count))
    return out.result


def _texts(spec: TableReport) -> list[list[str]]:
    kinds = [c.kind for c in spec.columns]
    maskers = spec.maskers()
    out = []
    for row in spec.rows:
        cells = []
        for v, k, m in zip(row, kinds, maskers):
            if m is not None:
                v = m(v)
            cells.append(v if v.__class__ is str else cell_text(v, k))
        out.append(cells)
    return out


def column_widths(font: str, titles: list[str], rows: list[list[str]], avail: float) -> list[float]:
    natural = []
    for i, title in enumerate(titles):
        w = stringWidth(title, font, FONT_SIZE)
        seen: set[str] = set()
        for row in rows[:SAMPLE_ROWS]:
            t = row[i]
            if t not in seen:
                seen.add(t)
                w = max(w, stringWidth(t, font, FONT_SIZE))
        natural.append(w + 2 * PAD + 2)
    total = sum(natural)
    # widen to fill the page, or shrink proportionally (long cells are clipped with "…")
    return [w * avail / total for w in natural]


def _page_size(spec: TableReport, font: str, rows: list[list[str]]):
    titles = [c.title for c in spec.columns]
    portrait_w = A4[0] - 2 * MARGIN
    natural = sum(max(display_width(t), *(display_width(r[i]) for r in rows[:SAMPLE_ROWS]))
                  if rows else display_width(t) for i, t in enumerate(titles)) * FONT_SIZE / 2
    natural += len(titles) * (2 * PAD + 2)
    size = landscape(A4) if natural > portrait_w else A4
    return size, column_widths(font, titles, rows, size[0] - 2 * MARGIN)


class _Cells:
    """Text for table cells, emitted as raw PDF operators.

    reportlab's text object formats every coordinate with fp_str and re-encodes every
    string through the TrueType subsetter; for 10,000 rows that was most of the run.
    Here each distinct cell text is measured and encoded once (most cells repeat: names,
    branches, statuses, dates), and positions are plain f-strings.
    """

    def __init__(self, canvas: Canvas, font: str):
        self.canvas, self.font = canvas, font
        face = pdfmetrics.getFont(font)
        self.face = face
        default = face.face.defaultWidth
        widths = collections.defaultdict(lambda: default)
        widths.update({chr(k): v for k, v in face.face.charWidths.items()})
        self._w = widths
        self._ops: dict[str, str] = {}
        self._width: dict[str, float] = {}

    def width(self, text: str) -> float:
        w = self._width.get(text)
        if w is None:
            w = self._width[text] = sum(map(self._w.__getitem__, text)) * FONT_SIZE / 1000
        return w

    def clip(self, text: str, room: float) -> str:
        if self.width(text) <= room:
            return text
        while text and self.width(text + "…") > room:
            text = text[:-1]
        return text + "…"

    def ops(self, text: str) -> str:
        op = self._ops.get(text)
        if op is None:
            doc = self.canvas._doc
            parts = []
            for subset, chunk in self.face.splitString(text, doc):
                name = self.face.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {FONT_SIZE:g} Tf ({self.canvas._escape(chunk)}) Tj")
            op = self._ops[text] = " ".join(parts)
        return op


def _save_binary(canvas: Canvas) -> None:
    # ASCII85 (reportlab's default) only matters for 7-bit channels and costs a fifth of the run
    with _A85_LOCK:
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            canvas.save()
        finally:
            rl_config.useA85 = old


def _write(spec: TableReport, path: Path, progress: Progress) -> int:
    font = cjk_font()
    rows = _texts(spec)
    size, widths = _page_size(spec, font, rows)
    page_w, page_h = size
    body_top = page_h - MARGIN - TITLE_H - HEAD_H
    per_page = max(1, int((body_top - MARGIN - FOOTER_H) // ROW_H))
    pages = max(1, math.ceil(len(rows) / per_page))
    last_rows = len(rows) - (pages - 1) * per_page
    if spec.signature and body_top - last_rows * ROW_H - SIGN_H < MARGIN + FOOTER_H:
        pages += 1  # the signature block goes on a page of its own
    canvas = Canvas(str(path), pagesize=size, pageCompression=1, initialFontName=font,
                    initialFontSize=FONT_SIZE)
    canvas.setTitle(spec.heading)
    canvas.setAuthor(spec.union_name)
    canvas.setCreator("union_desk")
    cells = _Cells(canvas, font)
    xs = [MARGIN]
    for w in widths:
        xs.append(xs[-1] + w)
    aligns = ["R" if c.kind in _RIGHT else "L" for c in spec.columns]
    for page in range(pages):
        chunk = rows[page * per_page:(page + 1) * per_page]
        _page_frame(canvas, spec, font, size, page + 1, pages)
        y = page_h - MARGIN - TITLE_H
        if chunk or page == 0:
            y = _table(canvas, cells, xs, y, [c.title for c in spec.columns], chunk, aligns)
        if page == pages - 1 and spec.signature:
            draw_signature(canvas, font, MARGIN, y - 24, page_w - 2 * MARGIN, spec.made_on,
                           spec.signature_roles)
        canvas.showPage()
        progress.tick(min(len(rows), (page + 1) * per_page) // 2000 * 2000)
    _save_binary(canvas)
    return len(rows)


def _page_frame(canvas: Canvas, spec: TableReport, font: str, size, page: int, pages: int) -> None:
    page_w, page_h = size
    top = page_h - MARGIN
    canvas.setFont(font, 15)
    canvas.drawCentredString(page_w / 2, top - 16, spec.heading)
    canvas.setFont(font, FONT_SIZE)
    if spec.subtitle:
        canvas.drawString(MARGIN, top - 36, spec.subtitle)
    canvas.drawRightString(page_w - MARGIN, top - 36, f"制表日期：{spec.made_on.isoformat()}")
    canvas.drawCentredString(page_w / 2, MARGIN - 4, f"第 {page} 页 / 共 {pages} 页")


def _table(canvas: Canvas, cells: _Cells, xs: list[float], top: float, titles: list[str],
           rows: list[list[str]], aligns: list[str]) -> float:
    left, right = xs[0], xs[-1]
    bottom = top - HEAD_H - len(rows) * ROW_H
    canvas.setFillColor(HEADER_FILL)
    canvas.rect(left, top - HEAD_H, right - left, HEAD_H, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    path = [f"{left:.2f} {top:.2f} m {right:.2f} {top:.2f} l"]
    for i in range(len(rows) + 1):
        y = top - HEAD_H - i * ROW_H
        path.append(f"{left:.2f} {y:.2f} m {right:.2f} {y:.2f} l")
    path += [f"{x:.2f} {top:.2f} m {x:.2f} {bottom:.2f} l" for x in xs]
    canvas.addLiteral("\n".join(path) + "\nS")
    rooms = [b - a - 2 * PAD for a, b in zip(xs, xs[1:])]
    ops = ["BT"]
    base = top - HEAD_H / 2 - FONT_SIZE * 0.35
    for i, title in enumerate(titles):
        t = cells.clip(title, rooms[i])
        ops.append(f"1 0 0 1 {xs[i] + (xs[i + 1] - xs[i] - cells.width(t)) / 2:.2f} {base:.2f} Tm "
                   f"{cells.ops(t)}")
    y = top - HEAD_H - ROW_H / 2 - FONT_SIZE * 0.35
    lefts = [x + PAD for x in xs]
    rights = [x - PAD for x in xs[1:]]
    clip, width, enc = cells.clip, cells.width, cells.ops
    for row in rows:
        for i, cell in enumerate(row):
            if not cell:
                continue
            t = clip(cell, rooms[i])
            x = rights[i] - width(t) if aligns[i] == "R" else lefts[i]
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {enc(t)}")
        y -= ROW_H
    ops.append("ET")
    canvas.addLiteral("\n".join(ops))
    return bottom


def draw_signature(canvas: Canvas, font: str, x: float, y: float, width: float, day=None,
                   roles: tuple[str, ...] = SIGNATURE_ROLES) -> None:
    """制表人 / 审核人 / 工会主席 (or the report's own roles) on one line, 日期 below, a dashed
    circle for the seal at right."""
    canvas.saveState()
    canvas.setFont(font, 11)
    slot = (width - 110) / len(roles)
    for i, role in enumerate(roles):
        lx = x + i * slot
        canvas.drawString(lx, y, f"{role}：")
        canvas.line(lx + stringWidth(f"{role}：", font, 11), y - 2, lx + slot - 14, y - 2)
    canvas.drawString(x, y - 30, "日期：　　　　年　　　月　　　日")
    cx, cy, r = x + width - 50, y - 14, 36
    canvas.setDash(3, 2)
    canvas.setStrokeColor(colors.HexColor("#B0B0B0"))
    canvas.circle(cx, cy, r)
    canvas.setFillColor(colors.HexColor("#909090"))
    canvas.setFont(font, 9)
    canvas.drawCentredString(cx, cy - 3, "（盖章）")
    canvas.restoreState()
