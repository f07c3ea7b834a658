"""Sign-in, first setup, accounts and the audit log, one function per use case (see
``ui/members/ops.py``).

Each takes the parent widget, the service the window was given (before sign-in there is no
facade yet: the login window has ``auth``, the setup window ``setup``; afterwards these are
``services.auth`` and ``services.history``) and plain values; it returns a :class:`DbOp`.
"""

from __future__ import annotations

from union_desk.ui.tasks import DbOp


def login(parent, auth, username: str, password: str) -> DbOp:
    return DbOp(parent, lambda: auth.login(username, password))


def initialize(parent, setup, union_name: str, branches, admin: str, password: str) -> DbOp:
    """Create the office: its union, branches and first administrator."""
    branches = list(branches)
    return DbOp(parent, lambda: setup.initialize(union_name, branches, admin, password))


def load_users(parent, auth) -> DbOp:
    return DbOp(parent, auth.list_users)


def create_user(parent, auth, username: str, password: str, role, display_name: str) -> DbOp:
    return DbOp(parent, lambda: auth.create_user(username, password, role, display_name))


def set_password(parent, auth, username: str, password: str) -> DbOp:
    return DbOp(parent, lambda: auth.set_password(username, password))


def unlock(parent, auth, username: str) -> DbOp:
    return DbOp(parent, lambda: auth.unlock(username))


def load_audit_page(parent, history, offset: int, limit: int) -> DbOp:
    return DbOp(parent, lambda: history.audit_log(offset=offset, limit=limit))
