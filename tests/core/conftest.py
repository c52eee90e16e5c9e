"""Fixtures of the publishing-server tests: a leaf for loopback and a running server on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from servertests import make_server

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.server import PublishEvent, PublishServer


@pytest.fixture(scope="module")
def leaf(ca: CertificateAuthority) -> ServerCertificate:
    return ca.issue_server_cert("127.0.0.1", "localhost")


@pytest.fixture
def events() -> list[PublishEvent]:
    """What the `server` fixture reported, in order."""
    return []


@pytest.fixture
def server(ca: CertificateAuthority, leaf: ServerCertificate,
           events: list[PublishEvent]) -> Iterator[PublishServer]:
    """A fresh server for each test, on 127.0.0.1 with free ports and short deadlines.

    Per test, not per module: connections an attack test leaves open would otherwise still
    count against the per-client and total caps the next test measures."""
    srv = make_server(ca, leaf, events)
    srv.start()
    yield srv
    srv.stop()
