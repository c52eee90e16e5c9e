"""Every dialog the wizard opens, in one language, checked for text that does not fit.

Run in a process of its own per language and scale (a scale is chosen before Qt starts),
on a laptop-sized offscreen screen:

    python -m tests.gui.dialog_shots --language de --scale 2 --work /tmp/x --report x.json

Each dialog is opened as a person meets it, with real core objects in `--work`: the "Trust it
on this computer" dialog after reading stores in temporary folders (an NSS database certutil
made, a Debian system-store tree) and after really adding the CA to the NSS one; the "Renew
automatically" dialog asking for the passphrase, after a real setup and a status check of a
server that does not answer (127.0.0.1), and refusing a root that may not delegate; the
question before quitting, with and without a phone part-way through; Help > Keyboard shortcuts
and Help > About. Each is checked at its default size (or at `--size`, to prove the check
reports a dialog too small) by tests/gui/cliphelpers.py and saved as `<dialog>.png` in `--work`.
The report is JSON: {dialog: [clipping, ...]}.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    Visit = Callable[[str, QWidget], None]

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "i18n"
CALL_TIMEOUT_S = 60.0  # certutil, update-ca-certificates, key generation, a TLS handshake
LAYOUT_PASSES = 5  # a new width can change heights, and heights widths
PASSPHRASE = b"correct horse battery"
PHONE = {"address": "192.168.1.30", "platform": "iphone", "os_version": "17.5",
         "label": "iPhone (iOS 17.5, Safari)"}
SCREEN = (1280, 800)  # points: a small laptop's screen
DIALOGS = ("trust", "trust-working", "acme-locked", "acme-status", "acme-refused",
           "quit-midway", "quit-publishing", "shortcuts", "about")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en",
                        help="en, a catalogue's suffix (de, zh_CN, ...), pseudo-long, pseudo-cjk")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    parser.add_argument("--work", type=Path, required=True, help="temp folder: CA, stores, PNGs")
    parser.add_argument("--report", type=Path, required=True, help="JSON report to write")
    parser.add_argument("--size", default="", help="WxH: force every dialog to this size")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = offscreen_screen(args.work, args.scale)
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    os.environ["HOME"] = str(args.work / "home")  # nothing reaches the real home
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    translators = speak(app, args.language)  # kept alive while the dialogs show
    forced = tuple(int(n) for n in args.size.split("x")) if args.size else None
    found: dict[str, list[dict[str, object]]] = {}

    def visit(name: str, dialog: QWidget) -> None:
        found[name] = check(dialog, name, args.work, forced)

    open_dialogs(args.work, visit)
    del translators
    args.report.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def offscreen_screen(work: Path, scale: float) -> str:
    """The offscreen platform with a laptop's screen at every scale. Its own screen is 800
    pixels square, 400 points at 200%, and a message box keeps within the screen's width."""
    config = work / "screen.json"
    width, height = (round(points * scale) for points in SCREEN)
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def speak(app: QApplication, language: str) -> list[object]:
    """Install `language`: a pseudo language, or the wizard's own catalogue (built .qm)."""
    from trustanchor.gui.i18n import LANGUAGES, install_language

    if language.startswith("pseudo-"):
        from tests.gui.pseudolang import install_pseudo_language

        return [install_pseudo_language(language)]
    if language != "en":
        code = next(lang.code for lang in LANGUAGES if lang.suffix == language)
        if not install_language(app, code):
            raise SystemExit(f"dialog_shots: no catalogue for {language}: build it first")
    return []


def wait_until(done: Callable[[], bool], what: str) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + CALL_TIMEOUT_S
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"dialog_shots: timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(LAYOUT_PASSES):
        QApplication.processEvents()
        time.sleep(0.005)


def check(dialog: QWidget, name: str, work: Path,
          forced: tuple[int, ...] | None) -> list[dict[str, object]]:
    from PySide6.QtCore import QSize

    from tests.gui.cliphelpers import find_clipping

    if forced is not None:
        dialog.setFixedSize(QSize(*forced))
    settle()
    if forced is not None:  # a message box puts back its own size on a layout pass: again
        dialog.setFixedSize(QSize(*forced))
    found = find_clipping(dialog, name)
    assert dialog.grab().save(str(work / f"{name}.png"))
    return [dataclasses.asdict(clipping) for clipping in found]


# ------------------------------------------------------------------------------- the dialogs


def open_dialogs(work: Path, visit: Visit) -> None:
    """Open each dialog in the order of DIALOGS and `visit` it while it shows."""
    trust_dialogs(work, visit)
    acme_dialogs(work, visit)
    quit_questions(visit)
    help_boxes(visit)


def trust_dialogs(work: Path, visit: Visit) -> None:
    from tests.core.certhelpers import cached_ca
    from tests.core.trusthelpers import debian_root
    from trustanchor.core.flow import operations, trust_ops
    from trustanchor.core.store.home import CAHome
    from trustanchor.core.trust import nss
    from trustanchor.gui.trust_dialog import TrustDialog, working_text

    user = work / "user"
    user.mkdir(parents=True)
    nss.ensure_chromium_database(user)
    other = cached_ca(name="Some Other CA")
    root = debian_root(work, other)
    (root / "etc/ssl/certs/ca-certificates.crt").write_bytes(other.cert_pem)
    stores = trust_ops.StoreOverrides(system_root=root, user_home=user, platform="linux",
                                      java_keystore=work / "no-such-cacerts")
    home = CAHome(work / "trust-home")
    ca = operations.create_ca(home, "Home Lab CA", passphrase=None).ca
    dialog = TrustDialog(home, ca, stores)
    dialog.show()
    wait_until(lambda: not dialog.busy, "the trust stores")
    dialog.panel.install_default.click()  # the browsers' NSS store in the temporary home
    wait_until(lambda: not dialog.busy, "adding the CA")
    assert dialog.message.text(), "the change said nothing"
    visit("trust", dialog)
    dialog.message.setText("")
    dialog.progress.setText(working_text(remove=True, admin=True))  # the longest it says
    visit("trust-working", dialog)
    dialog.close()


def acme_dialogs(work: Path, visit: Visit) -> None:
    from tests.core.certhelpers import pathlen0_root
    from trustanchor.core.flow import operations
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome
    from trustanchor.gui.acme_dialog import AcmeDialog

    home = CAHome(work / "acme-home")
    operations.create_ca(home, "Home Lab CA", passphrase=PASSPHRASE)
    dialog = AcmeDialog(home, None, ("acme.home.arpa", "192.168.1.20"), work / "acme")
    dialog.show()
    wait_until(lambda: not dialog.busy, "reading the CA")
    assert dialog.passphrase.isVisible()
    visit("acme-locked", dialog)
    dialog.passphrase.setText(PASSPHRASE.decode())
    dialog.port.setValue(free_port())  # nothing listens there: the status warns
    dialog.lifetime.setValue(8)  # within the 30 days of warning
    dialog.setup_button.click()
    wait_until(lambda: not dialog.busy, "the setup")
    assert dialog.setup_result is not None, dialog.message.text()
    dialog.status_button.click()
    wait_until(lambda: not dialog.busy, "the status")
    assert dialog.status is not None and not dialog.status.up
    visit("acme-status", dialog)
    dialog.close()

    cert, key = pathlen0_root()
    old = CAHome(work / "old-home")
    operations.store_ca(old, CertificateAuthority(cert, key), passphrase=None)
    refused = AcmeDialog(old, None, ("acme.home.arpa",), work / "acme-refused")
    refused.show()
    wait_until(lambda: not refused.busy, "reading the old CA")
    assert refused.refusal.isVisible()
    visit("acme-refused", refused)
    refused.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def quit_questions(visit: Visit) -> None:
    from PySide6.QtWidgets import QMainWindow

    from trustanchor.core.flow.wizard import start
    from trustanchor.gui.quitguard import quit_question

    window = QMainWindow()
    window.resize(900, 680)
    window.show()
    wizard = start(ca_in_home=True, hostname="nas", addresses=("192.168.1.20",),
                   output_folder=str(Path.home() / "certs"))
    midway = wizard.record_event("page", **PHONE, device_id="a" * 22)
    for name, state in (("quit-midway", midway.state), ("quit-publishing", wizard.state)):
        box = quit_question(window, state)
        box.open()
        visit(name, box)
        box.done(0)
    window.close()


def help_boxes(visit: Visit) -> None:
    """Help > Keyboard shortcuts and Help > About: Qt's static boxes, which run their own
    event loop until closed; each is found on a timer while it shows, visited, then closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from trustanchor.gui.menus import WindowMenus

    window = QMainWindow()
    window.resize(900, 680)
    menus = WindowMenus(window, None, lambda: None)
    window.show()
    for name, action in (("shortcuts", menus.shortcuts_action), ("about", menus.about_action)):
        visited: list[str] = []
        end = time.monotonic() + CALL_TIMEOUT_S

        def poll(name: str = name, visited: list[str] = visited, end: float = end) -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.isVisible():
                visit(name, box)
                visited.append(name)
                box.done(0)
            elif time.monotonic() < end:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        action.trigger()  # returns when poll() closed the box
        assert visited == [name], f"{name}: the box never showed"
    window.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
