"""The embedded CJK font (WenQuanYi Micro Hei, GPLv3 with font exception; license in resources/fonts).

reportlab embeds a subset of a registered TrueType font in every PDF, so the
Chinese text prints and extracts on PCs that have no Chinese fonts.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from union_desk.infra.paths import resource

FONT = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
_lock = threading.Lock()


def cjk_font() -> str:
    """Register the font once per process (parsing the .ttc takes ~0.1 s) and return its name."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            path = resource("fonts", FONT_FILE)
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT
