"""The object the GUI and the CLI hold: every service of the services layer plus the sync
client (``services.sync``), which sits a layer above them and so is added here."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from union_desk.services.facade import Services

if TYPE_CHECKING:
    from union_desk.services.context import ServiceContext
    from union_desk.sync.service import SyncService


class Office(Services):
    def __init__(self, ctx: ServiceContext, *, sync_timeout: float | None = None):
        super().__init__(ctx)
        # the GUI uses a shorter network timeout than the CLI: a stalled round keeps the
        # sync button busy
        self.sync_timeout = sync_timeout

    @cached_property
    def sync(self) -> SyncService:
        from union_desk.sync.service import SyncService
        from union_desk.sync.transport import Transport

        timeout = self.sync_timeout
        if timeout is None:
            return SyncService(self.ctx)
        return SyncService(self.ctx, transport_factory=lambda url, token, ca_file: Transport(
            url, token, ca_file=ca_file, timeout=timeout))

    def as_user(self, user) -> "Office":
        return Office(self.ctx.as_user(user), sync_timeout=self.sync_timeout)
