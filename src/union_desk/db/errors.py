"""Turn SQLite failures into plain-language StorageErrors (qutebrowser's Known/Bug split)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from union_desk.errors import StorageError

_KNOWN = (
    (("database is locked", "database table is locked", "busy"),
     "数据库文件 {path} 正被其他程序或另一台电脑占用。请关闭其他打开它的程序后重试，已保存的数据不受影响。"),
    (("readonly", "read-only", "attempt to write a readonly database"),
     "数据库文件 {path} 是只读的，无法保存。请检查文件或文件夹的权限（或是否在只读U盘上），已保存的数据不受影响。"),
    (("disk is full", "database or disk is full"),
     "磁盘空间已满，无法保存到 {path}。请清理磁盘空间后重试，本次修改未保存，之前的数据完好。"),
    (("file is not a database", "malformed", "disk i/o error", "file is encrypted"),
     "数据库文件 {path} 已损坏或不是 union_desk 数据库。请从“备份”文件夹恢复最近的备份，或联系技术支持。"),
    (("unable to open database",),
     "无法打开数据库文件 {path}。请检查文件夹是否存在且有写入权限。"),
)


def known_storage_error(exc: BaseException, path: Path | str | None) -> StorageError | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, (sqlite3.OperationalError, sqlite3.DatabaseError)):
        return None
    text = str(orig).lower()
    for needles, message in _KNOWN:
        if any(n in text for n in needles):
            return StorageError(message.format(path=path or "（内存）"))
    return None
