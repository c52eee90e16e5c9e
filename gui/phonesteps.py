"""The phone-screen pictures (core/pictures/illustrations.py) one at a time, for the device and
iOS version.

Used by the "Install the profile" and "Enable full trust" pages. The pictures carry the user's
own CA name; iPhone, iPad and Android get pictures, desktops get short written steps. The
pictures, their titles and captions are in the language gui/picturelanguage.py chooses (by
default the phone's), since they quote the labels the phone shows; everything else here is in
the wizard's language.
"""

from __future__ import annotations

import logging
from typing import Literal

from PySide6.QtCore import QByteArray, QRectF, QSize, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.pictures.illustrations import Illustration, list_illustrations, render_svg
from trustanchor.core.pki.profile import display_name
from trustanchor.core.publish.devices import Device, android_variant
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.picturelanguage import PictureLanguage
from trustanchor.gui.theme import is_dark, scaled_font

log = logging.getLogger(__name__)

Part = Literal["install", "trust"]

PLATFORMS = (("iphone", "iPhone"), ("ipad", "iPad"), ("android", "Android"), ("mac", "Mac"),
             ("windows", "Windows"), ("linux", "Linux"))
# iOS versions whose menus differ (docs/platform-facts.md, "iOS menu paths"); "" is the newest
# (its entry says so in the wizard's language).
IOS_VERSIONS = (("", "iOS 26"), ("18", "iOS 18"), ("17", "iOS 17"), ("16", "iOS 16"),
                ("15", "iOS 15"), ("14", "iOS 14"), ("13", "iOS 13"), ("12.2", "iOS 12.2 – 12.5"),
                ("12.1", "iOS 12.0 – 12.1"), ("11", "iOS 10.3 – 11"))
# Written steps: for desktops (docs/platform-facts.md, "Desktops"), and for phones when the
# pictures cannot be drawn (docs/platform-facts.md, "iOS menu paths" and "Android"). Each is
# translated where shown; iOS and Android labels in them are the phone's own in each language
# where resources/illustrations/labels-<lang>.json confirms them, else English.
_IOS_STEPS: dict[Part, tuple[str, ...]] = {
    "install": (
        QT_TRANSLATE_NOOP("phonesteps", "Open the page in Safari and tap “Download profile”, "
                                        "then Allow."),
        QT_TRANSLATE_NOOP("phonesteps", "Open Settings > General > VPN & Device Management, "
                                        "tap “{profile}” and Install; type your passcode when "
                                        "asked.")),
    "trust": (
        QT_TRANSLATE_NOOP("phonesteps", "Open Settings > General > About > Certificate Trust "
                                        "Settings."),
        QT_TRANSLATE_NOOP("phonesteps", "Switch on “{ca}” and confirm with Continue.")),
}
WRITTEN_STEPS: dict[str, dict[Part, tuple[str, ...]]] = {
    "iphone": _IOS_STEPS,
    "ipad": _IOS_STEPS,
    "android": {
        "install": (
            QT_TRANSLATE_NOOP("phonesteps", "Open the page in Chrome and download the "
                                            "certificate."),
            QT_TRANSLATE_NOOP("phonesteps", "Search Settings for “CA certificate” (Android 14 "
                                            "and later: Settings > Security & privacy > More "
                                            "security & privacy > Encryption & credentials > "
                                            "Install a certificate > CA certificate)."),
            QT_TRANSLATE_NOOP("phonesteps", "Tap Install anyway, confirm with your screen lock, "
                                            "then pick the file.")),
        "trust": (),
    },
    "mac": {
        "install": (
            QT_TRANSLATE_NOOP("phonesteps", "Open the page's link in Safari on the Mac and "
                                            "download the profile."),
            QT_TRANSLATE_NOOP("phonesteps", "Open System Settings > Privacy & Security > "
                                            "Profiles (on older macOS: System Preferences > "
                                            "Profiles), double-click “{profile}” and choose "
                                            "Install."),
            QT_TRANSLATE_NOOP("phonesteps", "Type your Mac's password when asked.")),
        "trust": (
            QT_TRANSLATE_NOOP("phonesteps", "If Safari still warns: open Keychain Access, find "
                                            "“{ca}” under System, double-click it, open Trust "
                                            "and set “When using this certificate” to Always "
                                            "Trust."),
            QT_TRANSLATE_NOOP("phonesteps", "Or in Terminal: {mac_command}")),
    },
    "windows": {
        "install": (
            QT_TRANSLATE_NOOP("phonesteps", "Download the certificate (ca.crt) from the page and "
                                            "open it."),
            QT_TRANSLATE_NOOP("phonesteps", "Choose Install Certificate…, then Local Machine, "
                                            "then “Place all certificates in the following "
                                            "store”: Trusted Root Certification Authorities."),
            QT_TRANSLATE_NOOP("phonesteps", "Or in an administrator terminal: {windows_command}")),
        "trust": (
            QT_TRANSLATE_NOOP("phonesteps", "Windows trusts the CA as soon as it is in Trusted "
                                            "Root Certification Authorities. Firefox keeps its "
                                            "own list: Settings > Privacy & Security > "
                                            "Certificates > View Certificates > Authorities > "
                                            "Import."),),
    },
    "linux": {
        "install": (
            QT_TRANSLATE_NOOP("phonesteps", "Download the certificate (ca.crt) from the page."),
            QT_TRANSLATE_NOOP("phonesteps", "Debian or Ubuntu: {debian_command}"),
            QT_TRANSLATE_NOOP("phonesteps", "Fedora: {fedora_command}. Arch: {arch_command}")),
        "trust": (
            QT_TRANSLATE_NOOP("phonesteps", "Firefox and Chrome keep their own list: in Firefox, "
                                            "Settings > Privacy & Security > Certificates > View "
                                            "Certificates > Authorities > Import."),),
    },
}
# The command lines in the written steps: never translated, filled in after translation.
COMMANDS = {
    "mac_command": "sudo security add-trusted-cert -d -r trustRoot -k "
                   "/Library/Keychains/System.keychain ca.crt",
    "windows_command": "certutil -addstore root ca.crt",
    "debian_command": "sudo cp ca.crt /usr/local/share/ca-certificates/{stem}.crt && sudo "
                      "update-ca-certificates",
    "fedora_command": "sudo cp ca.crt /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust",
    "arch_command": "sudo trust anchor ca.crt",
}


def pictures_for(part: Part, platform: str, ios_version: str | None,
                 language: str = "en") -> list[Illustration]:
    """The pictures of one part for a device, titled in ``language``: the trust switch is its
    own part on iOS."""
    if platform in ("iphone", "ipad"):
        pictures = list_illustrations(ios_version or None, "ios", language=language)
        # The pictures come in step order; installing ends with "Profile installed".
        end = next((i + 1 for i, p in enumerate(pictures) if "installed" in p.id),
                   len(pictures))
        return pictures[:end] if part == "install" else pictures[end:]
    if platform == "android" and part == "install":
        # The wizard knows the Android version the phone reported, not its maker.
        variant = android_variant(Device("android", ios_version or None, None))
        return list_illustrations(None, "android", variant, language=language)
    return []


class SvgView(QWidget):
    """An SVG drawn at the widget's size, keeping its aspect ratio (crisp at any scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self.svg = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 260)

    def load(self, svg: str) -> None:
        self.svg = svg
        self._renderer.load(QByteArray(svg.encode()))
        self.update()

    @property
    def valid(self) -> bool:
        return self._renderer.isValid()

    def sizeHint(self) -> QSize:
        return QSize(250, 440)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._renderer.isValid():
            return
        view = self._renderer.viewBoxF()
        ratio = view.width() / view.height() if view.height() else 1.0
        width = min(float(self.width()), self.height() * ratio)
        height = width / ratio
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, target)
        painter.end()


class PhoneSteps(QWidget):
    """Device and version choosers, one picture with its caption, Previous/Next inside."""

    platform_chosen = Signal(str)
    version_chosen = Signal(str)

    def __init__(self, part: Part, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.index = 0
        self._pictures: list[Illustration] = []
        self._key: tuple[str, str | None, str, str] | None = None
        self._ca_name = ""
        self._seen_version: str | None = None
        # The phone on the left at the height available, its words on the right.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = SvgView()
        self.picture.setAccessibleName(translate("phonesteps", "Picture of the phone screen"))
        layout.addWidget(self.picture, 3)
        side = QVBoxLayout()
        side.addLayout(self._build_choosers())
        self.picture_language = PictureLanguage()
        self.picture_language.changed.connect(self._on_picture_language_changed)
        side.addWidget(self.picture_language)
        side.addSpacing(12)
        self.step_title = QLabel()
        self.step_title.setFont(scaled_font(self.step_title, 1.3, bold=True))
        self.step_title.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setFont(scaled_font(self.caption, 1.15))
        side.addWidget(self.step_title)
        side.addWidget(self.caption)
        side.addStretch(1)
        side.addLayout(self._build_inner_nav())
        layout.addLayout(side, 4)

    def _build_choosers(self) -> QFormLayout:
        form = QFormLayout()
        self.platform_combo = QComboBox()
        for value, text in PLATFORMS:
            self.platform_combo.addItem(text, value)
        self.platform_combo.setAccessibleName(translate("phonesteps", "Your device"))
        self.platform_combo.activated.connect(self._on_platform_combo_activated)
        form.addRow(translate("phonesteps", "Your &device:"), self.platform_combo)
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(translate("phonesteps", "iOS version"))
        self.version_combo.activated.connect(self._on_version_combo_activated)
        self.version_label = QLabel(translate("phonesteps", "&iOS version:"))
        self.version_label.setBuddy(self.version_combo)
        form.addRow(self.version_label, self.version_combo)
        return form

    def _build_inner_nav(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.position = QLabel()
        self.position.setAccessibleName(translate("phonesteps", "Picture number"))
        row = QHBoxLayout()
        self.prev_button = QPushButton(translate("phonesteps", "◀ &Previous picture"))
        self.prev_button.setAccessibleName(translate("phonesteps", "Previous picture"))
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.next_button = QPushButton(translate("phonesteps", "Next &picture ▶"))
        self.next_button.setAccessibleName(translate("phonesteps", "Next picture"))
        self.next_button.clicked.connect(self._on_next_button_clicked)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        column.addWidget(self.position)
        column.addLayout(row)
        return column

    def show_for(self, platform: str, os_version: str | None, seen_version: str | None,
                 ca_name: str) -> None:
        """Show the pictures for this device; stays on the same picture if nothing changed."""
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(platform)))
        self._seen_version = seen_version
        self._fill_versions(os_version, seen_version)
        is_ios = platform in ("iphone", "ipad")
        self.version_combo.setVisible(is_ios)
        self.version_label.setVisible(is_ios)
        self.picture_language.setVisible(platform in ("iphone", "ipad", "android"))
        language = self.picture_language.language
        key = (platform, os_version, ca_name, language)
        if key != self._key:
            same_set = self._key is not None and self._key[:3] == key[:3]
            self._key, self._ca_name = key, ca_name
            try:
                self._pictures = pictures_for(self.part, platform, os_version, language)
            except (OSError, ValueError, KeyError) as exc:  # missing or damaged resources
                log.error("illustrations unavailable: %s", exc)
                self._pictures = []
            if not same_set:  # another language keeps the picture the person is looking at
                self.index = 0
            self.index = min(self.index, max(0, len(self._pictures) - 1))
        self._show_current()

    def _fill_versions(self, chosen: str | None, seen: str | None) -> None:
        items = list(IOS_VERSIONS)
        if seen and all(value != seen for value, _ in items):
            items.insert(0, (seen, translate("phonesteps", "iOS {version} (your phone)")
                             .format(version=seen)))
        self.version_combo.clear()
        for value, text in items:
            if not value:  # the newest
                text = translate("phonesteps", "{version} (newest)").format(version=text)
            self.version_combo.addItem(text, value)
        self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(chosen or "")))

    def _show_current(self) -> None:
        platform, version, _, language = self._key or ("iphone", None, "", "en")
        if not self._pictures:
            self._show_text_steps(platform)
            return
        pic = self._pictures[self.index]
        device = "iPad" if platform == "ipad" else "iPhone"
        self.picture.show()
        self.picture.load(render_svg(pic.id, ca_name=self._ca_name, device_name=device,
                                     theme="dark" if is_dark(self) else "light",
                                     ios_version=version or None, language=language))
        self.step_title.setText(pic.title)
        caption = pic.caption_for(ca_name=self._ca_name, device_name=device)
        self.caption.setText(caption)
        self.picture.setAccessibleName(translate("phonesteps", "Phone screen: {title}. {caption}")
                                       .format(title=pic.title, caption=caption))
        count = len(self._pictures)
        self.position.setText(translate("phonesteps", "Picture {number} of {count}")
                              .format(number=self.index + 1, count=count))
        for widget in (self.prev_button, self.next_button, self.position):
            widget.setVisible(count > 1)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)

    def _show_text_steps(self, platform: str) -> None:
        steps = WRITTEN_STEPS.get(platform, {}).get(self.part, ())
        stem = "".join(ch if ch.isalnum() else "-" for ch in self._ca_name.lower()) or "ca"
        profile = display_name(self._ca_name)
        names = {key: command.format(stem=stem) for key, command in COMMANDS.items()}
        lines = [f"{n}. " + translate("phonesteps", text).format(ca=self._ca_name,
                                                                 profile=profile, **names)
                 for n, text in enumerate(steps, 1)]
        self.picture.hide()
        self.step_title.setText(translate("phonesteps", "Steps on this device"))
        self.caption.setText("\n\n".join(lines)
                             or translate("phonesteps", "Nothing to do on this device."))
        for widget in (self.prev_button, self.next_button, self.position):
            widget.hide()

    @Slot(str)
    def set_phone_language(self, code: str) -> None:
        """The language the latest phone's page was served in (gui/bridge.py)."""
        self.picture_language.set_phone_language(code)

    @Slot()
    def _on_picture_language_changed(self) -> None:
        if self._key is not None:
            platform, version, ca_name, _ = self._key
            self.show_for(platform, version, self._seen_version, ca_name)

    @Slot()
    def _on_prev_button_clicked(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_current()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.index < len(self._pictures) - 1:
            self.index += 1
            self._show_current()

    @Slot(int)
    def _on_platform_combo_activated(self, index: int) -> None:
        self.platform_chosen.emit(self.platform_combo.itemData(index))

    @Slot(int)
    def _on_version_combo_activated(self, index: int) -> None:
        self.version_chosen.emit(self.version_combo.itemData(index))
