"""Hand the GIL over quickly while two threads share bulk work.

When a thread comes back from C code that ran without the GIL (an SQLite statement), it
waits for the GIL until the thread holding it lets go: by default up to 5 ms, the
interpreter's switch interval. An import's writer thread comes back a few hundred times
while the importing thread is busy checking rows, and those waits cost about a tenth of the
import. While :func:`quick_handoff` is active the interval is 0.2 ms. It is process-wide,
so uses nest and may overlap across threads: the old interval returns when the last ends.
"""

from __future__ import annotations

import sys

from union_desk.infra.nested import NestedSetting

QUICK_S = 0.0002

quick_handoff = NestedSetting(sys.getswitchinterval, sys.setswitchinterval, QUICK_S).active
