"""The phone page in a real browser: headless Chromium against the real publisher on 127.0.0.1.

Chromium is driven over its DevTools pipe (`--remote-debugging-pipe`: JSON messages ending in
NUL on file descriptors 3 and 4), which lets a test emulate what flags cannot: an iPad's touch
points, dark mode, a phone's viewport. Skips when /usr/bin/chromium (or `chromium`) is missing.

`python tests/e2e/test_phone_page_chromium.py --screenshots docs` writes docs/phone-page.png and
docs/phone-page-dark.png (an iPhone viewport, light and dark).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import queue
import select
import shutil
import signal
import ssl
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.publish.publisher import Publisher
from trustanchor.core.publish.server import PublishEvent

if sys.platform == "linux":
    import fcntl  # the DevTools pipe is placed on descriptors 3 and 4 by a shell
else:
    # The browser is started through /bin/bash with inherited descriptors and killed by process
    # group (killpg, SIGKILL): POSIX only, and the expected screenshots come from Debian's Chromium.
    pytestmark = pytest.mark.skip(
        reason="needs Linux and Debian's Chromium (DevTools pipe on descriptors 3 and 4)")

IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
IPHONE_CHROME = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                 "(KHTML, like Gecko) CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1")


def ipad_as_mac(safari: str) -> str:
    return ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
            f"Gecko) Version/{safari} Safari/605.1.15")


CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--remote-debugging-pipe",
)
CALL_TIMEOUT_S = 20.0
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}


def chromium_path() -> str | None:
    """Chromium to drive, or None; always None off Linux (see NO_CHROMIUM)."""
    if sys.platform != "linux":
        return None
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which(
        "google-chrome")


def _high_fd(fd: int) -> int:
    """Move a descriptor above 9 so the shell can place it on 3 or 4 without a clash."""
    new = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return new


class Browser:
    """One headless Chromium with one page, driven over the DevTools pipe."""

    def __init__(self, *extra_flags: str) -> None:
        binary = chromium_path()
        assert binary is not None
        self._profile = tempfile.TemporaryDirectory(prefix="ta-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        to_chrome_r, from_chrome_w = _high_fd(to_chrome_r), _high_fd(from_chrome_w)
        # Chromium reads commands on fd 3 and writes replies on fd 4.
        script = (f'exec "$@" 3<&{to_chrome_r} 4>&{from_chrome_w} '
                  f"{to_chrome_r}<&- {from_chrome_w}>&-")
        self.proc = subprocess.Popen(
            ["/bin/bash", "-c", script, "chromium", binary, *CHROMIUM_FLAGS,
             f"--user-data-dir={self._profile.name}", *extra_flags, "about:blank"],
            pass_fds=(to_chrome_r, from_chrome_w), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self.session = ""
        try:
            targets = self.call("Target.getTargets")["targetInfos"]
            page = next(t for t in targets if t["type"] == "page")
            self.session = self.call("Target.attachToTarget",
                                     {"targetId": page["targetId"], "flatten": True})["sessionId"]
            self.call("Page.enable", session=True)
        except BaseException:
            self.close()
            raise

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_chrome], [], [], min(left, 0.5))
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed its DevTools pipe")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def wait_for(self, test: Callable[[dict[str, Any]], bool],
                 timeout: float = CALL_TIMEOUT_S) -> dict[str, Any]:
        for message in self._events:
            if test(message):
                self._events.remove(message)
                return message
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if test(message):
                return message
            self._events.append(message)

    def call(self, method: str, params: dict[str, Any] | None = None, *,
             session: bool = False) -> dict[str, Any]:
        self._next_id += 1
        ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        reply = self.wait_for(lambda m: m.get("id") == ident)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply["result"]
        return result

    def emulate(self, user_agent: str, *, touch_points: int = 0, dark: bool = False) -> None:
        self.call("Emulation.setUserAgentOverride", {"userAgent": user_agent}, session=True)
        self.call("Emulation.setTouchEmulationEnabled",
                  {"enabled": touch_points > 0, "maxTouchPoints": max(touch_points, 1)},
                  session=True)
        self.call("Emulation.setDeviceMetricsOverride", PHONE, session=True)
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        scheme = "dark" if dark else "light"
        self.call("Emulation.setEmulatedMedia",
                  {"features": [{"name": "prefers-color-scheme", "value": scheme}]}, session=True)

    def open(self, url: str) -> None:
        self._events = [m for m in self._events if m.get("method") != "Page.loadEventFired"]
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for(lambda m: m.get("method") == "Page.loadEventFired")

    def js(self, expression: str, *, await_promise: bool = False) -> Any:
        reply = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": await_promise}, session=True)
        if "exceptionDetails" in reply:
            raise AssertionError(f"script failed: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_js(self, expression: str, timeout: float = 15.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"still false after {timeout} s: {expression}")

    def screenshot(self) -> bytes:
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        return base64.b64decode(data)

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                os.write(self._to_chrome, json.dumps(
                    {"id": 0, "method": "Browser.close"}).encode() + b"\0")
                self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)
        finally:
            for fd in (self._to_chrome, self._from_chrome):
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._profile.cleanup()


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def spki_hash(pem: str) -> str:
    """What --ignore-certificate-errors-spki-list wants: base64 SHA-256 of the key's SPKI."""
    key = x509.load_pem_x509_certificate(pem.encode()).public_key()
    der = key.public_bytes(serialization.Encoding.DER,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


# ---------------------------------------------------------------- fixtures

NO_CHROMIUM = ("Chromium is not installed (apt-get install chromium)" if sys.platform == "linux"
               else "needs Linux and Debian's Chromium (DevTools pipe on descriptors 3 and 4)")
needs_chromium = pytest.mark.skipif(chromium_path() is None, reason=NO_CHROMIUM)


@pytest.fixture(scope="module")
def publisher(ca: CertificateAuthority) -> Iterator[tuple[Publisher, queue.Queue[PublishEvent]]]:
    events: queue.Queue[PublishEvent] = queue.Queue()
    pub = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False, on_event=events.put)
    pub.start()
    try:
        yield pub, events
    finally:
        pub.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if chromium_path() is None:
        pytest.skip(NO_CHROMIUM)
    instance = Browser()
    try:
        yield instance
    finally:
        instance.close()


def drain(events: queue.Queue[PublishEvent]) -> list[PublishEvent]:
    out = []
    while not events.empty():
        out.append(events.get_nowait())
    return out


def kinds_until(events: queue.Queue[PublishEvent], kind: str, timeout: float = 10.0
                ) -> list[PublishEvent]:
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            event = events.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(event)
        if event.kind == kind:
            return seen
    raise AssertionError(f"no {kind} event; saw {[e.kind for e in seen]}")


STATE_JS = """(() => {
  const visible = (el) => !!el && !el.closest('[hidden]') && el.getClientRects().length > 0;
  const primary = [...document.querySelectorAll('#ta-primary > details')];
  const iosList = [...document.querySelectorAll('#ta-p-ios ol')].find(visible);
  return {
    platform: document.documentElement.dataset.platform,
    ios: document.documentElement.dataset.ios,
    primary: primary.map((d) => d.dataset.key),
    primaryOpen: primary.map((d) => d.open),
    iosSteps: iosList ? iosList.dataset.ios : null,
    safariNotice: visible(document.getElementById('ta-safari')),
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    caName: document.getElementById('ta-ca-name').textContent,
    downloadHeight: document.querySelector('#ta-primary .download .button')
      ?.getBoundingClientRect().height,
    testHeight: document.getElementById('ta-test').getBoundingClientRect().height,
    overflowX: document.documentElement.scrollWidth > window.innerWidth,
  };
})()"""


def page_state(browser: Browser) -> dict[str, Any]:
    state: dict[str, Any] = browser.js(STATE_JS)
    return state


# ---------------------------------------------------------------- tests

@needs_chromium
def test_iphone_page_renders_light_and_dark(
    browser: Browser, publisher: tuple[Publisher, queue.Queue[PublishEvent]], tmp_path: Path,
) -> None:
    pub, events = publisher
    drain(events)
    shots = capture_iphone_screenshots(browser, pub, tmp_path)
    for name in ("phone-page.png", "phone-page-dark.png"):
        assert png_size(shots[name]) == (780, 1688)
    assert shots["phone-page.png"] != shots["phone-page-dark.png"]
    light, dark = shots["light-state"], shots["dark-state"]
    assert light["background"] == "rgb(242, 242, 247)" and dark["background"] == "rgb(0, 0, 0)"
    assert light["text"] != dark["text"]
    for state in (light, dark):
        assert state["platform"] == "iphone" and state["primary"] == ["ios"]
        assert state["iosSteps"] == "ios15" and state["safariNotice"] is False
        assert state["caName"] == 'Tëst & "Co" <Home> CA'
        assert state["downloadHeight"] >= 44 and state["testHeight"] >= 44   # tap targets
        assert state["overflowX"] is False                                   # no sideways scroll
    first = kinds_until(events, "page")[-1]
    assert first.device.platform == "iphone"


@needs_chromium
@pytest.mark.parametrize(("safari", "variant"), [("17.5", "ios15"), ("14.1", "ios12")])
def test_ipad_whose_safari_says_mac_gets_the_ipad_steps(
    browser: Browser, publisher: tuple[Publisher, queue.Queue[PublishEvent]],
    safari: str, variant: str,
) -> None:
    pub, events = publisher
    browser.emulate(ipad_as_mac(safari), touch_points=5)
    drain(events)
    browser.open(pub.http_url)
    # The server saw a Mac; the script moved the iOS steps to the top.
    assert kinds_until(events, "page")[-1].device.platform == "mac"
    state = page_state(browser)
    assert state["platform"] == "ipad"
    assert state["primary"] == ["ios"] and state["primaryOpen"] == [True]
    assert state["ios"] == variant and state["iosSteps"] == variant
    assert browser.js("document.getElementById('ta-p-mac').open") is False
    assert browser.js("document.getElementById('ta-p-mac').parentNode.id") == "ta-others"


@needs_chromium
def test_a_real_mac_without_touch_keeps_the_mac_steps(
    browser: Browser, publisher: tuple[Publisher, queue.Queue[PublishEvent]],
) -> None:
    pub, _ = publisher
    browser.emulate(ipad_as_mac("17.5"), touch_points=0)
    browser.open(pub.http_url)
    state = page_state(browser)
    assert state["platform"] == "mac" and state["primary"] == ["mac"]


@needs_chromium
def test_iphone_in_chrome_is_told_to_use_safari(
    browser: Browser, publisher: tuple[Publisher, queue.Queue[PublishEvent]],
) -> None:
    pub, _ = publisher
    browser.emulate(IPHONE_CHROME)
    browser.open(pub.http_url)
    assert page_state(browser)["safariNotice"] is True
    assert browser.js("document.getElementById('ta-url').value") == pub.http_url


@needs_chromium
def test_test_button_says_not_yet_and_reports_it_when_the_browser_does_not_trust(
    browser: Browser, publisher: tuple[Publisher, queue.Queue[PublishEvent]],
) -> None:
    pub, events = publisher
    browser.emulate(IPHONE)
    browser.open(pub.http_url)
    drain(events)
    browser.js("document.getElementById('ta-test').click()")
    assert browser.wait_js("document.documentElement.dataset.test === 'failed'")
    hints = browser.js("[...document.querySelectorAll('.hints')].filter("
                       "(u) => u.getClientRects().length > 0).map((u) => u.dataset.key)")
    assert hints == ["ios"]
    assert "Certificate Trust Settings" in browser.js(
        "document.querySelector('.hints[data-key=ios]').textContent")
    seen = kinds_until(events, "untrusted")
    assert seen[-1].device.platform == "iphone"
    assert "trusted" not in [e.kind for e in seen]


@needs_chromium
def test_test_button_says_trusted_when_the_browser_trusts_the_probe_key() -> None:
    # Its own server: the other browser's idle keep-alive connections (all from 127.0.0.1)
    # would count against this one's per-client connection cap.
    events: queue.Queue[PublishEvent] = queue.Queue()
    ca = CertificateAuthority.create('Tëst & "Co" <Home> CA')
    pub = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False, on_event=events.put)
    pub.start()
    # Chromium cannot take a custom root here, but it can be told to accept exactly this key:
    # the page's script fetch then succeeds, over real TLS, with real CORS.
    pem = ssl.get_server_certificate(("127.0.0.1", pub.https_port))
    trusting = Browser(f"--ignore-certificate-errors-spki-list={spki_hash(pem)}")
    try:
        trusting.emulate(IPHONE)
        trusting.open(pub.http_url)
        trusting.js("document.getElementById('ta-test').click()")
        assert trusting.wait_js("['trusted', 'failed'].includes("
                                "document.documentElement.dataset.test)")
        line = trusting.js("document.getElementById('ta-result-line').textContent")
        assert line.startswith("Trusted.") and 'Tëst & "Co" <Home> CA' in line
        seen = kinds_until(events, "trusted")
        assert seen[-1].device.platform == "iphone"
        assert "untrusted" not in [e.kind for e in seen]
    finally:
        trusting.close()
        pub.stop()


# ---------------------------------------------------------------- screenshots

def capture_iphone_screenshots(browser: Browser, pub: Publisher, folder: Path) -> dict[str, Any]:
    """iPhone viewport, light then dark; writes phone-page.png and phone-page-dark.png."""
    shots: dict[str, Any] = {}
    for dark, name in ((False, "phone-page.png"), (True, "phone-page-dark.png")):
        browser.emulate(IPHONE, dark=dark)
        browser.open(pub.http_url)
        shots["dark-state" if dark else "light-state"] = page_state(browser)
        shots[name] = browser.screenshot()
        (folder / name).write_bytes(shots[name])
    return shots


def _main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "--screenshots":
        print("usage: test_phone_page_chromium.py --screenshots FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    ca = CertificateAuthority.create("Home CA")
    pub = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False)
    pub.start()
    browser = Browser()
    try:
        capture_iphone_screenshots(browser, pub, folder)
    finally:
        browser.close()
        pub.stop()
    print(f"wrote {folder / 'phone-page.png'} and {folder / 'phone-page-dark.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
