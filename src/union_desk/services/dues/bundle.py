"""``services.dues``: every dues service for the signed-in user, each built on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from union_desk.services.context import ServiceContext
    from union_desk.services.dues.charges import DuesChargeService
    from union_desk.services.dues.funds import UnionFundsService
    from union_desk.services.dues.ledger import DuesLedgerService
    from union_desk.services.dues.payments import DuesPaymentService
    from union_desk.services.dues.reports import DuesReportService
    from union_desk.services.dues.sheet_import import DuesImportService


class DuesServices:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @cached_property
    def charges(self) -> DuesChargeService:
        """Wage bases and the monthly charges (生成本月应缴)."""
        from union_desk.services.dues.charges import DuesChargeService

        return DuesChargeService(self.ctx)

    @cached_property
    def payments(self) -> DuesPaymentService:
        from union_desk.services.dues.payments import DuesPaymentService

        return DuesPaymentService(self.ctx)

    @cached_property
    def ledger(self) -> DuesLedgerService:
        from union_desk.services.dues.ledger import DuesLedgerService

        return DuesLedgerService(self.ctx)

    @cached_property
    def imports(self) -> DuesImportService:
        """A branch's monthly dues sheet."""
        from union_desk.services.dues.sheet_import import DuesImportService

        return DuesImportService(self.ctx)

    @cached_property
    def reports(self) -> DuesReportService:
        from union_desk.services.dues.reports import DuesReportService

        return DuesReportService(self.ctx)

    @cached_property
    def funds(self) -> UnionFundsService:
        from union_desk.services.dues.funds import UnionFundsService

        return UnionFundsService(self.ctx)
