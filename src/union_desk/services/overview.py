"""Figures and chart series for the overview (home) tab, as one DTO; the GUI only draws it.

Modules that are not installed yet (hardship, evaluations, circulations, sync) show as
None: the tab hides their tiles instead of showing a misleading 0.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from union_desk.core.dates import months_back
from union_desk.core.roles import Perm
from union_desk.db.models.outbox import ACKED, Outbox
from union_desk.db.models.sync import SyncState
from union_desk.errors import UnionDeskError
from union_desk.services.context import ServiceContext
from union_desk.services.members.stats import compute_in

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OverviewDTO:
    as_of: dt.date
    union_name: str
    members: int
    female: int
    migrant: int
    retained: int
    new_this_year: int
    exits_this_year: int
    checks_ok: bool
    dues_rate_this_month: Decimal | None        # percent, one decimal; None = no dues data
    open_hardship_cases: int | None = None
    due_actions: int | None = None
    running_campaigns: int | None = None
    unread_circulations: int | None = None
    last_sync_ms: int | None = None
    sync_registered: bool = False               # False: this PC does not sync, no tile
    # chart series
    members_by_branch: tuple[tuple[str, int, int], ...] = ()     # (branch, members, women)
    age_pyramid: tuple[tuple[str, int, int], ...] = ()           # (band, men, women)
    dues_12_months: tuple[tuple[str, Decimal | None], ...] = ()  # ("2026-01", rate %)


class OverviewService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def overview(self, as_of: dt.date | None = None) -> OverviewDTO:
        self.ctx.require(Perm.REPORT)
        as_of = as_of or dt.date.today()
        with self.ctx.read() as s:  # one snapshot: the tiles and the charts agree
            stats = compute_in(s, as_of)
            state = s.get(SyncState, 1)
            registered = bool(state and state.client_id)
            # the last successful round; else the newest change the server acknowledged
            last_sync = (state.last_success_ms if state else None) or s.scalar(
                select(func.max(Outbox.created_ms)).where(Outbox.status == ACKED))
            dues = self._dues_series(s, as_of)
        f = stats.figures
        return OverviewDTO(
            as_of=as_of, union_name=stats.union_name, members=f.total, female=f.female,
            migrant=f.migrant, retained=f.retained, new_this_year=f.new_joiners,
            exits_this_year=sum(f.exits_by_reason.values()), checks_ok=stats.ok,
            dues_rate_this_month=dues[-1][1] if dues else None, last_sync_ms=last_sync,
            sync_registered=registered,
            members_by_branch=tuple((b.name, b.total, b.female) for b in f.by_branch),
            age_pyramid=tuple((band, m, w) for band, (m, w) in f.by_age_gender.items()),
            dues_12_months=tuple(dues))

    def _dues_series(self, s: Session, as_of: dt.date) -> list[tuple[str, Decimal | None]]:
        if not self.ctx.can(Perm.DUES_READ):
            return []
        try:
            from union_desk.services.dues.common import check_month
            from union_desk.services.dues.ledger import branch_summary_in
        except ImportError:  # dues module not installed
            return []
        out: list[tuple[str, Decimal | None]] = []
        for month in months_back(as_of, 12):
            try:
                summary = branch_summary_in(s, check_month(month))
            except UnionDeskError as exc:
                log.debug("no dues summary for %s: %s", month, exc)
                out.append((month, None))
                continue
            out.append((month, summary.total.rate if summary.total.headcount else None))
        return out
