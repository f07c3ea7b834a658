"""Member statistics as of a date: the figures, their logic checks, and template keys.

Pure rules (no database): the service counts members by status/branch/facts
and period events by kind; this module turns those counts into figures and
checks them the way the superior union's offline statistics tools do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from union_desk.core.members import (AGE_BANDS, EDUCATION, EXIT_KINDS, MEMBER_STATUSES, POLITICAL,
                                     EventKind, Status)

JOIN_KINDS = (EventKind.JOIN, EventKind.TRANSFER_IN, EventKind.REJOIN)
EXIT_REASONS = {EventKind.TRANSFER_OUT: "转出", EventKind.WITHDRAW: "退会",
                EventKind.AUTO_WITHDRAW: "自动退会", EventKind.EXPEL: "开除"}
assert set(EXIT_REASONS) == EXIT_KINDS
MEMBER_VALUES = frozenset(s.value for s in MEMBER_STATUSES)
UNKNOWN = "未填"
NO_BRANCH = "未分配分会"
AGE_LABELS = tuple(label for _lo, _hi, label in AGE_BANDS)


def band_cutoffs(as_of: dt.date) -> list[str]:
    """ISO birth-date bounds: born after cutoffs[i] <=> younger than AGE_BANDS[i].hi on as_of.

    Compared as text so 29 Feb cut-offs in non-leap years still order correctly.
    """
    return [f"{as_of.year - hi:04d}-{as_of.month:02d}-{as_of.day:02d}" for _lo, hi, _l in AGE_BANDS[:-1]]


def default_period_start(as_of: dt.date) -> dt.date:
    """Period for "new joiners" and "exits": the calendar year up to the as-of date (本年)."""
    return dt.date(as_of.year, 1, 1)


@dataclass(frozen=True)
class MemberKey:
    """One group of members as of the date (the service counts members per key)."""

    status: str
    branch: str          # top-level branch (分会) name, NO_BRANCH when none
    gender: str
    migrant: bool
    education: str
    political: str
    age_band: str


@dataclass(frozen=True)
class BranchFigures:
    name: str
    total: int
    female: int
    migrant: int
    retained: int


@dataclass(frozen=True)
class MemberFigures:
    as_of: dt.date
    period_start: dt.date
    total: int
    female: int
    migrant: int
    retained: int                      # 保留会籍
    transferring: int                  # 转出中 (still members)
    start_total: int                   # members on the day before period_start
    joins: int                         # status moves into membership in the period
    exits: int                         # status moves out of membership in the period
    new_joiners: int                   # 入会 + 转入 + 重新入会 events in the period
    new_by_kind: dict[str, int] = field(default_factory=dict)
    exits_by_reason: dict[str, int] = field(default_factory=dict)
    by_branch: tuple[BranchFigures, ...] = ()
    by_age: dict[str, int] = field(default_factory=dict)
    by_age_gender: dict[str, tuple[int, int]] = field(default_factory=dict)  # band -> (男, 女)
    by_education: dict[str, int] = field(default_factory=dict)
    by_political: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["as_of"] = self.as_of.isoformat()
        d["period_start"] = self.period_start.isoformat()
        d["by_age_gender"] = {k: list(v) for k, v in self.by_age_gender.items()}
        return d


def _ordered(counts: Mapping[str, int], order: Iterable[str]) -> dict[str, int]:
    out = {k: counts.get(k, 0) for k in order}
    for k in sorted(set(counts) - set(out)):
        out[k] = counts[k]
    return out


def build(as_of: dt.date, period_start: dt.date, groups: Mapping[MemberKey, int],
          branch_order: Iterable[str], start_total: int,
          flows: Iterable[tuple[str, str, str, int]]) -> MemberFigures:
    """``groups``: member count per key as of the date (any status; non-members are ignored).
    ``flows``: (kind, status_before, status_after, count) for events in the period.
    """
    total = female = migrant = retained = transferring = 0
    branch: dict[str, list[int]] = {}
    age: dict[str, int] = {}
    age_g: dict[str, list[int]] = {}
    edu: dict[str, int] = {}
    pol: dict[str, int] = {}
    for key, n in groups.items():
        if key.status not in MEMBER_VALUES:
            continue
        total += n
        is_f = key.gender == "女"
        female += n if is_f else 0
        migrant += n if key.migrant else 0
        retained += n if key.status == Status.RETAINED.value else 0
        transferring += n if key.status == Status.TRANSFERRING.value else 0
        b = branch.setdefault(key.branch, [0, 0, 0, 0])
        b[0] += n
        b[1] += n if is_f else 0
        b[2] += n if key.migrant else 0
        b[3] += n if key.status == Status.RETAINED.value else 0
        age[key.age_band] = age.get(key.age_band, 0) + n
        ag = age_g.setdefault(key.age_band, [0, 0])
        ag[1 if is_f else 0] += n
        edu[key.education or UNKNOWN] = edu.get(key.education or UNKNOWN, 0) + n
        pol[key.political or UNKNOWN] = pol.get(key.political or UNKNOWN, 0) + n
    joins = exits = 0
    new_by_kind = {k.value: 0 for k in JOIN_KINDS}
    exits_by_reason = {label: 0 for label in EXIT_REASONS.values()}
    reason_of = {k.value: label for k, label in EXIT_REASONS.items()}
    for kind, before, after, n in flows:
        was, now = before in MEMBER_VALUES, after in MEMBER_VALUES
        joins += n if (now and not was) else 0
        exits += n if (was and not now) else 0
        if kind in new_by_kind:
            new_by_kind[kind] += n
        if kind in reason_of:
            exits_by_reason[reason_of[kind]] += n
    order = [b for b in branch_order if b in branch] + sorted(set(branch) - set(branch_order))
    return MemberFigures(
        as_of=as_of, period_start=period_start, total=total, female=female, migrant=migrant,
        retained=retained, transferring=transferring, start_total=start_total, joins=joins,
        exits=exits, new_joiners=sum(new_by_kind.values()), new_by_kind=new_by_kind,
        exits_by_reason=exits_by_reason,
        by_branch=tuple(BranchFigures(name, *branch[name]) for name in order),
        by_age=_ordered(age, AGE_LABELS),
        by_age_gender={k: tuple(v) for k, v in _ordered_pairs(age_g).items()},
        by_education=_ordered(edu, EDUCATION), by_political=_ordered(pol, POLITICAL))


def _ordered_pairs(d: Mapping[str, list[int]]) -> dict[str, list[int]]:
    out = {k: d.get(k, [0, 0]) for k in AGE_LABELS}
    out.update({k: v for k, v in d.items() if k not in out})
    return out


@dataclass(frozen=True)
class CheckResult:
    rule: str        # stable id, e.g. "female_le_total"
    label: str       # the rule in words
    ok: bool
    detail: str = ""


def check(f: MemberFigures) -> list[CheckResult]:
    """Logic checks like the official offline statistics tools; every rule is reported."""
    rules: list[tuple[str, str, bool, str]] = [
        ("non_negative", "各项人数不得为负数",
         min(f.total, f.female, f.migrant, f.retained, f.start_total, f.new_joiners) >= 0, ""),
        ("female_le_total", "女会员数不大于会员总数", f.female <= f.total,
         f"女会员 {f.female} 人，会员总数 {f.total} 人"),
        ("migrant_le_total", "农民工会员数不大于会员总数", f.migrant <= f.total,
         f"农民工会员 {f.migrant} 人，会员总数 {f.total} 人"),
        ("retained_le_total", "保留会籍人数不大于会员总数", f.retained <= f.total,
         f"保留会籍 {f.retained} 人，会员总数 {f.total} 人"),
        ("new_le_total", "本期新入会人数不大于会员总数", f.new_joiners <= f.total,
         f"新入会 {f.new_joiners} 人，会员总数 {f.total} 人"),
        ("branches_sum", "各分会会员数之和等于会员总数",
         sum(b.total for b in f.by_branch) == f.total,
         f"分会合计 {sum(b.total for b in f.by_branch)} 人，会员总数 {f.total} 人"),
        ("branch_female_sum", "各分会女会员数之和等于女会员数",
         sum(b.female for b in f.by_branch) == f.female, ""),
        ("age_sum", "各年龄段人数之和等于会员总数", sum(f.by_age.values()) == f.total,
         f"年龄段合计 {sum(f.by_age.values())} 人"),
        ("education_sum", "各学历人数之和等于会员总数", sum(f.by_education.values()) == f.total,
         f"学历合计 {sum(f.by_education.values())} 人"),
        ("political_sum", "各政治面貌人数之和等于会员总数", sum(f.by_political.values()) == f.total,
         f"政治面貌合计 {sum(f.by_political.values())} 人"),
        ("exits_sum", "减少会员按原因之和等于本期减少人数", sum(f.exits_by_reason.values()) == f.exits,
         f"按原因合计 {sum(f.exits_by_reason.values())} 人，减少 {f.exits} 人"),
        ("balance", "期初人数 + 本期增加 − 本期减少 = 期末人数",
         f.start_total + f.joins - f.exits == f.total,
         f"{f.start_total} + {f.joins} − {f.exits} = {f.start_total + f.joins - f.exits}，"
         f"期末 {f.total}"),
    ]
    return [CheckResult(rule, label, ok, "" if ok else detail) for rule, label, ok, detail in rules]


def failures(f: MemberFigures) -> list[CheckResult]:
    return [c for c in check(f) if not c.ok]


def flatten(f: MemberFigures, *, union_name: str = "", made_on: dt.date | None = None) -> dict[str, object]:
    """Template keys (docs/report-templates.md): total, female, age.35岁以下, branch.1.name ..."""
    out: dict[str, object] = {
        "union_name": union_name, "as_of": f.as_of, "period_start": f.period_start,
        "made_on": made_on or dt.date.today(), "year": f.as_of.year, "month": f.as_of.month,
        "total": f.total, "female": f.female, "male": f.total - f.female, "migrant": f.migrant,
        "retained": f.retained, "transferring": f.transferring, "start_total": f.start_total,
        "joins": f.joins, "exits": f.exits, "new_joiners": f.new_joiners,
        "branch_count": len(f.by_branch),
    }
    # every known category is present (0 when empty) so a template never meets a gap
    for kind in dict.fromkeys([*(k.value for k in JOIN_KINDS), *f.new_by_kind]):
        out[f"new.{kind}"] = f.new_by_kind.get(kind, 0)
    for reason in dict.fromkeys([*EXIT_REASONS.values(), *f.exits_by_reason]):
        out[f"exit.{reason}"] = f.exits_by_reason.get(reason, 0)
    for band in dict.fromkeys([*AGE_LABELS, *f.by_age]):
        out[f"age.{band}"] = f.by_age.get(band, 0)
        m, w = f.by_age_gender.get(band, (0, 0))
        out[f"age_male.{band}"], out[f"age_female.{band}"] = m, w
    for k in dict.fromkeys([*EDUCATION, "其他", UNKNOWN, *f.by_education]):
        out[f"edu.{k}"] = f.by_education.get(k, 0)
    for k in dict.fromkeys([*POLITICAL, UNKNOWN, *f.by_political]):
        out[f"political.{k}"] = f.by_political.get(k, 0)
    for i, b in enumerate(f.by_branch, start=1):
        for attr in ("name", "total", "female", "migrant", "retained"):
            out[f"branch.{i}.{attr}"] = getattr(b, attr)
        out[f"branch.{b.name}"] = b.total
    return out
