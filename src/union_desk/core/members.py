"""Membership (会籍) lifecycle rules and member enumerations (domain.md §1)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import Enum


class Status(str, Enum):
    ACTIVE = "在会"
    RETAINED = "保留会籍"
    TRANSFERRING = "转出中"
    TRANSFERRED = "已转出"
    WITHDRAWN = "退会"
    AUTO_WITHDRAWN = "自动退会"
    EXPELLED = "开除"


class EventKind(str, Enum):
    JOIN = "入会"
    TRANSFER_IN = "转入"
    TRANSFER_OUT_START = "转出申请"
    TRANSFER_OUT = "转出"
    TRANSFER_OUT_CANCEL = "撤销转出"
    RETAIN = "保留会籍"
    RESTORE = "恢复会籍"
    WITHDRAW = "退会"
    AUTO_WITHDRAW = "自动退会"
    EXPEL = "开除会籍"
    REJOIN = "重新入会"


S = Status
# kind -> (allowed source statuses, resulting status)
TRANSITIONS: dict[EventKind, tuple[frozenset[Status], Status]] = {
    EventKind.TRANSFER_OUT_START: (frozenset({S.ACTIVE, S.RETAINED}), S.TRANSFERRING),
    EventKind.TRANSFER_OUT: (frozenset({S.ACTIVE, S.RETAINED, S.TRANSFERRING}), S.TRANSFERRED),
    EventKind.TRANSFER_OUT_CANCEL: (frozenset({S.TRANSFERRING}), S.ACTIVE),
    EventKind.RETAIN: (frozenset({S.ACTIVE}), S.RETAINED),
    EventKind.RESTORE: (frozenset({S.RETAINED}), S.ACTIVE),
    EventKind.WITHDRAW: (frozenset({S.ACTIVE, S.RETAINED}), S.WITHDRAWN),
    EventKind.AUTO_WITHDRAW: (frozenset({S.ACTIVE}), S.AUTO_WITHDRAWN),
    EventKind.EXPEL: (frozenset({S.ACTIVE, S.RETAINED}), S.EXPELLED),
    EventKind.REJOIN: (frozenset({S.WITHDRAWN, S.AUTO_WITHDRAWN}), S.ACTIVE),
    EventKind.TRANSFER_IN: (frozenset({S.TRANSFERRED, S.WITHDRAWN, S.AUTO_WITHDRAWN}), S.ACTIVE),
}

# statuses that count as "a member" in statistics (会员人数)
MEMBER_STATUSES = frozenset({S.ACTIVE, S.RETAINED, S.TRANSFERRING})
# statuses that owe dues
DUES_STATUSES = frozenset({S.ACTIVE, S.TRANSFERRING})
# events that end membership, for "exits by reason" statistics
EXIT_KINDS = frozenset({EventKind.TRANSFER_OUT, EventKind.WITHDRAW, EventKind.AUTO_WITHDRAW,
                        EventKind.EXPEL})

RETAIN_REASONS = ("退休", "离休", "失业")
REASON_REQUIRED = frozenset({EventKind.RETAIN, EventKind.WITHDRAW, EventKind.AUTO_WITHDRAW,
                             EventKind.EXPEL, EventKind.TRANSFER_OUT, EventKind.TRANSFER_OUT_START})
APPROVER_REQUIRED = frozenset({EventKind.AUTO_WITHDRAW, EventKind.EXPEL, EventKind.WITHDRAW})

GENDERS = ("男", "女")
POLITICAL = ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众", "其他")
EDUCATION = ("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下")
PERSON_STATUS = ("在职", "离退休", "内退", "下岗待岗", "失业", "去世")
HUKOU = ("农业", "非农业")
# the 56 民族 in the order of GB/T 3304 (codes 01-56); the form offers them, other text is kept
ETHNICITIES = ("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
               "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
               "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
               "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
               "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族")
PAY_SYSTEMS = ("企业", "机关", "事业", "工人")
AGE_BANDS = ((0, 35, "35岁以下"), (35, 46, "35-45岁"), (46, 55, "46-54岁"), (55, 200, "55岁及以上"))


class TransitionError(ValueError):
    pass


@dataclass(frozen=True)
class Transition:
    kind: EventKind
    before: Status
    after: Status


def next_status(current: Status, kind: EventKind, reason: str = "", approver: str = "") -> Transition:
    """Check a lifecycle event against the rules and return the resulting status."""
    if kind not in TRANSITIONS:
        raise TransitionError(f"“{kind.value}”不是会籍变动事件")
    allowed, after = TRANSITIONS[kind]
    if current not in allowed:
        raise TransitionError(f"会籍状态为“{current.value}”的会员不能办理“{kind.value}”")
    if kind in REASON_REQUIRED and not reason.strip():
        raise TransitionError(f"办理“{kind.value}”须填写原因")
    if kind is EventKind.RETAIN and reason.strip() not in RETAIN_REASONS:
        raise TransitionError("保留会籍的原因应为：退休、离休或失业")
    if kind in APPROVER_REQUIRED and not approver.strip():
        raise TransitionError(f"办理“{kind.value}”须填写审批人")
    return Transition(kind, current, after)


def age_on(birth: _dt.date, day: _dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: _dt.date | None, day: _dt.date) -> str:
    if birth is None:
        return "未知"
    age = age_on(birth, day)
    for lo, hi, label in AGE_BANDS:
        if lo <= age < hi:
            return label
    return AGE_BANDS[-1][2]
