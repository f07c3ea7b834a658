"""One module per aggregate. Importing this package registers every table on Base.metadata."""

from union_desk.db.models.audit import AuditEntry
from union_desk.db.models.org import Branch, Setting, UnionInfo
from union_desk.db.models.outbox import Outbox
from union_desk.db.models.user import User
from union_desk.db.models.import_batch import ImportBatch, ImportBatchItem, ImportProfile  # noqa: F401
from union_desk.db.models.member import FamilyMember, Honour, Member, MemberEvent, MemberRev
from union_desk.db.models.dues import DuesCharge, DuesPayment, DuesWageBase, UnionFundsRecord  # noqa: F401
from union_desk.db.models.sync import FileBlob, SyncConflict, SyncState  # noqa: F401
from union_desk.db.models.report import ReportSnapshot  # noqa: F401

__all__ = ["AuditEntry", "Branch", "Setting", "UnionInfo", "Outbox", "User",
           "FamilyMember", "Honour", "Member", "MemberEvent", "MemberRev"]
