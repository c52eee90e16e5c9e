"""The wizard's typed state: steps, choices, the facts a session records, one immutable snapshot.

No Qt and no cryptography here (the first window imports it). The flow over this state is in
core/flow/wizard.py; import these names from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypedDict

from trustanchor.core.defaults import SERVER_CERT_DAYS, KeyType

if TYPE_CHECKING:  # names only: publishing is loaded after the first window is painted
    from trustanchor.core.publish.devices import Platform
    from trustanchor.core.publish.server import EventKind


class Step(StrEnum):
    WELCOME = "welcome"
    CA = "ca"
    SERVER_CERT = "server_cert"
    SAVE = "save"
    PUBLISH = "publish"
    INSTALL_PROFILE = "install_profile"
    FULL_TRUST = "full_trust"
    VERIFY = "verify"
    DONE = "done"


class CAChoice(StrEnum):
    CREATE = "create"
    IMPORT = "import"
    REUSE = "reuse"


class Action(StrEnum):
    """A core call the GUI must run (in a worker) before the current step can be left."""

    CREATE_CA = "create_ca"
    IMPORT_CA = "import_ca"
    LOAD_CA = "load_ca"
    ISSUE_CERT = "issue_cert"
    START_PUBLISHING = "start_publishing"


# "blocked": the phone reached the page but not the HTTPS test port (a firewall on this
# computer), which says nothing about whether it trusts the CA.
Trust = Literal["waiting", "trusted", "untrusted", "blocked"]
_VERDICTS: frozenset[str] = frozenset({"trusted", "untrusted", "blocked"})


@dataclass(frozen=True)
class CAInfo:
    """The CA the session uses: what the pages show about it. Never the key."""

    name: str
    short_fingerprint: str
    key_type: str
    not_after: dt.datetime
    permitted: tuple[str, ...] = ()
    encrypted: bool = True


@dataclass(frozen=True)
class IssuedInfo:
    """Server certificate files written, with the request that made them."""

    names: tuple[str, ...]
    days: int
    folder: str
    include_p12: bool
    files: tuple[str, ...]
    not_after: dt.datetime


@dataclass(frozen=True)
class RecordedCert:
    """A server certificate the CA home's record lists (the newest one per file): what
    Welcome shows and what Renew re-issues. `path` is its .crt file, None if not recorded."""

    names: tuple[str, ...]
    not_after: dt.datetime
    path: str | None


@dataclass(frozen=True)
class SeenDevice:
    """A device that talked to the publishing server, and what it did, in order.

    `device_id` is the page load's token: one page load is one device, so two phones behind
    one address stay apart (and a reload of the page on the same phone is a new row).
    `servers` holds the latest test of each of the user's servers: (url, event kind)."""

    address: str
    platform: Platform
    os_version: str | None
    label: str
    events: tuple[EventKind, ...] = ()
    browser: str | None = None
    device_id: str = ""
    servers: tuple[tuple[str, EventKind], ...] = ()

    @property
    def trust(self) -> Trust:
        for kind in reversed(self.events):
            if kind in _VERDICTS:
                return kind  # type: ignore[return-value]
        return "waiting"

    def with_server(self, url: str, kind: EventKind) -> SeenDevice:
        """This device with `kind` as the latest test of `url` (first-seen order kept)."""
        servers = dict(self.servers)
        servers[url] = kind
        return replace(self, servers=tuple(servers.items()))


@dataclass(frozen=True)
class Facts:
    """What happened in the world during this session. Back keeps these."""

    ca_in_home: bool = False
    home_key_encrypted: bool = False
    ca: CAInfo | None = None
    issued: IssuedInfo | None = None
    publishing_url: str | None = None
    devices: tuple[SeenDevice, ...] = ()
    certificates: tuple[RecordedCert, ...] = ()  # issued before this session, newest last


@dataclass(frozen=True)
class WizardState:
    """Everything the pages show and the person chose; one immutable snapshot."""

    step: Step = Step.WELCOME
    ca_choice: CAChoice = CAChoice.CREATE
    ca_name: str = "TrustAnchor CA"
    key_type: KeyType = KeyType.EC_P256
    use_passphrase: bool = True
    passphrase_set: bool = False
    limit_names: bool = False
    permitted: tuple[str, ...] = ()
    replace_existing: bool = False
    import_path: str = ""
    import_key_path: str = ""
    import_ok: bool = False
    skip_server_cert: bool = False
    server_names: tuple[str, ...] = ()
    days: int = SERVER_CERT_DAYS
    include_p12: bool = False
    output_folder: str = ""
    overwrite_files: bool = False
    renew_path: str = ""  # the .crt being renewed: its files are archived before issuing
    platform: Platform | None = None
    os_version: str | None = None
    test_servers: tuple[str, ...] = ()  # the user's https:// URLs the phone page offers to test
    facts: Facts = field(default_factory=Facts)

    @property
    def device(self) -> SeenDevice | None:
        """The device the phone pages follow: the latest one of the chosen platform, if any."""
        for device in reversed(self.facts.devices):
            if self.platform is None or device.platform == self.platform:
                return device
        return None

    @property
    def shown_platform(self) -> Platform:
        if self.platform is not None:
            return self.platform
        device = self.device
        return device.platform if device is not None else "iphone"

    @property
    def shown_os_version(self) -> str | None:
        if self.os_version is not None:
            return self.os_version
        device = self.device
        return device.os_version if device is not None else None

    @property
    def trust(self) -> Trust:
        device = self.device
        return device.trust if device is not None else "waiting"


class WizardEdits(TypedDict, total=False):
    """The fields of `WizardState` the person edits (all but `step` and `facts`), with their
    types: `Wizard.edit(**changes: Unpack[WizardEdits])`, so a misspelt field fails mypy.
    tests/gui/test_typed_edits.py keeps this in step with WizardState."""

    ca_choice: CAChoice
    ca_name: str
    key_type: KeyType
    use_passphrase: bool
    passphrase_set: bool
    limit_names: bool
    permitted: tuple[str, ...]
    replace_existing: bool
    import_path: str
    import_key_path: str
    import_ok: bool
    skip_server_cert: bool
    server_names: tuple[str, ...]
    days: int
    include_p12: bool
    output_folder: str
    overwrite_files: bool
    renew_path: str
    platform: Platform | None
    os_version: str | None
    test_servers: tuple[str, ...]
