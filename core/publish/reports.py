"""What a phone page reports back: its Test verdict and its tests of the user's own servers.

`GET /report?id=T&verdict=untrusted` (or `blocked`): the page's trust test failed, and why.
`GET /report?id=T&server=N&reached=0|1&ca=trusted|untrusted|blocked`: the page fetched the
N-th server URL it was given; the answer is the combined verdict as JSON (see
`servercheck.phone_verdict`), because only the desktop can tell a refused certificate from an
unreachable server. `trusted` is never reported here: the probe itself says so over TLS, which a
report could only claim. The older `probe=failed` form means `verdict=untrusted`.

A verdict the phone cannot report does not exist here: "can't reach the computer" never arrives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs

from trustanchor.core.publish.servercheck import PhoneVerdict, ServerCheck, phone_verdict

ReportKind = Literal["untrusted", "blocked", "server-trusted", "server-untrusted",
                     "server-unreachable"]
_VERDICTS: dict[str, ReportKind] = {"untrusted": "untrusted", "blocked": "blocked"}
_SERVER_KINDS: dict[PhoneVerdict, ReportKind] = {
    "trusted": "server-trusted", "untrusted": "server-untrusted",
    "unreachable": "server-unreachable"}
_CA_STATES = frozenset({"trusted", "untrusted", "blocked"})
MAX_QUERY = 512


@dataclass(frozen=True)
class Report:
    """One parsed report: its event kind, the phone's token, the server URL (server reports)
    and the JSON body to answer with (server reports; empty otherwise)."""

    kind: ReportKind
    token: str
    url: str = ""
    body: bytes = b""


def parse_report(query: str, servers: Sequence[str],
                 desktop_check: Callable[[str], ServerCheck | None]) -> Report | None:
    """The report a query string makes, or None when it is not a valid one (answer 400)."""
    if len(query) > MAX_QUERY:
        return None
    try:
        fields = parse_qs(query, keep_blank_values=True, strict_parsing=True,
                          max_num_fields=8)
    except ValueError:
        return None
    if any(len(values) != 1 for values in fields.values()):
        return None
    one = {key: values[0] for key, values in fields.items()}
    token = one.pop("id", "")
    if one == {"probe": "failed"}:
        return Report("untrusted", token)
    if set(one) == {"verdict"} and one["verdict"] in _VERDICTS:
        return Report(_VERDICTS[one["verdict"]], token)
    if set(one) != {"server", "reached", "ca"} or one["ca"] not in _CA_STATES:
        return None
    if one["reached"] not in ("0", "1") or not one["server"].isdigit():
        return None
    index = int(one["server"])
    if index >= len(servers):
        return None
    url = servers[index]
    verdict, reason = phone_verdict(desktop_check(url), phone_reached=one["reached"] == "1",
                                    phone_trusts_ca=one["ca"] == "trusted")
    body = json.dumps({"url": url, "verdict": verdict, "reason": reason}).encode("utf-8")
    return Report(_SERVER_KINDS[verdict], token, url, body)
