"""What the pages show about the session besides the model: one frozen, read-only view.

The controller (gui/controller.py) builds a `SessionView` from the session each time the pages
render; pages read it and never see the session itself, so they cannot change it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a name only: the Bonjour module loads after the first window (gui/app.py)
    from trustanchor.core.publish.bonjour import BonjourStatus


@dataclass(frozen=True)
class SessionView:
    """`started` is False until the start-up work has found the CA home."""

    started: bool = False
    home_root: str = ""
    stored_ca_name: str | None = None  # the CA found in the home at start
    stored_ca_not_after: dt.datetime | None = None  # and its end date
    p12_password: str | None = field(default=None, repr=False)  # of the last issued .p12
    preferred_address: str | None = None  # the address publishing was asked to use
    publishing_address: str | None = None  # the address publishing runs on now
    bonjour: BonjourStatus | None = None
    https_port: int | None = None  # the HTTPS test port publishing listens on now
    tested_servers: tuple[str, ...] = ()  # the servers the running phone page offers to test


@dataclass(frozen=True)
class ImportRequest:
    """A CA file to read for the import preview; the password never reaches a repr or log."""

    path: str
    key_path: str
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class ImportPreview:
    """What the preview found: the CA's name, fingerprint and end date (never its key)."""

    name: str
    short_fingerprint: str
    not_after: dt.datetime
