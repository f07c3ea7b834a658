"""Office settings and their defaults. Numbers from domain.md are settings, not constants."""

from __future__ import annotations

DEFAULTS: dict[str, object] = {
    "dues.rule": "national",          # national (10-元 floor) | payroll (half-up to 0.01)
    "dues.rate": "0.005",
    "dues.arrears_alert_months": 6,
    "funds.rate": "0.02",             # 工会经费, employer's share of payroll
    "funds.upper_share": "0.40",
    "login.max_failures": 5,
    "login.lock_minutes": 15,
    "ui.language": "zh_CN",
    "import.max_rows": 200000,        # rows per imported sheet; larger files are split by the clerk
}

CHOICES: dict[str, tuple[str, ...]] = {
    "dues.rule": ("national", "payroll"),
    "ui.language": ("zh_CN", "en"),
}

LABELS = {
    "dues.rule": "会费计算规则", "dues.rate": "会费费率", "dues.arrears_alert_months": "欠费提醒月数",
    "funds.rate": "工会经费比例", "funds.upper_share": "经费上解比例",
    "login.max_failures": "登录失败锁定次数", "login.lock_minutes": "锁定分钟数", "ui.language": "界面语言",
    "import.max_rows": "导入行数上限",
}
