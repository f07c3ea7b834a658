"""Workbook readers: one interface over python-calamine, openpyxl, CSV and HTML tables.

Cells keep the reader's Python types (str, int, float, bool, date, datetime) so that later
stages can tell an ID typed as text from one stored in a numeric cell. Row 0 of what
``rows()`` returns is sheet row 1 (CSV: line 1), so row numbers match what the clerk sees.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from union_desk.errors import FileFormatError
from union_desk.tabular import sniff
from union_desk.tabular.htmltable import parse_html_tables

DEFAULT_MAX_ROWS = 200_000
_CALAMINE_SUFFIX = {sniff.XLSX: (".xlsx", ".xlsm"), sniff.XLS: (".xls",), sniff.ODS: (".ods",)}
# CSV/HTML are decoded whole; a legitimate 200,000-row roster is ~30 MB, so this bounds memory
MAX_TEXT_BYTES = 96 * 1024 * 1024


@dataclass(frozen=True)
class SheetRef:
    name: str
    visible: bool
    index: int


def too_many_rows(name: str, rows: int, limit: int) -> FileFormatError:
    return FileFormatError(f"工作表“{name}”约有 {rows:,} 行，超过单次导入上限 {limit:,} 行。"
                           "请把表格拆分成几个文件分批导入（或在设置中调高“导入行数上限”）")


class Book(ABC):
    kind = ""

    def __init__(self, path: Path, max_rows: int):
        self.path = path
        self.max_rows = max_rows
        self.sheets: list[SheetRef] = []

    def visible_sheets(self) -> list[SheetRef]:
        return [s for s in self.sheets if s.visible]

    @abstractmethod
    def rows(self, name: str) -> list[list[Any]]:
        """Every row of sheet ``name`` as cell values (each reader implements this)."""

    def head(self, name: str, n: int) -> list[list[Any]]:
        """The first rows only (to score a sheet's header); cheap where the reader allows."""
        return self.rows(name)[:n]

    def close(self) -> None:
        pass


class CalamineBook(Book):
    def __init__(self, path: Path, kind: str, max_rows: int):
        super().__init__(path, max_rows)
        import python_calamine as pc

        self.kind = kind
        self._pc = pc
        self._dims = xlsx_dimensions(path) if kind == sniff.XLSX else {}
        self._loaded: dict[str, Any] = {}
        try:
            if path.suffix.lower() in _CALAMINE_SUFFIX.get(kind, ()):
                self._wb = pc.CalamineWorkbook.from_path(path)
            else:  # .et, or a workbook with the wrong extension: calamine sniffs the bytes
                with path.open("rb") as fh:
                    self._wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
        except pc.PasswordError:
            raise FileFormatError(f"文件“{path.name}”设置了密码保护，无法读取；请取消密码后另存再导入") from None
        except Exception as exc:  # noqa: BLE001 - calamine raises several unrelated types
            raise FileFormatError(_corrupt_message(path, exc)) from None
        for i, meta in enumerate(self._wb.sheets_metadata):
            visible = meta.visible == pc.SheetVisibleEnum.Visible
            is_work = str(meta.typ).endswith("WorkSheet")
            self.sheets.append(SheetRef(meta.name, visible and is_work, i))

    def rows(self, name: str) -> list[list[Any]]:
        try:
            return self._sheet(name).to_python(skip_empty_area=False)
        except FileFormatError:
            raise
        except self._pc.PasswordError:
            raise FileFormatError(f"文件“{self.path.name}”设置了密码保护，无法读取") from None
        except Exception as exc:  # noqa: BLE001
            raise FileFormatError(_corrupt_message(self.path, exc)) from None

    def _sheet(self, name: str):
        declared = self._dims.get(name)
        if declared is not None and declared > self.max_rows + 50:
            raise too_many_rows(name, declared, self.max_rows)
        if name not in self._loaded:
            sheet = self._wb.get_sheet_by_name(name)
            if sheet.height > self.max_rows + 50:
                raise too_many_rows(name, sheet.height, self.max_rows)
            self._loaded[name] = sheet
        return self._loaded[name]

    def head(self, name: str, n: int) -> list[list[Any]]:
        try:
            return self._sheet(name).to_python(skip_empty_area=False, nrows=n)
        except FileFormatError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise FileFormatError(_corrupt_message(self.path, exc)) from None

    def close(self) -> None:
        self._loaded.clear()
        try:
            self._wb.close()
        except Exception:  # noqa: BLE001 - already closed
            pass


class OpenpyxlBook(Book):
    """Fallback for xlsx files calamine rejects (some generators write odd XML)."""

    kind = sniff.XLSX

    def __init__(self, path: Path, max_rows: int):
        super().__init__(path, max_rows)
        import openpyxl

        try:
            self._wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001
            raise FileFormatError(_corrupt_message(path, exc)) from None
        for i, ws in enumerate(self._wb.worksheets):
            self.sheets.append(SheetRef(ws.title, ws.sheet_state == "visible", i))

    def rows(self, name: str) -> list[list[Any]]:
        ws = self._wb[name]
        if (ws.max_row or 0) > self.max_rows + 50:
            raise too_many_rows(name, ws.max_row, self.max_rows)
        out = []
        for row in ws.iter_rows(values_only=True):
            out.append(["" if v is None else v for v in row])
            if len(out) > self.max_rows + 50:
                raise too_many_rows(name, len(out), self.max_rows)
        return out

    def close(self) -> None:
        self._wb.close()


class TextBook(Book):
    """CSV (or HTML pretending to be .xls): one sheet named after the file."""

    def __init__(self, path: Path, kind: str, max_rows: int):
        super().__init__(path, max_rows)
        self.kind = kind
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise FileFormatError(f"文件“{path.name}”超过 {MAX_TEXT_BYTES // 2**20} MB，请拆分后再导入")
        text = decode_text(path.read_bytes(), path.name)
        if kind == sniff.HTML:
            self._rows = parse_html_tables(text, max_rows + 50)
            if len(self._rows) > max_rows + 50:
                raise too_many_rows(path.stem, len(self._rows), max_rows)
        else:
            self._rows = _csv_rows(text, max_rows, path.stem)
        del text
        if kind == sniff.HTML and not self._rows:
            raise FileFormatError(f"文件“{path.name}”是网页（HTML），其中没有表格；请从原系统重新导出 Excel 文件")
        self.sheets = [SheetRef(path.stem, True, 0)]

    def rows(self, name: str) -> list[list[Any]]:
        if len(self._rows) > self.max_rows + 50:
            raise too_many_rows(name, len(self._rows), self.max_rows)
        return self._rows


def open_book(path: str | Path, *, max_rows: int = DEFAULT_MAX_ROWS) -> Book:
    path = Path(path)
    kind = sniff.detect(path)
    if kind in (sniff.CSV, sniff.HTML):
        return TextBook(path, kind, max_rows)
    try:
        return CalamineBook(path, kind, max_rows)
    except FileFormatError:
        if kind != sniff.XLSX:
            raise
        return OpenpyxlBook(path, max_rows)


def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise FileFormatError(f"文件“{name}”的文字编码无法识别（不是 UTF-8 或 GBK）；"
                              "请在 Excel/WPS 中另存为 .xlsx 后再导入") from None


def _csv_rows(text: str, max_rows: int, name: str) -> list[list[Any]]:
    first = text[:4096].split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Any]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > max_rows + 50:
                raise too_many_rows(name, len(rows), max_rows)
    except csv.Error as exc:
        raise FileFormatError(f"CSV 文件“{name}”第 {reader.line_num} 行格式错误：{exc}") from None
    return rows


_DIM = re.compile(rb'<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')
_SHEET = re.compile(r'<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(r'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"|'
                  r'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')


def xlsx_dimensions(path: Path) -> dict[str, int]:
    """Declared row count of each sheet from its <dimension> tag, read without loading the sheet."""
    import html

    out: dict[str, int] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            wb = zf.read("xl/workbook.xml").decode("utf-8", errors="replace")
            rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", errors="replace")
            targets = {}
            for m in _REL.finditer(rels):
                rid, target = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
                targets[rid] = target.lstrip("/") if target.startswith("/") else "xl/" + target
            names = set(zf.namelist())
            for name, rid in _SHEET.findall(wb):
                part = targets.get(rid)
                if part not in names:
                    continue
                with zf.open(part) as fh:
                    m = _DIM.search(fh.read(8192))
                if m and m.group(1):
                    out[html.unescape(name)] = int(m.group(1))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return {}
    return out


def _corrupt_message(path: Path, exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return f"文件“{path.name}”设置了密码保护，无法读取；请取消密码后另存再导入"
    return (f"文件“{path.name}”已损坏或格式不正确，无法读取（{type(exc).__name__}）。"
            "请在 Excel/WPS 中打开并另存为 .xlsx 后再导入，或让分会重新发送")
