"""The list of steps down the window's side: where you are (▶), what is done (✓), what is ahead.

Plain labels, not a list view: they take no focus and draw nothing heavy. Their width is that of
the longest title in the wizard's language, bold, so the column does not jump as the current
step moves.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout

from trustanchor.core.flow.state import Step
from trustanchor.gui.i18n import translate
from trustanchor.gui.steps import STEP_TITLES, step_title
from trustanchor.gui.theme import scaled_font, tone_css


def step_state(title: str, *, current: bool, done: bool) -> str:
    """A step's name as a screen reader says it ("Your CA, current step")."""
    if current and done:
        return translate("steplist", "{title}, current step, done").format(title=title)
    if current:
        return translate("steplist", "{title}, current step").format(title=title)
    if done:
        return translate("steplist", "{title}, done").format(title=title)
    return title


class StepList:
    """One label per step, added to ``column``; ``bold`` is the current step's font."""

    def __init__(self, column: QVBoxLayout, bold: QFont) -> None:
        self._bold = bold
        self.labels: dict[Step, QLabel] = {}
        for step in STEP_TITLES:
            label = QLabel()
            label.setFont(scaled_font(label, 1.05))
            self.labels[step] = label
            column.addWidget(label)
            column.addSpacing(4)
        self.fit_width()

    def fit_width(self) -> None:
        """Wide enough for the longest title (call again when the language changes)."""
        metrics = QFontMetrics(self._bold)
        widest = max(metrics.horizontalAdvance(f"▶  {step_title(step)}") for step in STEP_TITLES)
        for label in self.labels.values():
            label.setMinimumWidth(widest + 12)

    def show(self, current: Step, visited: set[Step]) -> None:
        for step, label in self.labels.items():
            title = step_title(step)
            now, done = step is current, step in visited
            mark = "▶" if now else "✓" if done else "•"
            font = label.font()
            font.setBold(now)
            label.setFont(font)
            label.setText(f"{mark}  {title}")
            label.setStyleSheet("" if now or done else tone_css("muted", label))
            label.setAccessibleName(step_state(title, current=now, done=done))
