"""A process-wide interpreter setting changed for the length of some work.

Bulk work on two threads (the database worker and the sync pool, or an import's own helper)
may change the same setting at overlapping times: the first to start changes it, and the
last to finish puts back what was there before.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Generic, Iterator, TypeVar

T = TypeVar("T")


class NestedSetting(Generic[T]):
    def __init__(self, get: Callable[[], T], put: Callable[[T], None], during: T):
        self._get, self._put, self._during = get, put, during
        self._lock = threading.Lock()
        self._depth = 0
        self._before: T | None = None

    @contextmanager
    def active(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._before = self._get()
                self._put(self._during)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    self._put(self._before)
