"""The question asked before the window closes while publishing runs.

Closing stops publishing (it must not outlive the window), which cuts off a phone that is
part-way through: it opened the page but has not passed the test. So the person is asked first,
more urgently when such a phone exists, and may keep publishing (the default, and Escape).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from trustanchor.core.flow.state import SeenDevice, WizardState
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate

# The buttons' English words (tests find the buttons by them); shown through translate().
KEEP_TEXT = QT_TRANSLATE_NOOP("quitguard", "Keep publishing")
STOP_TEXT = QT_TRANSLATE_NOOP("quitguard", "Stop and quit")


def midway_devices(state: WizardState) -> tuple[SeenDevice, ...]:
    """Devices that opened the page but have not passed the test (yet), once per phone.

    Each page load is its own device (its token), so a phone that reloaded the page and then
    passed the test has an older row that never will: address and label say it is done."""
    devices = state.facts.devices
    passed = {(d.address, d.label) for d in devices if d.trust == "trusted"}
    midway: dict[tuple[str, str], SeenDevice] = {}
    for device in devices:
        key = (device.address, device.label)
        if device.events and device.trust != "trusted" and key not in passed:
            midway.setdefault(key, device)
    return tuple(midway.values())


def quit_question(parent: QWidget, state: WizardState) -> QMessageBox:
    """The question, not yet shown: Keep publishing (default, Escape) or Stop and quit."""
    midway = midway_devices(state)
    box = QMessageBox(parent)
    box.setWindowTitle(translate("quitguard", "Stop publishing?"))
    if midway:
        names = ", ".join(d.label for d in midway)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(translate("quitguard", "A device is part-way through: {names} opened the "
                                           "page but has not passed the test yet.")
                    .format(names=names))
        box.setInformativeText(translate("quitguard", "Quitting now stops publishing and cuts "
                                                      "it off: it cannot download the profile "
                                                      "or run the test any more."))
    else:
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(translate("quitguard",
                              "TrustAnchor is still publishing your CA on your network."))
        box.setInformativeText(translate("quitguard", "Quitting stops it: phones that have not "
                                                      "installed the CA yet can no longer get "
                                                      "it."))
    keep = box.addButton(translate("quitguard", KEEP_TEXT), QMessageBox.ButtonRole.RejectRole)
    stop = box.addButton(translate("quitguard", STOP_TEXT),
                         QMessageBox.ButtonRole.DestructiveRole)
    stop.setObjectName("stop-and-quit")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def confirm_quit(parent: QWidget, state: WizardState) -> bool:
    """Ask; True when the person chose to stop publishing and quit."""
    box = quit_question(parent, state)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "stop-and-quit"
