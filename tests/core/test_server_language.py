"""Each page load records the language the page was served in (`Device.language`), over real
HTTP on 127.0.0.1 with the real phone page: the wizard draws its pictures in it."""

from __future__ import annotations

import http.client
from collections.abc import Iterator

import pytest
from servertests import make_server, page_token, settled

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.devices import Device, detect_device
from trustanchor.core.publish.phonepage import PhonePageContent
from trustanchor.core.publish.server import PublishEvent, PublishServer

IPHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


@pytest.fixture
def real_page_server(ca: CertificateAuthority, leaf: ServerCertificate,
                     events: list[PublishEvent]) -> Iterator[PublishServer]:
    page = PhonePageContent(ca.name, ca.short_fingerprint, pictures=False)
    srv = make_server(ca, leaf, events, page=page)
    srv.start()
    yield srv
    srv.stop()


def get(srv: PublishServer, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=5)
    try:
        conn.request("GET", path, headers={"User-Agent": IPHONE_UA, **headers})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_a_device_from_its_user_agent_has_no_language() -> None:
    assert Device("iphone", "17.5", "Safari").language is None
    assert detect_device(IPHONE_UA).language is None


@pytest.mark.parametrize(("path", "accept_language", "served"), [
    ("/", "ja", "ja"),
    ("/", "zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans"),
    ("/", "ko-KR, pt-BR;q=0.5", "pt-BR"),
    ("/?lang=de", "ja", "de"),  # the visitor's pick in the page's language menu wins
    ("/", "ko", "en"),  # no catalogue: English
    ("/", "", "en"),
])
def test_the_page_event_carries_the_language_the_page_was_served_in(
        real_page_server: PublishServer, events: list[PublishEvent], path: str,
        accept_language: str, served: str) -> None:
    status, body = get(real_page_server, path,
                       {"Accept-Language": accept_language} if accept_language else {})
    assert status == 200
    assert f'<html lang="{served}"'.encode() in body  # the page itself says so too
    (event,) = settled(events, 1)
    assert event.kind == "page" and event.device.language == served
    assert (event.device.platform, event.device.os_version) == ("iphone", "17.5")


def test_downloads_and_reports_carry_no_language(
        real_page_server: PublishServer, events: list[PublishEvent]) -> None:
    _, body = get(real_page_server, "/", {"Accept-Language": "ja"})
    token = page_token(body)
    status, _ = get(real_page_server, f"/ca.mobileconfig?id={token}", {"Accept-Language": "ja"})
    assert status == 200
    # Each request's event comes from its own connection's thread: in either order.
    assert sorted((e.kind, e.device.language or "") for e in settled(events, 2)) == [
        ("page", "ja"), ("profile", "")]
