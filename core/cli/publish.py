"""`trustanchor publish`: serve the CA to phones on the LAN from a terminal (a NAS over SSH).

Prints the page's URL, the HTTPS test URL, the Bonjour name, the CA fingerprint and a QR code
drawn with text characters, then one line per event until Ctrl-C (SIGINT), SIGTERM or, on
Windows, Ctrl+Break (SIGBREAK), which stop cleanly: Bonjour unregistered, both ports freed, exit
status 0. When no phone has come `NO_PHONE_HINT_AFTER_S` after the code appeared, one hint says
what to check on this computer ($TRUSTANCHOR_NO_PHONE_HINT_S changes the delay, for tests).
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, TextIO, TypeVar

from trustanchor.core.cli.console import stop_signals, use_ansi_colours
from trustanchor.core.cli.passphrases import unlock_ca
from trustanchor.core.defaults import DEFAULT_HTTP_PORT, DEFAULT_HTTPS_PORT
from trustanchor.core.flow.operations import PublishOptions, start_publishing, stop_publishing
from trustanchor.core.publish.reachability import (
    NO_PHONE_HINT_AFTER_S,
    NoPhoneWatch,
    firewall_hint,
)

if TYPE_CHECKING:  # the publishing stack is imported when `publish` runs, not for other commands
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.publish.bonjour import BonjourStatus
    from trustanchor.core.publish.publisher import Publisher
    from trustanchor.core.publish.server import EventKind, PublishEvent
    from trustanchor.core.store.home import CAHome

_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)

# One phrase per kind of event the server reports (core/publish/server.py, EventKind).
EVENT_WORDS: dict[EventKind, str] = {
    "page": "opened the page",
    "profile": "downloaded the profile",
    "certificate": "downloaded the certificate",
    "trusted": "passed the test: it trusts this CA",
    "untrusted": "failed the test: it does not trust this CA yet",
    "blocked": "could not reach the HTTPS test port: check this computer's firewall",
    "server-trusted": "trusts",
    "server-untrusted": "does not trust",
    "server-unreachable": "could not reach",
}


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (0-65535)")
    return value


def add_parser(subparsers: argparse._SubParsersAction[_Parser]) -> None:
    """Add `publish` to the command line's subcommands."""
    parser = subparsers.add_parser(
        "publish", help="serve the CA to phones on your network (QR code, Bonjour)",
    )  # its paragraph and example: core/cli/helptext.py
    parser.add_argument("--bind", metavar="IP", help="the address to serve on and put in the QR "
                        "code (default: this machine's best LAN address, serving on all)")
    parser.add_argument("--port", type=_port, default=DEFAULT_HTTP_PORT, metavar="N",
                        help=f"HTTP port for the page (default {DEFAULT_HTTP_PORT}; the next "
                        "free one when taken; 0: any free port)")
    parser.add_argument("--https-port", type=_port, default=DEFAULT_HTTPS_PORT, metavar="N",
                        help=f"HTTPS port for the trust test (default {DEFAULT_HTTPS_PORT})")
    parser.add_argument("--no-mdns", action="store_true",
                        help="do not announce the page with Bonjour")
    parser.add_argument("--test-server", action="append", default=[], metavar="URL",
                        help="an https:// URL of your own server for the phone page to test "
                        "(repeatable)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the CA key's passphrase from the first line of FILE "
                        "(else $TRUSTANCHOR_PASSPHRASE, else a prompt)")


class _Printer:
    """One line at a time from any thread, flushed at once (the output may be a pipe)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._lock = threading.Lock()
        self.on_request: Callable[[], None] | None = None

    def line(self, text: str = "") -> None:
        with self._lock:
            try:
                self._out.write(text + "\n")
                self._out.flush()
            except UnicodeEncodeError:  # a terminal that cannot show the CA's name
                encoding = getattr(self._out, "encoding", None) or "ascii"
                self._out.write(text.encode(encoding, "replace").decode(encoding) + "\n")
                self._out.flush()

    def event(self, event: PublishEvent) -> None:
        if self.on_request is not None:
            self.on_request()
        when = event.time.astimezone().strftime("%H:%M:%S")
        words = EVENT_WORDS[event.kind]
        if event.url:  # a test of the user's server: "<device> trusts https://nas.local"
            words = f"{words} {event.url}"
        self.line(f"{when}  {event.device.label} at {event.address} {words}")

    def bonjour(self, status: BonjourStatus) -> None:
        if status.state in ("registered", "failed"):
            self.line(f"Bonjour: {bonjour_words(status)}")


def bonjour_words(status: BonjourStatus) -> str:
    """What follows "Bonjour: " (never "Bonjour: Bonjour is off")."""
    if status.state in ("off", "stopped"):
        return "off"
    if status.state == "registered" and status.name:
        # "announced" once heard back on the network; until then it may have gone nowhere
        # (macOS Local Network privacy; core/publish/bonjour.py)
        return (f'announced as "{status.name}"' if status.confirmed else
                f'announced as "{status.name}", not yet confirmed (the QR code works either way)')
    if status.active and status.name:
        return f'announcing as "{status.name}"'
    return status.message.removeprefix("Bonjour ")


class _TtyBuffer(io.StringIO):
    """qrcode's colour mode insists on a terminal; the text is written to one later."""

    def isatty(self) -> bool:
        return True


def qr_lines(text: str, out: TextIO) -> str:
    """The QR code as text for `out`: black on white with ANSI colours on a terminal, half-block
    characters in a pipe, `##` pairs where neither can be shown (a legacy Windows code page)."""
    import qrcode

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    encoding = (getattr(out, "encoding", None) or "ascii").lower()
    if "utf" not in encoding:
        rows = code.get_matrix()
        return "".join("".join("  " if cell else "##" for cell in row) + "\n" for row in rows)
    colours = use_ansi_colours(out)  # also switches them on in a Windows console
    buffer: io.StringIO = _TtyBuffer() if colours else io.StringIO()
    # Without colours, light modules are drawn as blocks: right in the usual dark terminal.
    code.print_ascii(out=buffer, tty=colours, invert=not colours)
    return buffer.getvalue()


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT (Ctrl-C), SIGTERM and SIGBREAK (Ctrl+Break, Windows) set `stop` instead of
    raising in the middle of something."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    wanted = stop_signals(signal)
    previous = {sig: signal.signal(sig, handler) for sig in wanted}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _print_banner(printer: _Printer, publisher: Publisher, ca: CertificateAuthority) -> None:
    printer.line(f'Publishing the CA "{ca.name}"')
    printer.line(f"SHA-256 fingerprint: {ca.fingerprint_sha256}")
    printer.line(f"Short fingerprint (shown on the phone): {ca.short_fingerprint}")
    printer.line(f"Phone page: {publisher.http_url}")
    printer.line(f"HTTPS test: {publisher.https_probe_url}")
    for url in publisher.test_servers:
        printer.line(f"Server test: {url}")
    printer.line(f"Bonjour: {bonjour_words(publisher.bonjour_status)}")
    printer.line("Scan this with the phone's camera (on an iPhone, open the link in Safari):")
    printer.line(qr_lines(publisher.qr_text, sys.stdout).rstrip("\n"))
    printer.line("Waiting for phones. Press Ctrl-C to stop.")


def _hint_delay() -> float:
    try:
        delay = float(os.environ.get("TRUSTANCHOR_NO_PHONE_HINT_S", NO_PHONE_HINT_AFTER_S))
    except ValueError:
        return NO_PHONE_HINT_AFTER_S
    return min(max(delay, 0.0), 24 * 3600.0)


def run(args: argparse.Namespace, home: CAHome) -> int:
    """Publish until interrupted; 0 after a clean stop. TrustAnchorError for the CLI to show."""
    ca = unlock_ca(home, args.passphrase_file)
    printer = _Printer(sys.stdout)
    stop = threading.Event()
    options = PublishOptions(bind=args.bind, port=args.port, https_port=args.https_port,
                             mdns=not args.no_mdns, test_servers=tuple(args.test_server))
    with _stop_on_signals(stop):
        publisher = start_publishing(ca, options, on_event=printer.event,
                                     on_bonjour=printer.bonjour)
        try:
            _print_banner(printer, publisher, ca)
            watch = NoPhoneWatch(_hint_delay())
            printer.on_request = watch.seen
            while not stop.wait(0.5):
                if watch.due():
                    printer.line(f"Hint: {firewall_hint(publisher.http_port)}")
        except KeyboardInterrupt:  # a SIGINT that arrived before our handler was in place
            pass
        finally:
            stop_publishing(publisher)
    printer.line("Stopped publishing.")
    return 0
