"""The publishing server: the CA and the phone page over HTTP, the trust probe over HTTPS.

Everything is served from memory from a fixed allow-list; no route reads a file, so no path
trick can reach the CA key (which this server never receives: it only gets the certificate).
Routes (docs/architecture.md, "Publishing server routes"):

HTTP  `/` the phone page, `/ca.mobileconfig`, `/ca.crt` (DER), `/ca.pem`, the page's assets,
      `/favicon.ico`, `/alive` (204: "this page's server is still up"), `/report?...` (the
      page's Test verdict and its tests of the user's servers, see `reports`).
HTTPS `/probe` 204 with CORS for the HTTP page's origin: a script fetch cannot click through a
      certificate warning, so a successful fetch proves the device trusts the CA.
      The same port answers plain HTTP too, for `/reach` only (204 with the same CORS): when
      the probe fails but `/reach` answers, the port is open and only trust failed.

Each page carries a fresh token (`phoneids`); only requests carrying a token this server issued
(`?id=`) make events, and the token is the event's device id.

Only GET and HEAD. No HSTS, and the HTTP port answers a TLS ClientHello with a plain 400, so
Safari's HTTPS upgrade (iOS 18.2+) falls back to http:// fast (docs/platform-facts.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import ipaddress
import logging
import re
import socket
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from http import HTTPStatus
from importlib import resources
from typing import Literal, Protocol
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from trustanchor.core.clock import utc_now
from trustanchor.core.defaults import DEFAULT_HTTP_PORT, DEFAULT_HTTPS_PORT
from trustanchor.core.pki.profile import CONTENT_TYPE as MOBILECONFIG_TYPE
from trustanchor.core.pki.profile import build_mobileconfig, file_stem
from trustanchor.core.publish.binding import bind_listening_socket
from trustanchor.core.publish.devices import Device, detect_device
from trustanchor.core.publish.language import choose_language
from trustanchor.core.publish.listener import (
    IPV4_ANY,
    WILDCARD_BINDS,
    ConnectionListener,
    Limits,
    server_tls_context,
)
from trustanchor.core.publish.phoneids import PhoneIds, inject_token
from trustanchor.core.publish.reports import parse_report
from trustanchor.core.publish.servercheck import ServerCheck
from trustanchor.core.publish.slots import Activity
from trustanchor.core.publish.wire import HTTPConnection, HTTPError, Request

log = logging.getLogger("trustanchor.server")

# "trusted": the HTTPS probe succeeded; "untrusted": the HTTPS port answered but TLS trust
# failed; "blocked": the page's server answered but the HTTPS port did not. "server-*": the
# phone's test of one of the user's own servers (the event's `url`).
EventKind = Literal["page", "profile", "certificate", "trusted", "untrusted", "blocked",
                    "server-trusted", "server-untrusted", "server-unreachable"]
Channel = Literal["http", "https", "reach"]  # "reach": plain HTTP on the HTTPS port

MAX_REQUESTS_PER_CONNECTION = 100
_KNOWN_METHODS = frozenset(
    {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "PROPPATCH",
     "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "QUERY"})
_ALLOW = {"Allow": "GET, HEAD"}
_ASSET_PATH = re.compile(r"/[A-Za-z0-9_-][A-Za-z0-9._~/-]*\Z")
_RESERVED_PATHS = frozenset({"/", "/ca.mobileconfig", "/ca.crt", "/ca.pem", "/report", "/probe",
                             "/alive", "/reach", "/favicon.ico"})
# Sent to every response: files are never cached or sniffed as another type; the page is never
# framed and leaks no referrer. Deliberately no Strict-Transport-Security (see module doc).
_COMMON_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Server": "TrustAnchor",
}
_BUSY_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Cache-Control: no-store\r\nRetry-After: 2\r\nConnection: close\r\nContent-Length: 30\r\n"
    b"\r\nBusy, try again in a moment.\r\n"
)


@dataclass(frozen=True)
class PublishEvent:
    """Something a device did: opened the page, downloaded a file, passed or failed the test."""

    kind: EventKind
    device: Device
    address: str
    time: dt.datetime
    device_id: str = ""  # the token of the page load that sent it
    url: str = ""  # server-* events: the server URL the phone tested


class PhonePage(Protocol):
    def render(self, device: Device, *, query: str = "",
               accept_language: str | None = None) -> bytes:
        """The "/" page for this device, UTF-8 HTML, in the language the query or header asks."""
        ...

    def assets(self) -> Mapping[str, tuple[bytes, str]]:
        """Extra files the page needs: "/x.svg" -> (body, content type)."""
        ...


@dataclass(frozen=True)
class _File:
    body: bytes
    content_type: str
    filename: str | None = None  # set: served as an attachment download
    event: EventKind | None = None


@dataclass(frozen=True)
class _Response:
    status: HTTPStatus
    headers: Mapping[str, str]
    body: bytes = b""
    event: EventKind | None = None
    token: str = ""  # the phone's token; events need one this server issued
    url: str = ""
    language: str | None = None  # the page's language (page loads only)


class PublishServer:
    """HTTP + HTTPS publishing server. `start()` / `stop()` from any thread, both idempotent.

    `on_event` is called in the connection's thread (marshal to a UI thread yourself); errors
    it raises are logged and ignored. `http_port` / `https_port` hold the real ports once
    started (the next free port is taken when the requested one is busy). The probe grants
    CORS only to the page at the addresses it is served on (see `origin_allowed`); pass
    `page_hosts` for any other name the page is opened by. `test_servers` are the user's own
    HTTPS URLs the page offers to test; `server_check(url)` returns the desktop's check of one
    (it may wait a little for a check still running, or return None).
    """

    def __init__(self, *, ca_certificate: x509.Certificate, tls_chain_pem: bytes,
                 tls_key_pem: bytes, page: PhonePage,
                 bind: str = IPV4_ANY, port: int = DEFAULT_HTTP_PORT,
                 https_port: int = DEFAULT_HTTPS_PORT,
                 on_event: Callable[[PublishEvent], None] | None = None,
                 limits: Limits | None = None, page_hosts: Sequence[str] = (),
                 test_servers: Sequence[str] = (),
                 server_check: Callable[[str], ServerCheck | None] | None = None) -> None:
        self.http_port = port
        self.https_port = https_port
        self._bind = bind
        self._page = page
        self._on_event = on_event
        self._limits = limits or Limits()
        # The key goes straight into OpenSSL; no copy of it is kept on this object.
        self._tls = server_tls_context(tls_chain_pem, tls_key_pem)
        self._files = _ca_files(ca_certificate)
        self._lock = threading.Lock()
        self._listener: ConnectionListener | None = None
        # Extra names or addresses the caller serves the page at (a NAT or DNS name it chose).
        self._page_hosts = frozenset(h.strip("[]").lower() for h in page_hosts)
        self._origin_hosts: frozenset[str] = frozenset()
        self.test_servers = tuple(test_servers)
        self.server_check = server_check or (lambda url: None)
        self.phone_ids = PhoneIds()

    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def active_connections(self) -> int:
        """Connections being served right now (each holds one thread)."""
        listener = self._listener
        return listener.active_connections if listener else 0

    def start(self) -> None:
        """Bind both ports and start serving; raises PublishError when that is impossible."""
        with self._lock:
            if self._listener is not None:
                return
            files = {**self._files, **_asset_files(self._page.assets())}
            http_sock = bind_listening_socket(self._bind, self.http_port,
                                              backlog=self._limits.backlog)
            try:
                https_sock = bind_listening_socket(self._bind, self.https_port,
                                                   backlog=self._limits.backlog)
            except BaseException:
                http_sock.close()
                raise
            self.http_port = http_sock.getsockname()[1]
            self.https_port = https_sock.getsockname()[1]
            self._origin_hosts = _origin_hosts(self._bind) | self._page_hosts
            routes = _Routes(self, files, self._page, self._limits.timeout)
            listener = ConnectionListener(routes.serve_connection, self._limits)
            listener.add(http_sock, None, _BUSY_RESPONSE)
            listener.add(https_sock, self._tls, None, plain_handler=routes.serve_reach)
            listener.start()
            self._listener = listener
            log.info("Publishing on http port %d and https port %d", self.http_port,
                     self.https_port)

    def stop(self) -> None:
        """Close both ports and every connection; returns within about a second."""
        with self._lock:
            listener, self._listener = self._listener, None
            if listener is not None:
                listener.stop()
                log.info("Publishing stopped")

    def origin_allowed(self, origin: str | None) -> bool:
        """Whether a probe's `Origin` is this server's own HTTP page, at one of the addresses
        (or this computer's Bonjour name) it serves the page on. The Host header is not
        trusted: a DNS-rebinding page sends its own name in both (RFC 6454 section 7 /
        Fetch's CORS check only compare what the server names)."""
        if not origin:
            return False
        try:
            parts = urlsplit(origin)
            port = parts.port
        except ValueError:
            return False
        if parts.scheme != "http" or port != self.http_port or not parts.hostname:
            return False
        if parts.path or parts.query or parts.fragment or parts.username is not None:
            return False
        return parts.hostname in self._origin_hosts

    def _emit(self, response: _Response, device: Device, address: str) -> None:
        if self._on_event is None or response.event is None:
            return
        if not self.phone_ids.known(response.token):
            return  # a client that never loaded the page changes nothing
        try:
            self._on_event(PublishEvent(response.event, device, address, utc_now(),
                                        response.token, response.url))
        except Exception:
            log.exception("The publish event handler failed")


class _Routes:
    """Answers the requests of one running server (one instance per start)."""

    def __init__(self, server: PublishServer, files: Mapping[str, _File], page: PhonePage,
                 timeout: float) -> None:
        self._server = server
        self._files = files
        self._page = page
        self._timeout = timeout

    def serve_connection(self, sock: socket.socket, address: str, tls: bool,
                         activity: Activity) -> None:
        self._serve(sock, address, "https" if tls else "http", activity)

    def serve_reach(self, sock: socket.socket, address: str, tls: bool,
                    activity: Activity) -> None:
        """Plain HTTP on the HTTPS port: `/reach` and nothing else."""
        self._serve(sock, address, "reach", activity)

    def _serve(self, sock: socket.socket, address: str, channel: Channel,
               activity: Activity) -> None:
        conn = HTTPConnection(sock, self._timeout)
        for _ in range(MAX_REQUESTS_PER_CONNECTION):
            try:
                request = conn.read_request()
            except HTTPError as err:
                activity.busy()
                log.info('%s refused: %d %s', address, err.status.value, err.status.phrase)
                headers = {**_COMMON_HEADERS, **_error_headers(), **err.headers,
                           "Connection": "close"}
                conn.send(err.status, headers, _error_body(err.status))
                return
            if request is None:
                return
            activity.busy()
            if not self._answer(conn, request, address, channel):
                return
            activity.waiting()

    def _answer(self, conn: HTTPConnection, request: Request, address: str,
                channel: Channel) -> bool:
        """Send one response; True when the connection may carry another request."""
        response = self._route(request, channel)
        head_only = request.method == "HEAD"
        # Any error ends the connection: a browser opens a new one for its next request, and a
        # prober or attacker gets no second try on the same thread.
        keep_alive = response.status < 400 and request.keep_alive and not request.has_body
        headers = {**_COMMON_HEADERS, **response.headers}
        if response.status >= 400:
            headers.update(_error_headers())
        if not keep_alive:
            headers["Connection"] = "close"
        conn.send(response.status, headers, response.body, head_only=head_only)
        log.info('%s "%s %s" %d', address, request.method, request.target[:200],
                 response.status.value)
        if response.event is not None and (request.method == "GET" or channel == "https"):
            device = detect_device(request.header("user-agent"))
            if response.language is not None:
                device = replace(device, language=response.language)
            self._server._emit(response, device, address)
        return keep_alive

    def _route(self, request: Request, channel: Channel) -> _Response:
        if request.method not in ("GET", "HEAD"):
            status = (HTTPStatus.METHOD_NOT_ALLOWED if request.method in _KNOWN_METHODS
                      else HTTPStatus.NOT_IMPLEMENTED)
            return _error(status, _ALLOW)
        if not request.path.startswith("/"):  # absolute-form, authority-form or "*"
            return _error(HTTPStatus.BAD_REQUEST)
        if channel == "http":
            return self._http_route(request)
        # Safari's HTTPS upgrade may send a page visit to the HTTPS port as plain HTTP: it
        # finds only /reach there, never the page or a file.
        wanted = "/probe" if channel == "https" else "/reach"
        if request.path != wanted:
            return _error(HTTPStatus.NOT_FOUND)
        headers = {"Vary": "Origin"}
        origin = request.header("origin")
        if origin and self._server.origin_allowed(origin):
            headers["Access-Control-Allow-Origin"] = origin
        if channel == "reach":
            return _Response(HTTPStatus.NO_CONTENT, headers)
        return _Response(HTTPStatus.NO_CONTENT, headers, event="trusted",
                         token=_token(request.query))

    def _http_route(self, request: Request) -> _Response:
        if request.path == "/":
            return self._page_response(request)
        if request.path == "/alive":
            return _Response(HTTPStatus.NO_CONTENT, {})
        if request.path == "/report":
            return self._report(request.query)
        file = self._files.get(request.path)
        if file is None:
            return _error(HTTPStatus.NOT_FOUND)
        headers = {"Content-Type": file.content_type}
        if file.filename:
            headers["Content-Disposition"] = f'attachment; filename="{file.filename}"'
        return _Response(HTTPStatus.OK, headers, file.body, file.event, _token(request.query))

    def _report(self, query: str) -> _Response:
        server = self._server
        report = parse_report(query, server.test_servers, server.server_check)
        if report is None:
            return _error(HTTPStatus.BAD_REQUEST)
        if not report.body:
            return _Response(HTTPStatus.NO_CONTENT, {}, event=report.kind, token=report.token)
        return _Response(HTTPStatus.OK, {"Content-Type": "application/json"}, report.body,
                         report.kind, report.token, report.url)

    def _page_response(self, request: Request) -> _Response:
        try:
            body = self._page.render(detect_device(request.header("user-agent")),
                                     query=request.query,
                                     accept_language=request.header("accept-language"))
        except Exception:
            log.exception("The phone page could not be rendered")
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR)
        token = self._server.phone_ids.issue()
        # The page chose its language with the same call and the same two inputs.
        try:
            language: str | None = choose_language(request.query,
                                                   request.header("accept-language"))
        except ValueError:  # a query the page's own choice would have refused as well
            language = None
        return _Response(HTTPStatus.OK, {"Content-Type": "text/html; charset=utf-8",
                                         "Vary": "Accept-Language"},
                         inject_token(body, token), "page", token, language=language)


def _token(query: str) -> str:
    """The `id` a page request carries in its query string ("" when none)."""
    try:
        values = parse_qs(query, max_num_fields=8).get("id", [])
    except ValueError:
        return ""
    return values[0] if len(values) == 1 else ""


@functools.cache
def _favicon() -> _File:
    """The app icon for `/favicon.ico`: browsers go by the Content-Type, so SVG is fine."""
    body = resources.files("trustanchor.resources").joinpath("icons", "app.svg").read_bytes()
    return _File(body, "image/svg+xml")


def _ca_files(certificate: x509.Certificate) -> dict[str, _File]:
    stem = file_stem(certificate)
    return {
        "/favicon.ico": _favicon(),
        "/ca.mobileconfig": _File(build_mobileconfig(certificate), MOBILECONFIG_TYPE,
                                  f"{stem}.mobileconfig", "profile"),
        "/ca.crt": _File(certificate.public_bytes(serialization.Encoding.DER),
                         "application/x-x509-ca-cert", f"{stem}.crt", "certificate"),
        "/ca.pem": _File(certificate.public_bytes(serialization.Encoding.PEM),
                         "application/x-pem-file", f"{stem}.pem", "certificate"),
    }


def _asset_files(assets: Mapping[str, tuple[bytes, str]]) -> dict[str, _File]:
    files = {}
    for path, (body, content_type) in assets.items():
        if (not _ASSET_PATH.match(path) or "/." in path or "//" in path
                or path in _RESERVED_PATHS or "\r" in content_type or "\n" in content_type):
            raise ValueError(f"unsafe page asset path or type: {path!r}")
        files[path] = _File(bytes(body), content_type)
    return files


def _origin_hosts(bind: str) -> frozenset[str]:
    """Host names the HTTP page is served on, for the probe's CORS check: the bound address
    (every address of this computer for a wildcard bind, loopback included), and the
    `<hostname>.local` name Bonjour announces."""
    hosts = {f"{socket.gethostname().split('.')[0].lower()}.local"}
    if bind not in WILDCARD_BINDS:
        hosts.add(bind.lower())
        if _is_loopback(bind):
            hosts.add("localhost")
        return frozenset(hosts)
    hosts.update({"localhost", "127.0.0.1"} | ({"::1"} if ":" in bind else set()))
    try:
        from trustanchor.core.publish.lan import lan_addresses

        hosts.update(c.address.lower() for c in lan_addresses()
                     if ":" in bind or ":" not in c.address)
    except Exception:  # the page's own address may then be missing: no CORS, never too much
        log.debug("Could not list this machine's addresses", exc_info=True)
    return frozenset(hosts)


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address.lower() == "localhost"


def _error(status: HTTPStatus, headers: Mapping[str, str] | None = None) -> _Response:
    return _Response(status, dict(headers or {}), _error_body(status))


def _error_headers() -> dict[str, str]:
    return {"Content-Type": "text/plain; charset=utf-8"}


def _error_body(status: HTTPStatus) -> bytes:
    return f"{status.value} {status.phrase}\n".encode("ascii")
