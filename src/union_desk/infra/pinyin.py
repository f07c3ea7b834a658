"""Pinyin keys for sorting and searching Chinese names (张伟 -> zhang wei / zw).

Names are read character by character from pypinyin's character table (first
reading, tones removed), with the surname readings below for the first
character. Phrase segmentation (pypinyin.lazy_pinyin) costs ~40 µs a name and
gains nothing for personal names; the table lookup costs ~1 µs, which matters
when an import writes 50,000 members.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

# Common polyphonic surnames read differently as surnames than as words.
SURNAMES = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha",
            "朴": "piao", "繁": "po", "盖": "ge", "乐": "yue", "尉": "yu", "覃": "qin",
            "員": "yun", "万": "wan", "种": "chong", "重": "chong", "褚": "chu", "缪": "miao",
            "翟": "zhai", "长": "chang", "沈": "shen", "秘": "bi", "宁": "ning", "贾": "jia",
            "任": "ren", "华": "hua", "纪": "ji", "燕": "yan", "朝": "chao", "句": "gou"}

_TABLE: dict[str, str] | None = None
_LOCK = threading.Lock()


@lru_cache(maxsize=4096)
def _plain(reading: str) -> str:
    # "zhāng" -> "zhang", "lǜ" -> "lv": strip the tone marks, keep ü as v (IME convention)
    text = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


TABLE_FILE = "pinyin/readings.txt"


def table_from_pypinyin() -> dict[str, str]:
    """Character -> first reading without tones, from pypinyin (~0.8 s: a big module)."""
    from pypinyin.pinyin_dict import pinyin_dict

    # ~42,000 characters share ~1,500 toned readings: _plain is cached per reading
    return {chr(code): _plain(readings.split(",", 1)[0]) for code, readings in pinyin_dict.items()}


def readings_text() -> str:
    """The table as resources/pinyin/readings.txt holds it: ``reading chars`` per line."""
    by_reading: dict[str, list[str]] = {}
    for ch, reading in sorted(table_from_pypinyin().items()):
        by_reading.setdefault(reading, []).append(ch)
    return "".join(f"{r} {''.join(chars)}\n" for r, chars in sorted(by_reading.items()))


def _load() -> dict[str, str]:
    try:
        from union_desk.infra.paths import resource

        text = resource(TABLE_FILE).read_text(encoding="utf-8")
    except (OSError, FileNotFoundError):
        return table_from_pypinyin()
    table: dict[str, str] = {}
    for line in text.split("\n"):  # not splitlines(): it also breaks at U+2028 and friends
        reading, _, chars = line.partition(" ")
        table.update(dict.fromkeys(chars, reading))
    return table


def _table() -> dict[str, str]:
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                # loaded on first use: a session that only reads the roster never needs it
                # (keys are stored with each row)
                _TABLE = _load()
    return _TABLE


def warm() -> None:
    """Load the character table now (a bulk job calls this on a thread while it reads its file)."""
    _table()


@lru_cache(maxsize=65536)
def syllables(name: str) -> tuple[str, ...]:
    if not name:
        return ()
    table = _table()
    parts = [table.get(ch) or ch.lower() for ch in name if not ch.isspace()]
    if name[0] in SURNAMES and parts:
        parts[0] = SURNAMES[name[0]]
    return tuple(parts)


def sort_key(name: str) -> str:
    """'zhang wei\\x00张伟': pinyin order, ties broken by the characters themselves."""
    return " ".join(syllables(name)) + "\x00" + name


def full(name: str) -> str:
    return "".join(syllables(name))


def initials(name: str) -> str:
    return "".join(s[0] for s in syllables(name) if s)
