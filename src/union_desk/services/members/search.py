"""In-memory search over the roster: one box finds name, pinyin, initials, ID or phone fragments.

A LIKE scan over 200,000 rows costs SQLite ~100 ms per keystroke. Here each
kind of text lives in its own joined string (names; pinyin letters; ID and
phone digits), so a query scans only the string it can match: a 2-character
name scans ~1 MB instead of ~25 MB. The index is rebuilt when the
trigger-maintained `member_rev` counter (updates, deletes) or max(rowid)
(inserts) moves, so writes from any path (import, sync pull, another program)
are seen.
"""

from __future__ import annotations

import bisect
import threading
from array import array

from sqlalchemy import text
from sqlalchemy.orm import Session

SEP = "\n"
DIGITS = frozenset("0123456789x")


class _Blob:
    """Row texts joined by SEP, with each row's start offset (in a C array, 8 bytes a row)
    for bisecting a hit to its row."""

    def __init__(self, text: str):
        self.text = text
        self.starts = array("q", [0])
        pos = text.find(SEP)
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find(SEP, pos + 1)

    def rows_containing(self, term: str) -> list[int]:
        text, starts, hits, last = self.text, self.starts, [], -1
        pos = text.find(term)
        while pos != -1:
            row = bisect.bisect_right(starts, pos) - 1
            if row != last:
                hits.append(row)
                last = row
            nxt = starts[row + 1] if row + 1 < len(starts) else len(text)
            pos = text.find(term, nxt)   # a row counts once: jump to the next row
        return hits

    def row(self, i: int) -> str:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i]:end]


# SQLite splits search_text (name \x1f letters \x1f digits) and joins each kind into one
# string in pinyin order, so building the index creates no Python object per member. It runs
# in chunks of CHUNK rows (keyset paging on the covering index ix_member_sort): one pass over
# 200,000 rows would make SQLite hold every row at once.
# (An ORDER BY subquery under an aggregate is never flattened, so the order holds.)
CHUNK = 20_000
_BUILD_SQL = """
WITH r AS (SELECT id, search_text AS s, instr(search_text, char(31)) AS p1
           FROM member WHERE deleted = 0 AND (sort_key, id) > (?, ?)
           ORDER BY sort_key, id LIMIT ?),
     r2 AS (SELECT id, CASE WHEN p1 = 0 THEN s ELSE substr(s, 1, p1 - 1) END AS nm,
                   CASE WHEN p1 = 0 THEN '' ELSE substr(s, p1 + 1) END AS rest FROM r),
     r3 AS (SELECT id, nm, rest, instr(rest, char(31)) AS p2 FROM r2),
     r4 AS (SELECT id, nm, CASE WHEN p2 = 0 THEN rest ELSE substr(rest, 1, p2 - 1) END AS lt,
                   CASE WHEN p2 = 0 THEN '' ELSE substr(rest, p2 + 1) END AS nb FROM r3)
SELECT count(*), group_concat(id, ''), group_concat(replace(nm, char(10), ' '), char(10)),
       group_concat(replace(lower(lt), char(10), ' '), char(10)),
       group_concat(replace(lower(nb), char(10), ' '), char(10)) FROM r4
"""
ID_WIDTH = 32


def _kind(term: str) -> str:
    if not term.isascii():
        return "names"
    if set(term) <= DIGITS and any(c.isdigit() for c in term):
        return "numbers"
    return "letters"


class SearchIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rev: tuple | None = None
        self.count = 0
        self._ids = ""        # fixed-width ids, concatenated (uuid hex from new_id())
        self._blobs: dict[str, _Blob] = {}

    def refresh(self, session: Session) -> None:
        rev = tuple(session.execute(text(
            "SELECT (SELECT rev FROM member_rev WHERE id = 1), (SELECT max(rowid) FROM member)"
        )).one())
        with self._lock:
            if rev == self.rev:
                return
            raw = session.connection().connection.driver_connection
            parts: list[list[str]] = [[], [], [], []]
            count, after = 0, ("", "")
            while True:
                n, ids, names, letters, numbers = raw.execute(
                    _BUILD_SQL, (*after, CHUNK)).fetchone()
                if not n:
                    break
                if len(ids) != n * ID_WIDTH:
                    raise RuntimeError("member ids are not fixed-width; cannot build the index")
                for part, text_ in zip(parts, (ids, names, letters, numbers)):
                    part.append(text_)
                count += n
                last = ids[-ID_WIDTH:]
                after = (raw.execute("SELECT sort_key FROM member WHERE id = ?",
                                     (last,)).fetchone()[0], last)
                if n < CHUNK:
                    break
            self.count, self._ids = count, "".join(parts[0])
            self._blobs = {kind: _Blob(SEP.join(chunks)) for kind, chunks in
                           zip(("names", "letters", "numbers"), parts[1:])}
            self.rev = rev

    @property
    def ids(self) -> list[str]:
        return [self._id(i) for i in range(self.count)]

    def _id(self, row: int) -> str:
        return self._ids[row * ID_WIDTH:(row + 1) * ID_WIDTH]

    def match(self, query: str) -> list[str]:
        """Ids (in pinyin order) whose text contains every space-separated term."""
        terms = [t for t in query.lower().split() if t]
        if not terms:
            return self.ids
        if not self.count:
            return []
        first = max(terms, key=len)
        hits = self._blobs[_kind(first)].rows_containing(first)
        for term in terms:
            if term is first:
                continue
            blob = self._blobs[_kind(term)]
            hits = [r for r in hits if term in blob.row(r)]
        return [self._id(r) for r in hits]


_INDEXES: dict[int, SearchIndex] = {}
_GUARD = threading.Lock()


def index_for(engine) -> SearchIndex:
    with _GUARD:
        return _INDEXES.setdefault(id(engine), SearchIndex())
