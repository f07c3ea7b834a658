"""Sign-in with lock-out, and account management (admin only)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from union_desk.core.roles import ROLE_LABELS, Perm, Role
from union_desk.db.base import now_ms
from union_desk.db.models import User
from union_desk.db.tracking import audit
from union_desk.errors import AuthError, Conflict, NotFound, ValidationError
from union_desk.services.context import CurrentUser, ServiceContext
from union_desk.services.passwords import hash_password, verify_password
from union_desk.services.settings import get_in

MIN_PASSWORD = 6


@dataclass(frozen=True)
class UserDTO:
    username: str
    display_name: str
    role: str
    role_label: str
    active: bool
    locked: bool


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"密码至少{MIN_PASSWORD}位", field="password")


class AuthService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def login(self, username: str, password: str) -> CurrentUser:
        """Check a password. Wrong passwords count towards a timed lock-out.

        The failure counter must be committed even though sign-in fails, so the
        error is raised only after the transaction ends.
        """
        username = username.strip()
        failure: AuthError | None = None
        with self.ctx.uow() as s:
            s.info["actor"] = username or "?"
            user = s.scalar(select(User).where(User.username == username))
            now = now_ms()
            if user is None or not user.active:
                raise AuthError("用户名或密码错误")
            if user.locked_until_ms > now:
                minutes = max(1, (user.locked_until_ms - now + 59_999) // 60_000)
                raise AuthError(f"密码错误次数过多，账号已锁定，请{minutes}分钟后再试或联系管理员解锁")
            if not verify_password(password, user.password_hash):
                user.failed_attempts += 1
                limit = int(get_in(s, "login.max_failures"))
                if user.failed_attempts >= limit:
                    user.locked_until_ms = now + int(get_in(s, "login.lock_minutes")) * 60_000
                    user.failed_attempts = 0
                    audit(s, "lock", "app_user", username)
                    failure = AuthError("密码错误次数过多，账号已锁定")
                else:
                    left = limit - user.failed_attempts
                    failure = AuthError(f"用户名或密码错误（再错{left}次将锁定账号）")
            else:
                user.failed_attempts = 0
                user.locked_until_ms = 0
                audit(s, "login", "app_user", username)
                result = CurrentUser(user.username, Role(user.role), user.display_name)
        if failure is not None:
            raise failure
        return result

    def has_users(self) -> bool:
        with self.ctx.read() as s:
            return (s.scalar(select(func.count()).select_from(User)) or 0) > 0

    def list_users(self) -> list[UserDTO]:
        self.ctx.require(Perm.USERS)
        now = now_ms()
        with self.ctx.read() as s:
            users = s.scalars(select(User).order_by(User.username)).all()
            return [UserDTO(u.username, u.display_name, u.role, ROLE_LABELS[Role(u.role)], u.active,
                            u.locked_until_ms > now) for u in users]

    def create_user(self, username: str, password: str, role: str, display_name: str = "") -> None:
        self.ctx.require(Perm.USERS)
        with self.ctx.uow() as s:
            add_user(s, username, password, role, display_name)

    def set_password(self, username: str, password: str) -> None:
        me = self.ctx.user
        if me is None or (me.username != username and not me.can(Perm.USERS)):
            self.ctx.require(Perm.USERS)
        check_password_strength(password)
        with self.ctx.uow() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(f"没有用户“{username}”")
            user.password_hash = hash_password(password)
            audit(s, "password", "app_user", username)

    def unlock(self, username: str) -> None:
        self.ctx.require(Perm.USERS)
        with self.ctx.uow() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(f"没有用户“{username}”")
            user.locked_until_ms = 0
            user.failed_attempts = 0
            audit(s, "unlock", "app_user", username)


def add_user(s, username: str, password: str, role: str, display_name: str = "") -> None:
    username = username.strip()
    if not username:
        raise ValidationError("请填写用户名", field="username")
    try:
        Role(role)
    except ValueError:
        raise ValidationError(f"未知角色：{role}", field="role") from None
    check_password_strength(password)
    if s.scalar(select(User).where(User.username == username)) is not None:
        raise Conflict(f"用户名“{username}”已存在", field="username")
    s.add(User(username=username, display_name=display_name or username, role=role,
               password_hash=hash_password(password)))
    audit(s, "create", "app_user", username, new=role)
