"""Pinyin keys for sorting and searching names, from the shipped character table."""

from union_desk.infra import pinyin
from union_desk.infra.paths import resource


def test_shipped_table_is_what_pypinyin_gives():
    # fails after a pypinyin upgrade changes a reading: run scripts/make_pinyin_table.py
    assert resource(pinyin.TABLE_FILE).read_text(encoding="utf-8") == pinyin.readings_text()
    assert pinyin._load() == pinyin.table_from_pypinyin()


def test_names_sort_by_pinyin_with_surname_readings():
    names = ["张伟", "曾小贤", "阿强", "单田芳", "李娜"]
    assert sorted(names, key=pinyin.sort_key) == ["阿强", "李娜", "单田芳", "曾小贤", "张伟"]
    assert pinyin.initials("曾小贤") == "zxx"          # 曾 as a surname is zeng, not ceng
    assert pinyin.full("单田芳") == "shantianfang"     # 单 as a surname is shan
    assert pinyin.full("吕布") == "lvbu"
