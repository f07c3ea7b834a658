"""The one writer for exported files (reports, roster exports, slips, error reports).

Every file that leaves the program goes through :func:`atomic_output`, with one rule:

- it is written to a temp file in the destination folder, synced to disk (``fsync``), then
  renamed over the chosen name in one step (and the folder synced): a full disk, a crash or a
  cancel never leaves a half-written file under that name;
- it gets mode 0600 on POSIX (owner read/write only): these files hold members' personal data
  (names, ID numbers, phones, dues), and a shared office PC or a network folder must not hand
  them to every local account. The clerk shares a file on purpose, by copying or mailing it;
- ``before_publish`` runs after the content is complete and synced and before the rename: the
  caller commits its audit row or report snapshot there, in a short transaction of its own.
  If that commit fails, the temp file is removed and no file appears, so an export is never
  without its record; if the rename then fails, the record names a file that did not appear,
  the harmless side to err on. No write transaction is open while the file is written: the
  office stays free for the sync round and the other PCs' work.

A file held open by Excel (PermissionError on Windows) becomes a plain message that suggests
another name.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from union_desk.errors import StorageError
from union_desk.infra.hashing import sha256_file

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


@dataclass(frozen=True)
class ExportResult:
    path: Path      # the file under its final name
    sha256: str
    rows: int


@dataclass
class Staged:
    """The file being written: write to ``tmp``; set ``rows`` for the result."""

    tmp: Path
    path: Path
    rows: int = 0
    sha256: str = ""

    @property
    def result(self) -> ExportResult:
        return ExportResult(self.path, self.sha256, self.rows)


Publish = Callable[[ExportResult], None]
FILE_MODE = 0o600


@contextmanager
def atomic_output(path: str | os.PathLike, *,
                  before_publish: Publish | None = None) -> Iterator[Staged]:
    """Yield a :class:`Staged` temp file next to ``path``; on success it is synced, hashed,
    ``before_publish(result)`` runs, and it replaces ``path`` in one step."""
    target = Path(path).resolve()
    check_writable(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{target.stem}-", suffix=target.suffix,
                                        dir=target.parent)
        os.close(fd)
        _private(Path(tmp_name))
    except OSError as exc:
        raise _write_error(exc, target) from exc
    staged = Staged(Path(tmp_name), target)
    try:
        yield staged
        _fsync(staged.tmp)
        staged.sha256 = sha256_file(staged.tmp)
        if before_publish is not None:
            before_publish(staged.result)
        os.replace(staged.tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        _discard(staged.tmp)
        raise _write_error(exc, target) from exc
    except BaseException:
        _discard(staged.tmp)
        raise


def _private(path: Path) -> None:
    # mkstemp already makes 0600 (less under a strict umask); say it, and keep it after writers
    # that reopen the file. Windows has no such bits: the folder's ACL decides there.
    if os.name == "posix":
        os.chmod(path, FILE_MODE)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse: the data is synced already
        pass
    finally:
        os.close(fd)


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
