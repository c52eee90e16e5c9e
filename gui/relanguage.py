"""Switching the wizard's language while it runs (the Language menu, gui/menus.py).

The pages write their words once, when they are made (plain `translate()` calls in their
constructors), so a new language means new pages: the window makes its frame and its pages
again (`WizardWindow.rebuild()`) and renders them from the model. The model, the session, a
running publish server and a call in flight all stay with the controller, untouched. What only
the old widgets knew comes over here: the text typed into fields (passphrases never enter the
model; the import panel's file names are not rendered back from it), the error the page showed
and where the keyboard focus was. A switch asked for while a core call runs waits for it to
end, so its page never loses the progress it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from trustanchor.core.flow.state import Step
from trustanchor.gui.i18n import install_language, resolve
from trustanchor.gui.settings import remember_language

if TYPE_CHECKING:
    from trustanchor.gui.window import WizardWindow

# How deep the attribute walk goes: page -> panel -> field is two steps; one spare.
_ATTRIBUTE_DEPTH = 3
_FRAME = None  # the step of a focus in the window's frame (Next, Back, Quit), not in a page


@dataclass
class Carried:
    """What the old widgets knew and the model does not, found again by attribute path
    ("create.name_edit"): the page made again has the same attributes in any language."""

    texts: dict[Step, dict[str, str]] = field(default_factory=dict, repr=False)
    error: str = ""
    focus: tuple[Step | None, str] | None = None
    cursor: int | None = None  # in the focused line edit


class LanguageSwitcher(QObject):
    """Applies the Language menu's choice to `window`: remembers it, installs the catalogue,
    rebuilds the window in it and carries over what the person typed."""

    def __init__(self, window: WizardWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending: str | None = None  # a language waiting for the running call to end
        window.controller.running_changed.connect(self._on_controller_running_changed)

    def switch(self, choice: str) -> None:
        """Speak `choice` (SYSTEM or a language code) from now on, and next time too."""
        remember_language(self._window.settings, choice)
        self._window.menus.show_language(choice)
        self._pending = resolve(choice)
        if not self._window.controller.running:
            self._apply()

    @Slot()
    def _on_controller_running_changed(self) -> None:
        if self._pending is not None and not self._window.controller.running:
            self._apply()

    def _apply(self) -> None:
        code, self._pending = self._pending, None
        app = QCoreApplication.instance()
        if code is None or app is None:
            return
        carried = carry(self._window)
        install_language(app, code)
        self._window.rebuild()
        restore(self._window, carried)


def carry(window: WizardWindow) -> Carried:
    """What the window's widgets hold beyond the model."""
    carried = Carried()
    for step, page in window.pages.items():
        texts = {path: text_of(widget) for path, widget in attribute_widgets(page).items()
                 if is_typed(widget) and text_of(widget)}
        if texts:
            carried.texts[step] = texts
    shown = window.pages.get(window.wizard.step)
    carried.error = shown.error if shown is not None else ""
    focus = window.focusWidget()
    if focus is not None:
        carried.focus = _focus_path(window, focus)
        if isinstance(focus, QLineEdit):
            carried.cursor = focus.cursorPosition()
    return carried


def restore(window: WizardWindow, carried: Carried) -> None:
    """Put `carried` into the window made again. Fields of other pages than the current one
    are filled with their page's signals blocked: what they report is in the model already,
    and the model (not an old field) is what those pages render when they are shown again."""
    current = window.wizard.step
    for step, texts in carried.texts.items():
        page = window.page_for(step)
        fields = attribute_widgets(page)
        quiet = step is not current
        if quiet:
            page.blockSignals(True)
        try:
            for path, text in texts.items():
                widget = fields.get(path)
                if widget is not None and is_typed(widget) and text_of(widget) != text:
                    set_text(widget, text)
        finally:
            if quiet:
                page.blockSignals(False)
    if carried.error:
        window.page.set_error(carried.error)
    _restore_focus(window, carried)


# -- the widgets of a page, by the attribute names its code gives them -----------------------


def attribute_widgets(root: QWidget) -> dict[str, QWidget]:
    """The widgets `root` and its parts keep in attributes, by dotted attribute path."""
    found: dict[str, QWidget] = {}

    def walk(holder: QWidget, prefix: str, depth: int) -> None:
        for name, value in sorted(vars(holder).items()):
            if isinstance(value, QWidget) and root.isAncestorOf(value):
                path = f"{prefix}{name}"
                found.setdefault(path, value)
                if depth < _ATTRIBUTE_DEPTH:
                    walk(value, f"{path}.", depth + 1)

    walk(root, "", 1)
    return found


def is_typed(widget: QWidget) -> bool:
    """A field the person types into (not a read-only one the page fills)."""
    return isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly()


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


def set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)


def _focus_path(window: WizardWindow, focus: QWidget) -> tuple[Step | None, str] | None:
    for step, page in window.pages.items():
        if page.isAncestorOf(focus):
            return step, _path_in(page, page, focus)
    return _FRAME, _path_in(window, _frame(window), focus)


def _path_in(holder: QWidget, root: QWidget, widget: QWidget) -> str:
    """The attribute path of `widget` under `holder`, else "#n": its place in the focus chain
    of `root` (the same in the widgets made again, which are built by the same code)."""
    for path, candidate in attribute_widgets(holder).items():
        if candidate is widget:
            return path
    chain = _focus_chain(root)
    return f"#{chain.index(widget)}" if widget in chain else ""


def _frame(window: WizardWindow) -> QWidget:
    return window.centralWidget() or window


def _focus_chain(root: QWidget) -> list[QWidget]:
    from PySide6.QtCore import Qt  # the Qt namespace costs ~18 ms: not at start-up

    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(root)]


def _restore_focus(window: WizardWindow, carried: Carried) -> None:
    if carried.focus is None:
        return
    step, path = carried.focus
    if step is not _FRAME and step is not window.wizard.step:
        return  # the focus was on a page not shown (the window keeps its own choice)
    # The new frame is shown on the next turn of the event loop: visibility is judged
    # within it, and a hidden widget's setFocus() takes effect when it is shown.
    holder: QWidget = window if step is _FRAME else window.page
    root = _frame(window) if step is _FRAME else holder
    if path.startswith("#"):
        chain = _focus_chain(root)
        index = int(path[1:])
        target = chain[index] if index < len(chain) else None
    else:
        target = attribute_widgets(holder).get(path)
    if target is None or not target.isEnabled() or not target.isVisibleTo(root):
        return
    target.setFocus()
    if carried.cursor is not None and isinstance(target, QLineEdit):
        target.setCursorPosition(carried.cursor)
