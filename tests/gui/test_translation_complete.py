"""Every tr() string has English, and the committed .qm is loadable and current.

pyside6-lupdate runs over the same sources as scripts/update_translations.py (src/union_desk/ui/**.py
and app.py) into a temporary .ts, and the entity specs' labels (db/spec.py, shown by the GUI under the
context EntitySpec) are added as the script adds them, so a newly added, untranslated UI string or
spec label fails here with the list of strings to add to resources/translations/en.json. The
repository is only read, never written.

Fix a failure with:  python scripts/update_translations.py   (after adding the English to en.json)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import union_desk.db.models  # noqa: F401  (registers every model and its spec)
from union_desk.db.spec import TRANSLATION_CONTEXT
from union_desk.db.spec import texts as spec_texts
from union_desk.ui.sync.labels import SPEC_CONTEXT

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = TRANSLATIONS / "en.json"
QM = TRANSLATIONS / "union_desk_en.qm"
FIX = "add the English to resources/translations/en.json, then run: python scripts/update_translations.py"


def _lupdate() -> str:
    """pyside6-lupdate of the running PySide6 (next to the interpreter), else the one on PATH."""
    here = Path(sys.executable)
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (here.with_name(name)).exists():
            return str(here.with_name(name))
    found = shutil.which("pyside6-lupdate")
    if not found:
        pytest.fail("pyside6-lupdate not found next to the Python interpreter or on PATH "
                    "(it ships with PySide6)")
    return found


def _sources() -> list[str]:
    """The same files scripts/update_translations.py hands to lupdate."""
    files = sorted((ROOT / "src" / "union_desk" / "ui").rglob("*.py"))
    return [str(p) for p in files + [ROOT / "src" / "union_desk" / "app.py"]]


@pytest.fixture(scope="module")
def messages(tmp_path_factory) -> list[tuple[str, str]]:
    """(context, source) of every translatable string in the current sources."""
    ts = tmp_path_factory.mktemp("lupdate") / "union_desk_en.ts"
    done = subprocess.run([_lupdate(), *_sources(), "-no-obsolete", "-source-language", "zh_CN",
                           "-target-language", "en", "-ts", str(ts)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}"
                                                    f"{os.environ.get('PATH', '')}"})
    assert done.returncode == 0 and ts.exists(), f"pyside6-lupdate failed:\n{done.stdout}\n{done.stderr}"
    found = [(ctx.findtext("name") or "", msg.findtext("source") or "")
             for ctx in ET.parse(ts).iter("context") for msg in ctx.iter("message")]
    assert len(found) > 100, f"lupdate found only {len(found)} strings: wrong sources?"
    return found + [(TRANSLATION_CONTEXT, text) for text in spec_texts()]


@pytest.fixture(scope="module")
def glossary() -> dict[str, str]:
    data = json.loads(GLOSSARY.read_text("utf-8"))
    assert isinstance(data, dict), "en.json must be one flat JSON object: Chinese source -> English"
    return data


def english(glossary: dict[str, str], ctx: str, src: str) -> str | None:
    """As scripts/update_translations.py: a "Context|source" entry wins over the plain one."""
    return glossary.get(f"{ctx}|{src}") or glossary.get(src)


def test_every_ui_string_has_english(messages, glossary):
    missing = sorted({src for _ctx, src in messages
                      if not isinstance(glossary.get(src), str) or not glossary[src]})
    assert not missing, (f"{len(missing)} UI strings have no English in en.json ({FIX}):\n"
                         + "\n".join(f"  {s!r}" for s in missing))


_FIELD = re.compile(r"\{[^{}]*\}")


def _placeholders(text: str) -> list[str]:
    """str.format fields ({n}, {n:,}; not the literal {{ }}) and Qt's %1, %n, %v, %m, %s."""
    fields = _FIELD.findall(text.replace("{{", "").replace("}}", ""))
    names = [f[1:-1].split(":")[0].split("!")[0] for f in fields]
    return sorted(names + re.findall(r"%(?:\d+|[nvms])", text))


def test_english_keeps_the_placeholders(messages, glossary):
    wrong = sorted(f"  {src!r}: {glossary[src]!r}" for src in {s for _c, s in messages}
                   if glossary.get(src) and _placeholders(src) != _placeholders(glossary[src]))
    assert not wrong, ("English with other placeholders than the source ({n} would be lost, or "
                       "str.format raises KeyError):\n" + "\n".join(wrong))


def test_committed_qm_loads_translates_and_is_current(messages, glossary):
    translator = QTranslator()
    assert QM.exists(), f"{QM.relative_to(ROOT)} is missing ({FIX})"
    assert translator.load(str(QM)), f"QTranslator cannot load {QM.relative_to(ROOT)}"
    assert translator.translate("MainWindow", "会员") == "Members"
    assert SPEC_CONTEXT == TRANSLATION_CONTEXT
    assert translator.translate(SPEC_CONTEXT, "会员") == "Member"      # an entity's label
    assert translator.translate(SPEC_CONTEXT, "残疾类别") == "Disability"  # a field's
    assert not translator.isEmpty()
    stale = sorted({f"  [{ctx}] {src!r}" for ctx, src in messages
                    if english(glossary, ctx, src)
                    and translator.translate(ctx, src) != english(glossary, ctx, src)})
    assert not stale, (f"{len(stale)} strings are not (or differently) translated by the committed "
                       f"{QM.name}; re-run: python scripts/update_translations.py\n" + "\n".join(stale))
