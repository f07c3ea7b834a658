"""Per-PC preferences: the language and the sync interval share one file without clobbering
each other, and a damaged file means defaults rather than a crash at start-up."""

from union_desk.infra import prefs


def test_two_preferences_share_the_file(tmp_path):
    prefs.put(tmp_path, "language", "en")
    prefs.put(tmp_path, "sync_interval_minutes", 30)
    assert prefs.get(tmp_path, "language", "zh_CN") == "en"
    assert prefs.get(tmp_path, "sync_interval_minutes", 15) == 30


def test_missing_or_damaged_file_gives_defaults(tmp_path):
    assert prefs.get(tmp_path, "language", "zh_CN") == "zh_CN"
    (tmp_path / prefs.FILE_NAME).write_text("{not json", "utf-8")
    assert prefs.get(tmp_path, "language", "zh_CN") == "zh_CN"
    (tmp_path / prefs.FILE_NAME).write_text("[1, 2]", "utf-8")
    assert prefs.get(tmp_path, "language", "zh_CN") == "zh_CN"
    prefs.put(tmp_path, "language", "en")  # a damaged file is replaced, not a crash
    assert prefs.get(tmp_path, "language", "zh_CN") == "en"
