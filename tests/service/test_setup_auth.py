import pytest

from union_desk.core.roles import Role
from union_desk.errors import AuthError, Conflict, PermissionDenied
from union_desk.services.auth import AuthService
from union_desk.services.context import ServiceContext
from union_desk.services.setup import SetupService

from tests.service.conftest import ADMIN_PASSWORD, as_role


def test_initialize_creates_union_branches_and_admin(office):
    ctx = ServiceContext(office)
    setup = SetupService(ctx)
    assert setup.is_initialized()
    assert setup.union_name() == "示例公司工会"
    assert [b.full_name for b in setup.branches()] == ["第一分会", "第二分会", "第二分会/第一小组"]
    user = AuthService(ctx).login("admin", ADMIN_PASSWORD)
    assert user.role is Role.ADMIN
    with pytest.raises(Conflict):
        setup.initialize("又一个", [], "x", "password1")


def test_password_is_not_stored_in_plain_text(office):
    import sqlite3

    raw = sqlite3.connect(office.path).execute("select password_hash from app_user").fetchone()[0]
    assert ADMIN_PASSWORD not in raw and raw.startswith("scrypt$")


def test_lockout_after_repeated_failures(office):
    auth = AuthService(ServiceContext(office))
    for _ in range(4):
        with pytest.raises(AuthError, match="用户名或密码错误"):
            auth.login("admin", "wrong")
    with pytest.raises(AuthError, match="锁定"):
        auth.login("admin", "wrong")
    # even the right password is refused while locked
    with pytest.raises(AuthError, match="锁定"):
        auth.login("admin", ADMIN_PASSWORD)
    as_role(office, Role.ADMIN, "admin")
    AuthService(as_role(office, Role.ADMIN, "admin")).unlock("admin")
    assert auth.login("admin", ADMIN_PASSWORD).username == "admin"


def test_only_admin_manages_users(office):
    with pytest.raises(PermissionDenied):
        AuthService(as_role(office, Role.CLERK)).create_user("x", "password1", "clerk")
    AuthService(as_role(office, Role.ADMIN)).create_user("clerk1", "password1", "clerk", "小王")
    assert AuthService(ServiceContext(office)).login("clerk1", "password1").role is Role.CLERK
