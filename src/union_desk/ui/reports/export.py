"""Running an export for ReportDialog's report pages and putting its outcome into words.

The exporter belongs to ReportDialog (``host``): one export at a time, so while ``busy`` the
host keeps both export buttons disabled. The outcome goes to the ResultBar of the page that
asked for the export.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from union_desk.errors import Cancelled, UnionDeskError, ValidationError
from union_desk.reports.output import OutputLocked
from union_desk.ui.reports.widgets import ResultBar, remember_dir
from union_desk.ui.errors import show_error
from union_desk.ui.reports import ops


class ReportExporter(QObject):
    def __init__(self, host, service):
        super().__init__(host)
        self.host, self.service = host, service
        self.busy = False

    def run(self, name: str, path: str, kwargs: dict, bar: ResultBar, retry) -> None:
        """``retry`` exports again to another path (offered when the file is locked)."""
        svc = self.service
        bar.clear()
        self.busy = True
        self.host._update_export_button()
        # parented to the dialog, not to self: the progress window needs a widget parent
        op = ops.export(self.host, svc, name, path, kwargs)
        op.with_progress(self.tr("正在生成报表…")) \
            .success(lambda out: self._exported(out, bar)) \
            .failure(lambda exc: self._failed(exc, bar, retry)).run()

    def _exported(self, out, bar: ResultBar) -> None:
        self.busy = False
        self.host._update_export_button()
        remember_dir(out.path)
        lines = [self.tr("已生成“{f}”，保存在 {d}").format(f=out.path.name, d=out.path.parent)]
        if out.rows:
            lines.append(self.tr("共 {n} 行。").format(n=f"{out.rows:,}"))
        if out.unmasked:
            lines.append(self.tr("文件含完整身份证号，已记入审计日志。"))
        if out.unknown_placeholders:
            lines.append(self.tr("模板中有 {n} 个占位符程序不认识，已原样保留，请手工填写：{k}").format(
                n=len(out.unknown_placeholders), k="、".join(out.unknown_placeholders)))
        lines.append(self.tr("文件校验码（SHA-256）：{h}…").format(h=out.sha256[:16]))
        bar.done(out.path, "\n".join(lines))
        self.host.snapshots.load()
        self.host.exported.emit(out)

    def _failed(self, exc: BaseException, bar: ResultBar, retry) -> None:
        self.busy = False
        self.host._update_export_button()
        if isinstance(exc, OutputLocked):
            bar.failed(self.tr("无法写入“{f}”：这个文件可能正在 Excel 或 WPS 中打开。"
                               "请先关闭它再导出，或者换个名字保存。").format(f=exc.path.name),
                       str(exc.suggestion), self.tr("另存为“{f}”").format(f=exc.suggestion.name), retry)
        elif isinstance(exc, Cancelled):
            bar.failed(self.tr("已取消，没有生成文件。"))
        elif isinstance(exc, ValidationError) and exc.code == "stats_check_failed":
            bar.failed(exc.message)
            # the figures changed since the checks passed: show which rule fails now
            self.host._load_checks("report" if bar is self.host.result else "template")
        elif isinstance(exc, UnionDeskError):
            bar.failed(exc.message)
        else:
            show_error(exc, self.host)
        self.host.export_failed.emit(exc)
