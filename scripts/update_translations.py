#!/usr/bin/env python3
"""Refresh the English translation.

1. pyside6-lupdate collects every tr() string under src/union_desk/ui and app.py into
   resources/translations/union_desk_en.ts (Chinese is the source language), and every label
   of the entity specs (db/spec.py: entity and field labels, which the GUI shows through
   QCoreApplication.translate("EntitySpec", text)) is added under the context EntitySpec;
2. English texts come from resources/translations/en.json (source -> English), the one file a
   translator edits;
3. pyside6-lrelease compiles union_desk_en.qm, which the app loads.

    python scripts/update_translations.py          # prints strings still missing in en.json
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "union_desk_en.ts"
QM = TS.with_suffix(".qm")
GLOSSARY = ROOT / "resources" / "translations" / "en.json"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        candidate = Path(sys.executable).with_name(f"pyside6-{name}")
        found = str(candidate) if candidate.exists() else None
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it ships with PySide6)")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "src" / "union_desk" / "ui").rglob("*.py"))
    return [str(p) for p in files + [ROOT / "src" / "union_desk" / "app.py"]]


def spec_texts() -> tuple[str, list[str]]:
    """(context, texts) of the entity specs' labels: lupdate cannot see them outside ui/."""
    sys.path.insert(0, str(ROOT / "src"))
    import union_desk.db.models  # noqa: F401  (registers every model and its spec)
    from union_desk.db.spec import TRANSLATION_CONTEXT, texts

    return TRANSLATION_CONTEXT, texts()


def add_context(tree: ET.ElementTree, name: str, texts: list[str]) -> None:
    root = tree.getroot()
    for old in [c for c in root.iter("context") if c.findtext("name") == name]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    for text in texts:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    glossary = json.loads(GLOSSARY.read_text("utf-8")) if GLOSSARY.exists() else {}
    tree = ET.parse(TS)
    add_context(tree, *spec_texts())
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            # "Context|source" wins where one word needs two Englishes (男: Men in a chart
            # legend, Male in a roster cell)
            english = glossary.get(f"{name}|{source}") or glossary.get(source)
            if english:
                translation.text = english
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for m in sorted(set(missing)):
        print(f"missing: {m!r}")
    print(f"{QM.relative_to(ROOT)}: {len(set(missing))} strings without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
