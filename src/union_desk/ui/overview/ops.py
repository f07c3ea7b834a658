"""The overview tab's one use case (see ``ui/members/ops.py``)."""

from __future__ import annotations

from union_desk.ui.tasks import DbOp

# writes that change no figure on the overview: a report's snapshot, the audit rows of an
# unmask or an export, an import's column profile, a user account
IGNORED_CHANGES = frozenset({"report_snapshot", "audit_entry", "import_profile", "app_user"})


def load_overview(parent, services) -> DbOp:
    """The tiles' figures and the charts' series, as of today."""
    return DbOp(parent, services.overview.overview)


def affects_overview(changes) -> bool:
    """Whether a change notice (the tables a transaction wrote) may change a figure shown."""
    return bool(set(changes) - IGNORED_CHANGES)
