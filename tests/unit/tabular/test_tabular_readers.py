"""Readers and bad input: every unreadable file gives a clear Chinese FileFormatError."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.unit.tabular.test_tabular_roster import HEADER, ID1, ID2, make_xlsx, person, run
from union_desk.errors import FileFormatError
from union_desk.tabular import sniff
from union_desk.tabular.readers import decode_text, open_book, xlsx_dimensions


def _error(path: Path, **kw) -> str:
    with pytest.raises(FileFormatError) as info:
        run(path, **kw)
    message = info.value.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)  # a Chinese sentence for the clerk
    return message


def test_empty_file(tmp_path):
    (tmp_path / "e.xlsx").write_bytes(b"")
    assert "空文件" in _error(tmp_path / "e.xlsx")


def test_not_a_spreadsheet(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"%PDF-1.4\n%...")
    assert "PDF" in _error(tmp_path / "a.xlsx")
    (tmp_path / "b.xls").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert "图片" in _error(tmp_path / "b.xls")
    (tmp_path / "c.xlsx").write_bytes(bytes(range(256)) * 4)
    assert "不是可识别的电子表格" in _error(tmp_path / "c.xlsx")


def test_zip_that_is_not_a_workbook(tmp_path):
    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert "压缩包" in _error(tmp_path / "z.xlsx")


def test_truncated_xlsx(samples_dir, tmp_path):
    data = (samples_dir / "roster_a.xlsx").read_bytes()
    (tmp_path / "t.xlsx").write_bytes(data[: len(data) // 2])
    assert "损坏" in _error(tmp_path / "t.xlsx")


def test_corrupt_sheet_xml(tmp_path):
    src = make_xlsx(tmp_path / "ok.xlsx", [("S", [HEADER, person(1, ID1)])], text_cols=(3,))
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<<<garbage"
            zout.writestr(item, data)
    assert "损坏" in _error(bad)


def test_password_protected_workbook(tmp_path):
    # an encrypted OOXML workbook is an OLE container with EncryptionInfo/EncryptedPackage streams
    body = bytearray(sniff.OLE_MAGIC + b"\x00" * 1024)
    body += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    body += b"\x00" * 2048
    (tmp_path / "p.xlsx").write_bytes(bytes(body))
    assert "密码" in _error(tmp_path / "p.xlsx")


def test_html_disguised_as_xls_is_read(tmp_path):
    html = ("<html><head><meta charset='utf-8'></head><body><table>"
            "<tr><td colspan='3'>会员名单</td></tr>"
            "<tr><th>姓名</th><th>身份证号</th><th>手机</th></tr>"
            f"<tr><td>张三</td><td>{ID1}</td><td>13812345678</td></tr>"
            f"<tr><td>李<br>四</td><td>{ID2}</td><td></td></tr></table></body></html>")
    path = tmp_path / "export.xls"
    path.write_bytes(html.encode("gb18030"))
    table, result = run(path)
    assert table.kind == "html" and table.header.row == 2
    assert [(r["row"], r["name"]) for r in result.accepted] == [(3, "张三"), (4, "李四")]


def test_html_without_table(tmp_path):
    (tmp_path / "x.xls").write_text("<html><body><p>登录超时</p></body></html>", encoding="utf-8")
    assert "网页" in _error(tmp_path / "x.xls")


def test_csv_disguised_as_xls_is_read(tmp_path):
    path = tmp_path / "export.xls"
    path.write_bytes(f"姓名,身份证号\n张三,{ID1}\n".encode("gbk"))
    table, result = run(path)
    assert table.kind == "csv" and len(result.accepted) == 1


def test_spreadsheet_2003_xml(tmp_path):
    (tmp_path / "x.xls").write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                                    "<Workbook></Workbook>", encoding="utf-8")
    assert "2003 XML" in _error(tmp_path / "x.xls")


def test_no_recognisable_header(tmp_path):
    path = make_xlsx(tmp_path / "n.xlsx", [("S", [["甲", "乙"], ["1", "2"]])])
    assert "找不到表头" in _error(path)


def test_missing_sheet_name(tmp_path):
    path = make_xlsx(tmp_path / "n.xlsx", [("S", [HEADER, person(1, ID1)])], text_cols=(3,))
    assert "没有名为" in _error(path, sheet="不存在")


def test_million_row_csv_is_refused_quickly(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("姓名,身份证号\n")
        fh.write(f"张三,{ID1}\n" * 1_000_000)
    assert "超过单次导入上限" in _error(path)


def _raw_xlsx(path: Path, rows: int) -> Path:
    """A minimal workbook written by hand (fast even with a million rows)."""
    sheet = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><dimension ref="A1:B{rows}"/><sheetData>']
    sheet.extend(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, rows + 1))
    sheet.append("</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
                    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
                    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
                    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'spreadsheetml.worksheet+xml"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
                    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
                    '"xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.'
                    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships"><sheets><sheet name="大表" sheetId="1" r:id="rId1"/></sheets>'
                    '</workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
                    '"worksheets/sheet1.xml"/></Relationships>')
        zf.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
    return path


def test_million_row_xlsx_is_refused_before_loading(tmp_path):
    path = _raw_xlsx(tmp_path / "big.xlsx", 1_000_000)
    assert xlsx_dimensions(path) == {"大表": 1_000_000}
    message = _error(path)
    assert "1,000,000" in message and "超过单次导入上限" in message


def test_row_limit_is_a_parameter(tmp_path):
    path = make_xlsx(tmp_path / "t.xlsx", [("S", [HEADER] + [person(i, ID1) for i in range(300)])],
                     text_cols=(3,))
    assert "超过单次导入上限" in _error(path, max_rows=100)


def test_zip_bomb_is_refused_from_the_directory(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            block = b"\x00" * (1 << 20)
            for _ in range(80):
                fh.write(block)
    assert "压缩炸弹" in _error(path)


def test_zip_total_size_limit():
    big = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    big.file_size, big.compress_size = sniff.MAX_UNCOMPRESSED + 1, sniff.MAX_UNCOMPRESSED // 2
    with pytest.raises(FileFormatError, match="超过"):
        sniff.check_zip_sizes([big], "x.xlsx")


def test_xls_and_openpyxl_fallback_read_the_same_rows(samples_dir, tmp_path):
    from union_desk.tabular.readers import OpenpyxlBook

    book = OpenpyxlBook(samples_dir / "roster_a.xlsx", 1000)
    fallback = book.rows("会员花名册")
    book.close()
    primary = open_book(samples_dir / "roster_a.xlsx")
    rows = primary.rows("会员花名册")
    primary.close()
    assert len(fallback) == len(rows) == 303
    assert fallback[3][3] == rows[3][3] == "410105199301256814"


def test_decode_text_detects_encodings():
    text = "姓名,身份证号"
    assert decode_text(text.encode("utf-8")) == text
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_text(text.encode("gbk")) == text
    assert decode_text("\ufeff".encode("utf-16-le") + text.encode("utf-16-le")) == text


def test_ods_is_read(tmp_path):
    pytest.importorskip("python_calamine")
    # LibreOffice is not available here: build an ODS by hand with the minimum calamine needs
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:'
               'tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
               ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               '<office:spreadsheet><table:table table:name="名册">'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p>'
               '</table:table-cell><table:table-cell office:value-type="string"><text:p>身份证号</text:p>'
               '</table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type='
               f'"string"><text:p>张三</text:p></table:table-cell><table:table-cell office:value-type="string">'
               f'<text:p>{ID1}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>'
               '</office:body></office:document-content>')
    path = tmp_path / "t.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:'
                    'names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')
        zf.writestr("content.xml", content)
    table, result = run(path)
    assert table.kind == "ods" and [r["id_number"] for r in result.accepted] == [ID1]


def test_xls_sample_reads_phone_number_cells(samples_dir):
    table, result = run(samples_dir / "roster_b.xls")
    assert table.kind == "xls"
    assert all(r["phone"] is None or len(r["phone"]) == 11 for r in result.accepted)


def test_huge_html_table_stops_at_the_row_limit(tmp_path):
    path = tmp_path / "big.xls"
    rows = "".join(f"<tr><td>张三</td><td>{ID1}</td></tr>" for _ in range(500))
    path.write_text(f"<html><table><tr><th>姓名</th><th>身份证号</th></tr>{rows}</table></html>",
                    encoding="utf-8")
    assert "超过单次导入上限" in _error(path, max_rows=100)


def test_oversized_text_file_is_refused_before_decoding(tmp_path, monkeypatch):
    from union_desk.tabular import readers

    monkeypatch.setattr(readers, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("姓名,身份证号\n" + f"张三,{ID1}\n" * 100, encoding="utf-8")
    assert "拆分" in _error(path)


@pytest.mark.parametrize("source, name", [("roster_a.xlsx", "roster.xls"), ("roster_b.xls", "roster.et"),
                                          ("roster_a.xlsx", "roster.xlsm"), ("roster_b.xls", "roster.xlsx")])
def test_content_decides_not_the_extension(samples_dir, tmp_path, source, name):
    path = tmp_path / name
    path.write_bytes((samples_dir / source).read_bytes())
    _, result = run(path)
    assert len(result.accepted) in (200, 300) and result.rejected == []
