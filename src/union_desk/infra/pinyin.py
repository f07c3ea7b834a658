"""Pinyin keys for sorting and searching Chinese names (张伟 -> zhang wei / zw)."""

from __future__ import annotations

from functools import lru_cache

# Common polyphonic surnames read differently as surnames than as words.
SURNAMES = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha",
            "朴": "piao", "繁": "po", "盖": "ge", "乐": "yue", "尉": "yu", "覃": "qin",
            "員": "yun", "万": "wan", "种": "chong", "重": "chong", "褚": "chu", "缪": "miao",
            "翟": "zhai", "长": "chang", "沈": "shen", "秘": "bi", "宁": "ning", "贾": "jia"}


@lru_cache(maxsize=65536)
def syllables(name: str) -> tuple[str, ...]:
    if not name:
        return ()
    # imported on first use: pypinyin's dictionaries cost ~60 MB, and a session that only
    # reads the roster never needs them (keys are stored with each row)
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(name, style=Style.NORMAL, errors=lambda s: list(s.lower()))
    if name[0] in SURNAMES and parts:
        parts[0] = SURNAMES[name[0]]
    return tuple(p.lower() for p in parts)


def sort_key(name: str) -> str:
    """'zhang wei\\x00张伟': pinyin order, ties broken by the characters themselves."""
    return " ".join(syllables(name)) + "\x00" + name


def full(name: str) -> str:
    return "".join(syllables(name))


def initials(name: str) -> str:
    return "".join(s[0] for s in syllables(name) if s)
