"""File fingerprints: the one streamed SHA-256 of a file (imports, exports, the sync server)."""

from __future__ import annotations

import hashlib
import os

CHUNK = 1 << 20  # 1 MiB: a 50,000-row roster or a big upload is never read into memory whole


def sha256_file(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()
