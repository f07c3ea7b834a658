"""Writing an export safely: temp file in the same folder, then an atomic rename.

A full disk or a crash never leaves a half-written report under the chosen
name, and a file held open by Excel (PermissionError on Windows) becomes a
plain message that suggests another name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from union_desk.errors import StorageError

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class OutputLocked(StorageError):
    """The target file is open in another program (Excel, WPS) or read-only."""

    code = "output_locked"

    def __init__(self, path: Path):
        self.path = path
        self.suggestion = suggest_name(path)
        super().__init__(f"无法写入“{path.name}”：文件可能正被 Excel/WPS 等程序打开，或没有写入权限。"
                         f"请关闭该文件后重试，或另存为“{self.suggestion.name}”。")


def suggest_name(path: Path) -> Path:
    """report.xlsx -> report(1).xlsx, the first name that is free."""
    n = 1
    while True:
        candidate = path.with_name(f"{path.stem}({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def _write_error(exc: OSError, path: Path) -> StorageError:
    if isinstance(exc, PermissionError):
        return OutputLocked(path)
    if exc.errno in _NO_SPACE:
        return StorageError(f"磁盘空间不足，未能保存“{path.name}”。请清理磁盘或换一个位置保存；未留下不完整的文件。",
                            code="disk_full")
    return StorageError(f"保存“{path.name}”失败：{exc.strerror or exc}。未留下不完整的文件。",
                        code="write_failed")


def check_writable(path: Path) -> None:
    """Fail early (before minutes of work) when the target is open in Excel."""
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except PermissionError:
            raise OutputLocked(path) from None
    if not path.parent.is_dir():
        raise StorageError(f"保存位置不存在：{path.parent}", code="write_failed")


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temp path next to ``path``; on success it replaces ``path`` in one step."""
    target = Path(path).resolve()
    check_writable(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{target.stem}-", suffix=target.suffix,
                                        dir=target.parent)
        os.close(fd)
        _default_mode(Path(tmp_name))
    except OSError as exc:
        raise _write_error(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise _write_error(exc, target) from exc
    except BaseException:
        _discard(tmp)
        raise


def _default_mode(path: Path) -> None:
    # mkstemp makes 0600; an export should get the user's usual permissions.
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
