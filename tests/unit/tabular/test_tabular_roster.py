"""Roster reading + validation against the sample files' ground truth and generated messy files."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from union_desk.tabular.header import MEMBER_SYNONYMS, norm_header
from union_desk.tabular.roster import REQUIRED, status_value, validate_rows
from union_desk.tabular.table import read_table

TODAY = dt.date(2026, 10, 15)
ROSTERS = ["roster_a.xlsx", "roster_b.xls", "roster_c.csv", "roster_c_utf8.csv", "roster_e_errors.xlsx"]
HEADER = ["序号", "姓名", "性别", "身份证号码", "出生日期", "手机号码", "所属分会", "入会时间", "会员状态",
          "是否农民工", "月工资（元）"]
W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(area: str, birth: str, seq: str) -> str:
    s17 = area + birth + seq
    return s17 + "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


ID1 = make_id("110105", "19850312", "123")   # 男 (3 odd)
ID2 = make_id("410104", "19900101", "224")   # 女
ID3 = make_id("450103", "19751220", "950")


def person(n: int, idn: str, name: str = "张三") -> list:
    return [n, name, "", idn, "", "13812345678", "第一分会", "2010-05-01", "在册", "否", "5000"]


def run(path: Path, **kw):
    table = read_table(path, MEMBER_SYNONYMS, REQUIRED, **kw)
    return table, validate_rows(table, today=TODAY)


def make_xlsx(path: Path, sheets: list[tuple[str, list[list]]], *, hidden: tuple[str, ...] = (),
              text_cols: tuple[int, ...] = (), merge_title: bool = False) -> Path:
    """Write sheets with xlsxwriter; cells that are tuples ('=F', value) become formulas."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    text = wb.add_format({"num_format": "@"})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets:
        ws = wb.add_worksheet(name)
        if name in hidden:
            ws.hide()
        for c in text_cols:
            ws.set_column(c, c, 20, text)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, tuple):
                    ws.write_formula(r, c, v[0], None, v[1])
                elif isinstance(v, dt.date):
                    ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), day)
                elif isinstance(v, (int, float)):
                    ws.write_number(r, c, v)
                else:
                    ws.write_string(r, c, v, text if c in text_cols else None)
        if merge_title:
            ws.merge_range(0, 0, 0, 5, rows[0][0])
    wb.close()
    return path


# ---- the sample files' ground truth --------------------------------------------------------
@pytest.fixture(scope="module")
def expected(samples_dir):
    return json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))


def _canon(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value


@pytest.mark.parametrize("name", ROSTERS)
def test_sample_files_match_expected(samples_dir, expected, name):
    want = expected["files"][name]
    table, result = run(samples_dir / name)
    assert table.header.row == want["header_row"]
    if "sheet" in want:
        assert table.sheet == want["sheet"]
    assert len(table.rows) == want["data_rows"]
    assert len(result.accepted) == want["accepted"]
    assert sorted((r.row, r.reason) for r in result.rejected) == \
        sorted((r["row"], r["reason"]) for r in want["rejected"])
    got_ids = {r.row: r.id_number for r in result.rejected}
    for r in want["rejected"]:
        if r["id_number"] is not None and r["reason"] != "missing_required":
            assert got_ids[r["row"]] == r["id_number"].upper() or r["reason"] == "duplicate_in_file"
    records = {r["row"]: r for r in want["records"]}
    assert {r["row"] for r in result.accepted} == set(records)
    for rec in result.accepted:
        exp = records[rec["row"]]
        for key in expected["canonical_fields"]:
            assert _canon(rec.get(key)) == exp[key], (name, rec["row"], key)
    for col in want["columns"]:
        mapped = [c for c in table.header.columns if c.letter == col["column"]][0]
        assert mapped.field == col["field"], col


def test_roster_e_skips_empty_rows_in_the_middle(samples_dir, expected):
    table, _ = run(samples_dir / "roster_e_errors.xlsx")
    rows = {r for r, _ in table.rows}
    assert not rows & set(expected["files"]["roster_e_errors.xlsx"]["empty_rows_ignored"])
    assert table.blank_rows >= 3


def test_dues_sheet_header_found_with_its_own_synonyms(samples_dir):
    dues = {"id_number": ("身份证号",), "name": ("姓名",), "base": ("缴费基数",), "paid": ("实缴会费",),
            "__ignore__": ("序号",)}
    table = read_table(samples_dir / "dues_2026_10.xlsx", dues, ("id_number", "name"))
    assert table.header.row == 2
    assert table.header.fields["base"] == 3
    assert [why for _, why in table.skipped] == ["合计行"]
    assert len(table.rows) == 150


# ---- generated messy files -----------------------------------------------------------------
def test_instruction_sheet_first_hidden_sheet_and_merged_title(tmp_path):
    rows = [["某某分会会员花名册"], [], HEADER, person(1, ID1), person(2, ID2, "李四")]
    path = make_xlsx(tmp_path / "t.xlsx", [
        ("填表说明", [["填表说明"], ["1. 身份证号请设置为文本格式"], ["2. 姓名、身份证号必填"]]),
        ("字典", [["姓名", "身份证号", "性别"], ["男", "女", ""]]),
        ("花名册", rows)], hidden=("字典",), text_cols=(3,), merge_title=True)
    table, result = run(path)
    assert table.sheet == "花名册"
    assert table.sheets == ["填表说明", "花名册"]  # hidden dictionary sheet not offered
    assert table.header.row == 3
    assert [r["row"] for r in result.accepted] == [4, 5]


def test_totals_footer_blank_rows_and_serial_column(tmp_path):
    rows = [HEADER, person(1, ID1), [None] * 11, person(2, ID2, "李四"), ["", ""],
            ["合 计", "", "", "", "", "", "", "", "", "", 10000], ["填表人：王芳", "", "审核人：李明"]]
    table, result = run(make_xlsx(tmp_path / "t.xlsx", [("Sheet1", rows)], text_cols=(3,)))
    assert [r["row"] for r in result.accepted] == [2, 4]
    assert result.rejected == []
    assert [why for _, why in table.skipped] == ["合计行", "表尾签字行"]
    assert table.header.ignored[0].header == "序号"


def test_numeric_id_cells_are_rejected(tmp_path):
    rows = [HEADER, person(1, ID1), person(2, float(ID2), "李四"), person(3, int(ID3), "王五")]
    _, result = run(make_xlsx(tmp_path / "t.xlsx", [("Sheet1", rows)]))
    assert [(r.row, r.reason) for r in result.rejected] == [(3, "id_precision_lost"), (4, "id_precision_lost")]
    assert "文本" in result.rejected[0].message
    shown = result.rejected[1].id_number  # the number the cell holds: already damaged
    assert shown[:15] == ID3[:15] and len(shown) == 18 and shown != ID3
    assert [r["row"] for r in result.accepted] == [2]


def test_numeric_id_that_passes_checksum_is_still_rejected(tmp_path):
    # Excel shows 4.10105198503121E+17 and stores ...121000; pick a number whose damaged
    # form happens to be a valid ID: it must still be rejected, never stored as a guess
    damaged = next(f"11010519850312{n:01d}000" for n in range(10)
                   if make_id("110105", "19850312", f"{n}00")[-1] == "0")
    assert make_id("110105", "19850312", damaged[14:17]) == damaged
    rows = [HEADER, person(1, float(damaged))]
    _, result = run(make_xlsx(tmp_path / "t.xlsx", [("Sheet1", rows)]))
    assert [r.reason for r in result.rejected] == ["id_precision_lost"]
    assert result.accepted == []


def test_scientific_notation_text_id_in_csv(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("姓名,身份证号\n张三,4.10105E+17\n李四," + ID2 + "\n", encoding="utf-8")
    _, result = run(path)
    assert [(r.row, r.reason) for r in result.rejected] == [(2, "id_precision_lost")]


def test_formula_cells_give_their_computed_values(tmp_path):
    rows = [HEADER,
            [1, ("=CONCATENATE(\"欧阳\",\"明辉\")", "欧阳明辉"), "", ("=\"" + ID1[:9] + "\"&\"" + ID1[9:] + "\"", ID1),
             "", ("=\"139\"&\"67119987\"", "13967119987"), "第一分会", ("=DATE(2021,3,1)", 44256), "在册", "否",
             ("=SUM(2600,1500,680)", 4780)]]
    _, result = run(make_xlsx(tmp_path / "t.xlsx", [("Sheet1", rows)]))
    rec = result.accepted[0]
    assert rec["name"] == "欧阳明辉" and rec["id_number"] == ID1 and rec["phone"] == "13967119987"
    assert rec["joined_on"] == dt.date(2021, 3, 1) and rec["monthly_wage"] == Decimal("4780.00")


def test_gbk_csv_with_synonyms_spaces_and_messy_values(tmp_path):
    text = ("姓  名,性别,公民身份号码,出生年月日,联系电话,部门,加入工会时间,状态,是否为农民工,缴费基数,备注\n"
            f"\u3000王\u3000芳 ,,{ID2[:-1]}{ID2[-1].lower()} ,1990年1月1日,１３８１２３４５６７８,一分会,2015.3.2,已入会,是,\"12,150.00\",x\n"
            f"张三,男,{ID1},19850312,13812345678.0,一分会,20100501,保留会籍,否,5000,\n")
    path = tmp_path / "gbk.csv"
    path.write_bytes(text.encode("gbk"))
    table, result = run(path)
    assert table.kind == "csv" and table.header.row == 1
    assert result.rejected == []
    a, b = result.accepted
    assert (a["row"], a["name"], a["gender"], a["phone"], a["branch"]) == (2, "王芳", "女", "13812345678", "一分会")
    assert a["joined_on"] == dt.date(2015, 3, 2) and a["monthly_wage"] == Decimal("12150.00")
    assert a["migrant_worker"] is True and status_value(a["status"]) == "在会"
    assert b["phone"] == "13812345678" and status_value(b["status"]) == "保留会籍"


def test_utf8_bom_and_tab_separated_and_gb18030(tmp_path):
    body = f"姓名\t身份证号\n张三\t{ID1}\n"
    for enc, data in (("bom", b"\xef\xbb\xbf" + body.encode()), ("gb18030", body.encode("gb18030"))):
        path = tmp_path / f"{enc}.csv"
        path.write_bytes(data)
        _, result = run(path)
        assert [r["id_number"] for r in result.accepted] == [ID1], enc


def test_each_reason_code_on_a_generated_file(tmp_path):
    bad_birth = make_id("110105", "19850230", "123")
    rows = [HEADER,
            person(1, ID1),
            person(2, ID1[:-1] + ("0" if ID1[-1] != "0" else "1")),   # bad_checksum
            person(3, ID1[:17] + " "),                             # bad_length (trailing space)
            person(4, bad_birth),                                  # bad_birth_in_id
            [5, "李四", "", ID2, dt.date(1990, 1, 2), "", "", "", "", "", ""],  # birth_mismatch
            [6, "王五", "", ID3, "", "12345", "", "", "", "", ""],              # bad_phone
            [7, "", "", make_id("110105", "19800101", "111"), "", "", "", "", "", "", ""],  # missing
            [8, "赵六", "", make_id("110105", "19800101", "113"), "", "", "", "2019-02-30", "", "", ""],
            person(9, ID1.lower()),                                # duplicate_in_file
            [10, "钱七", "", make_id("110105", "19800101", "115"), "", "", "", "", "", "", "abc"],
            ]
    _, result = run(make_xlsx(tmp_path / "t.xlsx", [("Sheet1", rows)], text_cols=(3,)))
    assert [(r.row, r.reason) for r in result.rejected] == [
        (3, "bad_checksum"), (4, "bad_length"), (5, "bad_birth_in_id"), (6, "birth_mismatch"),
        (7, "bad_phone"), (8, "missing_required"), (9, "bad_date"), (10, "duplicate_in_file"),
        (11, "bad_value")]
    assert "第 2 行" in result.rejected[7].message
    assert all(r.message for r in result.rejected)


def test_wage_cells_as_numbers_and_text(tmp_path):
    """A number cell is rounded to the cent; a negative amount is refused however it is written."""
    rows = [HEADER,
            person(1, ID1)[:-1] + [4780.005],
            person(2, ID2)[:-1] + [-3500.0],
            person(3, ID3)[:-1] + ["-3,500.00"]]
    _, result = run(make_xlsx(tmp_path / "t.xlsx", [("Sheet1", rows)], text_cols=(3,)))
    assert [r["monthly_wage"] for r in result.accepted] == [Decimal("4780.01")]
    assert [(r.row, r.reason, r.message) for r in result.rejected] == [
        (3, "bad_value", "月工资不能为负数"), (4, "bad_value", "月工资不能为负数")]


def test_mapping_override_and_unknown_columns(tmp_path):
    rows = [["名字", "证件号", "工号", "手机号"], ["张三", ID1, "A01", "13812345678"]]
    path = make_xlsx(tmp_path / "t.xlsx", [("S", rows)], text_cols=(1,))
    with pytest.raises(Exception):
        run(path)  # 证件号 is not a known synonym: no header found
    table, result = run(path, mapping={"证件号": "id_number", "B": "id_number", "手机号": None})
    assert table.header.fields == {"name": 0, "id_number": 1}
    assert [c.header for c in table.header.unknown] == ["工号"]
    assert result.accepted[0]["phone"] is None


def test_header_normalisation():
    assert norm_header("姓  名") == "姓名"
    assert norm_header("月工资（元）") == "月工资"
    assert norm_header("*身份证号码") == "身份证号码"
    assert norm_header("缴费基数(月工资)") == "缴费基数"


def test_status_words():
    assert status_value("在册") == "在会"
    assert status_value("转出") == "已转出"
    assert status_value("欠费被退会") == "自动退会"
    assert status_value("不知道") is None


def test_blank_leading_rows_keep_sheet_row_numbers(tmp_path):
    rows = [[], [], [], HEADER, person(1, ID1)]
    table, result = run(make_xlsx(tmp_path / "t.xlsx", [("S", rows)], text_cols=(3,)))
    assert table.header.row == 4 and result.accepted[0]["row"] == 5
