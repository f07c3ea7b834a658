"""Labels that services hand to the GUI (column headers) made translatable.

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
