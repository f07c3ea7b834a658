"""Pulling (architecture.md §2.3): pages of server changes, each applied in one local
transaction together with the pull cursor; then the per-entity count check."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import func, select

from union_desk.errors import SyncError
from union_desk.infra.gcpause import gc_paused
from union_desk.sync import apply
from union_desk.sync.entities import models
from union_desk.sync.report import Progress, RoundReport, check_cancelled
from union_desk.sync.store import LocalStore

log = logging.getLogger(__name__)


class Puller:
    def __init__(self, store: LocalStore, transport, *, pull_limit: int = 5000,
                 hook: Callable[[str], None] | None = None):
        self.store, self.t, self.pull_limit = store, transport, pull_limit
        self.hook = hook or (lambda _point: None)

    def run(self, report: RoundReport, cancel: threading.Event | None, progress: Progress) -> None:
        with gc_paused():  # each page is 5,000 changes parsed into dicts
            self._pages(report, cancel, progress)

    def _pages(self, report: RoundReport, cancel, progress: Progress) -> None:
        while True:
            check_cancelled(cancel)
            with self.store.tx() as s:
                cursor = self.store.state(s).pull_cursor
            page = self.t.pull(cursor, self.pull_limit)
            self.hook("before_page")
            with self.store.tx() as s:
                st = self.store.state(s)
                if st.pull_cursor != cursor:
                    raise SyncError("另一个同步任务正在进行，请稍后再试。", code="sync_busy")
                report.pulled += apply.page(s, page.changes)
                st.pull_cursor = max(page.next_cursor, cursor)
            report.pull_pages += 1
            self.hook("after_page")
            progress("pull", report.pulled, None)
            if not page.has_more:
                return

    def check_counts(self, report: RoundReport) -> None:
        """Anki's sanity check: per-entity live row counts must match the server's.

        Only meaningful when nothing is pending and nobody pushed since our last page; a
        mismatch flags a full resync for the user to approve, nothing is deleted."""
        server = self.t.counts()
        with self.store.tx() as s:
            cursor = self.store.state(s).pull_cursor
            if int(server.get("server_seq", -1)) != cursor or self.store.pending(s):
                return
            remote = server.get("counts") or {}
            for entity, model in models().items():
                t = model.__table__
                local = s.scalar(select(func.count()).select_from(t).where(
                    t.c.deleted.is_(False), t.c.server_version.is_not(None))) or 0
                if local != int(remote.get(entity, 0)):
                    report.count_mismatch[entity] = (local, int(remote.get(entity, 0)))
            report.counts_checked = True
        if report.count_mismatch:
            log.warning("count mismatch in %d entities", len(report.count_mismatch))
