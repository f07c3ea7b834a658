"""Language: source strings are Simplified Chinese; English comes from resources/translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from union_desk.infra import prefs
from union_desk.infra.paths import resource

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> bool:
    """Load the .qm for `language` (nothing to load for Chinese, the source language)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return True
    translator = QTranslator(app)
    path = resource("translations", f"union_desk_{language}.qm")
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    return True


def preferred_language(data_root: Path) -> str:
    return str(prefs.get(data_root, "language", "zh_CN"))


def save_language(data_root: Path, language: str) -> None:
    prefs.put(data_root, "language", language)
