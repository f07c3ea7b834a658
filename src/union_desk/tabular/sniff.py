"""What a file really is, judged by its bytes (never its extension), and zip-bomb checks.

Branches send ".xls" files that are HTML or CSV exported by web systems, encrypted
workbooks and truncated downloads; each gets a plain Chinese FileFormatError.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from union_desk.errors import FileFormatError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Limits against zip bombs: the directory states uncompressed sizes; we check before reading.
MAX_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_RATIO = 200          # compressed:uncompressed ratio above this on a big member is a bomb
RATIO_MIN_SIZE = 64 * 1024 * 1024

XLSX, XLS, ODS, CSV, HTML = "xlsx", "xls", "ods", "csv", "html"
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html|<meta|<head|<body)",
                         re.I)
_SPREADSHEETML = re.compile(rb"^\s*<\?xml[^>]*>\s*(<\?mso-application[^>]*>\s*)?<Workbook", re.I)


def detect(path: Path) -> str:
    """Return one of xlsx/xls/ods/csv/html or raise FileFormatError saying what the file is."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise FileFormatError(f"找不到文件：{path}") from None
    except OSError as exc:
        raise FileFormatError(f"无法读取文件：{path.name}（{exc.strerror or exc}）") from None
    if size == 0 or not head.strip(b"\x00 \t\r\n\xef\xbb\xbf"):
        raise FileFormatError(f"文件“{path.name}”是空文件，没有任何内容")
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        if _ole_encrypted(path):
            raise FileFormatError(f"文件“{path.name}”设置了打开密码，无法读取。请在 Excel/WPS 中取消密码"
                                  "（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存再导入")
        return XLS
    if _SPREADSHEETML.match(head):
        raise FileFormatError(f"文件“{path.name}”是 Excel 2003 XML 表格，请在 Excel/WPS 中另存为 .xlsx 后再导入")
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return HTML
    if head.startswith(b"%PDF"):
        raise FileFormatError(f"文件“{path.name}”是 PDF 文档，不是电子表格；请向分会索取 Excel 原表")
    if head[:4] in (b"\x89PNG", b"GIF8") or head[:3] == b"\xff\xd8\xff":
        raise FileFormatError(f"文件“{path.name}”是图片，不是电子表格；请向分会索取 Excel 原表")
    if head.startswith(b"{\\rtf"):
        raise FileFormatError(f"文件“{path.name}”是 RTF/Word 文档，不是电子表格")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileFormatError(f"文件“{path.name}”不是可识别的电子表格（xlsx、xls、et、ods 或 csv）")
    return CSV


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            check_zip_sizes(infos, path.name)
            names = {i.filename for i in infos}
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    return ODS
                raise FileFormatError(f"文件“{path.name}”是 OpenDocument 文档（{mime.decode(errors='replace')}），"
                                      "不是电子表格")
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    raise FileFormatError(f"文件“{path.name}”是 Excel 二进制工作簿（.xlsb），请另存为 .xlsx 后再导入")
                return XLSX
            if "word/document.xml" in names:
                raise FileFormatError(f"文件“{path.name}”是 Word 文档，不是电子表格")
            raise FileFormatError(f"文件“{path.name}”是压缩包，不是电子表格；请解压后导入其中的表格")
    except zipfile.BadZipFile:
        raise FileFormatError(f"文件“{path.name}”已损坏或不完整（可能没有下载完），无法打开。"
                              "请让分会重新发送") from None
    except (EOFError, OSError):
        raise FileFormatError(f"文件“{path.name}”已损坏或不完整，无法打开") from None


def check_zip_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse archives that would expand beyond sane limits, judged from the zip directory."""
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileFormatError(f"文件“{name}”解压后异常巨大（疑似“压缩炸弹”），已拒绝读取")
    if total > MAX_UNCOMPRESSED:
        raise FileFormatError(f"文件“{name}”解压后超过 {MAX_UNCOMPRESSED // 2**20} MB，已拒绝读取；"
                              "请拆分成较小的表格")


def _ole_encrypted(path: Path) -> bool:
    """An encrypted OOXML workbook is an OLE container holding an 'EncryptedPackage' stream."""
    needles = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
    with path.open("rb") as fh:
        # directory entries sit in the first MB for any real workbook; read it in one go
        data = fh.read(4 * 1024 * 1024)
    return any(n in data for n in needles)
