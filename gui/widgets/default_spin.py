"""Spin boxes whose minimum stands for "the program's own default" (None in the scenario: SGLang's static share and
prefill chunk, Ollama's context). The default's value is shown in the special text, and the first step up from it
starts at that value — not at the minimum plus one step (0.05 of the GPU for SGLang's share, 1 token for a
context), which no one means."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


class DefaultSpinBox(QSpinBox):
    default_value: int | None = None

    def stepBy(self, steps: int) -> None:
        if steps > 0 and self.value() == self.minimum() and self.default_value is not None:
            self.setValue(self.default_value)
            return
        super().stepBy(steps)


class DefaultDoubleSpinBox(QDoubleSpinBox):
    default_value: float | None = None

    def stepBy(self, steps: int) -> None:
        if steps > 0 and self.value() == self.minimum() and self.default_value is not None:
            self.setValue(self.default_value)
            return
        super().stepBy(steps)
