"""Turn what a user types into subjectAltName entries, with a message that says what to type.

This is the only place that interprets host names and addresses typed by a person. Everything
that ends up in a certificate (SAN entries, name-constraint subtrees, file names) comes from the
normalised values produced here.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Literal, NamedTuple

from cryptography import x509

from trustanchor.core.errors import InvalidNameError
from trustanchor.core.text import QT_TRANSLATE_NOOP

# RFC 1035 section 2.3.4 (and RFC 5280 4.2.1.6 via RFC 1034 "preferred name syntax").
MAX_NAME_LENGTH = 253  # without the trailing dot
MAX_LABEL_LENGTH = 63

_LDH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")

# Browsers refuse a wildcard directly under a public suffix: Chromium checks the Public Suffix
# List, and for a name whose last label is not a known suffix it treats that label as one
# (net/cert/x509_certificate.cc, registry_controlled_domains "unknown registries"). So a wildcard
# needs at least two labels under it (`*.nas` is refused by the label count alone), and beyond
# that we refuse the common multi-label suffixes below. The full list has ~10,000 entries and
# changes weekly; a small, stable list catches what people actually type on a home network.
# `home.arpa` is a special-use suffix for home networks (RFC 8375) that Chromium treats as a
# public suffix (`*.home.arpa` fails, `*.lab.home.arpa` works). Single-label entries are listed
# to document intent; the label-count rule already covers them.
PUBLIC_SUFFIXES = frozenset(
    {
        "com", "net", "org", "io", "dev", "app", "arpa", "local", "lan", "internal", "home",
        "home.arpa", "in-addr.arpa", "ip6.arpa",
        "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk",
        "com.au", "net.au", "org.au", "co.nz", "net.nz", "org.nz",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "co.kr", "com.cn", "com.tw", "com.hk", "com.sg",
        "co.in", "co.za", "com.br", "com.mx", "com.ar", "com.tr", "co.il", "com.ua",
        "github.io", "gitlab.io", "duckdns.org", "dyndns.org", "no-ip.org", "ddns.net",
    }
)  # fmt: skip

# Names Windows maps to devices whatever the folder and extension ("aux.local.key" opens the AUX
# device), case-insensitive, judged on the part before the first dot with trailing spaces
# ignored; Microsoft Learn, "Naming Files, Paths, and Namespaces" (the superscript digits are
# ISO-8859-1 characters Windows also treats as COM/LPT numbers). File names are kept portable on
# every OS: a folder written on Linux may be opened on Windows.
WINDOWS_RESERVED_STEMS = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"{device}{digit}" for device in ("com", "lpt") for digit in "0123456789¹²³"}
)

_EXAMPLE = QT_TRANSLATE_NOOP("core.names", "such as nas.local or 192.168.1.20")
_MAX_SHOWN = 60  # characters of the user's text repeated in a message


def _is_control(ch: str) -> bool:
    """Unicode's category Cc is exactly C0, DEL and C1 (checked without the unicodedata tables,
    which cost the command line start-up time)."""
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F


class SubjectName(NamedTuple):
    """One certificate identity: a DNS name or an IP address, normalised."""

    kind: Literal["dns", "ip"]
    value: str  # lower-case A-label DNS name, or compressed IP text
    text: str  # what the user typed (for messages)

    @property
    def display(self) -> str:
        """The name as a person reads it: U-labels for internationalised names."""
        if self.kind == "ip" or "xn--" not in self.value:
            return self.value
        return ".".join(_to_ulabel(label) for label in self.value.split("."))

    @property
    def is_wildcard(self) -> bool:
        return self.kind == "dns" and self.value.startswith("*.")

    def general_name(self) -> x509.GeneralName:
        """The subjectAltName entry (RFC 5280 4.2.1.6): dNSName or iPAddress."""
        if self.kind == "ip":
            return x509.IPAddress(ipaddress.ip_address(self.value))
        return x509.DNSName(self.value)


def parse_name(text: str) -> SubjectName:
    """Parse one host name, wildcard or IP address; raise InvalidNameError saying what to type."""
    stripped = _check_shape(text)
    address = _parse_ip(text, stripped)
    if address is not None:
        return SubjectName("ip", address, text)
    _check_not_address_like(text, stripped)
    return SubjectName("dns", _normalise_dns(text, stripped, allow_wildcard=True), text)


def parse_names(texts: Iterable[str]) -> tuple[SubjectName, ...]:
    """Parse several names; refuse an empty list and a name given twice (in any spelling)."""
    names: list[SubjectName] = []
    seen: dict[tuple[str, str], SubjectName] = {}
    for text in texts:
        name = parse_name(text)
        earlier = seen.get((name.kind, name.value))
        if earlier is not None:
            if earlier.text.strip() == text.strip():
                reason = QT_TRANSLATE_NOOP(
                    "core.names", "{name} is listed twice; keep one.").format(name=_show(text))
            else:
                reason = (
                    QT_TRANSLATE_NOOP("core.names", "{earlier} and {name} are the same name"
                        " ({display}); keep one.").format(
                        earlier=_show(earlier.text), name=_show(text), display=name.display)
                )
            raise InvalidNameError(text, reason)
        seen[(name.kind, name.value)] = name
        names.append(name)
    if not names:
        raise InvalidNameError("", QT_TRANSLATE_NOOP("core.names", "Give at least one host name or"
            " IP address, {example}.").format(example=_EXAMPLE))
    return tuple(names)


def parse_permitted(text: str) -> x509.GeneralName:
    """Parse a name-constraint subtree: a DNS domain (`home.arpa`) or an IP range.

    DNS subtrees are written without a leading dot: `home.arpa` covers home.arpa and every name
    under it (RFC 5280 4.2.1.10), and cryptography's verifier rejects the dotted form. A single
    IP address becomes a range of one address.
    """
    stripped = _check_shape(text, example=QT_TRANSLATE_NOOP(
        "core.names", "such as home.arpa or 192.168.0.0/16"))
    if "/" in stripped and "://" not in stripped:
        return x509.IPAddress(_parse_network(text, stripped))
    address = _parse_ip(text, stripped)
    if address is not None:
        return x509.IPAddress(ipaddress.ip_network(address))
    _check_not_address_like(text, stripped)
    if stripped.startswith(".") and not stripped.startswith(".."):
        raise InvalidNameError(
            text,
            QT_TRANSLATE_NOOP("core.names", "Write {domain} without the leading dot; it already"
                " covers every name under it.").format(domain=stripped[1:]),
        )
    if stripped.startswith("*."):
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "Write {domain} without '*.'; it already"
                " covers every name under it.").format(domain=stripped[2:])
        )
    return x509.DNSName(_normalise_dns(text, stripped, allow_wildcard=False))


def file_stem(name: SubjectName) -> str:
    """A file-name stem for a certificate: `*.x` -> `_wildcard.x`; `:` (IPv6) -> `-`.

    Uses the A-label form so the file name is plain ASCII on every platform.
    """
    value = name.value
    if name.is_wildcard:
        value = "_wildcard" + value[1:]
    return portable_stem(value.replace(":", "-"))


def is_windows_reserved(file_name: str) -> bool:
    """True if Windows would treat `file_name` (with any extension) as a device name."""
    return file_name.split(".", 1)[0].rstrip(" ").lower() in WINDOWS_RESERVED_STEMS


def portable_stem(stem: str) -> str:
    """`stem` with "_" in front if Windows reserves it: "aux.local" -> "_aux.local"."""
    return f"_{stem}" if is_windows_reserved(stem) else stem


# -- helpers -------------------------------------------------------------------------------------


def _show(text: str) -> str:
    """The user's text quoted for a message, shortened so a paste of a book stays readable."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in text.strip())
    if len(shown) > _MAX_SHOWN:
        shown = shown[: _MAX_SHOWN - 1] + "…"
    return f'"{shown}"'


def _to_ulabel(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    import idna  # only for xn-- and non-ASCII names: its tables cost every command start-up time

    try:
        return idna.ulabel(label)
    except (UnicodeError, ValueError):
        return label


def _check_shape(text: str, example: str = _EXAMPLE) -> str:
    """Problems of the whole entry: empty, spaces, lists, control characters, URLs, e-mail."""
    stripped = text.strip()
    if not stripped:
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "Type a host name or IP address, {example}.").format(example=example))
    if any(ch.isspace() for ch in stripped):
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name} contains a space; enter one name at a"
                " time, without spaces.").format(name=_show(text))
        )
    if "," in stripped or ";" in stripped:
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "{name} holds several names; enter one at a time.").format(
            name=_show(text)))
    if any(_is_control(ch) for ch in stripped):
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name} contains an invisible control character;"
                " type it again.").format(name=_show(text))
        )
    if "://" in stripped:
        host = _host_of_url(stripped)
        hint = (QT_TRANSLATE_NOOP("core.names", "type just {host}").format(host=host) if host
                else QT_TRANSLATE_NOOP("core.names", "type just the host name"))
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "{name} is a web address; {hint}.").format(name=_show(text), hint=hint))
    if "@" in stripped:
        host = stripped.rsplit("@", 1)[1]
        hint = (QT_TRANSLATE_NOOP("core.names", "type just {host}").format(host=host) if host
                else QT_TRANSLATE_NOOP("core.names", "type just the host name"))
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "{name} looks like an e-mail address; {hint}.").format(
            name=_show(text), hint=hint))
    return stripped


def _host_of_url(url: str) -> str:
    rest = url.split("://", 1)[1]
    for stop in "/?#":
        rest = rest.split(stop, 1)[0]
    rest = rest.rsplit("@", 1)[-1]
    if rest.startswith("[") and "]" in rest:
        return rest[1 : rest.index("]")]
    host, sep, port = rest.rpartition(":")
    return host if sep and port.isdigit() and host.count(":") == 0 else rest


def _parse_ip(text: str, stripped: str) -> str | None:
    """The compressed address if `stripped` is a single IPv4/IPv6 address, else None."""
    try:
        address = ipaddress.ip_address(stripped)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.scope_id is not None:
        bare = stripped.split("%", 1)[0]
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name} has a zone (%{scope_id}); type just"
                " {bare}.").format(name=_show(text), scope_id=address.scope_id, bare=bare)
        )
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # ::ffff:a.b.c.d is how dual-stack sockets show an IPv4 peer, not a v6 address: as a
        # 16-byte iPAddress SAN it never matches a client connecting to a.b.c.d (RFC 5280
        # 4.2.1.6 compares the octets; `openssl verify -verify_ip` and browsers do so), so it
        # becomes the 4-byte address the client will actually compare.
        address = address.ipv4_mapped
    if address.is_unspecified:
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{address} means 'any address'; type the"
                " machine's own address instead.").format(address=address)
        )
    if address.is_multicast or address == ipaddress.IPv4Address("255.255.255.255"):
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{address} is a broadcast or multicast address;"
                " type the machine's own address.").format(address=address)
        )
    return str(address)


def _parse_network(text: str, stripped: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    try:
        return ipaddress.ip_network(stripped, strict=True)
    except ValueError:
        pass
    try:
        widened = ipaddress.ip_network(stripped, strict=False)
    except ValueError:
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name} is not an IP range; write one like"
                " 192.168.0.0/16.").format(name=_show(text))
        ) from None
    raise InvalidNameError(
        text, QT_TRANSLATE_NOOP("core.names", "{name} is not the start of its range; did you mean"
            " {widened}?").format(name=_show(text), widened=widened)
    )


def _check_not_address_like(text: str, stripped: str) -> None:
    """Slashes, brackets and colons: CIDR ranges, paths, ports and broken IPv6 addresses."""
    if "/" in stripped:
        before, _, after = stripped.partition("/")
        if after.isascii() and after.isdigit() and is_ip_address(before):
            raise InvalidNameError(
                text,
                QT_TRANSLATE_NOOP("core.names", "{name} is a range of addresses; a certificate"
                    " lists single addresses, so type each one, such as {first_host}.").format(
                    name=_show(text), first_host=_first_host(stripped, before)),
            )
        hint = (QT_TRANSLATE_NOOP("core.names", "type just {before}").format(before=before)
                if before else QT_TRANSLATE_NOOP("core.names", "type just the host name"))
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "{name} contains '/'; {hint}.").format(name=_show(text), hint=hint))
    if stripped.startswith("["):
        inner = stripped[1:].split("]", 1)[0]
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "Type the address without brackets: {inner}.").format(
            inner=inner or '::1'))
    if ":" in stripped:
        host, _, port = stripped.rpartition(":")
        if port.isascii() and port.isdigit() and host and ":" not in host:
            raise InvalidNameError(
                text,
                QT_TRANSLATE_NOOP("core.names", "{name} includes a port; type just {host} (ports"
                    " do not go into certificates).").format(name=_show(text), host=host),
            )
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name} is not a valid IPv6 address or host"
                " name; check it for typos.").format(name=_show(text))
        )


def _first_host(cidr: str, fallback: str) -> str:
    try:
        network = ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        return fallback
    return str(next(iter(network.hosts()), network.network_address))


def is_ip_address(text: str) -> bool:
    """True for an IPv4 or IPv6 address written the way ipaddress accepts it."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _normalise_dns(text: str, stripped: str, *, allow_wildcard: bool) -> str:
    """Lower-case A-label form of a DNS name, checked against RFC 1035/1123 and IDNA 2008."""
    name = stripped
    if not name.isascii():
        import idna

        try:
            # UTS 46 mapping (non-transitional, so "ß" stays "ß" as IDNA 2008 wants) lower-cases
            # and folds full-width dots and letters before the IDNA 2008 label checks.
            name = idna.uts46_remap(name, std3_rules=False, transitional=False)
        except (UnicodeError, ValueError):
            raise InvalidNameError(
                text, QT_TRANSLATE_NOOP("core.names", "{name} contains characters that cannot be"
                    " in a host name.").format(name=_show(text))
            ) from None
    else:
        name = name.lower()
    if name.endswith(".") and not name.endswith(".."):
        name = name[:-1]  # a fully-qualified "nas.local." names the same host
    labels = name.split(".")
    if "" in labels:
        where = (QT_TRANSLATE_NOOP("core.names", "start with a dot") if name.startswith(".")
                 else QT_TRANSLATE_NOOP("core.names", "have two dots in a row"))
        raise InvalidNameError(text, QT_TRANSLATE_NOOP(
            "core.names", "{name}: a host name cannot {where}.").format(
            name=_show(text), where=where))
    wildcard = labels[0] == "*"
    if wildcard:
        if not allow_wildcard:
            raise InvalidNameError(text, QT_TRANSLATE_NOOP(
                "core.names", "{name}: '*' is not allowed here.").format(name=_show(text)))
        labels = labels[1:]
        if not labels:
            raise InvalidNameError(
                text, QT_TRANSLATE_NOOP("core.names", "{name}: a wildcard needs a name after it,"
                    " like *.lab.home.arpa.").format(name=_show(text))
            )
    if any("*" in label for label in labels):
        raise InvalidNameError(
            text,
            QT_TRANSLATE_NOOP("core.names", "{name}: a wildcard must be the whole left-most part,"
                " like *.lab.home.arpa.").format(name=_show(text)),
        )
    alabels = [_alabel(text, label) for label in labels]
    _check_lengths(text, alabels, wildcard)
    _check_last_label(text, alabels)
    if wildcard:
        _check_wildcard_base(text, alabels)
        alabels.insert(0, "*")
    return ".".join(alabels)


def _alabel(text: str, label: str) -> str:
    if not label.isascii():
        import idna

        try:
            return idna.alabel(label).decode("ascii")
        except (UnicodeError, ValueError) as exc:
            raise InvalidNameError(
                text, QT_TRANSLATE_NOOP("core.names", "{name} is not a valid internationalised"
                    " name ({exc}).").format(name=_show(text), exc=exc)
            ) from None
    bad = next((ch for ch in label if ch not in _LDH), None)
    if bad == "_":
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name}: host names cannot contain '_'; use '-'"
                " instead.").format(name=_show(text))
        )
    if bad is not None:
        raise InvalidNameError(
            text,
            QT_TRANSLATE_NOOP("core.names", "{name}: {bad!r} cannot be in a host name; use"
                " letters, digits and '-'.").format(name=_show(text), bad=bad),
        )
    if label.startswith("-") or label.endswith("-"):
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name}: a part of a host name cannot start or"
                " end with '-'.").format(name=_show(text))
        )
    if label.startswith("xn--"):
        _check_xn_label(text, label)
    return label


def _check_xn_label(text: str, label: str) -> None:
    """An `xn--` label must be the canonical A-label of a valid IDNA 2008 U-label (RFC 5891)."""
    import idna

    try:
        canonical = idna.alabel(idna.ulabel(label)).decode("ascii")
    except (UnicodeError, ValueError):
        canonical = ""
    if canonical != label:
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name}: {label} is not a valid"
                " internationalised (xn--) name.").format(name=_show(text), label=label)
        )


def _check_lengths(text: str, labels: list[str], wildcard: bool) -> None:
    long_label = next((label for label in labels if len(label) > MAX_LABEL_LENGTH), None)
    if long_label is not None:
        raise InvalidNameError(
            text,
            QT_TRANSLATE_NOOP("core.names", "{name}: each part between dots can be at most"
                " {limit} characters, and {part} has {length}.").format(
                name=_show(text), limit=MAX_LABEL_LENGTH, part=_show(long_label),
                length=len(long_label)),
        )
    length = sum(len(label) + 1 for label in labels) - 1 + (2 if wildcard else 0)
    if length > MAX_NAME_LENGTH:
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.names", "{name} is too long: a host name can be at most"
                " {limit} characters.").format(name=_show(text), limit=MAX_NAME_LENGTH),
        )


def _check_last_label(text: str, labels: list[str]) -> None:
    # RFC 3696 section 2: a top-level domain is never all-numeric; browsers read "192.168.1"
    # as an IPv4 address (WHATWG URL host parsing), so such a name could never be matched.
    if not labels[-1].isdigit():
        return
    if all(label.isdigit() for label in labels):
        raise InvalidNameError(
            text,
            QT_TRANSLATE_NOOP("core.names", "{name} is not a valid IP address; an IPv4 address is"
                " four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.").format(
                name=_show(text)),
        )
    raise InvalidNameError(
        text, QT_TRANSLATE_NOOP("core.names", "{name}: the last part of a host name cannot be only"
            " digits.").format(name=_show(text))
    )


def _check_wildcard_base(text: str, labels: list[str]) -> None:
    base = ".".join(labels)
    if len(labels) >= 2 and base not in PUBLIC_SUFFIXES:
        return
    raise InvalidNameError(
        text,
        QT_TRANSLATE_NOOP("core.names", "{name} would cover all of {base}, which browsers refuse;"
            " use a name one level down, such as *.lab.{base}, or list each name.").format(
            name=_show(text), base=base),
    )
