"""Which phone sent a request: a random identity per page load, carried by the page's own requests.

The client's IP address is no identity on a LAN (two phones behind one NAT, a curl from the same
computer), and a request that merely names a route must not pass for a phone's test result. So
every page the server sends carries a fresh random token (128 bits, RFC 4086 section 8 wants
that much against guessing), which the page's script adds as `?id=` to its probe, reach and
report requests and to its download links. Only a token this server issued counts: a client that
never loaded the page creates no device and changes no verdict.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import OrderedDict

# A page load holds one slot; the oldest tokens are forgotten first. 1024 page loads is far more
# than a household's phones, and bounds the memory a flood of page loads can take.
MAX_TOKENS = 1024
_TOKEN = re.compile(r"[A-Za-z0-9_-]{22}\Z")


class PhoneIds:
    """Tokens issued with the phone page, thread-safe."""

    def __init__(self, capacity: int = MAX_TOKENS) -> None:
        self._capacity = capacity
        self._tokens: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def issue(self) -> str:
        token = secrets.token_urlsafe(16)  # 16 bytes: 22 URL-safe characters
        with self._lock:
            self._tokens[token] = None
            while len(self._tokens) > self._capacity:
                self._tokens.popitem(last=False)
        return token

    def known(self, token: str | None) -> bool:
        """Whether `token` came from this server (and has not been forgotten yet)."""
        if not token or not _TOKEN.match(token):
            return False
        with self._lock:
            if token not in self._tokens:
                return False
            self._tokens.move_to_end(token)
            return True


def inject_token(page: bytes, token: str) -> bytes:
    """The page with its token as `<meta name="trustanchor-id">` (read by verdict.js), placed
    before `</head>`, or first when the page has no head. The token is URL-safe base64, so it
    needs no HTML escaping."""
    meta = f'<meta name="trustanchor-id" content="{token}">'.encode("ascii")
    head_end = page.find(b"</head>")
    if head_end < 0:
        return meta + page
    return page[:head_end] + meta + page[head_end:]
