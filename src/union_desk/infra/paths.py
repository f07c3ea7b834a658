"""Where things live: the data dir (platformdirs or --data-dir) and bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "union_desk"
DB_FILENAME = "union_desk.sqlite"


def resources_dir() -> Path:
    # PyInstaller unpacks bundled data under sys._MEIPASS; from a checkout it is ../../resources.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources"
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the program")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> "DataPaths":
        for p in (self.root, self.backups, self.attachments, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(explicit: str | os.PathLike | None = None) -> DataPaths:
    chosen = explicit or os.environ.get("UNION_DESK_DATA_DIR")
    root = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return DataPaths(root.expanduser().resolve())
