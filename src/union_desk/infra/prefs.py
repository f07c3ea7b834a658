"""Per-PC preferences (interface language, sync interval): a small JSON file in the data folder.

Not in the database: they belong to this PC rather than to the union's records, and the
language is needed before the database is opened. A missing or damaged file means defaults.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILE_NAME = "preferences.json"


def _read(root: Path) -> dict[str, Any]:
    try:
        prefs = json.loads((root / FILE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return prefs if isinstance(prefs, dict) else {}


def get(root: Path, key: str, default: Any) -> Any:
    return _read(root).get(key, default)


def put(root: Path, key: str, value: Any) -> None:
    prefs = _read(root)
    prefs[key] = value
    (root / FILE_NAME).write_text(json.dumps(prefs, ensure_ascii=False), "utf-8")
