"""Add / edit a member. Inline Chinese messages per field; Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from union_desk.core.members import EDUCATION, ETHNICITIES, HUKOU, PERSON_STATUS, POLITICAL
from union_desk.errors import ValidationError
from union_desk.services.members.dto import MemberDetail
from union_desk.services.setup import BranchDTO
from union_desk.ui.errors import show_error
from union_desk.ui.labels import value as label_value
from union_desk.ui.members import ops
from union_desk.ui.widgets import (FieldBox, OptionalDateEdit, choice_combo, combo_value,
                                   error_label, ok_cancel, set_combo_text)

class MemberDialog(QDialog):
    saved = Signal(object)   # MemberDetail

    def __init__(self, services, branches: list[BranchDTO], member: MemberDetail | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.member = member
        self.setWindowTitle(self.tr("编辑会员") if member else self.tr("新增会员"))
        self.setModal(True)
        self.fields: dict[str, FieldBox] = {}

        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.id_number.setPlaceholderText(self.tr("18位，末位可为X"))
        self.gender = choice_combo(("男", "女"), shown=label_value)
        self.gender.setToolTip(self.tr("可不填：按身份证号第17位自动判断"))
        self.birth = OptionalDateEdit()
        self.birth.setToolTip(self.tr("可不填：按身份证号自动计算"))
        # a 民族 not in the list (or written another way) can be typed and is kept as typed
        self.ethnicity = choice_combo(ETHNICITIES, editable=True, shown=label_value)
        self.political = choice_combo(POLITICAL, shown=label_value)
        self.education = choice_combo(EDUCATION, shown=label_value)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("11位手机号码"))
        self.branch = choice_combo((), blank=True)
        for b in branches:
            self.branch.addItem("　" * b.depth + b.name, b.id)
        self.position = QLineEdit()
        self.joined = OptionalDateEdit()
        self.person_status = choice_combo(PERSON_STATUS, blank=False, shown=label_value)
        self.hukou = choice_combo(HUKOU, shown=label_value)
        self.migrant = QCheckBox(self.tr("农民工"))
        self.wage = QLineEdit()
        self.wage.setPlaceholderText(self.tr("例如 4567.89"))
        self.member_no = QLineEdit()
        self.skills = QLineEdit()
        self.hobbies = QLineEdit()
        self.family_note = QPlainTextEdit()
        self.family_note.setFixedHeight(48)
        self.remark = QPlainTextEdit()
        self.remark.setFixedHeight(48)
        self.family_note.setTabChangesFocus(True)
        self.remark.setTabChangesFocus(True)

        basic = QGroupBox(self.tr("基本信息"))
        grid = QGridLayout(basic)
        rows = [
            ("name", self.tr("姓名*"), self.name), ("id_number", self.tr("公民身份号码*"), self.id_number),
            ("gender", self.tr("性别"), self.gender), ("birth_date", self.tr("出生日期"), self.birth),
            ("ethnicity", self.tr("民族"), self.ethnicity),
            ("political_status", self.tr("政治面貌"), self.political),
            ("education", self.tr("学历"), self.education), ("phone", self.tr("手机号码"), self.phone),
            ("hukou_type", self.tr("户籍类型"), self.hukou), ("migrant_worker", "", self.migrant),
        ]
        self._grid(grid, rows)
        work = QGroupBox(self.tr("工会与工作"))
        grid2 = QGridLayout(work)
        self._grid(grid2, [
            ("branch_id", self.tr("所属分会/小组"), self.branch), ("position", self.tr("岗位/职务"), self.position),
            ("joined_on", self.tr("入会日期"), self.joined), ("person_status", self.tr("人员状态"), self.person_status),
            ("monthly_wage", self.tr("月工资（元）"), self.wage), ("member_no", self.tr("会员证号"), self.member_no),
            ("skills", self.tr("技能等级/特长"), self.skills), ("hobbies", self.tr("兴趣爱好"), self.hobbies),
        ])
        more = QGroupBox(self.tr("家庭情况与备注"))
        form = QFormLayout(more)
        for key, label, w in (("family_note", self.tr("家庭情况"), self.family_note),
                              ("remark", self.tr("备注"), self.remark)):
            box = FieldBox(w)
            self.fields[key] = box
            form.addRow(label, box)

        self.summary = error_label()
        buttons, self.save_button = ok_cancel(self, self.tr("保存"), self.tr("取消"), self.save,
                                              self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(basic)
        lay.addWidget(work)
        lay.addWidget(more)
        lay.addWidget(self.summary)
        lay.addWidget(buttons)
        if member:
            self._load(member)
        self.name.setFocus()

    def _grid(self, grid: QGridLayout, rows) -> None:
        for i, (key, label, widget) in enumerate(rows):
            box = FieldBox(widget)
            self.fields[key] = box
            r, c = divmod(i, 2)
            grid.addWidget(QLabel(label), r, c * 2)
            grid.addWidget(box, r, c * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _load(self, m: MemberDetail) -> None:
        self.name.setText(m.name)
        self.id_number.setText(m.id_number)
        if m.id_masked:
            self.id_number.setReadOnly(True)
            self.id_number.setToolTip(self.tr("修改身份证号需要查看完整号码的权限"))
        set_combo_text(self.gender, m.gender)
        self.birth.set_value(m.birth_date)
        set_combo_text(self.ethnicity, m.ethnicity)
        set_combo_text(self.political, m.political_status)
        set_combo_text(self.education, m.education)
        self.phone.setText(m.phone)
        i = self.branch.findData(m.branch_id)
        self.branch.setCurrentIndex(max(0, i))
        self.position.setText(m.position)
        self.joined.set_value(m.joined_on)
        set_combo_text(self.person_status, m.person_status)
        set_combo_text(self.hukou, m.hukou_type)
        self.migrant.setChecked(bool(m.migrant_worker))
        self.wage.setText(f"{m.monthly_wage:.2f}" if m.monthly_wage is not None else "")
        self.member_no.setText(m.member_no)
        self.skills.setText(m.skills)
        self.hobbies.setText(m.hobbies)
        self.family_note.setPlainText(m.family_note)
        self.remark.setPlainText(m.remark)

    def values(self) -> dict:
        data = {
            "name": self.name.text(), "id_number": self.id_number.text(),
            "gender": combo_value(self.gender), "birth_date": self.birth.value(),
            "ethnicity": combo_value(self.ethnicity), "political_status": combo_value(self.political),
            "education": combo_value(self.education), "phone": self.phone.text(),
            "branch_id": self.branch.currentData(), "position": self.position.text(),
            "joined_on": self.joined.value(), "person_status": combo_value(self.person_status),
            "hukou_type": combo_value(self.hukou), "migrant_worker": self.migrant.isChecked(),
            "monthly_wage": self.wage.text(), "member_no": self.member_no.text(),
            "skills": self.skills.text(), "hobbies": self.hobbies.text(),
            "family_note": self.family_note.toPlainText(), "remark": self.remark.toPlainText(),
        }
        if self.member is not None and self.member.phone == data["phone"]:
            data.pop("phone")   # unchanged (possibly masked) phone stays as stored
        return data

    def save(self) -> None:
        for box in self.fields.values():
            box.set_error(None)
        self.summary.hide()
        data = self.values()
        self.save_button.setEnabled(False)
        ops.save_member(self, self.services, self.member.id if self.member else None, data) \
            .success(self._saved).failure(self._failed).run()

    def _saved(self, detail: MemberDetail) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(detail)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) or getattr(exc, "field", None):
            errors = getattr(exc, "field_errors", None) or {exc.field: exc.message}
            first = None
            for key, message in errors.items():
                box = self.fields.get(key)
                if box is not None:
                    box.set_error(message)
                    first = first or box
            self.summary.setText(self.tr("请更正标红的项目后再保存。") if first else exc.message)
            self.summary.show()
            if first is not None:
                first.editor.setFocus()
            return
        show_error(exc, self)
