"""A sheet read as a table: pick the data sheet, find the header, keep the data rows.

Shared by every import (members now; dues, hardship, evaluations later): each brings its
own synonym table and required fields, and validates the rows itself.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Mapping, Sequence

from union_desk.errors import Cancelled, FileFormatError
from union_desk.tabular.header import LABEL_OF, HeaderMap, find_header
from union_desk.tabular.readers import DEFAULT_MAX_ROWS, Book, open_book

TOTAL_WORDS = ("合计", "总计", "小计", "共计")
FOOTER_WORDS = ("填表人", "制表人", "审核人", "负责人", "填报人", "填表日期", "制表日期", "单位盖章",
                "经办人", "联系人")
HEAD_ROWS = 30


@dataclass
class Table:
    file: str
    kind: str
    sheet: str
    header: HeaderMap
    rows: list[tuple[int, list[Any]]]          # (row number as the clerk sees it, cells)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # totals / footer rows
    blank_rows: int = 0
    sheets: list[str] = field(default_factory=list)  # visible sheets, for the sheet chooser
    header_cells: list[Any] = field(default_factory=list)  # the header row as written


def is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _marker(row: list[Any]) -> str | None:
    for cell in row[:4]:
        if isinstance(cell, str) and cell.strip():
            text = "".join(unicodedata.normalize("NFKC", cell).split())
            if text.startswith(TOTAL_WORDS):
                return "合计行"
            if text.startswith(FOOTER_WORDS):
                return "表尾签字行"
            return None
    return None


def choose_sheet(book: Book, synonyms, required, sheet: str | None) -> str:
    names = [s.name for s in book.sheets]
    if sheet:
        if sheet not in names:
            raise FileFormatError(f"文件中没有名为“{sheet}”的工作表（有：{'、'.join(names)}）")
        return sheet
    visible = book.visible_sheets()
    if not visible:
        raise FileFormatError("文件中没有可见的工作表")
    if len(visible) == 1:
        return visible[0].name
    # the first sheet is often 填表说明 (instructions): take the sheet whose header fits best
    scored = []
    for ref in visible:
        found = find_header(book.head(ref.name, HEAD_ROWS), synonyms, required)
        scored.append((len(found.fields) if found else 0, -ref.index, ref.name))
    return max(scored)[2]


def _blankish(column: list[Any]) -> list[int]:
    """Indexes of the empty or blank cells of ``column``."""
    if set(map(type, column)) == {str} and "" not in column and not any(map(str.isspace, column)):
        return []  # the usual case, found without a Python loop
    return [i for i, v in enumerate(column)
            if v is None or v == "" or (v.__class__ is str and v.isspace())]


def _keep_data_rows(table: Table, body: list[list[Any]], start: int, look: list[int],
                    width: int) -> None:
    """Fill table.rows from ``body`` (the rows under the header; ``start`` is the first one's
    index in the sheet): every row not in ``look`` goes in as it is, in one slice; the rows in
    ``look`` are blank, totals or footer rows (skipped), or data rows short of cells (padded)."""
    data, done = table.rows, 0
    for i in [*look, len(body)]:
        data.extend(zip(range(start + done + 1, start + i + 1), body[done:i]))
        done = i + 1
        if i == len(body):
            break
        row = body[i]
        if all(is_blank(c) for c in row):
            table.blank_rows += 1
            continue
        why = _marker(row)
        if why is not None:
            table.skipped.append((start + i + 1, why))
            continue
        if len(row) < width:
            row = list(row) + [""] * (width - len(row))
        data.append((start + i + 1, row))


def read_table(path: str | Path, synonyms: Mapping[str, Sequence[str]], required: Sequence[str], *,
               sheet: str | None = None, mapping: Mapping[str, str | None] | None = None,
               max_rows: int = DEFAULT_MAX_ROWS, cancel: threading.Event | None = None) -> Table:
    path = Path(path)
    book = open_book(path, max_rows=max_rows)
    try:
        name = choose_sheet(book, synonyms, required, sheet)
        if cancel is not None and cancel.is_set():
            raise Cancelled("已取消导入")
        rows = book.rows(name)
        visible = [s.name for s in book.visible_sheets()]
    finally:
        book.close()
    header = find_header(rows, synonyms, required, mapping)
    if header is None:
        need = "、".join(LABEL_OF.get(r, r) for r in required)
        raise FileFormatError(f"在工作表“{name}”的前 {HEAD_ROWS} 行中找不到表头（需要包含：{need}）。"
                              "请确认这是会员名册，或在导入界面手动指定各列")
    width = max(header.fields.values()) + 1
    table = Table(path.name, book.kind, name, header, [], sheets=visible,
                  header_cells=list(rows[header.row_index]))
    start = header.row_index + 1
    body = rows[start:]
    keys = [header.fields[r] for r in required]
    # Most rows have their required cells filled: those few cells are checked column-wise (C
    # loops, not a Python loop per row) and such rows go in as they are; only the others get
    # a closer look (blank, totals, footer, short).
    look = set(range(len(body)))
    if body and min(map(len, body)) >= width:
        look = set()
        for key in (keys[0], keys[-1]):
            look.update(_blankish(list(map(itemgetter(key), body))))
    _keep_data_rows(table, body, start, sorted(look), width)
    if len(table.rows) > max_rows:
        raise FileFormatError(f"工作表“{name}”有 {len(table.rows):,} 行数据，超过单次导入上限 {max_rows:,} 行；"
                              "请拆分后分批导入")
    return table


class ReadAhead:
    """Read a sheet on a helper thread while the caller gets ready (the CLI signs in and loads
    the database stack meanwhile: ~0.4 s of a 50,000-row import's start-up). The same bounds
    as :func:`read_table`; nothing is written. :meth:`take` hands the table over only for the
    same file, sheet, mapping and row limit, so the caller reads again otherwise; an error
    from the read is raised by ``take``, after the caller's own checks (sign-in, permission)."""

    def __init__(self, path: str | Path, synonyms: Mapping[str, Sequence[str]],
                 required: Sequence[str], *, sheet: str | None = None,
                 mapping: Mapping[str, str | None] | None = None,
                 max_rows: int = DEFAULT_MAX_ROWS):
        self._key = self._key_of(path, sheet, mapping, max_rows)
        self._table: Table | None = None
        self._error: BaseException | None = None

        def work() -> None:
            try:
                self._table = read_table(path, synonyms, required, sheet=sheet, mapping=mapping,
                                         max_rows=max_rows)
            except BaseException as exc:  # noqa: BLE001 - handed to take()
                self._error = exc

        self._thread = threading.Thread(target=work, name="read-ahead", daemon=True)
        self._thread.start()

    @staticmethod
    def _key_of(path, sheet, mapping, max_rows) -> tuple:
        return (Path(path).resolve(), sheet, tuple(sorted((mapping or {}).items())), max_rows)

    def take(self, path: str | Path, *, sheet: str | None, mapping: Mapping[str, str | None] | None,
             max_rows: int) -> Table | None:
        self._thread.join()
        if self._key != self._key_of(path, sheet, mapping, max_rows):
            return None
        table, error = self._table, self._error
        self._table = self._error = None  # taken once: the rows are the caller's now
        if error is not None:
            raise error
        return table
