"""Labels and values that services hand to the GUI made translatable.

lupdate cannot see strings defined outside ui/, so they are listed here with
QT_TRANSLATE_NOOP and translated at display time with `label()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "Labels"
_KNOWN = (
    QT_TRANSLATE_NOOP("Labels", "姓名"), QT_TRANSLATE_NOOP("Labels", "性别"),
    QT_TRANSLATE_NOOP("Labels", "年龄"), QT_TRANSLATE_NOOP("Labels", "公民身份号码"),
    QT_TRANSLATE_NOOP("Labels", "所属分会"), QT_TRANSLATE_NOOP("Labels", "手机号码"),
    QT_TRANSLATE_NOOP("Labels", "会籍状态"), QT_TRANSLATE_NOOP("Labels", "入会日期"),
    QT_TRANSLATE_NOOP("Labels", "学历"), QT_TRANSLATE_NOOP("Labels", "政治面貌"),
    QT_TRANSLATE_NOOP("Labels", "农民工"), QT_TRANSLATE_NOOP("Labels", "人员状态"),
)


def label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Values the services and core rules spell in Chinese (they are also what the database and the
# Excel files hold): shown through value() so the English UI says "Active", not 在会.
VALUES = "Values"
_VALUES = (
    QT_TRANSLATE_NOOP("Values", "在会"), QT_TRANSLATE_NOOP("Values", "保留会籍"),
    QT_TRANSLATE_NOOP("Values", "转出中"), QT_TRANSLATE_NOOP("Values", "已转出"),
    QT_TRANSLATE_NOOP("Values", "退会"), QT_TRANSLATE_NOOP("Values", "自动退会"),
    QT_TRANSLATE_NOOP("Values", "开除"),
    QT_TRANSLATE_NOOP("Values", "35岁以下"), QT_TRANSLATE_NOOP("Values", "35-45岁"),
    QT_TRANSLATE_NOOP("Values", "46-54岁"), QT_TRANSLATE_NOOP("Values", "55岁及以上"),
    QT_TRANSLATE_NOOP("Values", "工资代扣"), QT_TRANSLATE_NOOP("Values", "现金"),
    QT_TRANSLATE_NOOP("Values", "转账"),
    QT_TRANSLATE_NOOP("Values", "男"), QT_TRANSLATE_NOOP("Values", "女"),
    QT_TRANSLATE_NOOP("Values", "是"), QT_TRANSLATE_NOOP("Values", "否"),
    # core.members.POLITICAL, EDUCATION, PERSON_STATUS, HUKOU (and 其他 in the statistics)
    QT_TRANSLATE_NOOP("Values", "中共党员"), QT_TRANSLATE_NOOP("Values", "中共预备党员"),
    QT_TRANSLATE_NOOP("Values", "共青团员"), QT_TRANSLATE_NOOP("Values", "民主党派"),
    QT_TRANSLATE_NOOP("Values", "群众"), QT_TRANSLATE_NOOP("Values", "其他"),
    QT_TRANSLATE_NOOP("Values", "研究生"), QT_TRANSLATE_NOOP("Values", "大学本科"),
    QT_TRANSLATE_NOOP("Values", "大学专科"), QT_TRANSLATE_NOOP("Values", "中专"),
    QT_TRANSLATE_NOOP("Values", "高中"), QT_TRANSLATE_NOOP("Values", "初中及以下"),
    QT_TRANSLATE_NOOP("Values", "在职"), QT_TRANSLATE_NOOP("Values", "离退休"),
    QT_TRANSLATE_NOOP("Values", "内退"), QT_TRANSLATE_NOOP("Values", "下岗待岗"),
    QT_TRANSLATE_NOOP("Values", "失业"), QT_TRANSLATE_NOOP("Values", "去世"),
    QT_TRANSLATE_NOOP("Values", "农业"), QT_TRANSLATE_NOOP("Values", "非农业"),
    # core.members.ETHNICITIES
    QT_TRANSLATE_NOOP("Values", "汉族"), QT_TRANSLATE_NOOP("Values", "蒙古族"),
    QT_TRANSLATE_NOOP("Values", "回族"), QT_TRANSLATE_NOOP("Values", "藏族"),
    QT_TRANSLATE_NOOP("Values", "维吾尔族"), QT_TRANSLATE_NOOP("Values", "苗族"),
    QT_TRANSLATE_NOOP("Values", "彝族"), QT_TRANSLATE_NOOP("Values", "壮族"),
    QT_TRANSLATE_NOOP("Values", "布依族"), QT_TRANSLATE_NOOP("Values", "朝鲜族"),
    QT_TRANSLATE_NOOP("Values", "满族"), QT_TRANSLATE_NOOP("Values", "侗族"),
    QT_TRANSLATE_NOOP("Values", "瑶族"), QT_TRANSLATE_NOOP("Values", "白族"),
    QT_TRANSLATE_NOOP("Values", "土家族"), QT_TRANSLATE_NOOP("Values", "哈尼族"),
    QT_TRANSLATE_NOOP("Values", "哈萨克族"), QT_TRANSLATE_NOOP("Values", "傣族"),
    QT_TRANSLATE_NOOP("Values", "黎族"), QT_TRANSLATE_NOOP("Values", "傈僳族"),
    QT_TRANSLATE_NOOP("Values", "佤族"), QT_TRANSLATE_NOOP("Values", "畲族"),
    QT_TRANSLATE_NOOP("Values", "高山族"), QT_TRANSLATE_NOOP("Values", "拉祜族"),
    QT_TRANSLATE_NOOP("Values", "水族"), QT_TRANSLATE_NOOP("Values", "东乡族"),
    QT_TRANSLATE_NOOP("Values", "纳西族"), QT_TRANSLATE_NOOP("Values", "景颇族"),
    QT_TRANSLATE_NOOP("Values", "柯尔克孜族"), QT_TRANSLATE_NOOP("Values", "土族"),
    QT_TRANSLATE_NOOP("Values", "达斡尔族"), QT_TRANSLATE_NOOP("Values", "仫佬族"),
    QT_TRANSLATE_NOOP("Values", "羌族"), QT_TRANSLATE_NOOP("Values", "布朗族"),
    QT_TRANSLATE_NOOP("Values", "撒拉族"), QT_TRANSLATE_NOOP("Values", "毛南族"),
    QT_TRANSLATE_NOOP("Values", "仡佬族"), QT_TRANSLATE_NOOP("Values", "锡伯族"),
    QT_TRANSLATE_NOOP("Values", "阿昌族"), QT_TRANSLATE_NOOP("Values", "普米族"),
    QT_TRANSLATE_NOOP("Values", "塔吉克族"), QT_TRANSLATE_NOOP("Values", "怒族"),
    QT_TRANSLATE_NOOP("Values", "乌孜别克族"), QT_TRANSLATE_NOOP("Values", "俄罗斯族"),
    QT_TRANSLATE_NOOP("Values", "鄂温克族"), QT_TRANSLATE_NOOP("Values", "德昂族"),
    QT_TRANSLATE_NOOP("Values", "保安族"), QT_TRANSLATE_NOOP("Values", "裕固族"),
    QT_TRANSLATE_NOOP("Values", "京族"), QT_TRANSLATE_NOOP("Values", "塔塔尔族"),
    QT_TRANSLATE_NOOP("Values", "独龙族"), QT_TRANSLATE_NOOP("Values", "鄂伦春族"),
    QT_TRANSLATE_NOOP("Values", "赫哲族"), QT_TRANSLATE_NOOP("Values", "门巴族"),
    QT_TRANSLATE_NOOP("Values", "珞巴族"), QT_TRANSLATE_NOOP("Values", "基诺族"),
)


def value(text: str) -> str:
    """A stored value as the clerk reads it in the current language (unknown ones unchanged)."""
    return QCoreApplication.translate(VALUES, text)
