"""The roster import's use cases, one function each (see ``ui/members/ops.py``).

Called on the GUI thread with the parent widget, the services facade and plain values (the
file, its sheet, the column mapping as a plain dict, the cancel switch and a progress
callback that only emits a signal); each returns a :class:`DbOp` to chain and run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from union_desk.ui.members.imports.files import read_head
from union_desk.ui.tasks import DbOp

Progress = Callable[[str, int, int], None]


def _cancellable(op: DbOp, cancel: threading.Event) -> DbOp:
    op.cancel_event = cancel
    return op


def preview(parent, services, path: Path, sheet: str | None, mapping: dict | None, *,
            cancel: threading.Event, progress: Progress) -> DbOp:
    """Check the file against the roster without writing (the dry run)."""
    imports, mapping = services.imports, dict(mapping or {}) or None
    return _cancellable(DbOp(parent, lambda: imports.preview(
        path, sheet=sheet, mapping=mapping, cancel=cancel, progress=progress)), cancel)


def apply(parent, services, path: Path, sheet: str | None, mapping: dict | None, *,
          cancel: threading.Event, progress: Progress) -> DbOp:
    """Import the file in one transaction (cancel leaves nothing behind)."""
    imports, mapping = services.imports, dict(mapping or {}) or None
    return _cancellable(DbOp(parent, lambda: imports.apply(
        path, sheet=sheet, mapping=mapping, cancel=cancel, progress=progress)), cancel)


def write_error_report(parent, services, report, out: str | Path, *,
                       cancel: threading.Event) -> DbOp:
    imports = services.imports
    return _cancellable(DbOp(parent, lambda: imports.write_error_report(report, out)), cancel)


def read_sheet_head(parent, path: Path, sheet: str | None) -> DbOp:
    """The first rows of a sheet without a recognisable header (the user picks the header)."""
    return DbOp(parent, lambda: read_head(path, sheet))


def load_history(parent, services) -> DbOp:
    return DbOp(parent, services.imports.history)


def undo_blockers(parent, services, batch_id: str) -> DbOp:
    """Members changed since the import, which keep it from being undone."""
    imports = services.imports
    return DbOp(parent, lambda: imports.undo_blockers(batch_id))


def undo(parent, services, batch_id: str, *, cancel: threading.Event) -> DbOp:
    imports = services.imports
    return _cancellable(DbOp(parent, lambda: imports.undo(batch_id, cancel=cancel)), cancel)


def load_profiles(parent, services) -> DbOp:
    return DbOp(parent, services.imports.profiles)


def save_profile(parent, services, name: str, mapping: dict) -> DbOp:
    """Save a column mapping under a name; the op's result is every saved profile."""
    imports, mapping = services.imports, dict(mapping)

    def work():
        imports.save_profile(name, mapping)
        return imports.profiles()

    return DbOp(parent, work)
