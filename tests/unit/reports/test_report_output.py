"""Atomic export: full disk, locked file (Excel on Windows), crash mid-write."""

from __future__ import annotations

import errno
import os

import pytest

from union_desk.errors import StorageError
from union_desk.reports import output
from union_desk.reports.output import OutputLocked, atomic_output, suggest_name
from union_desk.reports.spec import Column, TableReport
from union_desk.reports.xlsx import write_xlsx


def small() -> TableReport:
    return TableReport("名单", "工会", [Column("姓名")], [("王芳",)])


def test_failure_mid_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"previous report")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as out:
            out.tmp.write_bytes(b"half")
            raise RuntimeError("crash")
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_full_disk_is_a_plain_message_and_no_half_file(tmp_path, monkeypatch):
    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output, "_fsync", no_space)
    with pytest.raises(StorageError) as exc:
        write_xlsx(small(), tmp_path / "r.xlsx")
    assert exc.value.code == "disk_full" and "磁盘空间不足" in exc.value.message
    assert list(tmp_path.iterdir()) == []


def test_locked_target_suggests_another_name(tmp_path, monkeypatch):
    target = tmp_path / "统计表.xlsx"
    target.write_bytes(b"open in excel")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OutputLocked) as exc:
        write_xlsx(small(), target)
    assert exc.value.suggestion.name == "统计表(1).xlsx"
    assert "统计表(1).xlsx" in exc.value.message and "Excel" in exc.value.message
    assert target.read_bytes() == b"open in excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["统计表.xlsx"]


def test_locked_target_detected_before_writing(tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"x")
    real_open = open

    def fake_open(path, mode="r", *a, **k):
        if str(path) == str(target) and "+" in mode:
            raise PermissionError(13, "locked")
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr("builtins.open", fake_open)
    with pytest.raises(OutputLocked):
        with atomic_output(target):
            pytest.fail("should not start writing")


def test_missing_folder(tmp_path):
    with pytest.raises(StorageError):
        write_xlsx(small(), tmp_path / "nope" / "r.xlsx")


def test_suggest_name_skips_taken_names(tmp_path):
    (tmp_path / "a(1).pdf").write_bytes(b"")
    assert suggest_name(tmp_path / "a.pdf").name == "a(2).pdf"
