"""One object the GUI holds: every service for the signed-in user (Anki's Collection facade)."""

from __future__ import annotations

from union_desk.services.auth import AuthService
from union_desk.services.context import CurrentUser, ServiceContext
from union_desk.services.history import HistoryService
from union_desk.services.members.service import MembersService
from union_desk.services.settings import SettingsService
from union_desk.services.setup import SetupService


class Services:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.members = MembersService(ctx)
        self.history = HistoryService(ctx)
        self.setup = SetupService(ctx)
        self.auth = AuthService(ctx)
        self.settings = SettingsService(ctx)

    @property
    def user(self) -> CurrentUser | None:
        return self.ctx.user

    def can(self, perm) -> bool:
        return self.ctx.can(perm)
