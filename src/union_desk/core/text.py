"""Text normalisation rules used by forms and the importer alike."""

from __future__ import annotations

import re
import unicodedata

_HAN = r"[\u3400-\u9fff\uf900-\ufaff]"
_PAD_BETWEEN_HAN = re.compile(rf"(?<={_HAN})\s+(?={_HAN})")
PHONE_RE = re.compile(r"^1[3-9]\d{9}$")


def nfkc(value: str) -> str:
    # NFKC turns full-width digits/letters and the ideographic space into ASCII.
    return unicodedata.normalize("NFKC", value)


def clean_text(value: str | None) -> str:
    if value is None:
        return ""
    return nfkc(str(value)).strip()


def clean_name(value: str | None) -> str:
    """`王　芳 ` -> `王芳`: clerks pad two-character names to align columns."""
    text = clean_text(value)
    return _PAD_BETWEEN_HAN.sub("", text)


def clean_phone(value: str | None) -> str:
    text = clean_text(value)
    text = re.sub(r"[\s\-]", "", text)
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def is_phone(value: str) -> bool:
    return bool(PHONE_RE.match(value))


def mask_phone(value: str | None) -> str:
    """138****5678"""
    if not value:
        return ""
    if len(value) < 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
