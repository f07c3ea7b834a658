"""The import dialog's saved column mappings (列对应方案): pick one for a branch's usual layout, or
save the mapping now shown under a name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from union_desk.ui.members.imports.panels import MappingTable
from union_desk.ui.errors import show_error
from union_desk.ui.members.imports import ops


class ProfileBar(QWidget):
    """Label, combo of saved mappings (first entry: 自动识别) and 保存为方案…."""

    loaded = Signal()            # the combo was refilled (on opening, after a save)
    chosen = Signal(object)      # the chosen mapping (a copy); {} for 自动识别
    saved = Signal(str)          # profile name, after `loaded`
    failed = Signal(object)      # the exception of a failed save

    def __init__(self, services, mapping_table: MappingTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mapping_table = mapping_table
        self.profiles: dict[str, dict[str, str | None]] = {}
        self.combo = QComboBox()
        self.combo.setMinimumWidth(160)
        self.combo.addItem(self.tr("（自动识别）"), None)
        self.save_btn = QPushButton(self.tr("保存为方案…"))
        self.save_btn.setToolTip(self.tr("把当前的列对应保存下来，下次导入同一分会的表格时直接选用"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("列对应方案：")))
        row.addWidget(self.combo)
        row.addWidget(self.save_btn)
        self.combo.currentIndexChanged.connect(self._chosen)

    def load(self) -> None:
        # a failed load is shown over the dialog, as a plain message or the crash box
        ops.load_profiles(self, self.services).success(self._show).failure(
            lambda exc: show_error(exc, self.window())).run()

    def _show(self, profiles, select: str | None = None) -> None:
        self.profiles = profiles
        current = select or self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("（自动识别）"), None)
        for name in profiles:
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        self.combo.blockSignals(False)
        self.loaded.emit()

    def _chosen(self, _index: int) -> None:
        name = self.combo.currentData()
        self.chosen.emit(dict(self.profiles.get(name, {})) if name else {})

    def reset(self) -> None:
        """Back to 自动识别 without announcing it (the caller reruns the preview itself)."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)

    def ask_name(self, file_stem: str) -> None:
        suggested = self.combo.currentData() or file_stem
        name, ok = QInputDialog.getText(self.window(), self.tr("保存列对应方案"),
                                        self.tr("方案名称（例如“第五分会名册”）："), text=suggested)
        if ok and name.strip():
            self.save(name.strip())

    def save(self, name: str) -> None:
        def done(profiles):
            self._show(profiles, select=name)
            self.saved.emit(name)

        ops.save_profile(self, self.services, name, self.mapping_table.mapping()) \
            .success(done).failure(self.failed.emit).run()


__all__ = ["ProfileBar"]
