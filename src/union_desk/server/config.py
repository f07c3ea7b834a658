"""Server settings: database URL, admin token, limits, where uploaded files live."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROTOCOL_MIN = 1
PROTOCOL_MAX = 1


@dataclass
class ServerConfig:
    db_url: str = "sqlite:///union_desk_server.sqlite"
    # Admin endpoints (offices, clients, statistics) are disabled when no admin token is set.
    admin_token: str | None = field(default_factory=lambda: os.environ.get("UNION_DESK_SERVER_ADMIN_TOKEN"))
    max_ops: int = 200
    max_bytes: int = 1_000_000
    max_pull: int = 5000
    max_chunk: int = 8_000_000
    files_dir: Path | None = None
    extra_entities: dict[str, str] = field(default_factory=dict)

    def files_root(self) -> Path:
        if self.files_dir is not None:
            return self.files_dir
        if self.db_url.startswith("sqlite:///") and len(self.db_url) > len("sqlite:///"):
            return Path(self.db_url[len("sqlite:///"):]).resolve().parent / "server_files"
        return Path.cwd() / "server_files"
