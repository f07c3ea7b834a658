"""Attachment upload by sha256: idempotent, resumable (Content-Range or ?offset=&total=)."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from union_desk.infra.hashing import sha256_file
from union_desk.server.models import now_ms
from union_desk.server.models import blob
from union_desk.server.validate import ApiError

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
RANGE_RE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def parse_range(content_range: str | None, offset: str | None, total: str | None,
                length: int) -> tuple[int, int]:
    if content_range:
        m = RANGE_RE.match(content_range.strip())
        if not m:
            raise ApiError(400, "bad_range", "Content-Range must be 'bytes start-end/total'")
        start, end, size = (int(g) for g in m.groups())
        if end - start + 1 != length or end >= size:
            raise ApiError(400, "bad_range", "Content-Range does not match the body")
        return start, size
    try:
        start = int(offset) if offset is not None else 0
        size = int(total) if total is not None else start + length
    except ValueError:
        raise ApiError(400, "bad_range", "offset and total must be integers") from None
    if start < 0 or start + length > size:
        raise ApiError(400, "bad_range", "offset/total do not match the body")
    return start, size


class FileStore:
    def __init__(self, root: Path):
        self.root = root

    def _paths(self, office_id: str, sha: str) -> tuple[Path, Path]:
        folder = self.root / office_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder / sha, folder / f"{sha}.part"

    def status(self, conn, office_id: str, sha: str) -> dict[str, Any]:
        if not SHA_RE.match(sha):
            raise ApiError(422, "invalid", "sha256 must be 64 lowercase hex digits")
        final, part = self._paths(office_id, sha)
        done = conn.execute(select(blob.c.size).where(blob.c.office_id == office_id,
                                                      blob.c.sha256 == sha)).scalar()
        if done is not None and final.exists():
            return {"sha256": sha, "complete": True, "received": done}
        return {"sha256": sha, "complete": False, "received": part.stat().st_size if part.exists() else 0}

    def put(self, db, office_id: str, sha: str, data: bytes, start: int, size: int) -> dict[str, Any]:
        with _lock(f"{office_id}/{sha}"):
            with db.read() as conn:
                state = self.status(conn, office_id, sha)
            if state["complete"]:
                return state  # idempotent: a re-upload of a finished file is a no-op
            if start != state["received"]:
                raise ApiError(409, "offset_mismatch", "resume from the received offset",
                               received=state["received"])
            final, part = self._paths(office_id, sha)
            with part.open("ab") as fh:
                fh.write(data)
            received = start + len(data)
            if received < size:
                return {"sha256": sha, "complete": False, "received": received}
            if sha256_file(part) != sha:
                part.unlink()
                raise ApiError(422, "hash_mismatch", "content does not match its sha256")
            part.replace(final)
            with db.write() as conn:
                conn.execute(insert(blob).values(office_id=office_id, sha256=sha, size=size,
                                                 complete=True, created_ms=now_ms()))
            return {"sha256": sha, "complete": True, "received": size}
