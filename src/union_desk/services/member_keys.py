"""Derived columns of a member row: pinyin sort key and the search text."""

from __future__ import annotations

from union_desk.infra import pinyin


def sort_key(name: str) -> str:
    return pinyin.sort_key(name)


def search_text(name: str, id_number: str, phone: str) -> str:
    """What the one search box matches: name, full pinyin, initials, ID and phone fragments.

    Fields are separated by '\\x1f' so a fragment never matches across two fields.
    """
    return "\x1f".join((name, pinyin.full(name), pinyin.initials(name), id_number.lower(),
                        phone or ""))


def derived(name: str, id_number: str, phone: str) -> dict[str, str]:
    return {"sort_key": sort_key(name), "search_text": search_text(name, id_number, phone)}
