"""What a sync round tells its caller: the report, progress callbacks and the cancel check."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from union_desk.errors import Cancelled

# progress(phase, done, total): phase "push" or "pull"; total None when unknown
Progress = Callable[[str, int, int | None], None]


def no_progress(_phase: str, _done: int, _total: int | None) -> None:
    pass


@dataclass
class RoundReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    pull_pages: int = 0
    counts_checked: bool = False
    count_mismatch: dict[str, tuple[int, int]] = field(default_factory=dict)
    clock_skew_ms: int = 0


def check_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("已取消同步；已完成的部分已保存，下次同步会继续。")
