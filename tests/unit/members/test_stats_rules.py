from __future__ import annotations

import datetime as dt

from union_desk.core.members import age_band
from union_desk.core.stats import MemberKey, band_cutoffs, build, check, flatten

D = dt.date


def test_band_cutoffs_agree_with_age_band_around_birthdays():
    for as_of in (D(2024, 2, 29), D(2025, 2, 28), D(2026, 11, 30)):
        cut = band_cutoffs(as_of)
        for birth in (D(1989, 2, 28), D(1989, 3, 1), D(1978, 2, 28), D(1970, 11, 30), D(1971, 12, 1),
                      D(1991, 11, 30), D(1960, 1, 1)):
            code = next((i for i, c in enumerate(cut) if birth.isoformat() > c), len(cut))
            from union_desk.core.stats import AGE_LABELS
            assert AGE_LABELS[code] == age_band(birth, as_of), (as_of, birth)


def key(status="在会", branch="一分会", gender="男", migrant=False):
    return MemberKey(status, branch, gender, migrant, "大学本科", "群众", "35岁以下")


def test_build_counts_members_only_and_passes_checks():
    groups = {key(): 5, key(gender="女", migrant=True): 3, key(status="保留会籍", branch="二分会"): 2,
              key(status="退会"): 4, key(status="转出中"): 1}
    f = build(D(2026, 6, 30), D(2026, 1, 1), groups, ["二分会", "一分会"], start_total=10,
              flows=[("入会", "", "在会", 2), ("退会", "在会", "退会", 1), ("保留会籍", "在会", "保留会籍", 2)])
    assert (f.total, f.female, f.migrant, f.retained, f.transferring) == (11, 3, 3, 2, 1)
    assert [b.name for b in f.by_branch] == ["二分会", "一分会"]
    assert f.joins == 2 and f.exits == 1 and f.exits_by_reason["退会"] == 1
    assert all(c.ok for c in check(f))


def test_failing_rules_are_named():
    f = build(D(2026, 6, 30), D(2026, 1, 1), {key(): 2}, [], start_total=5,
              flows=[("入会", "", "在会", 3)])
    failed = {c.rule: c for c in check(f) if not c.ok}
    assert set(failed) == {"new_le_total", "balance"}
    assert "5 + 3 − 0 = 8" in failed["balance"].detail


def test_flatten_keys_for_templates():
    f = build(D(2026, 6, 30), D(2026, 1, 1), {key(): 2}, ["一分会"], 2, [])
    v = flatten(f, union_name="工会")
    assert v["total"] == 2 and v["branch.1.name"] == "一分会" and v["branch.一分会"] == 2
    assert v["exit.自动退会"] == 0 and v["age.35岁以下"] == 2 and v["edu.研究生"] == 0
    assert v["edu.其他"] == 0 and v["edu.未填"] == 0 and v["political.未填"] == 0
