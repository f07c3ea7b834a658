"""Write resources/pinyin/readings.txt from pypinyin's character table.

One line per toneless reading: ``zhang 张章彰…``. Loading it takes ~20 ms, where importing
pypinyin's table and stripping tones took ~0.8 s on the first name an import or a new member
needed. tests/unit/test_pinyin.py fails if the file and pypinyin disagree: rerun this after
upgrading pypinyin.

    python scripts/make_pinyin_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from union_desk.infra.pinyin import TABLE_FILE, readings_text  # noqa: E402


def main() -> None:
    out = ROOT / "resources" / TABLE_FILE
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(readings_text(), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
