"""Branch dues sheet against the sample sheets (tests/fixtures) (made under the payroll rule, members = roster_a)."""

import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from union_desk.core.roles import Role
from union_desk.db.models import AuditEntry, DuesPayment, DuesWageBase
from union_desk.errors import ValidationError
from union_desk.services.dues.charges import DuesChargeService
from union_desk.services.dues.sheet_import import DuesImportService, SheetRow
from union_desk.services.dues.ledger import DuesLedgerService
from union_desk.services.members.imports.service import MemberImportService

from tests.service.conftest import ADMIN_PASSWORD, as_role
from tests.service.dues.test_dues_support import add_member, fake_id, set_rule

SHEET = "dues_2026_10.xlsx"


@pytest.fixture
def roster(admin, samples_dir):
    MemberImportService(admin).apply(samples_dir / "roster_a.xlsx")
    set_rule(admin, "payroll", dt.date(2026, 1, 1))
    return json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))


def n_payments(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(DuesPayment))


def test_preview_matches_expected(admin, roster, samples_dir):
    exp = roster["files"][SHEET]
    pv = DuesImportService(admin).preview(samples_dir / SHEET)
    assert (pv.month, pv.rule, len(pv.rows)) == ("2026-10", "payroll", exp["data_rows"])
    assert [r for r, _ in pv.skipped_rows] == [s["row"] for s in exp["summary_rows"]]
    want = {r["row"]: r for r in exp["rows"]}
    for r in pv.rows:
        w = want[r.row]
        assert r.id_number == w["id_number"]
        assert r.status == w["paid_status"], r.row
        assert f"{r.computed_due:.2f}" == w["expected_due"], r.row
        assert f"{r.difference:.2f}" == w["difference"], r.row
        assert r.name_mismatch == w["name_mismatch"], r.row
        assert r.known_member == w["known_member"], r.row
        assert r.due_on_sheet_wrong == (not w["declared_due_correct"]), r.row
    counts = {k: v for k, v in pv.counts.items() if k in exp["paid_status_counts"]}
    assert counts == exp["paid_status_counts"]
    assert f"{pv.total_paid:.2f}" == exp["totals"]["paid"]
    assert f"{pv.total_computed:.2f}" == exp["totals"]["expected_due"]
    assert sorted(r.row for r in pv.rows if r.base_differs) == sorted(
        r["row"] for r in exp["rows"] if r["note"] and "base differs" in r["note"])
    assert n_payments(admin) == 0  # a preview writes nothing


def test_apply_once_then_again_records_nothing_new(clerk, roster, samples_dir):
    svc = DuesImportService(clerk)
    first = svc.apply(samples_dir / SHEET, paid_on=dt.date(2026, 10, 20))
    exp_rows = roster["files"][SHEET]["rows"]
    recordable = [r for r in exp_rows if r["known_member"] and not r["name_mismatch"]
                  and D(r["paid"]) > 0]
    assert first.recorded == len(recordable)
    assert first.total_recorded == sum(D(r["paid"]) for r in recordable)
    second = svc.apply(samples_dir / SHEET)
    assert second.recorded == 0 and second.preview.counts["already_recorded"] == first.recorded
    assert n_payments(clerk) == first.recorded
    with clerk.read() as s:
        batches = set(s.scalars(select(DuesPayment.import_batch_id)))
        logged = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "import", AuditEntry.entity == "dues_payment"))
    assert batches == {first.batch_id} and logged == 2
    # the payments count against the computed charges
    DuesChargeService(clerk).generate_month("2026-10")
    under = {r["id_number"] for r in exp_rows if r["paid_status"] == "underpaid" and r["known_member"]}
    owing = {a.id_number for a in DuesLedgerService(clerk).arrears("2026-10")}
    assert under <= {_unmask(i, under) for i in owing}


def _unmask(masked: str, full: set[str]) -> str:
    return next((f for f in full if f[:6] == masked[:6] and f[-4:] == masked[-4:]), masked)


def test_name_mismatch_rows_only_with_consent_and_bases_updated(clerk, roster, samples_dir):
    res = DuesImportService(clerk).apply(samples_dir / SHEET, accept_name_mismatch=True,
                                         update_bases=True)
    rows = roster["files"][SHEET]["rows"]
    assert res.recorded == sum(1 for r in rows if r["known_member"] and D(r["paid"]) > 0)
    assert res.bases_updated == 4
    with clerk.read() as s:
        bases = s.execute(select(DuesWageBase.base, DuesWageBase.effective_from)).all()
    assert (D("4653.60"), dt.date(2026, 10, 1)) in bases


def test_reversed_import_row_can_be_imported_again(clerk, roster, samples_dir):
    from union_desk.services.dues.payments import DuesPaymentService

    svc = DuesImportService(clerk)
    svc.apply(samples_dir / SHEET)
    with clerk.read() as s:
        one = s.scalars(select(DuesPayment).limit(1)).first()
    DuesPaymentService(clerk).reverse_payment(one.id, "分会表有误")
    again = svc.apply(samples_dir / SHEET)
    assert again.recorded == 1


def test_rows_interface_and_bad_cells(clerk):
    a = add_member(clerk, "王芳", wage="4000", id_number="11010519491231002X")
    rows = [SheetRow(3, "11010519491231002x", "王　芳 ", "4000", "20", "20.00", "2026-10"),
            SheetRow(4, "11010519491231002X", "王芳", "4000", "20", "-3", "2026-10"),
            SheetRow(5, "11010519491231002X", "王芳", "4000", "20", "二十", "2026-10"),
            SheetRow(6, "11010519491231002X", "王芳", "4000", "20", "20.001", "2026-10"),
            SheetRow(7, 110105194912310020, "王芳", "4000", "20", "20", "2026-10")]
    res = DuesImportService(clerk).apply_rows(rows, "2026-10")
    by_row = {r.row: r for r in res.preview.rows}
    assert by_row[3].status == "ok" and not by_row[3].name_mismatch and by_row[3].will_record
    for n in (4, 5, 6):
        assert by_row[n].status == "invalid" and by_row[n].problems and not by_row[n].will_record
    # an ID typed into a number cell has lost digits: flagged, never matched
    assert "数字" in by_row[7].problems[0] and not by_row[7].known_member
    assert res.recorded == 1
    assert DuesLedgerService(clerk).member_ledger(a).total_paid == D("20.00")
    with pytest.raises(ValidationError, match="还没有到"):
        DuesImportService(clerk).apply_rows(rows, "2099-01")


def test_cli_import_dues_json(office, roster, samples_dir, paths, monkeypatch, capsys):
    from union_desk.cli import main

    monkeypatch.setenv("UNION_DESK_PASSWORD", ADMIN_PASSWORD)
    base = ["--data-dir", str(paths.root), "import", "dues", str(samples_dir / SHEET)]
    assert main(base + ["--dry-run", "--json", "--user", "admin"]) == 0
    out = json.loads(capsys.readouterr().out)
    row = next(r for r in out["rows"] if r["row"] == 9)
    assert {k: row[k] for k in ("row", "id_number", "status", "computed_due", "paid", "difference",
                                "name_mismatch", "known_member")} == {
        "row": 9, "id_number": "110105198603045937", "status": "ok", "computed_due": "22.51",
        "paid": "22.51", "difference": "0.00", "name_mismatch": False, "known_member": True}
    assert out["dry_run"] is True and "recorded" not in out
    assert main(base + ["--month", "2026-10", "--json", "--user", "admin"]) == 0
    assert json.loads(capsys.readouterr().out)["recorded"] == out["to_record"]
    assert main(["--data-dir", str(paths.root), "dues", "generate", "--month", "2026-10",
                 "--user", "admin"]) == 0
    assert main(["--data-dir", str(paths.root), "dues", "ledger", "--year", "2026", "-o",
                 str(paths.root / "l.xlsx"), "--user", "admin"]) == 0
    assert (paths.root / "l.xlsx").exists()
    assert main(["--data-dir", str(paths.root), "dues", "generate", "--month", "2099-01",
                 "--user", "admin"]) == 2


def _sheet(path, rows):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("2026年10月")
    ws.write_row(0, 0, ["身份证号", "姓名", "缴费基数", "实缴会费"])
    for r, (idn, name, base, paid) in enumerate(rows, start=1):
        ws.write_string(r, 0, idn)
        ws.write_string(r, 1, name)
        for c, v in ((2, base), (3, paid)):
            (ws.write_number if isinstance(v, float) else ws.write_string)(r, c, v)
    wb.close()
    return path


def test_money_cells_read_the_same_in_the_dry_run_and_the_apply(clerk, tmp_path):
    """One money rule (core.money): a formula's float noise is the cent it shows, a number
    cell with a third decimal is taken to the cent as Excel shows it, text is exact."""
    ids = [fake_id(900 + k) for k in range(4)]
    for k, idn in enumerate(ids):
        add_member(clerk, f"会员{k}", wage="4000", id_number=idn)
    path = _sheet(tmp_path / "dues.xlsx", [
        (ids[0], "会员0", 4000.0, 0.1 + 0.2 - 0.1 + 19.9),   # 20.099999999999998 from a formula
        (ids[1], "会员1", "4,000.00", 20.005),               # a number cell: 20.01
        (ids[2], "会员2", 4000.0, "20.005"),                  # typed text: refused
        (ids[3], "会员3", 4000.0, "¥20元")])
    svc = DuesImportService(clerk)
    pv = svc.preview(path)
    shown = [(r.paid, r.status) for r in pv.rows]
    assert shown == [(D("20.10"), "overpaid"), (D("20.01"), "overpaid"), (None, "invalid"),
                     (D("20.00"), "ok")]
    assert "超过两位小数" in pv.rows[2].problems[0]
    res = svc.apply(path, paid_on=dt.date(2026, 10, 20))
    assert [(r.paid, r.status) for r in res.preview.rows] == shown
    assert res.total_recorded == pv.total_paid == D("60.11") and res.recorded == pv.to_record == 3


def _full_ids(numbers) -> list[str]:
    return [n for n in numbers if len(n) == 18 and "*" not in n]


@pytest.mark.parametrize("role", [Role.CLERK, Role.VIEWER])
def test_dry_run_masks_every_id_number_for_a_role_without_unmask(office, roster, samples_dir,
                                                                  paths, monkeypatch, capsys,
                                                                  role):
    """`import dues --dry-run --json` for a 经办人 or 只读 user: no full ID number, neither the
    roster's nor the ones echoed back from the sheet (the masking is the service's)."""
    from union_desk.cli import main
    from union_desk.services.auth import AuthService

    AuthService(as_role(office, Role.ADMIN, "admin")).create_user("u1", "pass-123456", role.value)
    pv = DuesImportService(as_role(office, role, "u1")).preview(samples_dir / SHEET)
    assert _full_ids(r.id_number for r in pv.rows) == []
    assert all("*" in r.id_number for r in pv.rows if r.id_number)
    monkeypatch.setenv("UNION_DESK_PASSWORD", "pass-123456")
    assert main(["--data-dir", str(paths.root), "import", "dues", str(samples_dir / SHEET),
                 "--dry-run", "--json", "--user", "u1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert _full_ids(r["id_number"] for r in out["rows"]) == [] and len(out["rows"]) == len(pv.rows)
    row9 = next(r for r in out["rows"] if r["row"] == 9)
    assert row9["id_number"] == "110105********5937" and row9["status"] == "ok"


def test_apply_result_is_masked_for_the_clerk_and_records_by_the_full_number(clerk, roster,
                                                                             samples_dir):
    res = DuesImportService(clerk).apply(samples_dir / SHEET)
    assert res.recorded > 0 and _full_ids(r.id_number for r in res.preview.rows) == []
    with clerk.read() as s:
        keys = s.scalars(select(DuesPayment.source_key)).all()
    assert all(len(k.rsplit(":", 1)[1]) == 18 and "*" not in k for k in keys)
    # applying again still recognises every row as recorded (keys hold the full number)
    assert DuesImportService(clerk).apply(samples_dir / SHEET).recorded == 0


@pytest.mark.parametrize("role", [Role.ADMIN, Role.APPROVER])
def test_a_role_that_may_unmask_sees_the_sheet_numbers_in_full(office, roster, samples_dir,
                                                               role):
    pv = DuesImportService(as_role(office, role)).preview(samples_dir / SHEET)
    want = {r["row"]: r["id_number"] for r in roster["files"][SHEET]["rows"]}
    assert {r.row: r.id_number for r in pv.rows} == want
