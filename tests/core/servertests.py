"""What the publishing-server tests share: a stand-in phone page, a server on loopback with
short deadlines, and waiting for the events a response sends just after it."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.devices import Device
from trustanchor.core.publish.listener import Limits
from trustanchor.core.publish.server import PublishEvent, PublishServer

TEST_TIMEOUT = 1.0  # the server's per-request deadline in these tests (default 5 s)


class StubPage:
    """A stand-in phone page that shows which device it was rendered for."""

    def __init__(self) -> None:
        self.rendered: list[Device] = []

    def render(self, device: Device, **_: object) -> bytes:
        self.rendered.append(device)
        return f"<!doctype html><title>t</title><p>{device.label}</p>".encode()

    def assets(self) -> Mapping[str, tuple[bytes, str]]:
        return {"/phone.css": (b"body{color:#000}", "text/css; charset=utf-8"),
                "/img/step-1.svg": (b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                    "image/svg+xml")}


def make_server(ca: CertificateAuthority, leaf: ServerCertificate,
                events: list[PublishEvent] | None = None, **options: object) -> PublishServer:
    """A server for `ca` on 127.0.0.1 with free ports; `options` override PublishServer's
    (`timeout`, `max_per_client` and `max_connections` its Limits)."""
    limits = {key: options.pop(key) for key in ("timeout", "max_per_client", "max_connections")
              if key in options}
    settings: dict[str, object] = {"bind": "127.0.0.1", "port": 0, "https_port": 0,
                                   "page": StubPage(), **options}
    settings["limits"] = Limits(**{"timeout": TEST_TIMEOUT, **limits})  # type: ignore[arg-type]
    if events is not None:
        settings["on_event"] = events.append
    return PublishServer(ca_certificate=ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                         tls_key_pem=leaf.key_pem(), **settings)  # type: ignore[arg-type]


def settled(events: list[PublishEvent], count: int) -> list[PublishEvent]:
    """The events once `count` have arrived (they are sent just after the response), or 2 s."""
    deadline = time.monotonic() + 2
    while len(events) < count and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.05)  # and no extra one right behind
    return events


def page_token(body: bytes) -> str:
    """The phone's token the server put into a page it sent."""
    match = re.search(rb'<meta name="trustanchor-id" content="([A-Za-z0-9_-]{22})">', body)
    assert match, "the page carries no token"
    return match.group(1).decode("ascii")
