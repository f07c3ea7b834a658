"""Derived columns of a member row: pinyin sort key and the search text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from union_desk.infra import pinyin

FIELD_SEP = "\x1f"


def sort_key(name: str) -> str:
    return pinyin.sort_key(name)


def search_text(name: str, id_number: str, phone: str) -> str:
    """What the one search box matches, as three fields the search index keeps apart:
    the name; its pinyin and initials; the ID and phone digits."""
    return FIELD_SEP.join((name, f"{pinyin.full(name)} {pinyin.initials(name)}",
                           f"{id_number.lower()} {phone or ''}"))


def derived(name: str, id_number: str, phone: str) -> dict[str, str]:
    return {"sort_key": sort_key(name), "search_text": search_text(name, id_number, phone)}


SOURCES = ("name", "id_number", "phone")
COLUMNS = ("sort_key", "search_text")


def derived_row(values: Mapping[str, Any]) -> dict[str, str]:
    """The derived columns from a row's values (or a pulled change's fields)."""
    return derived(values.get("name") or "", values.get("id_number") or "", values.get("phone") or "")
