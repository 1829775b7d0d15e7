"""The Tools menu: the planners and calculators, each a non-modal dialog created on first use and kept (reopening
one brings it forward, prefilled again from the current scenario). The layer table is enabled only for image
models, and says why it is not otherwise."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from core.samples import is_image_model
from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.preferences import Preferences

if TYPE_CHECKING:
    from gui.dialogs.tool_dialog import ToolDialog


def _dialog(module: str, name: str) -> Callable[..., ToolDialog]:
    """The dialog class, imported when the menu item is first used: the planners and calculators (and the parts
    of the engine only they use) cost the window's start nothing (bench/gui_latency.py, launch)."""
    dialog: Callable[..., ToolDialog] = getattr(importlib.import_module(f"gui.dialogs.{module}"), name)
    return dialog


class ToolsMenu(QMenu):
    def __init__(self, document: ScenarioDocument, preferences: Preferences, parent: QWidget) -> None:
        super().__init__(self.tr("&Tools"), parent)
        self.document = document
        self.preferences = preferences
        self.window_ = parent
        self.setToolTipsVisible(True)
        self.dialogs: dict[str, ToolDialog] = {}
        d, p = document, preferences
        self.training_action = self._add(
            self.tr("&Training planner…"),
            "training",
            lambda: _dialog("training_plan_dialog", "TrainingPlanDialog")(d, p, parent),
        )
        self.serving_action = self._add(
            self.tr("&Serving planner…"),
            "serving",
            lambda: _dialog("serving_plan_dialog", "ServingPlanDialog")(d, p, parent),
        )
        self.budget_action = self._add(
            self.tr("&Compute budget (vision and video)…"),
            "budget",
            lambda: _dialog("serving_plan_dialog", "ComputeBudgetDialog")(d, parent),
        )
        self.addSeparator()
        self.tensor_action = self._add(
            self.tr("Tensor si&ze…"), "tensor", lambda: _dialog("tensor_dialog", "TensorSizeDialog")(p, parent)
        )
        self.convert_action = self._add(
            self.tr("Tokens ↔ te&xt size…"), "convert", lambda: _dialog("convert_dialog", "ConvertDialog")(parent)
        )
        self.cpu_ram_action = self._add(
            self.tr("CPU &RAM to load the model…"),
            "cpu_ram",
            lambda: _dialog("cpu_ram_dialog", "CpuRamDialog")(d, p, parent),
        )
        self.flops_action = self._add(
            self.tr("GPU &FLOP/s from cores × clock…"),
            "gpu_flops",
            lambda: _dialog("gpu_flops_dialog", "GpuFlopsDialog")(parent),
        )
        self.addSeparator()
        self.layers_action = self._add(
            self.tr("&Layer table…"), "layers", lambda: _dialog("layer_table_dialog", "LayerTableDialog")(d, p, parent)
        )
        self._image: bool | None = None
        document.changed.connect(self._enable)
        self._enable(document.scenario)

    def _add(self, text: str, key: str, make: Callable[[], ToolDialog]) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(lambda: self.open(key, make))
        return action

    def open(self, key: str, make: Callable[[], ToolDialog]) -> ToolDialog:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = self.dialogs[key] = make()
        else:
            prefill = getattr(dialog, "prefill", None)
            if prefill is not None:
                prefill()
            dialog.recompute()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _enable(self, scenario: Scenario) -> None:
        image = is_image_model(scenario.model.architecture)
        if image == self._image:  # every edit calls this: the action's texts only change with the kind of model
            return
        self._image = image
        self.layers_action.setEnabled(image)
        why = "" if image else self.tr("Only for CNNs and vision transformers: the current model is not an image model")
        self.layers_action.setToolTip(why or self.tr("Each layer's output shape, parameters, activations, MACs, FLOPs"))
        self.layers_action.setStatusTip(why)
        if not image and "layers" in self.dialogs:
            self.dialogs["layers"].hide()


def add_tools_menu(
    menu_bar: QMenuBar, document: ScenarioDocument, preferences: Preferences, parent: QWidget
) -> ToolsMenu:
    tools = ToolsMenu(document, preferences, parent)
    menu_bar.addMenu(tools)
    return tools
