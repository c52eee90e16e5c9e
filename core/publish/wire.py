"""A small, strict HTTP/1.1 reader and writer for the publishing server (RFC 9112).

Only what a phone's browser sends to fetch a few files: a request line, at most a few kilobytes
of headers, no body. Anything else is refused with a 4xx and the connection is closed. Each
request must arrive completely within a deadline, so a client that drips one byte at a time
(slowloris) is dropped after the timeout instead of holding a thread forever.
"""

from __future__ import annotations

import email.utils
import io
import re
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus

MAX_REQUEST_LINE_BYTES = 8192  # RFC 9112 section 3 recommends supporting at least 8000 octets
MAX_HEADER_BYTES = 16384
MAX_HEADER_COUNT = 64

# RFC 9110 section 5.6.2: token = 1*tchar
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # NUL, bare CR, ...; tab is allowed
_VERSION = re.compile(r"HTTP/(\d)\.(\d)\Z")
# RFC 9112 section 3.2: Host = uri-host [ ":" port ] (RFC 3986 reg-name, IPv4 or IP-literal);
# it may be empty.
_HOST = re.compile(r"[A-Za-z0-9\-._~%!$&'()*+,;=\[\]:]*\Z")
_TLS_HANDSHAKE_RECORD = 0x16  # first byte of a TLS ClientHello (RFC 8446 section 5.1)


class HTTPError(Exception):
    """A request the server refuses; the connection is closed after the error response."""

    def __init__(self, status: HTTPStatus, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status.value} {status.phrase}")
        self.status = status
        self.headers = dict(headers or {})


@dataclass(frozen=True)
class Request:
    """One parsed request head. Header names are lower case."""

    method: str
    target: str
    path: str
    query: str
    version: tuple[int, int]
    headers: Mapping[str, str]

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def keep_alive(self) -> bool:
        tokens = {t.strip().lower() for t in (self.header("connection") or "").split(",")}
        if self.version >= (1, 1):
            return "close" not in tokens
        return "keep-alive" in tokens

    @property
    def has_body(self) -> bool:
        length = self.header("content-length")
        return self.header("transfer-encoding") is not None or (length not in (None, "0"))


class _DeadlineReader(io.RawIOBase):
    """Socket reads that all share one absolute deadline, renewed once per request."""

    def __init__(self, sock: socket.socket, timeout: float) -> None:
        super().__init__()
        self._sock = sock
        self._timeout = timeout
        self.deadline = time.monotonic() + timeout

    def renew(self) -> None:
        self.deadline = time.monotonic() + self._timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request did not arrive in time")
        self._sock.settimeout(remaining)
        return self._sock.recv_into(buffer)


class HTTPConnection:
    """Reads requests from and writes responses to one accepted (possibly TLS) socket."""

    def __init__(self, sock: socket.socket, timeout: float) -> None:
        self._sock = sock
        self._timeout = timeout
        self._raw = _DeadlineReader(sock, timeout)
        self._reader = io.BufferedReader(self._raw, buffer_size=4096)

    def read_request(self) -> Request | None:
        """The next request, or None when the client closed the connection cleanly.

        Raises HTTPError for a request to refuse, TimeoutError or OSError when the client is
        too slow or gone.
        """
        self._raw.renew()
        first = self._reader.peek(1)[:1]
        if not first:
            return None
        if first[0] == _TLS_HANDSHAKE_RECORD:
            # Safari's HTTPS upgrade (iOS 18.2+) tries TLS first: answer in plain text at once
            # so it falls back to http:// quickly instead of waiting for a handshake.
            raise HTTPError(HTTPStatus.BAD_REQUEST)
        line = self._read_line(MAX_REQUEST_LINE_BYTES, HTTPStatus.REQUEST_URI_TOO_LONG)
        if line == "":  # RFC 9112 section 2.2: ignore one empty line before the request line
            line = self._read_line(MAX_REQUEST_LINE_BYTES, HTTPStatus.REQUEST_URI_TOO_LONG)
        method, target, version = _parse_request_line(line)
        headers = self._read_headers()
        host = headers.get("host")
        # RFC 9112 section 3.2: a server MUST answer 400 to an HTTP/1.1 request without a Host
        # header or with an invalid one (a duplicate is refused in _read_headers).
        if (host is None and version >= (1, 1)) or (host is not None and not _HOST.match(host)):
            raise HTTPError(HTTPStatus.BAD_REQUEST)
        path, _, query = target.partition("?")
        return Request(method, target, path, query, version, headers)

    def send(self, status: HTTPStatus, headers: Mapping[str, str], body: bytes, *,
             head_only: bool = False) -> None:
        """Write one complete response (Content-Length is added here)."""
        lines = [f"HTTP/1.1 {status.value} {status.phrase}",
                 f"Date: {email.utils.formatdate(usegmt=True)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        bodiless = status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED)
        if not bodiless:  # RFC 9110 section 8.6: no Content-Length in a 204
            lines.append(f"Content-Length: {len(body)}")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not head_only and not bodiless:
            data += body
        # sendall's timeout bounds the whole write (Python 3.5+), so a client that never reads
        # cannot hold the thread longer than one timeout.
        self._sock.settimeout(self._timeout)
        self._sock.sendall(data)

    def _read_line(self, limit: int, too_long: HTTPStatus) -> str:
        raw = self._reader.readline(limit + 1)
        if len(raw) > limit or (raw and not raw.endswith(b"\n")):
            if len(raw) > limit:
                raise HTTPError(too_long)
            raise HTTPError(HTTPStatus.BAD_REQUEST)  # connection closed mid-line
        if not raw:
            raise HTTPError(HTTPStatus.BAD_REQUEST)
        text = raw.rstrip(b"\r\n").decode("latin-1")
        if _CONTROL.search(text):
            raise HTTPError(HTTPStatus.BAD_REQUEST)  # NUL, bare CR and other controls
        return text

    def _read_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        total = 0
        for _ in range(MAX_HEADER_COUNT + 1):
            line = self._read_line(MAX_HEADER_BYTES, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
            if line == "":
                return headers
            total += len(line) + 2
            if total > MAX_HEADER_BYTES:
                raise HTTPError(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
            name, colon, value = line.partition(":")
            # RFC 9112 section 5.1: no space before the colon; section 5.2: obs-fold rejected.
            if not colon or not _TOKEN.match(name):
                raise HTTPError(HTTPStatus.BAD_REQUEST)
            key = name.lower()
            if key in headers and key in ("host", "content-length", "transfer-encoding"):
                raise HTTPError(HTTPStatus.BAD_REQUEST)  # RFC 9112 sections 3.2 and 6.3
            headers[key] = value.strip(" \t")
        raise HTTPError(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)


def _parse_request_line(line: str) -> tuple[str, str, tuple[int, int]]:
    parts = line.split(" ")
    if len(parts) != 3:
        # Two words is an HTTP/0.9 request ("GET /"): refused, nobody needs it any more.
        raise HTTPError(HTTPStatus.BAD_REQUEST)
    method, target, version_text = parts
    if not _TOKEN.match(method) or not target:
        raise HTTPError(HTTPStatus.BAD_REQUEST)
    version = _VERSION.match(version_text)
    if version is None:
        raise HTTPError(HTTPStatus.BAD_REQUEST)
    if version.group(1) != "1":
        raise HTTPError(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED)
    return method, target, (1, int(version.group(2)))
