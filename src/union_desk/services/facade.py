"""One object per signed-in user holding every module's services (Anki's ``Collection``:
``col.decks``, ``col.models``): ``services.members``, ``services.dues``, ``services.imports`` …

The GUI and the CLI hold this object and never build a service from ``ctx`` themselves. Each
service is built on first use, and its module imported then: a CLI command that only prints
a member list does not load the report engine. The sync client, a layer above, adds
``.sync`` in ``union_desk.sync.office``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from union_desk.core.roles import Perm

if TYPE_CHECKING:  # the modules themselves load on first use (start-up time)
    from union_desk.services.auth import AuthService
    from union_desk.services.context import CurrentUser, ServiceContext
    from union_desk.services.dues.bundle import DuesServices
    from union_desk.services.history import HistoryService
    from union_desk.services.members.imports.service import MemberImportService
    from union_desk.services.members.service import MembersService
    from union_desk.services.overview import OverviewService
    from union_desk.services.reporting.service import ReportService
    from union_desk.services.settings import SettingsService
    from union_desk.services.setup import SetupService


class Services:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @cached_property
    def members(self) -> MembersService:
        from union_desk.services.members.service import MembersService

        return MembersService(self.ctx)

    @cached_property
    def imports(self) -> MemberImportService:
        """The member roster import (the dues sheet import is ``dues.imports``)."""
        from union_desk.services.members.imports.service import MemberImportService

        return MemberImportService(self.ctx)

    @cached_property
    def dues(self) -> DuesServices:
        from union_desk.services.dues.bundle import DuesServices

        return DuesServices(self.ctx)

    @cached_property
    def reports(self) -> ReportService:
        from union_desk.services.reporting.service import ReportService

        return ReportService(self.ctx)

    @cached_property
    def overview(self) -> OverviewService:
        from union_desk.services.overview import OverviewService

        return OverviewService(self.ctx)

    @cached_property
    def history(self) -> HistoryService:
        from union_desk.services.history import HistoryService

        return HistoryService(self.ctx)

    @cached_property
    def setup(self) -> SetupService:
        from union_desk.services.setup import SetupService

        return SetupService(self.ctx)

    @cached_property
    def auth(self) -> AuthService:
        """Sign-in and the accounts (``users`` is the same service)."""
        from union_desk.services.auth import AuthService

        return AuthService(self.ctx)

    @property
    def users(self) -> AuthService:
        return self.auth

    @cached_property
    def settings(self) -> SettingsService:
        from union_desk.services.settings import SettingsService

        return SettingsService(self.ctx)

    @property
    def data_root(self):
        """The office's data folder (None for an in-memory database): per-PC preferences."""
        paths = self.ctx.db.paths
        return paths.root if paths is not None else None

    @property
    def user(self) -> CurrentUser | None:
        return self.ctx.user

    def can(self, perm: Perm) -> bool:
        return self.ctx.can(perm)

    def as_user(self, user: CurrentUser) -> "Services":
        """The same office for someone who just signed in (same class, so ``.sync`` stays)."""
        return type(self)(self.ctx.as_user(user))
