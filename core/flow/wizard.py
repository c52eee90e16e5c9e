"""The setup wizard's flow: steps, typed state, one transition table, Back over snapshots.

No Qt here. Navigation is pure: `Wizard.advance()` and `Wizard.back()` return a new `Wizard` and
never touch the disk or the network. The work a step needs before it can be left (make or load
the CA, issue the certificate, start publishing) is named by `Wizard.pending_action()`; the GUI
runs that core call in a worker and records the outcome with one of the `record_*` methods, which
is what lets the step be left. Outcomes are facts about the world (a CA now exists, files were
written, a phone trusts the CA): they survive Back, while the person's choices are restored from
the snapshot taken when the step was left.

The state types are in core/flow/state.py and the first values in core/flow/suggest.py; import
them from there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Unpack

from trustanchor.core.defaults import (
    KEY_TYPES,
    MAX_NAME_ATTRIBUTE_LENGTH,
    MAX_SERVER_CERT_DAYS,
    MIN_PASSPHRASE_LENGTH,
    KeyType,
)
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.flow.state import (
    Action,
    CAChoice,
    CAInfo,
    Facts,
    IssuedInfo,
    RecordedCert,
    SeenDevice,
    Step,
    WizardEdits,
    WizardState,
)
from trustanchor.core.flow.suggest import host_label, suggest_permitted, suggest_server_names
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.publish.devices import Platform
    from trustanchor.core.publish.server import EventKind

# Only iPhone and iPad need the separate "full trust" switch (Apple support 102390); a Mac gets
# the Keychain's "Always Trust" there. Android and the other desktops trust on install.
FULL_TRUST_PLATFORMS: frozenset[str] = frozenset({"iphone", "ipad", "mac", "unknown"})
# The CA page shows this only when its own passphrase message is empty (said once).
PASSPHRASE_HINT = QT_TRANSLATE_NOOP(
    "core.wizard", "Type a passphrase twice, or untick “Protect the CA key with a passphrase”.")


# ---------------------------------------------------------------------------------------------
# Validation: one function per step, each returning sentences (empty when fine): English
# strings that are core.text.Text, so the wizard shows them in its own language.


def check_passphrase(passphrase: str, confirm: str) -> tuple[str, ...]:
    """What is wrong with a new passphrase and its confirmation (the page keeps the text)."""
    if not passphrase:
        return (QT_TRANSLATE_NOOP("core.wizard", "Type a passphrase, or untick “Protect the CA key"
            " with a passphrase”."),)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return (QT_TRANSLATE_NOOP("core.wizard", "Use a passphrase of at least"
            " {count} characters.").format(count=MIN_PASSPHRASE_LENGTH),)
    if passphrase != confirm:
        return (QT_TRANSLATE_NOOP("core.wizard", "The two passphrases differ; type the same one"
            " twice."),)
    return ()


def _name_errors(texts: tuple[str, ...]) -> tuple[str, ...]:
    # Imported here: names pulls in cryptography, which the first window does not need.
    from trustanchor.core.pki.names import parse_names

    try:
        parse_names(texts)
    except InvalidNameError as err:
        return (err.message,)
    return ()


def _ca_errors(state: WizardState) -> tuple[str, ...]:
    errors: list[str] = []
    if state.ca_choice is CAChoice.REUSE:
        if not state.facts.ca_in_home:
            errors.append(QT_TRANSLATE_NOOP("core.wizard", "There is no CA yet; choose “Create a"
                " new CA” or import one."))
        elif (state.facts.ca is None and state.facts.home_key_encrypted
              and not state.passphrase_set):
            errors.append(QT_TRANSLATE_NOOP("core.wizard", "Type your CA's passphrase."))
        return tuple(errors)
    if state.facts.ca_in_home and not state.replace_existing:
        errors.append(QT_TRANSLATE_NOOP("core.wizard", "You already have a CA: use it, or tick"
            " “Replace my current CA” (it is kept in the archive folder)."))
    if state.ca_choice is CAChoice.IMPORT:
        if not state.import_path.strip():
            errors.append(QT_TRANSLATE_NOOP("core.wizard", "Choose the CA file or mkcert folder to"
                " import."))
        elif not state.import_ok:
            errors.append(QT_TRANSLATE_NOOP("core.wizard", "Choose a file TrustAnchor can read as"
                " a CA (see the message above)."))
    else:
        errors.extend(_create_errors(state))
    if state.use_passphrase and not state.passphrase_set:
        errors.append(PASSPHRASE_HINT)
    return tuple(errors)


def _create_errors(state: WizardState) -> list[str]:
    errors: list[str] = []
    name = state.ca_name.strip()
    if not name:
        errors.append(QT_TRANSLATE_NOOP("core.wizard", "Give your CA a name; your phone shows it"
            " in Settings."))
    elif len(name) > MAX_NAME_ATTRIBUTE_LENGTH:
        errors.append(QT_TRANSLATE_NOOP("core.wizard", "Shorten the CA name to {limit}"
            " characters or fewer.").format(limit=MAX_NAME_ATTRIBUTE_LENGTH))
    if state.key_type not in KEY_TYPES:
        errors.append(QT_TRANSLATE_NOOP("core.wizard", "Choose one of the offered key types."))
    if state.limit_names:
        from trustanchor.core.pki.names import parse_permitted

        if not state.permitted:
            errors.append(QT_TRANSLATE_NOOP("core.wizard", "List at least one name or address"
                " range, or untick the limit."))
        for text in state.permitted:
            try:
                parse_permitted(text)
            except InvalidNameError as err:
                errors.append(err.message)
    return errors


def _server_cert_errors(state: WizardState) -> tuple[str, ...]:
    if state.skip_server_cert:
        return ()
    errors = list(_name_errors(state.server_names))
    if not 1 <= state.days <= MAX_SERVER_CERT_DAYS:
        errors.append(QT_TRANSLATE_NOOP("core.wizard", "Choose a lifetime between 1 and"
            " {limit} days; iPhones reject longer ones.").format(limit=MAX_SERVER_CERT_DAYS))
    if not state.output_folder.strip():
        errors.append(QT_TRANSLATE_NOOP("core.wizard", "Choose the folder to save the certificate"
            " in."))
    return tuple(errors)


def _verify_errors(state: WizardState) -> tuple[str, ...]:
    # Imported here: servercheck pulls in cryptography, which the first window does not need.
    from trustanchor.core.publish.servercheck import parse_url

    errors: list[str] = []
    for url in state.test_servers:
        try:
            parse_url(url)
        except InvalidNameError as err:
            errors.append(err.message)
    return tuple(errors)


def _no_errors(state: WizardState) -> tuple[str, ...]:
    return ()


VALIDATORS: Mapping[Step, Callable[[WizardState], tuple[str, ...]]] = {
    Step.WELCOME: _no_errors,
    Step.CA: _ca_errors,
    Step.SERVER_CERT: _server_cert_errors,
    Step.SAVE: _no_errors,
    Step.PUBLISH: _no_errors,
    Step.INSTALL_PROFILE: _no_errors,
    Step.FULL_TRUST: _no_errors,
    Step.VERIFY: _verify_errors,
    Step.DONE: _no_errors,
}


# ---------------------------------------------------------------------------------------------
# Side effects each step needs, and the one transition table.


def _ca_action(state: WizardState) -> Action | None:
    if state.facts.ca is not None and state.ca_choice is CAChoice.REUSE:
        return None
    return {CAChoice.CREATE: Action.CREATE_CA, CAChoice.IMPORT: Action.IMPORT_CA,
            CAChoice.REUSE: Action.LOAD_CA}[state.ca_choice]


def _server_cert_action(state: WizardState) -> Action | None:
    if state.skip_server_cert:
        return None
    issued = state.facts.issued
    if issued is not None and issued == dataclasses.replace(
        issued, names=state.server_names, days=state.days, folder=state.output_folder,
        include_p12=state.include_p12,
    ):
        return None
    return Action.ISSUE_CERT


def _publish_action(state: WizardState) -> Action | None:
    return Action.START_PUBLISHING if state.facts.publishing_url is None else None


ACTIONS: Mapping[Step, Callable[[WizardState], Action | None]] = {
    Step.CA: _ca_action,
    Step.SERVER_CERT: _server_cert_action,
    Step.PUBLISH: _publish_action,
}


def _always(state: WizardState) -> bool:
    return True


def _skips_server_cert(state: WizardState) -> bool:
    return state.skip_server_cert


def _needs_full_trust(state: WizardState) -> bool:
    return state.shown_platform in FULL_TRUST_PLATFORMS


Guard = Callable[[WizardState], bool]
# From each step, the first rule whose guard holds names the next step.
TRANSITIONS: Mapping[Step, tuple[tuple[Guard, Step], ...]] = {
    Step.WELCOME: ((_always, Step.CA),),
    Step.CA: ((_always, Step.SERVER_CERT),),
    Step.SERVER_CERT: ((_skips_server_cert, Step.PUBLISH), (_always, Step.SAVE)),
    Step.SAVE: ((_always, Step.PUBLISH),),
    Step.PUBLISH: ((_always, Step.INSTALL_PROFILE),),
    Step.INSTALL_PROFILE: ((_needs_full_trust, Step.FULL_TRUST), (_always, Step.VERIFY)),
    Step.FULL_TRUST: ((_always, Step.VERIFY),),
    Step.VERIFY: ((_always, Step.DONE),),
    Step.DONE: (),
}
# Shortcuts a page offers besides Next: "Issue another certificate" on the last page.
JUMPS: Mapping[Step, frozenset[Step]] = {Step.DONE: frozenset({Step.SERVER_CERT})}
# Fields the person edits; steps, facts and history change only through the methods below.
_FACT_FIELDS = frozenset({"step", "facts"})


@dataclass(frozen=True)
class Wizard:
    """The current state plus the snapshots to go Back to; every method returns a new Wizard."""

    state: WizardState = field(default_factory=WizardState)
    history: tuple[WizardState, ...] = ()

    @property
    def step(self) -> Step:
        return self.state.step

    def errors(self) -> tuple[str, ...]:
        """What the person must fix before Next, in plain sentences."""
        return VALIDATORS[self.step](self.state)

    def action_needed(self) -> Action | None:
        """The core call this step still needs, whether or not its inputs are valid yet."""
        rule = ACTIONS.get(self.step)
        return rule(self.state) if rule is not None else None

    def pending_action(self) -> Action | None:
        """The core call to run now, before Next (only once the inputs are valid)."""
        return None if self.errors() else self.action_needed()

    def next_step(self) -> Step | None:
        for guard, target in TRANSITIONS[self.step]:
            if guard(self.state):
                return target
        return None

    def can_advance(self) -> bool:
        return (self.next_step() is not None and not self.errors()
                and self.pending_action() is None)

    def can_go_back(self) -> bool:
        return bool(self.history)

    def advance(self) -> Wizard:
        """Go to the next step; ValueError if the step is invalid or its action has not run."""
        target = self.next_step()
        if target is None or self.errors() or self.pending_action() is not None:
            raise ValueError(f"cannot leave step {self.step} yet")
        return Wizard(dataclasses.replace(self.state, step=target), (*self.history, self.state))

    def back(self) -> Wizard:
        """Return to the previous step, keeping every choice and what happened since.

        Only the step changes: each field belongs to one page, so its current value is what
        the person last left there, on this page or an earlier one. Restoring an older
        snapshot instead would throw away what was typed on the page being left (names typed
        on Server certificate came back as the suggestion, and Next then offered to issue a
        certificate for names nobody asked for)."""
        if not self.history:
            raise ValueError("already at the first step")
        previous = dataclasses.replace(self.state, step=self.history[-1].step)
        return Wizard(previous, self.history[:-1])

    def jump(self, target: Step) -> Wizard:
        """Take a shortcut the current page offers (see JUMPS)."""
        if target not in JUMPS.get(self.step, frozenset()):
            raise ValueError(f"no shortcut from {self.step} to {target}")
        return Wizard(dataclasses.replace(self.state, step=target), (*self.history, self.state))

    def edit(self, **changes: Unpack[WizardEdits]) -> Wizard:
        """Change the person's choices on the current step (not the step or the facts).

        The keywords are typed (`WizardEdits`): mypy rejects a misspelt field or a wrong type.
        At run time a name that is no field still raises TypeError (dataclasses.replace), and a
        value of the wrong kind is left for `errors()` to report (an unknown key type)."""
        bad = _FACT_FIELDS.intersection(changes)
        if bad:
            raise ValueError(f"use the record_* methods for {sorted(bad)}")
        if "ca_choice" in changes:  # an untyped front end may hand back the plain string
            changes["ca_choice"] = CAChoice(changes["ca_choice"])
        return dataclasses.replace(self, state=dataclasses.replace(self.state, **changes))

    def _with_facts(self, **changes: Any) -> Wizard:
        facts = dataclasses.replace(self.state.facts, **changes)
        return dataclasses.replace(self, state=dataclasses.replace(self.state, facts=facts))

    def record_ca(self, info: CAInfo) -> Wizard:
        """The CA now in the CA home and in memory; from here on the CA page reuses it."""
        old = self.state.facts.ca
        changed = old is None or old.short_fingerprint != info.short_fingerprint
        wizard = self._with_facts(
            ca_in_home=True, ca=info, home_key_encrypted=info.encrypted,
            issued=None if changed else self.state.facts.issued,
            publishing_url=None if changed else self.state.facts.publishing_url,
        )
        return wizard.edit(ca_choice=CAChoice.REUSE, replace_existing=False, import_ok=False,
                           ca_name=info.name, key_type=KeyType(info.key_type))

    def record_issued(self, info: IssuedInfo) -> Wizard:
        """The files were written. "Replace files" and a renewal were asked for this one
        certificate: they are used up, so a later visit never replaces files unasked. The
        servers to test become the new certificate's names, unless the person changed the
        list suggested before."""
        facts = self.state.facts
        before = facts.issued.names if facts.issued is not None else (
            facts.certificates[-1].names if facts.certificates else ())
        suggested = server_test_urls(before)
        wizard = self._with_facts(issued=info).edit(overwrite_files=False, renew_path="")
        if self.state.test_servers in ((), suggested):
            wizard = wizard.edit(test_servers=server_test_urls(info.names))
        return wizard

    def record_certificates(self, certificates: tuple[RecordedCert, ...]) -> Wizard:
        """The certificates on record now (after issuing or renewing one)."""
        return self._with_facts(certificates=certificates)

    def record_publishing(self, url: str | None) -> Wizard:
        """The URL publishing started on, or None once it stopped."""
        return self._with_facts(publishing_url=url)

    def record_event(self, kind: EventKind, *, address: str, platform: Platform,
                     os_version: str | None, label: str, browser: str | None = None,
                     device_id: str = "", url: str = "") -> Wizard:
        """A publishing event: a device opened the page, fetched the profile or ran a test.

        Events group by `device_id`, the page load's token, when there is one: two phones
        behind one address (a guest network's NAT) are two devices. A second page load on the
        same phone is a new token and so a new row; its events are what matter from then on.
        Without a token (an older page), address and label make the key. A server-* event
        also keeps the latest verdict for its `url`."""
        devices = list(self.state.facts.devices)
        for index, device in enumerate(devices):
            same = (device.device_id == device_id if device_id
                    else not device.device_id and (device.address, device.label)
                    == (address, label))
            if same:
                seen = dataclasses.replace(device, events=(*device.events, kind))
                del devices[index]
                break
        else:
            seen = SeenDevice(address, platform, os_version, label, (kind,), browser, device_id)
        if kind.startswith("server-") and url:
            seen = seen.with_server(url, kind)
        devices.append(seen)
        return self._with_facts(devices=tuple(devices))

def server_test_urls(names: tuple[str, ...]) -> tuple[str, ...]:
    """`https://NAME/` for each certificate name a phone can open (not wildcards)."""
    urls: list[str] = []
    for name in names:
        if name.startswith("*"):
            continue
        urls.append(f"https://[{name}]/" if ":" in name else f"https://{name}/")
    return tuple(urls)


def start(*, ca_in_home: bool, hostname: str, addresses: tuple[str, ...],
          output_folder: str, home_key_encrypted: bool = False,
          certificates: tuple[RecordedCert, ...] = ()) -> Wizard:
    """The wizard at its welcome page, prefilled for this machine, or for the servers of the
    most recent certificate on record (a returning person renews the same names)."""
    names = suggest_server_names(hostname, addresses)
    if certificates:
        names = certificates[-1].names
    tested = server_test_urls(certificates[-1].names) if certificates else ()
    state = WizardState(
        ca_choice=CAChoice.REUSE if ca_in_home else CAChoice.CREATE,
        ca_name=f"TrustAnchor CA ({host_label(hostname)})",
        permitted=suggest_permitted(names),
        server_names=names,
        output_folder=output_folder,
        test_servers=tested,
        facts=Facts(ca_in_home=ca_in_home, home_key_encrypted=home_key_encrypted,
                    certificates=certificates),
    )
    return Wizard(state)
