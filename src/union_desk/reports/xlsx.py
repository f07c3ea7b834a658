"""Table report -> .xlsx with xlsxwriter in constant-memory mode (100,000 rows in seconds).

Layout: title row (union name + title), info row, frozen header, data, then a
signature row. IDs and phones are written with ``write_string`` (Excel would
turn 18 digits into 1.10105E+17 and drop the last three). Dates are real date
cells, money has two decimals, and the sheet prints on A4 fitted to width with
the header repeated and "第 &P 页 共 &N 页" in the footer.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import threading
from collections.abc import Callable
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from union_desk.reports.output import ExportResult, Publish, atomic_output
from union_desk.reports.spec import SIGNATURE_ROLES, Kind, Progress, TableReport, display_width

SAMPLE_ROWS = 500        # rows looked at to fit column widths
MAX_WIDTH = 50
LANDSCAPE_OVER = 110     # total width (chars) above which A4 portrait is too narrow
HEADER_ROW = 2
FONT = "宋体"
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()
DEFAULT_WIDTHS = {Kind.ID: 21, Kind.PHONE: 14, Kind.DATE: 12, Kind.MONEY: 12, Kind.INT: 8}

# per-cell dispatch codes (ints compare faster than enum members in the hot loop)
_STR, _NUM, _MONEY, _DATE = 0, 1, 2, 3
_CODE = {Kind.TEXT: _STR, Kind.ID: _STR, Kind.PHONE: _STR, Kind.INT: _NUM, Kind.MONEY: _MONEY,
         Kind.DATE: _DATE}


def write_xlsx(spec: TableReport, path: str | os.PathLike, *,
               progress: Callable[[int, int | None], None] | None = None,
               cancel: threading.Event | None = None,
               before_publish: Publish | None = None) -> ExportResult:
    """Write ``spec`` to ``path`` through reports.output (its rule: temp file, fsync, 0600,
    rename; ``before_publish`` records the export); returns the file's hash for the snapshot."""
    with atomic_output(path, before_publish=before_publish) as out:
        out.rows = _write(spec, out.tmp, Progress(progress, cancel, spec.row_count))
    return out.result


def _formats(wb) -> dict[str, object]:
    base = {"font_name": FONT, "font_size": 10, "border": 1, "valign": "vcenter"}
    return {
        "title": wb.add_format({"font_name": FONT, "bold": True, "font_size": 16, "align": "center",
                                "valign": "vcenter"}),
        "info": wb.add_format({"font_name": FONT, "font_size": 10}),
        "head": wb.add_format(base | {"bold": True, "align": "center", "text_wrap": True,
                                      "bg_color": "#D9E1F2"}),
        Kind.TEXT: wb.add_format(base),
        Kind.ID: wb.add_format(base | {"num_format": "@"}),
        Kind.PHONE: wb.add_format(base | {"num_format": "@"}),
        Kind.INT: wb.add_format(base | {"num_format": "0"}),
        Kind.MONEY: wb.add_format(base | {"num_format": "#,##0.00"}),
        Kind.DATE: wb.add_format(base | {"num_format": "yyyy-mm-dd", "align": "center"}),
        "sign": wb.add_format({"font_name": FONT, "font_size": 11}),
    }


def fit_widths(spec: TableReport, sample: list) -> list[float]:
    widths = []
    for i, col in enumerate(spec.columns):
        if col.width:
            widths.append(col.width)
            continue
        w = max(display_width(col.title), DEFAULT_WIDTHS.get(col.kind, 4))
        if col.kind is Kind.TEXT:
            for row in sample:
                v = row[i]
                if v:
                    w = max(w, display_width(str(v)))
        widths.append(min(w + 2, MAX_WIDTH))
    return widths


def _write(spec: TableReport, path: Path, progress: Progress) -> int:
    # tmpdir next to the output: constant-memory spill files hold personal data and must not
    # linger in the system temp folder (domain.md §7).
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent),
                                         "strings_to_formulas": False, "strings_to_urls": False})
    try:
        n = _fill(wb, spec, progress)
    finally:
        try:
            wb.close()
        except FileCreateError as exc:
            raise (exc.args[0] if exc.args and isinstance(exc.args[0], OSError)
                   else OSError(str(exc))) from exc
    return n


def _fill(wb, spec: TableReport, progress: Progress) -> int:
    ws = wb.add_worksheet((spec.sheet_name or spec.title)[:31] or "Sheet1")
    f = _formats(wb)
    cols = list(spec.columns)
    ncol = len(cols)
    rows_iter = iter(spec.rows)
    sample = list(itertools.islice(rows_iter, SAMPLE_ROWS))
    widths = fit_widths(spec, sample)
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    last_col = max(ncol - 1, 1)
    ws.set_row(0, 30)
    ws.merge_range(0, 0, 0, last_col, spec.heading, f["title"])
    info = f"制表日期：{spec.made_on.isoformat()}"
    if spec.subtitle:
        info = f"{spec.subtitle}　　{info}"
    ws.merge_range(1, 0, 1, last_col, info, f["info"])
    for c, col in enumerate(cols):
        ws.write_string(HEADER_ROW, c, col.title, f["head"])
    ws.freeze_panes(HEADER_ROW + 1, 0)
    _print_setup(ws, widths)

    codes = [_CODE[c.kind] for c in cols]
    fmts = [f[c.kind] for c in cols]
    maskers = spec.maskers()
    masked = [(i, m) for i, m in enumerate(maskers) if m is not None]
    # the private writers skip the public methods' A1-notation wrapper (~5% of the run);
    # fall back to the public ones if a future xlsxwriter renames them
    write_string = getattr(ws, "_write_string", ws.write_string)
    write_number = getattr(ws, "_write_number", ws.write_number)
    r = HEADER_ROW
    colrange = range(ncol)
    for row in itertools.chain(sample, rows_iter):
        r += 1
        if masked:
            row = list(row)
            for i, m in masked:
                row[i] = m(row[i])
        for c in colrange:
            v = row[c]
            if v is None or v == "":
                continue
            code = codes[c]
            if code == _STR:
                write_string(r, c, v if v.__class__ is str else str(v), fmts[c])
            elif code == _DATE:
                if isinstance(v, dt.date):
                    write_number(r, c, v.toordinal() - _EXCEL_EPOCH, fmts[c])
                else:  # a partial date such as "1985-03" stays as the clerk wrote it
                    write_string(r, c, str(v), fmts[c])
            elif code == _MONEY:
                write_number(r, c, float(v), fmts[c])
            else:
                write_number(r, c, v, fmts[c])
        progress.tick(r - HEADER_ROW)
    count = r - HEADER_ROW
    if spec.signature:
        r += 2
        sign = "　　　　".join(f"{role}：________" for role in spec.signature_roles)
        ws.merge_range(r, 0, r, last_col, f"{sign}　　　　日期：　　年　　月　　日　　（盖章）", f["sign"])
    return count


def _print_setup(ws, widths: list[float]) -> None:
    ws.set_paper(9)  # A4
    if sum(widths) > LANDSCAPE_OVER:
        ws.set_landscape()
    ws.repeat_rows(HEADER_ROW)
    ws.fit_to_pages(1, 0)  # fit all columns on the page width, as many pages tall as needed
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.7)
    ws.set_footer("&C第 &P 页 共 &N 页")
    ws.center_horizontally()
