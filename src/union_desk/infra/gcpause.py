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

from union_desk.infra.nested import NestedSetting

_PAUSE = NestedSetting(gc.isenabled, lambda on: gc.enable() if on else gc.disable(), False)
gc_paused = _PAUSE.active
