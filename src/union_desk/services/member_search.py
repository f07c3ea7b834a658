"""In-memory search over the roster: one box finds name, pinyin, initials, ID or phone fragments.

A LIKE scan over 200,000 rows costs SQLite ~100 ms per keystroke; a Python
substring scan over one joined string costs ~1 ms. The index is rebuilt when
the trigger-maintained `member_rev` counter moves, so writes from any path
(import, sync pull, another program) are seen.
"""

from __future__ import annotations

import bisect
import threading

from sqlalchemy import text
from sqlalchemy.orm import Session

SEP = "\n"


class SearchIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rev: int | None = None
        self.ids: list[str] = []
        self._blob = ""
        self._starts: list[int] = []

    def refresh(self, session: Session) -> None:
        rev = session.execute(text("SELECT rev FROM member_rev WHERE id = 1")).scalar()
        with self._lock:
            if rev == self.rev:
                return
            rows = session.execute(text(
                "SELECT id, search_text FROM member WHERE deleted = 0 ORDER BY sort_key")).all()
            ids = [r[0] for r in rows]
            texts = [r[1].lower().replace(SEP, " ") for r in rows]
            starts, pos = [], 0
            for t in texts:
                starts.append(pos)
                pos += len(t) + 1
            self.ids, self._blob, self._starts, self.rev = ids, SEP.join(texts), starts, rev

    def match(self, query: str) -> list[str]:
        """Ids (in pinyin order) whose text contains every space-separated term."""
        terms = [t for t in query.lower().split() if t]
        if not terms:
            return list(self.ids)
        first, rest = max(terms, key=len), terms
        blob, starts, hits, last = self._blob, self._starts, [], -1
        pos = blob.find(first)
        while pos != -1:
            row = bisect.bisect_right(starts, pos) - 1
            if row != last:
                hits.append(row)
                last = row
            # jump to the next row: a row matches once
            nxt = starts[row + 1] if row + 1 < len(starts) else len(blob)
            pos = blob.find(first, nxt)
        if len(rest) > 1:
            hits = [r for r in hits if all(t in self._row_text(r) for t in rest)]
        return [self.ids[r] for r in hits]

    def _row_text(self, row: int) -> str:
        end = self._starts[row + 1] - 1 if row + 1 < len(self._starts) else len(self._blob)
        return self._blob[self._starts[row]:end]


_INDEXES: dict[int, SearchIndex] = {}
_GUARD = threading.Lock()


def index_for(engine) -> SearchIndex:
    with _GUARD:
        return _INDEXES.setdefault(id(engine), SearchIndex())
