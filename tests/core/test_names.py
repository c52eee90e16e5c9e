"""core/pki/names.py: typed text -> SAN entries, with a message that says what to type instead."""

from __future__ import annotations

import datetime as dt
import ipaddress
import string

import pytest
from certhelpers import cached_ca, cryptography_verify
from cryptography import x509
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trustanchor.core.errors import InvalidNameError
from trustanchor.core.pki.names import (
    WINDOWS_RESERVED_STEMS,
    SubjectName,
    file_stem,
    is_windows_reserved,
    parse_name,
    parse_names,
    parse_permitted,
)


@pytest.mark.parametrize(
    ("text", "kind", "value", "display"),
    [
        ("nas.local", "dns", "nas.local", "nas.local"),
        ("  NAS.Local.  ", "dns", "nas.local", "nas.local"),  # case, trailing dot, blanks
        ("localhost", "dns", "localhost", "localhost"),
        ("*.lab.home.arpa", "dns", "*.lab.home.arpa", "*.lab.home.arpa"),
        ("Bücher.de", "dns", "xn--bcher-kva.de", "bücher.de"),
        ("xn--bcher-kva.de", "dns", "xn--bcher-kva.de", "bücher.de"),
        # IDNA 2008 keeps ß (IDNA 2003, the stdlib codec, would turn it into "ss").
        ("faß.de", "dns", "xn--fa-hia.de", "faß.de"),
        ("ＮＡＳ．ｌｏｃａｌ", "dns", "nas.local", "nas.local"),  # full-width letters and dot
        ("*.bücher.de", "dns", "*.xn--bcher-kva.de", "*.bücher.de"),
        ("192.168.1.20", "ip", "192.168.1.20", "192.168.1.20"),
        ("::1", "ip", "::1", "::1"),
        ("2001:DB8:0:0::1", "ip", "2001:db8::1", "2001:db8::1"),
        ("a" * 63 + ".local", "dns", "a" * 63 + ".local", "a" * 63 + ".local"),
    ],
)
def test_accepted_names_are_normalised(text: str, kind: str, value: str, display: str) -> None:
    name = parse_name(text)
    assert (name.kind, name.value, name.display, name.text) == (kind, value, display, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://nas.local/", "type just nas.local"),
        ("http://user@nas.local:8443/admin?x=1", "type just nas.local"),
        ("https://[::1]:8443/", "type just ::1"),
        ("nas.local:8443", "type just nas.local"),
        ("[::1]:8443", "without brackets: ::1"),
        ("nas local", "contains a space"),
        ("nas\tlocal", "contains a space"),
        ("", "Type a host name or IP address"),
        ("   ", "Type a host name or IP address"),
        ("192.168.0.0/24", "a range of addresses"),
        ("nas.local/admin", "type just nas.local"),
        ("a.local,b.local", "one at a time"),
        ("admin@nas.local", "type just nas.local"),
        ("fe80::1%eth0", "type just fe80::1"),
        ("0.0.0.0", "any address"),
        ("224.0.0.251", "multicast"),
        ("*.home.arpa", "*.lab.home.arpa"),
        ("*.local", "browsers refuse"),
        ("*.co.uk", "browsers refuse"),
        ("*.nas", "browsers refuse"),
        ("nas.*.local", "whole left-most part"),
        ("n*s.home.arpa", "whole left-most part"),
        ("my_nas.local", "'_'"),
        ("nas!.local", "'!'"),
        ("-nas.local", "start or end with '-'"),
        ("a..local", "two dots in a row"),
        (".nas.local", "start with a dot"),
        ("a" * 64 + ".local", "at most 63"),
        (".".join(["a" * 60] * 5), "at most 253"),
        ("192.168.1", "not a valid IP address"),
        ("256.1.1.1", "not a valid IP address"),
        ("nas.123", "only digits"),
        ("xn--abc.de", "not a valid internationalised"),
        ("nas\x00.local", "control character"),
        ("x:y:z", "not a valid IPv6"),
        ("*", "needs a name after it"),
    ],
)
def test_mistakes_get_a_message_saying_what_to_do(text: str, expected: str) -> None:
    with pytest.raises(InvalidNameError) as caught:
        parse_name(text)
    message = str(caught.value)
    assert expected in message
    assert caught.value.text == text
    assert "\n" not in message and "\x00" not in message
    assert message.endswith(".")


def test_duplicates_in_any_spelling_are_refused() -> None:
    with pytest.raises(InvalidNameError, match="listed twice"):
        parse_names(["nas.local", "nas.local"])
    with pytest.raises(InvalidNameError, match="same name"):
        parse_names(["NAS.local.", "nas.local"])
    with pytest.raises(InvalidNameError, match="same name"):
        parse_names(["bücher.de", "xn--bcher-kva.de"])
    with pytest.raises(InvalidNameError, match="same name"):
        parse_names(["::1", "0:0::1"])


def test_empty_list_is_refused_and_order_is_kept() -> None:
    with pytest.raises(InvalidNameError, match="at least one"):
        parse_names([])
    names = parse_names(["b.local", "10.0.0.1", "a.local"])
    assert [n.value for n in names] == ["b.local", "10.0.0.1", "a.local"]


def test_general_names_and_wildcard_flag() -> None:
    assert parse_name("nas.local").general_name() == x509.DNSName("nas.local")
    assert parse_name("10.0.0.1").general_name() == x509.IPAddress(
        ipaddress.ip_address("10.0.0.1")
    )
    assert parse_name("*.lab.home.arpa").is_wildcard
    assert not parse_name("lab.home.arpa").is_wildcard
    assert not parse_name("::1").is_wildcard


# The whole table of Microsoft Learn, "Naming Files, Paths, and Namespaces".
RESERVED = ["CON", "PRN", "AUX", "NUL",
            *(f"COM{d}" for d in "0123456789¹²³"), *(f"LPT{d}" for d in "0123456789¹²³")]


def test_reserved_table_is_complete() -> None:
    assert {name.lower() for name in RESERVED} == WINDOWS_RESERVED_STEMS
    assert len(WINDOWS_RESERVED_STEMS) == 30


@pytest.mark.parametrize("device", RESERVED)
def test_windows_device_names_are_reserved_in_any_case_and_with_any_extension(
        device: str) -> None:
    for form in (device, device.lower(), device.title(), f"{device}.txt",
                 f"{device.lower()}.local.key", f"{device} .key", f"{device}.tar.gz"):
        assert is_windows_reserved(form), form
    for near in (f"{device}x.key", f"x{device}.key", f"{device}-1.key", f"_{device}.key"):
        assert not is_windows_reserved(near), near


@pytest.mark.parametrize("device", RESERVED)
def test_a_certificate_for_a_device_name_gets_a_portable_file_name(device: str) -> None:
    name = SubjectName("dns", f"{device.lower()}.local", f"{device}.local")
    assert file_stem(name) == f"_{device.lower()}.local"
    assert not is_windows_reserved(file_stem(name) + ".key")


def test_typed_device_names_never_become_device_file_names() -> None:
    assert file_stem(parse_name("AUX.local")) == "_aux.local"
    assert file_stem(parse_name("con")) == "_con"
    assert file_stem(parse_name("com¹.lan")) == "_com1.lan"  # UTS 46 maps ¹ to 1
    assert file_stem(parse_name("*.nul.home.arpa")) == "_wildcard.nul.home.arpa"
    assert file_stem(parse_name("console.lan")) == "console.lan"
    assert file_stem(parse_name("com10.lan")) == "com10.lan"


def test_file_stems_are_plain_ascii() -> None:
    assert file_stem(parse_name("*.lab.home.arpa")) == "_wildcard.lab.home.arpa"
    assert file_stem(parse_name("nas.local")) == "nas.local"
    assert file_stem(parse_name("bücher.de")) == "xn--bcher-kva.de"
    assert file_stem(parse_name("fe80::1")) == "fe80--1"  # ':' is not allowed on Windows
    assert file_stem(SubjectName("ip", "10.0.0.1", "10.0.0.1")) == "10.0.0.1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("home.arpa", x509.DNSName("home.arpa")),
        ("Home.Arpa.", x509.DNSName("home.arpa")),
        ("lan", x509.DNSName("lan")),
        ("bücher.de", x509.DNSName("xn--bcher-kva.de")),
        ("192.168.0.0/16", x509.IPAddress(ipaddress.ip_network("192.168.0.0/16"))),
        ("fd00::/8", x509.IPAddress(ipaddress.ip_network("fd00::/8"))),
        ("10.0.0.7", x509.IPAddress(ipaddress.ip_network("10.0.0.7/32"))),
    ],
)
def test_permitted_subtrees(text: str, expected: x509.GeneralName) -> None:
    assert parse_permitted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (".home.arpa", "without the leading dot"),
        ("*.home.arpa", "without '*.'"),
        ("192.168.1.0/16", "did you mean 192.168.0.0/16"),
        ("192.168.0.0/33", "not an IP range"),
        ("home.arpa/16", "not an IP range"),
        ("https://home.arpa/", "type just home.arpa"),
        ("", "home.arpa or 192.168.0.0/16"),
    ],
)
def test_permitted_mistakes(text: str, expected: str) -> None:
    with pytest.raises(InvalidNameError, match=expected.replace(".", r"\.").replace("*", r"\*")):
        parse_permitted(text)


# -- properties -----------------------------------------------------------------------------------

# Text that is close to a name: the characters people type (and mistype) in host names.
_NAMEISH = st.text(
    alphabet=st.sampled_from(
        list(string.ascii_letters + string.digits + ".-*_:/[]@%, ") + list("äöüßéøñ。．ｎ\u200d")
    ),
    max_size=40,
)
_LABEL = st.from_regex(r"\A[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?\Z")
_IDN_LABEL = st.text(alphabet=st.sampled_from(list("abcdeäöüßéøñ")), min_size=1, max_size=12)
_DNS = st.builds(
    lambda wildcard, labels, tld: (["*"] if wildcard else []) + labels + [tld],
    st.booleans(),
    st.lists(st.one_of(_LABEL, _IDN_LABEL), min_size=1, max_size=4),
    st.sampled_from(["local", "home.arpa", "lan", "de", "example", "internal"]),
).map(".".join)
_IPS = st.one_of(st.ip_addresses(v=4), st.ip_addresses(v=6)).map(str)
_ANY_TEXT = st.one_of(st.text(max_size=80), _NAMEISH, _DNS, _IPS)


@settings(max_examples=300, deadline=None)
@given(text=_ANY_TEXT)
@example(text="*")  # once crashed: a wildcard with nothing after it
@example(text="*.")
@example(text="\ud800")  # a lone surrogate
def test_parse_never_crashes(text: str) -> None:
    """Whatever is typed, the answer is a name or an InvalidNameError: never anything else."""
    try:
        name = parse_name(text)
    except InvalidNameError as err:
        assert str(err) and err.text == text
        return
    assert name.value == name.value.lower() and name.value.isascii()
    assert parse_name(name.value).value == name.value  # normalising is idempotent
    assert isinstance(name.display, str)


@settings(max_examples=200, deadline=None)
@given(text=_ANY_TEXT)
def test_parse_permitted_never_crashes(text: str) -> None:
    try:
        entry = parse_permitted(text)
    except InvalidNameError as err:
        assert str(err)
        return
    assert isinstance(entry, x509.DNSName | x509.IPAddress)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)
@given(text=st.one_of(_DNS, _IPS, _NAMEISH))
def test_every_accepted_name_yields_a_certificate_valid_for_it(text: str) -> None:
    """Accepted input -> issued leaf -> cryptography's verifier accepts it for that very name."""
    try:
        name = parse_name(text)
    except InvalidNameError:
        return
    ca = cached_ca()
    leaf = ca.issue_server_cert(text)
    assert leaf.names == (name.display,)
    cryptography_verify(
        ca.certificate, leaf.certificate, name.value, at=dt.datetime.now(dt.UTC)
    )
