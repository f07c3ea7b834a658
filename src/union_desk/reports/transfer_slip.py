"""会员组织关系接转介绍信: the slip a member takes to the new union when transferring out.

Two parts on one A4 page, as on the paper forms: the 存根 kept by this union and the
介绍信 handed to the member, separated by a cut line with the slip number across it.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from union_desk.reports.fonts import cjk_font
from union_desk.reports.output import Publish, atomic_output


@dataclass(frozen=True)
class SlipData:
    slip_no: str
    union_name: str
    member_name: str
    gender: str
    birth_date: dt.date
    id_number: str
    joined_on: dt.date | None
    branch: str
    other_union: str
    transfer_date: dt.date
    reason: str
    recorded_by: str
    dues_paid_to: str = ""


def _date(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else "—"


def write_transfer_slip(data: SlipData, path: str | os.PathLike, *,
                        before_publish: Publish | None = None) -> str:
    """Write the PDF through reports.output; returns its sha256."""
    with atomic_output(path, before_publish=before_publish) as out:
        _draw(data, out.tmp)
    return out.sha256


def _draw(d: SlipData, path: Path) -> None:
    font = cjk_font()
    width, height = A4
    c = Canvas(str(path), pagesize=A4)
    c.setTitle(f"会员组织关系接转介绍信 {d.member_name}")
    left, right = 60, width - 60

    def part(top: float, title: str, addressee: str, closing: str) -> None:
        c.setFont(font, 17)
        c.drawCentredString(width / 2, top, title)
        c.setFont(font, 10)
        c.drawRightString(right, top - 22, f"编号：{d.slip_no}")
        c.setFont(font, 12)
        y = top - 54
        c.drawString(left, y, addressee)
        body = (f"兹有我会会员 {d.member_name}（{d.gender}，{_date(d.birth_date)}出生，"
                f"公民身份号码 {d.id_number}），于{_date(d.joined_on)}加入工会，现属{d.branch or '本会'}。"
                f"因{d.reason or '工作调动'}，自{_date(d.transfer_date)}起转入你会，请接转会籍。"
                + (f"会费已交至{d.dues_paid_to}。" if d.dues_paid_to else ""))
        y -= 26
        for line in _wrap(body, font, 12, right - left - 24):
            c.drawString(left + 24, y, line)
            y -= 22
        y -= 8
        c.drawString(left + 24, y, closing)
        c.drawRightString(right, y - 44, f"{d.union_name}（盖章）")
        c.drawRightString(right, y - 66, _date(d.transfer_date))
        c.setFont(font, 10)
        c.drawString(left, y - 66, f"经办人：{d.recorded_by}")
        c.circle(right - 60, y - 40, 34, stroke=1, fill=0)

    part(height - 70, "会员组织关系接转介绍信（存根）", f"转往：{d.other_union}",
         "此联由转出工会留存。")
    c.setDash(4, 3)
    c.line(30, height / 2, width - 30, height / 2)
    c.setDash()
    c.setFont(font, 9)
    c.drawCentredString(width / 2, height / 2 + 4, f"—— 第 {d.slip_no} 号 —— 沿此线剪开 ——")
    part(height / 2 - 50, "会员组织关系接转介绍信", f"{d.other_union}：",
         "请接转为盼。接转后请将回执寄回我会。")
    c.showPage()
    c.save()


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break between Chinese characters, never inside a number (an ID must stay whole)."""
    import re

    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for token in re.findall(r"[0-9A-Za-z*]+|.", text):
        # closing punctuation never starts a line (it may overhang the margin a little)
        if current and token not in "，。、；：）」』" and \
                stringWidth(current + token, font, size) > width:
            lines.append(current)
            current = token
        else:
            current += token
    if current:
        lines.append(current)
    return lines
