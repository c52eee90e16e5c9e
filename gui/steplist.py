"""The list of steps down the window's side: where you are (▶), what is done (✓), what is ahead.

Plain labels, not a list view: they take no focus and draw nothing heavy. Their width is that of
the longest title in the wizard's language, bold, so the column does not jump as the current
step moves.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

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


MARKS = {"current": "▶", "done": "✓", "ahead": "•"}


class StepList:
    """One label per step, added to ``column``; ``bold`` is the current step's font."""

    def __init__(self, column: QVBoxLayout, bold: QFont) -> None:
        self._bold = bold
        self.labels: dict[Step, QLabel] = {}
        self.marks: dict[Step, QLabel] = {}
        # The marks in a column of their own, so every title starts at the same x whatever
        # font draws the mark and the title (a Japanese title falls back to a CJK font).
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for row, step in enumerate(STEP_TITLES):
            mark, label = QLabel(), QLabel()
            for part in (mark, label):
                part.setFont(scaled_font(part, 1.05))
            self.marks[step], self.labels[step] = mark, label
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
        column.addLayout(grid)
        self.fit_width()

    def fit_width(self) -> None:
        """Wide enough for the longest title (call again when the language changes)."""
        metrics = QFontMetrics(self._bold)
        widest = max(metrics.horizontalAdvance(step_title(step)) for step in STEP_TITLES)
        for label in self.labels.values():
            label.setMinimumWidth(widest + 8)
        mark_width = max(metrics.horizontalAdvance(mark) for mark in MARKS.values())
        for mark in self.marks.values():
            mark.setFixedWidth(mark_width + 2)

    def show(self, current: Step, visited: set[Step]) -> None:
        for step, label in self.labels.items():
            title = step_title(step)
            now, done = step is current, step in visited
            state = "current" if now else "done" if done else "ahead"
            tone = "" if now or done else tone_css("muted", label)
            for part, text in ((self.marks[step], MARKS[state]), (label, title)):
                font = part.font()
                font.setBold(now)
                part.setFont(font)
                part.setText(text)
                part.setStyleSheet(tone)
            self.marks[step].setAccessibleName(step_state(title, current=now, done=done))
            label.setAccessibleName(step_state(title, current=now, done=done))
