"""What the import dialog tells the clerk: the coloured message line (what to do next, what a dry
run or an import found, why one failed) and the hint standing in for the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from union_desk.errors import Cancelled, UnionDeskError

MSG_STYLE = {"error": "background: #fdecea; color: #a52714; border: 1px solid #f5c6cb; padding: 8px;",
             "ok": "background: #e8f5e9; color: #1b5e20; border: 1px solid #c3e6cb; padding: 8px;",
             "info": "background: #eef4fb; color: #1f3f66; border: 1px solid #c9dcf0; padding: 8px;"}


class ImportMessage(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str, kind: str = "info") -> None:
        self.setText(text)
        self.setStyleSheet(MSG_STYLE[kind])
        self.setVisible(bool(text))

    def choose_first(self) -> None:
        self.say(self.tr("请点“选择文件…”，选择分会报来的会员名册（Excel、WPS 表格或 CSV 文件）。"
                         "也可以把文件直接拖到主窗口上。"), "info")

    def missing(self, labels: list[str]) -> None:
        self.say(self.tr("请指定“{f}”在哪一列：没有这一列无法导入。").format(f=self.tr("”和“").join(labels)),
                 "error")

    def importing(self) -> None:
        self.say(self.tr("正在导入，请稍候。导入完成前可以点“取消”，取消后不会导入任何数据。"), "info")

    def profile_saved(self, name: str) -> None:
        self.say(self.tr("已保存列对应方案“{n}”。下次导入同样格式的表格时，在“列对应方案”中选它即可。")
                 .format(n=name), "ok")

    def previewed(self, report) -> None:
        if report.created or report.updated:
            text = self.tr("预览（还没有导入）：将新增 {c:,} 人，更新 {u:,} 人。请核对后点“导入”。").format(
                c=report.created, u=report.updated)
        elif report.accepted:
            text = self.tr("表格中的会员与系统中的记录相同，没有需要导入的内容。")
        else:
            text = self.tr("表格中没有可以导入的行。请查看“有错误”一栏。")
        extra = self._problems(report)
        self.say(text + (("\n" + extra) if extra else ""), "info")

    def applied(self, report) -> None:
        if report.batch_id is None:
            text = self.tr("没有需要导入的新内容，系统中的数据没有改动。")
        else:
            text = self.tr("导入完成：新增 {c:,} 人，更新 {u:,} 人，{n:,} 人无变化。").format(
                c=report.created, u=report.updated, n=report.unchanged)
            if report.new_branches:
                text += self.tr("新建分会：{b}。").format(b=self.tr("、").join(report.new_branches))
            extra = self._problems(report)
            if extra:
                text += "\n" + extra + self.tr("。")
            text += "\n" + self.tr("如果导错了，可以在“导入记录”中把这次导入整批撤销。")
        self.say(text, "ok")

    def _problems(self, report) -> str:
        parts = []
        if report.conflicts:
            parts.append(self.tr("{n:,} 行身份证号与系统中姓名不符，暂不导入（见“冲突”）").format(n=len(report.conflicts)))
        if report.rejected:
            parts.append(self.tr("{n:,} 行有错误，不导入（见“有错误”，可生成错误报告发回分会）")
                         .format(n=len(report.rejected)))
        return self.tr("；").join(parts)

    def failed(self, exc: BaseException, kind: str) -> str:
        """Says why work of ``kind`` (preview, apply, report) failed; returns the text shown.
        An unexpected error is only named here: the caller shows the crash box."""
        if isinstance(exc, Cancelled):
            if kind == "apply":
                text = self.tr("已取消导入，没有导入任何数据，系统中的会员没有任何改动。")
            else:
                text = self.tr("已取消检查，没有导入任何数据。如需继续，请点“选择文件…”重新选择文件。")
            self.say(text, "info")
        elif isinstance(exc, UnionDeskError):
            text = exc.message
            if kind == "apply":
                text += "\n" + self.tr("没有导入任何数据。")
            self.say(text, "error")
        else:
            text = self.tr("程序出错，没有导入任何数据。")
            self.say(text, "error")
        return text


class EmptyHint(QLabel):
    """Stands in for the preview until a file has been read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: #666; font-size: 15px;")

    def explain(self, has_file: bool, busy: bool) -> None:
        self.setText(
            self.tr("请点右上角“选择文件…”，选择分会报来的会员名册") if not has_file and not busy else
            self.tr("正在读取文件，请稍候…") if busy else
            self.tr("请按上面的提示处理后，点右上角“选择文件…”重新选择文件"))
        self.show()


__all__ = ["EmptyHint", "ImportMessage"]
