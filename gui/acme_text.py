"""The ACME dialog's status in words: server up or not, the intermediate's end (warned about
from 30 days before, as `trustanchor acme status` does), the certificates issued lately."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trustanchor.gui.theme import Tone

if TYPE_CHECKING:
    from trustanchor.core.acme.status import AcmeStatus

MAX_LISTED = 8  # more than this is summed up in one line


def status_lines(status: AcmeStatus) -> tuple[str, Tone]:
    """The text and its tone: ok, warning (expiring soon or down) or error (expired)."""
    lines = [f"ACME server: up at {status.directory_url} (TLS verified with your root)."
             if status.up else f"ACME server: not answering: {status.problem}."]
    tone: Tone = "ok" if status.up else "warning"
    end = f"{status.intermediate_not_after:%d %B %Y}"
    if status.days_left < 0:
        lines.append(f"Intermediate “{status.intermediate_name}” EXPIRED on {end}: click Renew "
                     "intermediate, then restart Caddy.")
        tone = "error"
    elif status.expiring:
        lines.append(f"Intermediate “{status.intermediate_name}” expires in {status.days_left} "
                     f"days ({end}): click Renew intermediate, then restart Caddy.")
        tone = "warning"
    else:
        lines.append(f"Intermediate “{status.intermediate_name}” is valid until {end}.")
    if not status.issued:
        lines.append("Issued in the last 30 days: none found.")
    else:
        lines.append(f"Issued in the last 30 days: {len(status.issued)}")
        for cert in status.issued[:MAX_LISTED]:
            lines.append(f"  {', '.join(cert.names) or '(no names)'} — "
                         f"{cert.not_before:%d %b %H:%M} to {cert.not_after:%d %b %H:%M} UTC")
        if len(status.issued) > MAX_LISTED:
            lines.append(f"  … and {len(status.issued) - MAX_LISTED} more")
    return "\n".join(lines), tone
