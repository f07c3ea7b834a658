"""The sync token: kept in the OS key store (keyring), or an explicit alternative the user chose.

When no OS key store exists (headless Linux: keyring's fail backend) we say so
and never fall back to a plain-text file. The alternatives are the
UNION_DESK_SYNC_TOKEN environment variable or typing the token each time
(``token=`` passed to the sync service for one round).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from union_desk.errors import SyncError

SERVICE = "union_desk.sync"
ENV_TOKEN = "UNION_DESK_SYNC_TOKEN"


class NoSecureStore(SyncError):
    code = "no_secure_store"


NO_STORE_MESSAGE = ("本机没有可用的系统密钥库（例如无桌面环境的 Linux），无法安全保存同步令牌。"
                    "可以改为：每次同步时输入令牌，或设置环境变量 UNION_DESK_SYNC_TOKEN。"
                    "本程序不会把令牌以明文保存到文件。")


def _backend():
    try:
        return keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring config means "no store"
        return None


def is_secure_store_available() -> bool:
    kr = _backend()
    if kr is None:
        return False
    from keyring.backends import fail

    if isinstance(kr, fail.Keyring):
        return False
    # keyrings.alt's plaintext/"encrypted" file stores are not an OS key store
    if type(kr).__module__.startswith("keyrings.alt"):
        return False
    backends = getattr(kr, "backends", None)
    if backends is not None and not backends:  # a chainer with nothing behind it
        return False
    return getattr(kr, "priority", 1) > 0


def store_description() -> str:
    if is_secure_store_available():
        return "系统密钥库"
    return "不可用"


def save_token(account: str, token: str) -> None:
    if not is_secure_store_available():
        raise NoSecureStore(NO_STORE_MESSAGE)
    try:
        keyring.set_password(SERVICE, account, token)
    except (NoKeyringError, KeyringError) as exc:
        raise NoSecureStore(NO_STORE_MESSAGE) from exc


@dataclass(frozen=True)
class Token:
    value: str
    source: str  # "env" or "keyring"


def load_token(account: str) -> Token | None:
    env = os.environ.get(ENV_TOKEN)
    if env:
        return Token(env.strip(), "env")
    if not is_secure_store_available():
        return None
    try:
        value = keyring.get_password(SERVICE, account)
    except (NoKeyringError, KeyringError):
        return None
    return Token(value, "keyring") if value else None


def delete_token(account: str) -> None:
    if not is_secure_store_available():
        return
    try:
        keyring.delete_password(SERVICE, account)
    except (PasswordDeleteError, NoKeyringError, KeyringError):
        pass
