"""The wizard's flow model, walked path by path without Qt."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from trustanchor.core.defaults import MAX_SERVER_CERT_DAYS
from trustanchor.core.flow.state import Action, CAChoice, CAInfo, IssuedInfo, RecordedCert, Step
from trustanchor.core.flow.suggest import (
    PRIVATE_NETWORKS,
    host_label,
    suggest_permitted,
    suggest_server_names,
)
from trustanchor.core.flow.wizard import Wizard, check_passphrase, server_test_urls, start

LATER = dt.datetime(2035, 1, 1, tzinfo=dt.UTC)
CA = CAInfo("Home CA", "AB:CD:EF:01:23:45:67:89", "ec-p256", LATER)
OTHER_CA = CAInfo("Other CA", "11:22:33:44:55:66:77:88", "rsa-2048", LATER)


def fresh(*, ca_in_home: bool = False) -> Wizard:
    return start(ca_in_home=ca_in_home, hostname="NAS.example", addresses=("192.168.1.20",),
                 output_folder="/tmp/out")


def issued_for(wizard: Wizard) -> IssuedInfo:
    s = wizard.state
    return IssuedInfo(s.server_names, s.days, s.output_folder, s.include_p12,
                      ("/tmp/out/nas.local.crt",), LATER)


def run_action(wizard: Wizard) -> Wizard:
    """What the GUI's worker does for each action, reduced to its recorded outcome."""
    action = wizard.pending_action()
    if action in (Action.CREATE_CA, Action.IMPORT_CA, Action.LOAD_CA):
        return wizard.record_ca(CA)
    if action is Action.ISSUE_CERT:
        return wizard.record_issued(issued_for(wizard))
    if action is Action.START_PUBLISHING:
        return wizard.record_publishing("http://192.168.1.20:8080/")
    assert action is None
    return wizard


def walk(wizard: Wizard) -> list[Step]:
    """Press Next (running each pending action) until the last page; return the steps seen."""
    seen = [wizard.step]
    for _ in range(20):
        if wizard.next_step() is None:
            return seen
        assert not wizard.errors(), wizard.errors()
        wizard = run_action(wizard)
        assert wizard.can_advance()
        wizard = wizard.advance()
        seen.append(wizard.step)
    raise AssertionError("the walk never ended")


FULL = [Step.WELCOME, Step.CA, Step.SERVER_CERT, Step.SAVE, Step.PUBLISH,
        Step.INSTALL_PROFILE, Step.FULL_TRUST, Step.VERIFY, Step.DONE]


def test_create_path_visits_every_step() -> None:
    wizard = fresh().edit(passphrase_set=True)
    assert wizard.state.ca_choice is CAChoice.CREATE
    assert walk(wizard) == FULL


def test_create_without_passphrase() -> None:
    wizard = fresh().advance()
    assert any("passphrase" in e for e in wizard.errors())
    assert wizard.pending_action() is None and not wizard.can_advance()
    assert wizard.action_needed() is Action.CREATE_CA
    wizard = wizard.edit(use_passphrase=False)
    assert wizard.errors() == ()
    assert wizard.pending_action() is Action.CREATE_CA
    assert walk(wizard)[-1] is Step.DONE


def test_import_path() -> None:
    wizard = fresh().edit(ca_choice=CAChoice.IMPORT, use_passphrase=False).advance()
    assert wizard.errors() == ("Choose the CA file or mkcert folder to import.",)
    wizard = wizard.edit(import_path="/tmp/rootCA.pem", use_passphrase=False)
    assert "see the message above" in wizard.errors()[0]  # the page has not read it yet
    wizard = wizard.edit(import_ok=True)
    assert wizard.pending_action() is Action.IMPORT_CA
    assert walk(wizard) == FULL[1:]


def test_reuse_path_loads_the_existing_ca() -> None:
    wizard = fresh(ca_in_home=True)
    assert wizard.state.ca_choice is CAChoice.REUSE
    wizard = wizard.advance()
    assert wizard.errors() == ()
    assert wizard.pending_action() is Action.LOAD_CA
    assert walk(wizard) == FULL[1:]


def test_reuse_of_an_encrypted_key_needs_its_passphrase() -> None:
    wizard = start(ca_in_home=True, home_key_encrypted=True, hostname="nas", addresses=(),
                   output_folder="/tmp").advance()
    assert wizard.errors() == ("Type your CA's passphrase.",)
    wizard = wizard.edit(passphrase_set=True)
    assert wizard.pending_action() is Action.LOAD_CA


def test_reuse_without_a_ca_is_refused() -> None:
    wizard = fresh().edit(ca_choice=CAChoice.REUSE).advance()
    assert "There is no CA yet" in wizard.errors()[0]
    with pytest.raises(ValueError, match="cannot leave"):
        wizard.advance()


def test_existing_ca_needs_explicit_replace() -> None:
    wizard = fresh(ca_in_home=True).advance().edit(ca_choice=CAChoice.CREATE, use_passphrase=False)
    assert "Replace my current CA" in wizard.errors()[0]
    wizard = wizard.edit(replace_existing=True)
    assert wizard.pending_action() is Action.CREATE_CA


def test_skip_server_cert_goes_straight_to_publishing() -> None:
    wizard = fresh(ca_in_home=True).edit(skip_server_cert=True, server_names=())
    steps = walk(wizard)
    assert Step.SAVE not in steps
    assert steps == [s for s in FULL if s is not Step.SAVE]


def test_android_device_has_no_full_trust_step() -> None:
    wizard = fresh(ca_in_home=True).advance()
    while wizard.step is not Step.INSTALL_PROFILE:
        wizard = run_action(wizard).advance()
    android = wizard.record_event("page", address="192.168.1.30", platform="android",
                                  os_version="14", label="Android phone (Android 14, Chrome)")
    assert android.state.shown_platform == "android"
    assert android.advance().step is Step.VERIFY
    assert wizard.advance().step is Step.FULL_TRUST  # no device yet: iPhone steps


def test_back_keeps_every_choice_and_fact() -> None:
    wizard = fresh().edit(use_passphrase=False, ca_name="Mine")
    steps = []
    for _ in range(8):
        wizard = run_action(wizard)
        steps.append(wizard.step)
        wizard = wizard.advance()
    assert wizard.step is Step.DONE
    last = wizard.state
    for expected in reversed(steps):
        wizard = wizard.back()
        # Only the step changes: the choices and the facts (CA made, files written) stay.
        assert wizard.state == dataclasses.replace(last, step=expected)
        assert wizard.state.facts.ca == CA
    assert not wizard.can_go_back()
    with pytest.raises(ValueError, match="first step"):
        wizard.back()


def test_what_was_typed_survives_back_and_next() -> None:
    """Names typed on Server certificate, then Back, then Next: the names come back, and
    nothing is issued for the suggestion nobody asked for."""
    wizard = run_action(fresh(ca_in_home=True).advance()).advance()
    assert wizard.state.server_names == ("nas.local", "192.168.1.20")
    typed = wizard.edit(server_names=("files.home.arpa", "10.0.0.7"), days=90)
    again = typed.back().advance()
    assert again.state.server_names == ("files.home.arpa", "10.0.0.7")
    assert again.state.days == 90
    skipped = wizard.edit(skip_server_cert=True).back().back().advance().advance()
    assert skipped.step is Step.SERVER_CERT and skipped.state.skip_server_cert
    assert skipped.pending_action() is None and skipped.next_step() is Step.PUBLISH


def test_replace_files_is_used_up_by_the_certificate_it_was_ticked_for() -> None:
    wizard = run_action(fresh(ca_in_home=True).advance()).advance()
    issued = run_action(wizard.edit(overwrite_files=True, renew_path="/tmp/out/x.crt"))
    assert not issued.state.overwrite_files and issued.state.renew_path == ""


def test_back_then_edit_then_next_reissues() -> None:
    wizard = fresh(ca_in_home=True).advance()
    wizard = run_action(wizard).advance()
    wizard = run_action(wizard).advance()
    assert wizard.step is Step.SAVE
    wizard = wizard.back()
    assert wizard.step is Step.SERVER_CERT
    assert wizard.pending_action() is None  # the files for these names exist
    wizard = wizard.edit(server_names=("nas.local", "nas.lan"))
    assert wizard.pending_action() is Action.ISSUE_CERT


def test_back_to_ca_after_creating_reuses_it() -> None:
    wizard = fresh().edit(use_passphrase=False).advance()
    wizard = run_action(wizard).advance().back()
    assert wizard.step is Step.CA
    assert wizard.state.ca_choice is CAChoice.REUSE
    assert wizard.pending_action() is None and wizard.can_advance()


def test_a_new_ca_forgets_certificates_from_the_old_one() -> None:
    wizard = fresh(ca_in_home=True).advance()
    wizard = run_action(wizard).advance()
    wizard = run_action(wizard).record_publishing("http://x/")
    assert wizard.state.facts.issued is not None
    same = wizard.record_ca(CA)
    assert same.state.facts.issued is not None and same.state.facts.publishing_url
    other = wizard.record_ca(OTHER_CA)
    assert other.state.facts.issued is None and other.state.facts.publishing_url is None


def test_server_cert_validation_messages() -> None:
    wizard = fresh(ca_in_home=True).advance()
    wizard = run_action(wizard).advance()
    assert wizard.errors() == ()
    bad = wizard.edit(server_names=("https://nas.local/",))
    assert "web address" in bad.errors()[0]
    assert bad.pending_action() is None
    assert wizard.edit(server_names=()).errors()
    assert wizard.edit(server_names=("a.local", "A.local")).errors()
    too_long = wizard.edit(days=MAX_SERVER_CERT_DAYS + 1).errors()
    assert too_long and "825" in too_long[0]
    assert wizard.edit(days=MAX_SERVER_CERT_DAYS).errors() == ()
    assert wizard.edit(output_folder=" ").errors() == (
        "Choose the folder to save the certificate in.",)


def test_ca_validation_messages() -> None:
    wizard = fresh().advance().edit(use_passphrase=False)
    assert wizard.edit(ca_name=" ").errors()[0].startswith("Give your CA a name")
    assert "64" in wizard.edit(ca_name="x" * 65).errors()[0]
    assert wizard.edit(key_type="ed25519").errors() == ("Choose one of the offered key types.",)
    limited = wizard.edit(limit_names=True)
    assert limited.errors() == ()  # prefilled from the suggested names
    assert limited.edit(permitted=()).errors()
    assert limited.edit(permitted=("local", "not a name!")).errors()


def test_passphrase_check() -> None:
    assert check_passphrase("", "")
    assert "8 characters" in check_passphrase("short", "short")[0]
    assert "differ" in check_passphrase("long enough", "long enougH")[0]
    assert check_passphrase("long enough", "long enough") == ()


def test_edit_refuses_step_and_facts() -> None:
    with pytest.raises(ValueError, match="record_"):
        fresh().edit(step=Step.DONE)
    assert fresh().edit(ca_choice="import").state.ca_choice is CAChoice.IMPORT
    with pytest.raises(ValueError):
        fresh().edit(ca_choice="steal")


def test_issue_another_from_done() -> None:
    wizard = fresh(ca_in_home=True)
    for _ in range(8):
        wizard = run_action(wizard).advance()
    assert wizard.step is Step.DONE and wizard.next_step() is None
    again = wizard.jump(Step.SERVER_CERT)
    assert again.step is Step.SERVER_CERT
    assert again.back().step is Step.DONE
    with pytest.raises(ValueError, match="no shortcut"):
        again.jump(Step.CA)


def test_suggestions() -> None:
    assert host_label("My_Mac.fritz.box") == "my-mac"
    assert host_label("___") == "localhost"
    assert suggest_server_names("nas", ("10.0.0.5", "172.17.0.1")) == ("nas.local", "10.0.0.5")
    assert suggest_server_names("nas", ()) == ("nas.local",)
    assert suggest_permitted(("nas.local", "192.168.1.20")) == ("local", *PRIVATE_NETWORKS)
    assert suggest_permitted(("a.lab.example.com", "*.x.home.arpa", "example.com", "8.8.8.8"))[
        :4] == ("lab.example.com", "home.arpa", "example.com", "8.8.8.8/32")
    wizard = fresh()
    assert wizard.state.server_names == ("nas.local", "192.168.1.20")
    assert wizard.state.ca_name == "TrustAnchor CA (nas)"


def test_devices_and_trust_follow_events() -> None:
    wizard = fresh()
    assert wizard.state.trust == "waiting" and wizard.state.device is None
    phone = {"address": "192.168.1.30", "platform": "iphone", "os_version": "17.5",
             "label": "iPhone (iOS 17.5, Safari)"}
    for kind in ("page", "profile", "untrusted"):
        wizard = wizard.record_event(kind, **phone)  # type: ignore[arg-type]
    assert wizard.state.trust == "untrusted"
    mac = {"address": "192.168.1.31", "platform": "mac", "os_version": "14.5",
           "label": "Mac (macOS 14.5, Safari)"}
    wizard = wizard.record_event("page", **mac)  # type: ignore[arg-type]
    assert wizard.state.shown_platform == "mac" and wizard.state.trust == "waiting"
    wizard = wizard.edit(platform="iphone")
    assert wizard.state.shown_os_version == "17.5"
    wizard = wizard.record_event("trusted", **phone)  # type: ignore[arg-type]
    assert wizard.state.trust == "trusted"
    assert [d.platform for d in wizard.state.facts.devices] == ["mac", "iphone"]
    assert wizard.state.facts.devices[1].events == ("page", "profile", "untrusted", "trusted")


def test_a_returning_person_gets_the_names_of_their_newest_certificate() -> None:
    from trustanchor.core.flow.state import RecordedCert

    older = RecordedCert(("old.local",), LATER, "/srv/old.local.crt")
    newest = RecordedCert(("nas.local", "192.168.1.20"), LATER, "/srv/nas.local.crt")
    wizard = start(ca_in_home=True, hostname="laptop", addresses=("10.0.0.9",),
                   output_folder="/tmp/out", certificates=(older, newest))
    assert wizard.state.server_names == ("nas.local", "192.168.1.20")
    assert wizard.state.facts.certificates == (older, newest)
    assert fresh().state.server_names == ("nas.local", "192.168.1.20")  # none on record


def test_only_addresses_a_phone_can_reach_are_offered() -> None:
    from trustanchor.core.flow.suggest import phone_can_reach, unreachable_reason

    for address in ("192.168.1.20", "10.0.0.7", "fd12:3456::1", "100.64.0.1", "8.8.8.8"):
        assert phone_can_reach(address), address
    for address in ("127.0.0.1", "127.1.2.3", "::1", "fe80::1", "fe80::1%en0", "169.254.3.4",
                    "0.0.0.0", "not an address"):
        assert not phone_can_reach(address), address
    assert "own address" in unreachable_reason("127.0.0.1")
    assert "link-local" in unreachable_reason("fe80::1")


def test_events_group_by_the_page_token() -> None:
    """Two phones behind one address (one NAT) are two devices when their page tokens differ.
    A second page load on the same phone carries a new token and so is a new row: accepted,
    since its events are the ones that count from then on."""
    phone = {"address": "192.168.1.30", "platform": "iphone", "os_version": "17.5",
             "label": "iPhone (iOS 17.5, Safari)"}
    wizard = fresh()
    wizard = wizard.record_event("page", **phone, device_id="a" * 22)  # type: ignore[arg-type]
    wizard = wizard.record_event("page", **phone, device_id="b" * 22)  # type: ignore[arg-type]
    wizard = wizard.record_event("trusted", **phone, device_id="a" * 22)  # type: ignore[arg-type]
    devices = wizard.state.facts.devices
    assert [(d.device_id[0], d.events) for d in devices] == [
        ("b", ("page",)), ("a", ("page", "trusted"))]
    assert [d.trust for d in devices] == ["waiting", "trusted"]
    # Without a token (an older page), address and label still make one device.
    wizard = fresh()
    for kind in ("page", "untrusted"):
        wizard = wizard.record_event(kind, **phone)  # type: ignore[arg-type]
    assert [d.events for d in wizard.state.facts.devices] == [("page", "untrusted")]


def test_blocked_is_not_untrusted_and_server_verdicts_keep_the_latest() -> None:
    phone = {"address": "192.168.1.30", "platform": "iphone", "os_version": "17.5",
             "label": "iPhone (iOS 17.5, Safari)", "device_id": "a" * 22}
    wizard = fresh()
    for kind in ("page", "untrusted", "blocked"):
        wizard = wizard.record_event(kind, **phone)  # type: ignore[arg-type]
    assert wizard.state.trust == "blocked"
    for kind, url in (("server-unreachable", "https://nas.local/"),
                      ("server-untrusted", "https://router.lan/"),
                      ("server-trusted", "https://nas.local/")):
        wizard = wizard.record_event(kind, **phone, url=url)  # type: ignore[arg-type]
    device = wizard.state.facts.devices[0]
    assert device.servers == (("https://nas.local/", "server-trusted"),
                              ("https://router.lan/", "server-untrusted"))
    assert device.trust == "blocked"  # a server's verdict is not the CA test's


def test_servers_to_test_follow_the_certificate_names() -> None:
    assert server_test_urls(("nas.local", "*.lab.home.arpa", "192.168.1.20", "fd00::5")) == (
        "https://nas.local/", "https://192.168.1.20/", "https://[fd00::5]/")
    wizard = fresh()
    assert wizard.state.test_servers == ()
    issued = IssuedInfo(("nas.local",), 365, "/tmp/out", False, (), LATER)
    wizard = wizard.record_issued(issued)
    assert wizard.state.test_servers == ("https://nas.local/",)
    again = dataclasses.replace(issued, names=("nas.local", "media.local"))
    assert wizard.record_issued(again).state.test_servers == (
        "https://nas.local/", "https://media.local/")
    edited = wizard.edit(test_servers=("https://nas.local:8443/",))
    assert edited.record_issued(again).state.test_servers == ("https://nas.local:8443/",)
    returning = start(ca_in_home=True, hostname="nas", addresses=(), output_folder="/tmp/o",
                      certificates=(RecordedCert(("media.local",), LATER, None),))
    assert returning.state.test_servers == ("https://media.local/",)
