"""What stands behind the wizard's pages: the CA home, the CA in memory, the files, the publisher.

The wizard model (core/flow/wizard.py) says which action a step needs (`Action`). `Session.job()`
turns that into a plain function the GUI runs in a worker: a call of the application layer the
command line uses too (core/flow/operations.py), on inputs captured when the job is made.
`Session.apply()` runs on the UI thread with that result, keeps the objects and records the
outcome in the model. No Qt in here, so the same code is easy to test.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustanchor.core.defaults import KeyType
from trustanchor.core.flow import operations
from trustanchor.core.flow.operations import IssueResult, PublishOptions
from trustanchor.core.flow.state import Action, CAInfo, IssuedInfo, WizardState
from trustanchor.core.flow.wizard import Wizard

# The core's certificate, CA-home and publishing modules take about half a second to import;
# they are loaded off the UI thread after the first window is painted (see gui/app.py), so
# this module names them only for type checking and imports them where they are used.
if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.publish.bonjour import BonjourStatus
    from trustanchor.core.publish.publisher import Publisher
    from trustanchor.core.publish.server import PublishEvent
    from trustanchor.core.store.home import CAHome

log = logging.getLogger(__name__)


@dataclass
class Secrets:
    """What the person typed that must not enter the model's snapshots."""

    passphrase: str = ""
    import_password: str = ""

    def passphrase_bytes(self, use: bool = True) -> bytes | None:
        return self.passphrase.encode() if use and self.passphrase else None


@dataclass
class Session:
    home: CAHome
    publish_options: PublishOptions = field(default_factory=PublishOptions)
    ca: CertificateAuthority | None = None
    import_candidate: CertificateAuthority | None = None
    issued: IssueResult | None = None
    publisher: Publisher | None = None
    on_event: Callable[[PublishEvent], None] | None = None
    on_bonjour: Callable[[BonjourStatus], None] | None = None
    stored_ca_name: str | None = None  # the CA found in the home at start, for the pages
    stored_ca_not_after: dt.datetime | None = None  # and its end date
    initial: Wizard | None = None  # the model prepare() built
    log_path: Path | None = None  # the log file, once logging is set up

    # -- jobs: run on a worker thread, inputs captured now ------------------------------------

    def job(self, action: Action, state: WizardState, secrets_: Secrets) -> Callable[[], Any]:
        """A function doing `action` for `state`, safe to run off the UI thread."""
        home = self.home
        replace = state.replace_existing
        protect = secrets_.passphrase_bytes(state.use_passphrase)
        if action is Action.CREATE_CA:
            permitted = state.permitted if state.limit_names else ()
            name, key_type = state.ca_name.strip(), KeyType(state.key_type)
            return lambda: operations.create_ca(home, name, key_type=key_type,
                                                permitted=permitted, passphrase=protect,
                                                replace=replace).ca
        if action is Action.IMPORT_CA:
            candidate = self.import_candidate
            if candidate is None:
                raise ValueError("import the file before saving it")
            return lambda: operations.store_ca(home, candidate, passphrase=protect,
                                               replace=replace).ca
        if action is Action.LOAD_CA:
            unlock = secrets_.passphrase_bytes()
            return lambda: operations.load_ca(home, unlock)
        if action is Action.ISSUE_CERT:
            ca = self._need_ca()
            names, days = state.server_names, state.days
            folder, p12, overwrite = Path(state.output_folder), state.include_p12, \
                state.overwrite_files
            renewing = Path(state.renew_path) if state.renew_path else None
            if renewing is not None and renewing.parent == folder:
                from trustanchor.core.flow.renewal import reissue

                return lambda: reissue(home, ca, renewing, names, days=days, p12=p12).result
            return lambda: operations.issue_certificate(home, ca, names, folder, days=days,
                                                        p12=p12, overwrite=overwrite)
        if action is Action.START_PUBLISHING:
            return self.publish_job(test_servers=state.test_servers)
        raise ValueError(f"unknown action {action}")

    def publish_job(self, address: str | None = None,
                    test_servers: tuple[str, ...] | None = None) -> Callable[[], Publisher]:
        """Start publishing (stopping what runs now first) on `address` or the default, with
        `test_servers` as the servers the phone page offers to test (None: as before)."""
        if test_servers is not None:
            self.publish_options = self.publish_options._replace(
                test_servers=servers_to_offer(self.publish_options, test_servers))
        ca, old, options = self._need_ca(), self.publisher, self.publish_options
        on_event, on_bonjour = self.on_event, self.on_bonjour
        return lambda: operations.start_publishing(ca, options, address=address,
                                                   on_event=on_event, on_bonjour=on_bonjour,
                                                   replacing=old)

    def stop_job(self) -> Callable[[], None]:
        publisher = self.publisher
        return lambda: operations.stop_publishing(publisher)

    # -- results: on the UI thread -----------------------------------------------------------

    def apply(self, action: Action, result: Any, wizard: Wizard) -> Wizard:
        """Keep `result` and record in the model what it means."""
        if action in (Action.CREATE_CA, Action.IMPORT_CA, Action.LOAD_CA):
            self.ca, self.import_candidate = result, None
            self.stored_ca_name, self.stored_ca_not_after = result.name, result.not_after
            if self.publisher is not None and action is not Action.LOAD_CA:
                operations.stop_publishing(self.publisher)  # it serves the old CA
                self.publisher = None
            encrypted = self.home.key_is_encrypted()
            return wizard.record_ca(ca_info(result, encrypted))
        if action is Action.ISSUE_CERT:
            from trustanchor.core.flow.renewal import recorded_certificates

            self.issued = result
            state = wizard.state
            return wizard.record_issued(IssuedInfo(
                state.server_names, state.days, state.output_folder, state.include_p12,
                tuple(str(p) for p in result.files), result.certificate.not_after,
            )).record_certificates(recorded_certificates(self.home))
        if action is Action.START_PUBLISHING:
            return self.apply_publisher(result, wizard)
        raise ValueError(f"unknown action {action}")

    def apply_publisher(self, publisher: Publisher | None, wizard: Wizard) -> Wizard:
        self.publisher = publisher
        return wizard.record_publishing(publisher.http_url if publisher is not None else None)

    def shutdown(self) -> None:
        """Stop publishing (the app is closing); blocks for at most about a second."""
        publisher, self.publisher = self.publisher, None
        operations.stop_publishing(publisher)

    def _need_ca(self) -> CertificateAuthority:
        if self.ca is None:
            raise ValueError("no CA loaded yet")
        return self.ca


def servers_to_offer(options: PublishOptions, urls: tuple[str, ...]) -> tuple[str, ...]:
    """The servers the phone page offers to test. Publishing bound to loopback (the tests, the
    screenshots) serves no other device, so it offers only loopback servers: the desktop's own
    check of each one must not look up or connect to anything off this machine."""
    import ipaddress
    from urllib.parse import urlsplit

    try:
        pinned = options.bind is not None and ipaddress.ip_address(options.bind).is_loopback
    except ValueError:
        pinned = False
    if not pinned:
        return urls
    kept: list[str] = []
    for url in urls:
        try:
            host = urlsplit(url).hostname or ""
            local = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = False
        if local:
            kept.append(url)
    return tuple(kept)


# -- what the pages and the start-up need -------------------------------------------------------


def ca_info(ca: CertificateAuthority, encrypted: bool) -> CAInfo:
    return CAInfo(ca.name, ca.short_fingerprint, ca.key_type.value, ca.not_after,
                  ca.permitted_names, encrypted)


def preview_import(path: str, key_path: str, password: str) -> CertificateAuthority:
    """The import page's check of the chosen files, as typed (nothing is saved)."""
    return operations.preview_import(Path(path), Path(key_path) if key_path else None,
                                     password=password.encode() if password else None)


def initial_wizard(home: CAHome, *, hostname: str | None = None,
                   addresses: tuple[str, ...] | None = None,
                   output_folder: Path | None = None) -> Wizard:
    """The model at the welcome page, prefilled from this machine and the CA home."""
    import socket

    from trustanchor.core.errors import PublishError, TrustAnchorError
    from trustanchor.core.flow.renewal import recorded_certificates
    from trustanchor.core.flow.wizard import start
    from trustanchor.core.publish.lan import lan_addresses
    from trustanchor.core.publish.publisher import choose_address

    if addresses is None:
        try:
            addresses = (choose_address(lan_addresses()),)
        except PublishError:
            addresses = ()
    try:
        has_ca = home.has_ca()
        encrypted = has_ca and home.key_is_encrypted()
        certificates = recorded_certificates(home) if has_ca else ()
    except TrustAnchorError as exc:
        log.warning("the CA home could not be read: %s", exc)
        has_ca, encrypted, certificates = False, False, ()
    return start(ca_in_home=has_ca, home_key_encrypted=encrypted, certificates=certificates,
                 hostname=hostname or socket.gethostname(), addresses=addresses,
                 output_folder=str(output_folder or operations.default_output_folder(home)))


def warm_imports() -> None:
    """Import what the pages need, off the UI thread, so no page stalls on it later.

    Written as plain import statements (not a list for importlib) so PyInstaller's analysis
    sees every page module that the window loads by name.
    """
    import trustanchor.core.pictures.illustrations
    import trustanchor.core.pki.ca
    import trustanchor.core.pki.importer
    import trustanchor.core.pki.names
    import trustanchor.core.pki.reader
    import trustanchor.core.pki.serverconfig
    import trustanchor.core.publish.publisher
    import trustanchor.gui.pages.ca
    import trustanchor.gui.pages.done
    import trustanchor.gui.pages.full_trust
    import trustanchor.gui.pages.install_profile
    import trustanchor.gui.pages.publish
    import trustanchor.gui.pages.save
    import trustanchor.gui.pages.server_cert
    import trustanchor.gui.pages.verify
    import trustanchor.gui.pages.welcome  # noqa: F401


def stored_name(home: CAHome) -> tuple[str | None, dt.datetime | None]:
    """The common name and end date of the CA in the home, or None (nothing there, or
    unreadable)."""
    from trustanchor.core.errors import TrustAnchorError
    from trustanchor.core.pki.reader import display_name

    try:
        if not home.has_ca():
            return None, None
        certificate = home.load_certificate()
        return display_name(certificate), certificate.not_valid_after_utc
    except (TrustAnchorError, ValueError):
        return None, None


def open_session(home: CAHome, options: PublishOptions | None = None, **machine: Any) -> Session:
    """A session on `home` with its starting model (`machine`: see initial_wizard)."""
    session = Session(home, options or PublishOptions())
    session.initial = initial_wizard(home, **machine)
    session.stored_ca_name, session.stored_ca_not_after = stored_name(home)
    return session


def prepare(options: PublishOptions | None = None) -> Session:
    """Everything slow about starting: imports, the CA home, this machine's addresses.

    Runs on a worker thread while the first window is already on screen; `Session.initial`
    holds the model it found.
    """
    from trustanchor.core.store.home import CAHome, default_home

    session = open_session(CAHome(default_home()), options)
    warm_imports()
    return session


def load() -> Session:
    """The GUI's start-up work after the first paint: the log file, then `prepare()`."""
    from trustanchor.gui.logsetup import setup_logging

    log_path = setup_logging()
    session = prepare()
    session.log_path = log_path
    return session
