"""Logging set-up. Field values (IDs, phones, health, bank) are never logged: log ids and counts."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path


def setup(log_dir: Path | None) -> Path | None:
    level = os.environ.get("UNION_DESK_LOG_LEVEL", "INFO").upper()
    root = logging.getLogger("union_desk")
    root.setLevel(level)
    path = None
    if log_dir is not None and not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "union_desk.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    return path
