"""冲正 one payment: a reason is required; optionally the corrected entry in the same step.

A correction is a reversal plus a new entry (the ledger is never edited).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget)

from union_desk.core.dues import METHODS, MonthError, parse_month
from union_desk.errors import ValidationError
from union_desk.services.dues.payments import PaymentInput
from union_desk.ui.dues.common import parse_amount
from union_desk.ui.format import money_text
from union_desk.ui.errors import show_error
from union_desk.ui.labels import value as label_value
from union_desk.ui.dues import ops
from union_desk.ui.widgets import ERROR_STYLE, FieldBox, pydate


class ReversalDialog(QDialog):
    done_ok = Signal(object)          # ReversalResult

    def __init__(self, dues, payment, member_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.dues = dues
        self.payment = payment
        self.setWindowTitle(self.tr("冲正缴费记录"))
        self.setModal(True)
        self.setMinimumWidth(460)

        info = QLabel(self.tr("会员：{n}\n原记录：{d} 缴 {a} 元（{m}，{w}）").format(
            n=member_name, d=payment.paid_on.isoformat(), a=money_text(payment.amount),
            m="、".join(payment.months), w=payment.method))
        info.setWordWrap(True)
        hint = QLabel(self.tr("冲正会新增一笔金额相反的记录，原记录保留不改。"
                              "如金额或月份录错，可同时登记正确的一笔。"))
        hint.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItem("")
        for r in (self.tr("金额录错"), self.tr("月份录错"), self.tr("重复登记"),
                  self.tr("登记错人"), self.tr("退还会费")):
            self.reason.addItem(r)
        self.reason.lineEdit().setPlaceholderText(self.tr("必填，例如：金额录错"))

        self.correct = QGroupBox(self.tr("同时登记正确的缴费（更正）"))
        self.correct.setCheckable(True)
        self.correct.setChecked(False)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("例如 22.80"))
        self.months = QLineEdit(", ".join(payment.months))
        self.months.setToolTip(self.tr("格式 2026-10；多个月份用逗号隔开"))
        self.method = QComboBox()
        for m in METHODS:
            self.method.addItem(label_value(m), m)
        self.method.setCurrentIndex(max(0, self.method.findData(payment.method)))
        self.paid_on = QDateEdit()
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.paid_on.setMaximumDate(QDate.currentDate())
        self.paid_on.setDate(QDate(payment.paid_on.year, payment.paid_on.month,
                                   payment.paid_on.day))
        self.fields = {"reason": FieldBox(self.reason), "amount": FieldBox(self.amount),
                       "months": FieldBox(self.months), "method": FieldBox(self.method),
                       "paid_on": FieldBox(self.paid_on)}
        form = QFormLayout(self.correct)
        form.addRow(self.tr("正确金额（元）"), self.fields["amount"])
        form.addRow(self.tr("所属月份"), self.fields["months"])
        form.addRow(self.tr("缴费方式"), self.fields["method"])
        form.addRow(self.tr("缴费日期"), self.fields["paid_on"])
        top = QFormLayout()
        top.addRow(self.tr("冲正原因*"), self.fields["reason"])

        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确认冲正"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(hint)
        lay.addLayout(top)
        lay.addWidget(self.correct)
        lay.addWidget(self.summary)
        lay.addWidget(buttons)
        self.reason.setFocus()

    def _clear_errors(self) -> None:
        for box in self.fields.values():
            box.set_error(None)
        self.summary.hide()

    def submit(self) -> None:
        self._clear_errors()
        reason = self.reason.currentText().strip()
        errors: dict[str, str] = {}
        if not reason:
            errors["reason"] = self.tr("请填写冲正原因")
        replacement = None
        if self.correct.isChecked():
            amount, err = parse_amount(self.amount.text())
            if err:
                errors["amount"] = err
            elif amount is not None and amount <= 0:
                errors["amount"] = self.tr("正确金额须大于 0；如只需作废原记录，请取消勾选“更正”")
            months = []
            for part in self.months.text().replace("，", ",").replace("、", ",").split(","):
                if part.strip():
                    try:
                        months.append(parse_month(part))
                    except MonthError:
                        errors["months"] = self.tr("月份“{t}”格式应为 2026-10").format(t=part.strip())
            if not months and "months" not in errors:
                errors["months"] = self.tr("请填写所属月份")
            if not errors:
                replacement = PaymentInput(amount, months, pydate(self.paid_on.date()),
                                           self.method.currentData(), "", reason)
        if errors:
            for key, message in errors.items():
                self.fields[key].set_error(message)
            return
        self.ok_button.setEnabled(False)
        ops.reverse_payment(self, self.dues, self.payment.id, reason, replacement) \
            .success(self._done).failure(self._failed).run()

    def _done(self, result) -> None:
        self.done_ok.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            shown = False
            for key, message in exc.field_errors.items():
                if key in self.fields:
                    self.fields[key].set_error(message)
                    shown = True
            if not shown:
                self.summary.setText(exc.message)
                self.summary.show()
            return
        show_error(exc, self)
