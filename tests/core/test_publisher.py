"""The publisher's choice of address from what it is told to bind."""

from __future__ import annotations

import pytest
from certhelpers import cached_ca

from trustanchor.core.publish.lan import AddressCandidate
from trustanchor.core.publish.listener import WILDCARD_BINDS
from trustanchor.core.publish.publisher import Publisher

LAN = [AddressCandidate("192.168.1.20", "en0", 0, "private LAN")]


@pytest.mark.parametrize("bind", sorted(WILDCARD_BINDS))
def test_a_wildcard_bind_puts_a_lan_address_in_the_qr_code(bind: str) -> None:
    """"" binds every interface just like 0.0.0.0 (Python's socket API), so it must not become
    the address on the phone page either."""
    publisher = Publisher(cached_ca(), bind=bind, mdns=False, candidates=LAN)
    assert publisher.address == "192.168.1.20"


def test_a_specific_bind_is_the_address() -> None:
    publisher = Publisher(cached_ca(), bind="127.0.0.1", mdns=False, candidates=LAN)
    assert publisher.address == "127.0.0.1"


def test_the_probe_allows_the_page_at_the_qr_codes_address() -> None:
    """An address given explicitly (a NAT or forwarded address, not one of this computer's) is
    where the phone opens the page, so the probe must grant that origin CORS, and only it."""
    publisher = Publisher(cached_ca(), address="192.0.2.10", bind="127.0.0.1", port=0,
                          https_port=0, mdns=False, candidates=LAN)
    publisher.start()
    try:
        server = publisher._server
        assert server is not None
        port = server.http_port
        assert server.origin_allowed(f"http://192.0.2.10:{port}")
        assert not server.origin_allowed(f"http://192.0.2.11:{port}")
        assert not server.origin_allowed(f"http://evil.example:{port}")
    finally:
        publisher.stop()
