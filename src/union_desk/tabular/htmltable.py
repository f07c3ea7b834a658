"""Tables from HTML that web systems save with an .xls name (“导出Excel” buttons)."""

from __future__ import annotations

from html.parser import HTMLParser


class _TooLong(Exception):
    pass


class _Tables(HTMLParser):
    def __init__(self, limit: int):
        super().__init__(convert_charrefs=True)
        self.limit = limit
        self.tables: list[list[list[str]]] = []
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
            if len(self._stack[-1]) > self.limit:
                raise _TooLong  # stop parsing: the caller reports the row limit
        elif tag in ("td", "th") and self._stack:
            if not self._stack[-1]:
                self._stack[-1].append([])
            self._cell = []
            try:
                self._span = max(1, min(100, int(dict(attrs).get("colspan") or 1)))
            except ValueError:
                self._span = 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._stack:
            row = self._stack[-1][-1]
            row.append(" ".join("".join(self._cell).split()))
            row.extend([""] * (self._span - 1))
            self._cell = None
        elif tag == "table" and self._stack:
            self.tables.append(self._stack.pop())

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse_html_tables(text: str, limit: int = 10**9) -> list[list[str]]:
    """The rows of the largest table in the document (cells as text); parsing stops once a
    table has more than ``limit`` rows."""
    parser = _Tables(limit)
    try:
        parser.feed(text)
        parser.close()
    except _TooLong:
        return parser._stack[-1]
    while parser._stack:  # unclosed tables in sloppy exports
        parser.tables.append(parser._stack.pop())
    if not parser.tables:
        return []
    return max(parser.tables, key=len)
