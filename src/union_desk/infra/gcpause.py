"""Pause CPython's cyclic garbage collector around bulk work.

A 50,000-row import makes millions of short-lived objects (cells, row dicts, tuples). Each
time the young generations fill up the collector runs, and every few runs it walks the whole
heap, which in this app holds SQLAlchemy's mappers and Qt's wrappers: that walking was about
a third of an import's time. Reference counting still frees everything at once; only
reference cycles wait until the collector is back on. Pauses nest and may overlap across
threads (the database worker and the sync pool): the collector returns when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
