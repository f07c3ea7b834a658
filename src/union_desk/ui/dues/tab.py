"""会费 tab: month picker, 生成本月应缴, per-branch summary, batch entry, arrears and
自动退会 candidates, branch-sheet import, report export. Parts live in ui/dues/."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.ui.dues.arrears_panel import ARREARS, CANDIDATES, ArrearsPanel
from union_desk.ui.dues.batch_panel import BatchPanel
from union_desk.ui.dues.common import OK_STYLE
from union_desk.ui.format import money_text, month_label
from union_desk.ui.dues.import_dialog import DuesImportDialog
from union_desk.ui.dues.ledger_dialog import DUES_ENTITIES, open_member_ledger
from union_desk.ui.dues.month_picker import MonthPicker
from union_desk.ui.dues.reports_panel import ReportsPanel
from union_desk.ui.dues.summary_panel import SummaryPanel
from union_desk.ui.dues import ops
from union_desk.ui.tasks import runner
from union_desk.ui.widgets import ERROR_STYLE

MEMBER_ENTITIES = {"member", "member_event"}
__all__ = ["DuesTab", "open_member_ledger"]


class DuesTab(QWidget):
    generated = Signal(object)        # GenerateResult
    rule_loaded = Signal(str)
    # a member to look at on the 会员 tab (自动退会 candidates are decided on the member's page);
    # the main window routes every tab's member_requested there
    member_requested = Signal(str)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.dues = services.dues
        self.can_read = services.can(Perm.DUES_READ)
        self.can_write = services.can(Perm.DUES_WRITE)
        self.ledger_dialog = None
        self.import_dialog = None
        self._stale: set[QWidget] = set()
        lay = QVBoxLayout(self)
        if not self.can_read:
            note = QLabel(self.tr("当前账号没有查看会费的权限。"))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(note)
            return

        self.picker = MonthPicker()
        self.generate_btn = QPushButton(self.tr("生成本月应缴"))
        self.generate_btn.setToolTip(self.tr("按会员的缴费基数计算本月应缴会费；重复生成不会重复计算"))
        self.import_btn = QPushButton(self.tr("导入分会会费表…"))
        self.generate_btn.setVisible(self.can_write)
        self.import_btn.setVisible(self.can_write and services.can(Perm.IMPORT))
        self.rule = QLabel()
        self.rule.setToolTip(self.tr("会费计算规则在“设置”中由管理员修改，这里只显示"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.summary = SummaryPanel(self.dues)
        self.reports = ReportsPanel(self.dues, self.month)
        self.reports.setVisible(services.can(Perm.REPORT))
        self.batch = BatchPanel(self.dues, self.can_write)
        self.arrears = ArrearsPanel(self.dues, ARREARS)
        self.candidates = ArrearsPanel(self.dues, CANDIDATES)
        self.candidates.member_selected.connect(self.member_requested)
        self.pages = QTabWidget()
        self.pages.addTab(self.batch, self.tr("批量登记") if self.can_write else self.tr("本月明细"))
        self.pages.addTab(self.arrears, self.tr("欠缴名单"))
        self.pages.addTab(self.candidates, self.tr("自动退会候选"))

        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addSpacing(8)
        bar.addWidget(self.generate_btn)
        bar.addWidget(self.import_btn)
        bar.addStretch(1)
        bar.addWidget(self.rule)
        summary_box = QGroupBox(self.tr("本月收缴汇总"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.summary.title_changed.connect(summary_box.setTitle)
        reports_box = QGroupBox(self.tr("导出报表（Excel 或 PDF）"))
        QVBoxLayout(reports_box).addWidget(self.reports)
        reports_box.setVisible(services.can(Perm.REPORT))
        upper = QWidget()
        up = QHBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(summary_box, 1)
        up.addWidget(reports_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.pages)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        split.setSizes([270, 480])
        lay.addLayout(bar)
        lay.addWidget(self.notice)
        lay.addWidget(split, 1)

        self.picker.month_changed.connect(self._month_changed)
        self.generate_btn.clicked.connect(self.generate)
        self.import_btn.clicked.connect(lambda: self.open_import())
        self.pages.currentChanged.connect(lambda _i: self._load_page_if_stale())
        self.summary.branch_activated.connect(self._show_branch)
        for panel in (self.batch, self.arrears, self.candidates):
            panel.open_ledger.connect(self.open_ledger)
        runner().changes_applied.connect(self._on_changes)
        ops.load_branches(self, services).success(self.batch.set_branches).run()
        # the month's grid covers every owing member (100,000 rows in a big office): build it
        # when the clerk first opens the tab, not at start-up behind the roster's queries
        self._pending = "reload"

    # ---- month -----------------------------------------------------------------------------
    def month(self) -> str:
        return self.picker.value()

    def _month_changed(self, month: str) -> None:
        if self.batch.model.has_edits() and self.batch.month and self.batch.month != month:
            answer = QMessageBox.question(
                self, self.tr("切换月份"), self.tr("{m}的批量登记还有未保存的勾选或金额，"
                                                "切换月份会放弃这些修改。继续吗？").format(
                    m=month_label(self.batch.month)))
            if answer != QMessageBox.StandardButton.Yes:
                self.picker.set_value(self.batch.month)
                return
        self.notice.hide()
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        pending, self._pending = self._pending, None
        if pending == "reload":
            self.reload()
        elif pending == "changes":
            self._refresh_after_changes(None)

    def reload(self) -> None:
        self._pending = None
        month = self.month()
        self._load_rule(month)
        self.summary.load(month)
        self.batch.load(month)
        self._stale = {self.arrears, self.candidates}
        self._load_page_if_stale()

    def _load_page_if_stale(self) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.load(self.month())

    def _load_rule(self, month: str) -> None:
        ops.load_rule(self, self.services, month).success(
            lambda res: self._show_rule(month, *res)).run()

    def _show_rule(self, month: str, rule: str, since, alert_months) -> None:
        if month != self.month():
            return
        label = {"national": self.tr("全国规则（基数去尾至10元）"),
                 "payroll": self.tr("工资规则（四舍五入到分）")}.get(rule, rule)
        if since is None:
            text = self.tr("计算规则：{r}（默认）").format(r=label)
        else:
            text = self.tr("计算规则：{r}，自 {d} 起执行").format(r=label, d=since.isoformat())
        self.rule.setText(text)
        self.candidates.alert_months = int(alert_months)
        self.rule_loaded.emit(rule)

    # ---- actions ---------------------------------------------------------------------------
    def generate(self) -> None:
        if not self.can_write:
            return
        month = self.month()
        self.generate_btn.setEnabled(False)
        ops.generate_month(self, self.dues, month) \
            .with_progress(self.tr("正在生成{m}应缴会费…").format(m=month_label(month))) \
            .success(self._generated).failure(self._generate_failed).run()

    def _generated(self, res) -> None:
        self.generate_btn.setEnabled(True)
        existed = res.unchanged + res.recomputed + res.kept_paid
        parts = [self.tr("{m}：新生成 {c} 条应缴记录，已存在 {e} 条").format(
            m=month_label(res.month), c=res.created, e=existed)]
        if res.created == 0 and res.recomputed == 0:
            parts.append(self.tr("（本月已生成过，没有重复计算）"))
        if res.recomputed:
            parts.append(self.tr("；其中 {n} 条因缴费基数变化重新核算").format(n=res.recomputed))
        if res.kept_paid:
            parts.append(self.tr("；{n} 条已缴费，保持原应缴").format(n=res.kept_paid))
        if res.removed:
            parts.append(self.tr("；撤销 {n} 条（会员已不需缴费）").format(n=res.removed))
        parts.append(self.tr("。本月应缴合计 {t} 元。").format(t=money_text(res.total_due)))
        warn = bool(res.missing_base)
        if warn:
            parts.append(self.tr("另有 {n} 名会员没有缴费基数（月工资），未生成应缴，"
                                 "请在会员资料中补填月工资后再生成一次。").format(
                n=len(res.missing_base)))
        self._show_notice("".join(parts), ok=not warn)
        self.generated.emit(res)

    def _generate_failed(self, exc: BaseException) -> None:
        from union_desk.ui.errors import show_error

        self.generate_btn.setEnabled(True)
        show_error(exc, self)

    def _show_notice(self, text: str, *, ok: bool) -> None:
        self.notice.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.notice.setText(text)
        self.notice.show()

    def _show_branch(self, branch_id) -> None:
        self.batch.show_branch(branch_id)
        self.pages.setCurrentWidget(self.batch)

    def open_ledger(self, member_id: str):
        self.ledger_dialog = open_member_ledger(self.services, member_id, self)
        return self.ledger_dialog

    def open_import(self, path: str = "") -> DuesImportDialog:
        dlg = DuesImportDialog(self.dues, self.month(), self, path=path)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dlg
        dlg.show()
        return dlg

    # ---- other tabs' changes -----------------------------------------------------------------
    def _on_changes(self, changes, initiator) -> None:
        changed = set(changes)
        if not (DUES_ENTITIES | MEMBER_ENTITIES) & changed:
            return
        if not self.isVisible():
            self._pending = self._pending or "changes"   # refreshed when shown again
            return
        self._refresh_after_changes(initiator)

    def _refresh_after_changes(self, initiator) -> None:
        month = self.month()
        self.summary.load(month)
        # keep the clerk's unsaved ticks unless the change is that very batch being saved
        if initiator is self.batch or not self.batch.model.has_edits():
            self.batch.load(month)
        self._stale = {self.arrears, self.candidates}
        self._load_page_if_stale()

    def candidate_member_id(self) -> str | None:
        """The 自动退会 candidate selected in the list (for the 会员 tab's button)."""
        return self.candidates.selected_member_id()
