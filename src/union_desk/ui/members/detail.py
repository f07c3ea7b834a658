"""The panel beside the roster: one member's facts, family, honours and full history."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from union_desk.services.members.dto import HistoryItem, MemberDetail
from union_desk.ui.labels import value as label_value


def _yes_no(v: bool | None) -> str:
    return "" if v is None else label_value("是" if v else "否")


class MemberDetailPanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.info = QWidget()
        self.form = QFormLayout(self.info)
        self.labels: dict[str, QLabel] = {}
        for key, label in (("name", self.tr("姓名")), ("gender", self.tr("性别")),
                           ("id_number", self.tr("公民身份号码")), ("birth_date", self.tr("出生日期")),
                           ("ethnicity", self.tr("民族")), ("political_status", self.tr("政治面貌")),
                           ("education", self.tr("学历")), ("phone", self.tr("手机号码")),
                           ("branch", self.tr("所属分会")), ("position", self.tr("岗位/职务")),
                           ("joined_on", self.tr("入会日期")), ("status", self.tr("会籍状态")),
                           ("person_status", self.tr("人员状态")), ("hukou_type", self.tr("户籍类型")),
                           ("migrant_worker", self.tr("是否农民工")), ("monthly_wage", self.tr("月工资")),
                           ("member_no", self.tr("会员证号")), ("skills", self.tr("技能/特长")),
                           ("family_note", self.tr("家庭情况")), ("family", self.tr("家庭成员")),
                           ("honours", self.tr("所获荣誉")), ("remark", self.tr("备注")),
                           ("health", self.tr("健康状况")), ("bank", self.tr("银行卡"))):
            lab = QLabel()
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(lab.textInteractionFlags() | lab.textInteractionFlags().TextSelectableByMouse)
            self.labels[key] = lab
            self.form.addRow(self.tr("{label}：").format(label=label), lab)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("时间"), self.tr("事项"), self.tr("经办人"),
                                                self.tr("内容")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hist = QWidget()
        QVBoxLayout(hist).addWidget(self.history)
        self.addTab(self.info, self.tr("基本信息"))
        self.addTab(hist, self.tr("会籍与修改记录"))
        self.clear()

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.setText("")
        self.history.setRowCount(0)

    def show_member(self, m: MemberDetail) -> None:
        values = {
            "name": m.name, "gender": label_value(m.gender) if m.gender else "",
            "id_number": m.id_number, "birth_date": m.birth_date.isoformat(),
            "ethnicity": label_value(m.ethnicity) if m.ethnicity else "",
            "political_status": label_value(m.political_status) if m.political_status else "",
            "education": label_value(m.education) if m.education else "", "phone": m.phone,
            "branch": m.branch, "position": m.position,
            "joined_on": m.joined_on.isoformat() if m.joined_on else "",
            "status": label_value(m.status),
            "person_status": label_value(m.person_status) if m.person_status else "",
            "hukou_type": label_value(m.hukou_type) if m.hukou_type else "",
            "migrant_worker": _yes_no(m.migrant_worker),
            "monthly_wage": f"{m.monthly_wage:,.2f}" if m.monthly_wage is not None else "",
            "member_no": m.member_no, "skills": "；".join(x for x in (m.skills, m.hobbies) if x),
            "family_note": m.family_note,
            "family": "\n".join(f"{f.relation} {f.name} {f.work_or_school}".strip() for f in m.family),
            "honours": "\n".join(f"{h.year}年 {h.title}" for h in m.honours),
            "remark": m.remark,
            "health": self.tr("（仅帮扶专员可见）") if m.health is None
            else "；".join(x for x in (m.health, m.disability) if x),
            "bank": self.tr("（仅帮扶专员可见）") if m.bank_account is None
            else " ".join(x for x in (m.bank_name, m.bank_account) if x),
        }
        for key, lab in self.labels.items():
            lab.setText(values.get(key, ""))

    def show_history(self, items: list[HistoryItem]) -> None:
        self.history.setRowCount(len(items))
        for r, h in enumerate(reversed(items)):
            for c, text in enumerate((h.when, h.title, h.actor, h.detail)):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
