"""Render every wizard page in a realistic state to PNG (`make screenshots`).

A real CA home and output folder in a temp folder, a real certificate, real publishing (bound to
127.0.0.1 only, shown as a typical home-network address) and a simulated iPhone whose requests
fill the device list and the test result. Nothing is sent anywhere but 127.0.0.1.

    python scripts/render_screenshots.py [--out docs/screenshots] [--scale 2] [--dark]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import ssl
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN_ADDRESS = "192.168.1.20"  # displayed only; the server listens on 127.0.0.1
PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
WINDOW_SIZE = (900, 680)
WAIT_S = 60.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 = 200%%)")
    parser.add_argument("--dark", action="store_true", help="dark palette (file names get -dark)")
    parser.add_argument("--size", default=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}",
                        help="window size, WIDTHxHEIGHT (default %(default)s)")
    return parser.parse_args(argv)


def prepare_environment(args: argparse.Namespace, work: Path) -> None:
    """Before Qt starts: offscreen, the scale, and every folder inside `work`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    os.environ["TRUSTANCHOR_HOME"] = str(work / "home")


def free_port(preferred: int) -> int:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
        except OSError:
            sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Phone:
    """Just enough of an iPhone: the page, the profile, the Test (over loopback)."""

    def __init__(self, http_port: int, https_port: int) -> None:
        self.http = f"http://127.0.0.1:{http_port}"
        self.https_port = https_port
        self.token = ""  # the page's identity: its requests carry it, as the page's script does

    def get(self, path: str) -> int:
        if self.token:
            path += ("&" if "?" in path else "?") + f"id={self.token}"
        # Always http://127.0.0.1 built above, never a scheme from outside.
        request = urllib.request.Request(self.http + path, headers={"User-Agent": PHONE_UA})  # noqa: S310
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=5) as response:
            body = response.read()
            found = re.search(rb'<meta name="trustanchor-id" content="([A-Za-z0-9_-]+)">', body)
            if found:
                self.token = found.group(1).decode()
            return int(response.status)

    def test(self, ca_pem: bytes | None) -> None:
        if ca_pem is None:
            self.get("/report?verdict=untrusted")
            return
        context = ssl.create_default_context(cadata=ca_pem.decode())
        with socket.create_connection(("127.0.0.1", self.https_port), timeout=5) as raw, \
                context.wrap_socket(raw, server_hostname="localhost") as tls:
            tls.sendall(f"GET /probe?id={self.token} HTTP/1.1\r\n".encode() +
                        b"Host: localhost\r\nUser-Agent: " +
                        PHONE_UA.encode() + b"\r\nConnection: close\r\n\r\n")
            assert tls.recv(64).startswith(b"HTTP/1.1 204")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    work = Path(tempfile.gettempdir()) / "trustanchor-demo"
    shutil.rmtree(work, ignore_errors=True)
    (work / "Documents").mkdir(parents=True)
    prepare_environment(args, work)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from trustanchor.core.flow.operations import PublishOptions
    from trustanchor.core.flow.state import Step
    from trustanchor.core.store.home import CAHome
    from trustanchor.gui.session import open_session
    from trustanchor.gui.window import WizardWindow

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look on every machine that renders the pictures
    if args.dark:
        app.setPalette(dark_palette(QPalette, QColor))

    def wait_until(check: Callable[[], bool], what: str) -> None:
        loop = QEventLoop()
        deadline = time.monotonic() + WAIT_S
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(lambda: (check() or time.monotonic() > deadline) and loop.quit())
        timer.start()
        if not check():
            loop.exec()
        timer.stop()
        if not check():
            raise SystemExit(f"render_screenshots: timed out waiting for {what}")

    home = CAHome(work / "home")
    options = PublishOptions(address=SHOWN_ADDRESS, bind="127.0.0.1", port=free_port(8080),
                             https_port=free_port(8443), mdns=False)
    session = open_session(home, options, hostname="nas", addresses=(SHOWN_ADDRESS,),
                           output_folder=work / "Documents" / "TrustAnchor")
    assert session.initial is not None
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = WizardWindow(session, session.initial, settings)
    width, height = (int(part) for part in args.size.lower().split("x", 1))
    window.resize(width, height)
    window.show()
    suffix = "-dark" if args.dark else ""
    shots: list[Path] = []

    def shot(name: str) -> None:
        wait_until(lambda: not window.page.busy and not window.controller.running, "a task")
        app.processEvents()  # let layouts settle before grabbing
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        shots.append(path)

    def next_and_wait(step: Step) -> None:
        window.next_button.click()
        wait_until(lambda: window.wizard.step is step or bool(window.page.error), str(step))
        if window.wizard.step is not step:
            raise SystemExit(f"render_screenshots: {window.page.error}")

    shot("01-welcome")
    next_and_wait(Step.CA)
    ca_page = window.pages[Step.CA]
    for edit in (ca_page.pass_edit, ca_page.confirm_edit):  # type: ignore[attr-defined]
        edit.setText("a long and happy passphrase")
    ca_page.limit_box.setChecked(True)  # type: ignore[attr-defined]
    shot("02-your-ca")
    ca_page.limit_box.setChecked(False)  # type: ignore[attr-defined]
    next_and_wait(Step.SERVER_CERT)
    window.pages[Step.SERVER_CERT].p12_box.setChecked(True)  # type: ignore[attr-defined]
    shot("03-server-certificate")
    next_and_wait(Step.SAVE)
    shot("04-save-and-configure")
    next_and_wait(Step.PUBLISH)
    wait_until(lambda: window.wizard.state.facts.publishing_url is not None, "publishing")
    publisher = session.publisher
    assert publisher is not None
    phone = Phone(publisher.http_port, publisher.https_port)
    phone.get("/")
    phone.get("/ca.mobileconfig")
    wait_until(lambda: len(window.wizard.state.facts.devices) == 1
               and "profile" in window.wizard.state.facts.devices[0].events, "the phone")
    shot("05-send-to-your-phone")
    next_and_wait(Step.INSTALL_PROFILE)
    # The pictures that carry the CA's name: the install sheet and the trust switch.
    show_picture(window.pages[Step.INSTALL_PROFILE].steps, "ios-install-profile")  # type: ignore[attr-defined]
    shot("06-install-the-profile")
    next_and_wait(Step.FULL_TRUST)
    show_picture(window.pages[Step.FULL_TRUST].steps, "ios-trust-switch")  # type: ignore[attr-defined]
    shot("07-enable-full-trust")
    next_and_wait(Step.VERIFY)
    # Servers to test on loopback only (nothing listens there: the desktop's check is refused
    # at once); the phone reports one reached and one not.
    servers = (f"https://localhost:{free_port(9443)}/", f"https://127.0.0.1:{free_port(9444)}/")
    verify = window.pages[Step.VERIFY]
    verify.server_list.setPlainText("\n".join(servers))  # type: ignore[attr-defined]
    verify.apply_button.click()  # type: ignore[attr-defined]
    wait_until(lambda: window.controller.view().tested_servers == servers
               and not window.controller.running, "publishing with the servers to test")
    phone.token = ""
    phone.get("/")  # the page again: it now lists the servers
    phone.test(None)
    wait_until(lambda: window.wizard.state.trust == "untrusted", "the failed test")
    shot("08-verify-not-yet")
    assert session.ca is not None
    phone.test(session.ca.cert_pem)
    wait_until(lambda: window.wizard.state.trust == "trusted", "the passed test")
    phone.get("/report?server=0&reached=1&ca=trusted")
    phone.get("/report?server=1&reached=0&ca=trusted")
    wait_until(lambda: len(verify.servers.rows) == 2, "the server tests")  # type: ignore[attr-defined]
    shot("09-verify-it-works")
    next_and_wait(Step.DONE)
    window.pages[Step.DONE].setFocus(Qt.FocusReason.OtherFocusReason)
    shot("10-done")
    session.shutdown()  # first: closing while publishing would ask whether to stop
    window.close()
    for path in shots:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def show_picture(steps: object, picture_id: str) -> None:
    """Press "Next picture" until `picture_id` shows (or the last picture)."""
    for _ in range(30):
        pictures = steps._pictures  # type: ignore[attr-defined]
        if not pictures or pictures[steps.index].id == picture_id:  # type: ignore[attr-defined]
            return
        if not steps.next_button.isEnabled():  # type: ignore[attr-defined]
            return
        steps.next_button.click()  # type: ignore[attr-defined]


def dark_palette(palette_type: type, color: type) -> object:
    """A plain dark palette, like a desktop in dark mode."""
    palette = palette_type()
    role = palette_type.ColorRole
    for name, value in (("Window", "#202124"), ("WindowText", "#e8eaed"), ("Base", "#2b2c2f"),
                        ("AlternateBase", "#303134"), ("Text", "#e8eaed"), ("Button", "#303134"),
                        ("ButtonText", "#e8eaed"), ("Highlight", "#8ab4f8"),
                        ("HighlightedText", "#202124"), ("ToolTipBase", "#303134"),
                        ("ToolTipText", "#e8eaed"), ("PlaceholderText", "#9aa0a6")):
        palette.setColor(getattr(role, name), color(value))
    palette.setColor(palette_type.ColorGroup.Disabled, role.Text, color("#7f8489"))
    palette.setColor(palette_type.ColorGroup.Disabled, role.ButtonText, color("#7f8489"))
    palette.setColor(palette_type.ColorGroup.Disabled, role.WindowText, color("#7f8489"))
    return palette


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
