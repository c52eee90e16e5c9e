"""A simulated phone: what Safari does with the page, over real HTTP and TLS on loopback.

It opens the page with a phone's User-Agent, downloads the profile, then runs the page's Test:
a fetch of the HTTPS probe that succeeds only when the phone trusts the CA, and on failure the
page's report to the server. `accept_language` is the phone's language setting as Safari sends
it ("ja", "de-DE,de;q=0.9"); None sends no Accept-Language at all.
"""

from __future__ import annotations

import json
import re
import ssl
import urllib.error
import urllib.request
from urllib.parse import urlsplit

IPHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
ANDROID_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0.0.0 Mobile Safari/537.36")
TIMEOUT_S = 5
_PROBE = re.compile(r'"probeUrl":\s*("(?:[^"\\]|\\.)*")')


class SimulatedPhone:
    def __init__(self, page_url: str, user_agent: str = IPHONE_UA,
                 accept_language: str | None = None) -> None:
        self.page_url = page_url
        self.user_agent = user_agent
        self.accept_language = accept_language
        self.probe_url = ""
        self.token = ""  # the page load's identity, set by open_page()

    def _get(self, url: str, context: ssl.SSLContext | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        sent = {"User-Agent": self.user_agent, **(headers or {})}
        if self.accept_language is not None:
            sent["Accept-Language"] = self.accept_language
        request = urllib.request.Request(url, headers=sent)
        # No proxies: the request must go straight to the loopback server.
        handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})]
        if context is not None:
            handlers.append(urllib.request.HTTPSHandler(context=context))
        opener = urllib.request.build_opener(*handlers)
        with opener.open(request, timeout=TIMEOUT_S) as response:
            return response.status, dict(response.headers), response.read()

    def open_page(self) -> str:
        status, headers, body = self._get(self.page_url)
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        html = body.decode()
        match = _PROBE.search(html)
        assert match, "the page carries no probe URL"
        self.probe_url = json.loads(match.group(1))
        # The page's own requests carry its token, as the page's script adds it (verdict.js).
        token = re.search(r'<meta name="trustanchor-id" content="([A-Za-z0-9_-]+)">', html)
        assert token, "the page carries no token"
        self.token = token.group(1)
        return html

    def download_profile(self) -> bytes:
        url = self.page_url.rstrip("/") + f"/ca.mobileconfig?id={self.token}"
        status, headers, body = self._get(url)
        assert status == 200
        assert headers["Content-Type"] == "application/x-apple-aspen-config"
        return body

    def run_test(self, trusted_ca_pem: bytes | None) -> bool:
        """The page's Test button: True when the probe's TLS handshake verifies."""
        context = ssl.create_default_context(cadata=trusted_ca_pem.decode()
                                             if trusted_ca_pem else None)
        if trusted_ca_pem is None:
            context.load_default_certs()  # only the system roots, like a phone without the CA
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.page_url))
        try:
            status, headers, _ = self._get(f"{self.probe_url}?id={self.token}", context,
                                           {"Origin": origin})
        except urllib.error.URLError as err:
            assert isinstance(err.reason, ssl.SSLCertVerificationError), err
            status, _, _ = self._get(self.page_url.rstrip("/")
                                     + f"/report?verdict=untrusted&id={self.token}")
            assert status == 204
            return False
        assert status == 204 and headers.get("Access-Control-Allow-Origin") == origin
        return True
