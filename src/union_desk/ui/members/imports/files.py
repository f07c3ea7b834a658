"""Which files the member import takes, from a drop or for picking the header by hand."""

from __future__ import annotations

from pathlib import Path

from union_desk.errors import FileFormatError
from union_desk.tabular.readers import open_book

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv")
HEAD_ROWS = 30


def read_head(path: Path, sheet: str | None) -> tuple[str, list[str], list[list]]:
    """(sheet, visible sheets, first rows) for picking the header by hand; runs on the worker."""
    book = open_book(path)
    try:
        names = [s.name for s in book.visible_sheets()]
        if not names:
            raise FileFormatError("文件中没有可见的工作表")
        name = sheet if sheet in names else names[0]
        return name, names, book.head(name, HEAD_ROWS)
    finally:
        book.close()


def import_path_from_mime(mime) -> str | None:
    """The spreadsheet path in a drag-and-drop (main window dragEnter/drop), or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIXES):
            return url.toLocalFile()
    return None
