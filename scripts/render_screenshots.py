"""Render every wizard page in a realistic state to PNG (`make screenshots`).

A real CA home and output folder in a temp folder, a real certificate, real publishing (bound to
127.0.0.1 only, shown as a typical home-network address) and a simulated iPhone whose requests
fill the device list and the test result. Nothing is sent anywhere but 127.0.0.1.

    python scripts/render_screenshots.py [--out docs/screenshots] [--scale 2] [--dark]
        [--language CODE | --language all] [--check-clipping REPORT.json]

--language shows the wizard in one language: a catalogue of resources/i18n (`de`, `fr`, `es`,
`ja`, `zh_CN`, `pt_BR`; its .qm, else built from the .ts with pyside6-lrelease), or a pseudo
language that exercises layouts before translations exist (`pseudo-long`: 40% longer words with
accents; `pseudo-cjk`: CJK characters, no spaces; tests/gui/pseudolang.py). `all` renders
English into --out and every language that has a catalogue into --out/<language>/.
--check-clipping writes, for every page, each widget whose text does not fit
(tests/gui/cliphelpers.py), at the window's size and again at its minimum size, as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt loads only after the environment is set (prepare_environment)
    from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
SHOWN_ADDRESS = "192.168.1.20"  # displayed only; the server listens on 127.0.0.1
PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
WINDOW_SIZE = (900, 680)
WAIT_S = 60.0
ENGLISH = "en"
PSEUDO_LANGUAGES = ("pseudo-long", "pseudo-cjk")
CATALOGUES = ROOT / "resources" / "i18n"
TEST_TOOLS = ROOT / "tests" / "gui"  # the pseudo languages and the clipping finder
LANGUAGE_TIMEOUT_S = 600
LAYOUT_PASSES = 3


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 = 200%%)")
    parser.add_argument("--dark", action="store_true", help="dark palette (file names get -dark)")
    parser.add_argument("--size", default=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}",
                        help="window size, WIDTHxHEIGHT (default %(default)s)")
    parser.add_argument("--language", default=ENGLISH,
                        help="en (default), a catalogue's suffix (de, zh_CN, ...), "
                             "pseudo-long, pseudo-cjk, or all")
    parser.add_argument("--check-clipping", type=Path, metavar="REPORT.json",
                        help="write every page's text that does not fit to this file")
    args = parser.parse_args(argv)
    known = (ENGLISH, "all", *PSEUDO_LANGUAGES, *catalogue_languages())
    if args.language not in known:
        parser.error(f"no catalogue for --language {args.language!r}; "
                     f"choose one of {', '.join(known)}")
    return args


def catalogue_languages() -> list[str]:
    """The languages with a catalogue in resources/i18n (.ts source or built .qm)."""
    found = {path.stem.removeprefix("trustanchor_")
             for pattern in ("trustanchor_*.ts", "trustanchor_*.qm")
             for path in CATALOGUES.glob(pattern)}
    return sorted(found)


def compiled_catalogue(language: str, work: Path) -> Path:
    """The language's .qm: built from its .ts into `work` when there is one, else the .qm."""
    source = CATALOGUES / f"trustanchor_{language}.ts"
    if not source.exists():
        return CATALOGUES / f"trustanchor_{language}.qm"
    target = work / f"trustanchor_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    subprocess.run([command, "-silent", str(source), "-qm", str(target)], check=True,
                   timeout=120)
    return target


def install_language(language: str, work: Path) -> list[object]:
    """Put `language` in place on the running application as the wizard does
    (gui/i18n.py `install_language`: our catalogue, Qt's own, the default locale), or a pseudo
    language. Returns the pseudo translator, which must stay alive."""
    if language == ENGLISH:
        return []
    if language in PSEUDO_LANGUAGES:
        sys.path.insert(0, str(TEST_TOOLS))
        from pseudolang import install_pseudo_language

        return [install_pseudo_language(language)]
    from PySide6.QtCore import QCoreApplication

    from trustanchor.gui.i18n import LANGUAGES
    from trustanchor.gui.i18n import install_language as install

    code = next(lang.code for lang in LANGUAGES if lang.suffix == language)
    app = QCoreApplication.instance()
    assert app is not None
    if not install(app, code, folder=compiled_catalogue(language, work).parent):
        raise SystemExit(f"render_screenshots: cannot load the {language} catalogue")
    return []


def render_all(args: argparse.Namespace) -> int:
    """English into --out, then each catalogue's language into --out/<language>/, each in its
    own process (a language is chosen before the application starts)."""
    script = str(Path(__file__).resolve())
    common = ["--scale", f"{args.scale:g}", "--size", args.size, *(["--dark"] if args.dark else [])]
    for language in (ENGLISH, *catalogue_languages()):
        out = args.out if language == ENGLISH else args.out / language
        command = [sys.executable, script, "--out", str(out), "--language", language, *common]
        if subprocess.run(command, timeout=LANGUAGE_TIMEOUT_S).returncode != 0:
            return 1
    return 0


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

    def __init__(self, http_port: int, https_port: int, language: str = "") -> None:
        self.http = f"http://127.0.0.1:{http_port}"
        # The phone speaks the wizard's language, so the pictures beside the steps follow it.
        self.headers = {"User-Agent": PHONE_UA}
        if language and language != ENGLISH and language not in PSEUDO_LANGUAGES:
            self.headers["Accept-Language"] = language.replace("_", "-")
        self.https_port = https_port
        self.token = ""  # the page's identity: its requests carry it, as the page's script does

    def get(self, path: str) -> int:
        if self.token:
            path += ("&" if "?" in path else "?") + f"id={self.token}"
        # Always http://127.0.0.1 built above, never a scheme from outside.
        request = urllib.request.Request(self.http + path, headers=self.headers)  # noqa: S310
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
    if args.language == "all":
        return render_all(args)
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
    translators = install_language(args.language, work)
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
    clippings: dict[str, list[dict[str, object]]] = {}

    def shot(name: str) -> None:
        wait_until(lambda: not window.page.busy and not window.controller.running, "a task")
        app.processEvents()  # let layouts settle before grabbing
        if args.check_clipping is not None:
            clippings.update(check_clipping(app, window, name, (width, height)))
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
    phone = Phone(publisher.http_port, publisher.https_port, args.language)
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
    del translators
    if args.check_clipping is not None:
        args.check_clipping.write_text(json.dumps(clippings, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
    for path in shots:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def check_clipping(app: QApplication, window: QWidget,
                   name: str, size: tuple[int, int]) -> dict[str, list[dict[str, object]]]:
    """Text that does not fit on the shown page at `size` and at the window's minimum size,
    keyed "<page>@default" and "<page>@minimum"; the window is left at `size` again."""
    import dataclasses

    from PySide6.QtCore import QSize

    sys.path.insert(0, str(TEST_TOOLS))
    from cliphelpers import find_clipping

    found: dict[str, list[dict[str, object]]] = {}
    wanted = QSize(*size)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    for label, target in (("default", wanted), ("minimum", minimum)):
        window.resize(target)
        for _ in range(LAYOUT_PASSES):  # a new size can change heights, and heights widths
            app.processEvents()
        clippings = find_clipping(window, name, target, sideways=label == "default")
        found[f"{name}@{label}"] = [dataclasses.asdict(clipping) for clipping in clippings]
    window.resize(wanted)
    for _ in range(LAYOUT_PASSES):
        app.processEvents()
    return found


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
