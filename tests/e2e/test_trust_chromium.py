"""Chromium trusts what the NSS store installed: headless Chromium with HOME at a temp folder
loads a page from a loopback HTTPS server whose leaf comes from the CA. Before the install it
refuses (ERR_CERT_AUTHORITY_INVALID); after it, the page's text arrives; after the uninstall,
the refusal is back. Chromium on Linux reads locally added roots from ~/.pki/nssdb
(Chromium docs, "Linux Cert Management")."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.trust import proof, service
from trustanchor.core.trust.model import Anchor
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-extensions")
LOAD_TIMEOUT_S = 60

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed"),
    pytest.mark.skipif(shutil.which("certutil") is None,
                       reason="certutil is not installed (apt-get install libnss3-tools)"),
]


def _dump_dom(url: str, home: Path, run: int) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={home / f'profile-{run}'}",
         "--dump-dom", url],
        env={**os.environ, "HOME": str(home)}, capture_output=True, text=True,
        timeout=LOAD_TIMEOUT_S, stdin=subprocess.DEVNULL,
    )


def test_chromium_loads_the_page_only_while_the_ca_is_installed(tmp_path: Path) -> None:
    ca = CertificateAuthority.create("Chromium Trust CA")
    anchor = Anchor.from_certificate(ca.certificate)
    env = TrustEnvironment(platform="linux", user_home=tmp_path, linux_root=tmp_path / "none")
    with proof.serving(ca) as (server, _):
        before = _dump_dom(server.url, tmp_path, 1)
        assert proof.PAGE_TEXT not in before.stdout
        assert _refused_as_unknown_ca(before.stderr)

        service.install(anchor, env, StoreChoice.DEFAULT)  # Linux default: NSS
        assert (tmp_path / ".pki/nssdb/cert9.db").is_file()
        during = _dump_dom(server.url, tmp_path, 2)
        assert during.returncode == 0, during.stderr[-2000:]
        assert proof.PAGE_TEXT in during.stdout

        service.uninstall([anchor], env, StoreChoice.DEFAULT)
        after = _dump_dom(server.url, tmp_path, 3)
        assert proof.PAGE_TEXT not in after.stdout
        assert _refused_as_unknown_ca(after.stderr)


def _refused_as_unknown_ca(stderr: str) -> bool:
    """Chromium's log names the refusal (ERR_CERT_AUTHORITY_INVALID) or, in newer builds, only
    its number, -202 (net/base/net_error_list.h)."""
    return "ERR_CERT_AUTHORITY_INVALID" in stderr or "net_error -202" in stderr
