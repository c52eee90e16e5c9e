"""The ACME dialog's status in words: server up or not, the intermediate's end (warned about
from 30 days before, as `trustanchor acme status` does), the certificates issued lately."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from trustanchor.gui.i18n import format_date, format_number, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.theme import Tone

if TYPE_CHECKING:
    from trustanchor.core.acme.status import AcmeStatus

MAX_LISTED = 8  # more than this is summed up in one line


def utc_time(when: dt.datetime) -> str:
    """Day and time in UTC, short, in the format of the wizard's language."""
    when = when.astimezone(dt.UTC)
    moment = QDateTime(QDate(when.year, when.month, when.day),
                       QTime(when.hour, when.minute), QTimeZone.utc())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def status_lines(status: AcmeStatus) -> tuple[str, Tone]:
    """The text and its tone: ok, warning (expiring soon or down) or error (expired)."""
    lines = [translate("acme_text", "ACME server: up at {url} (TLS verified with your root).")
             .format(url=status.directory_url) if status.up else
             translate("acme_text", "ACME server: not answering: {problem}.")
             .format(problem=core_sentence(status.problem or ""))]
    tone: Tone = "ok" if status.up else "warning"
    name, end = status.intermediate_name, format_date(status.intermediate_not_after)
    if status.days_left < 0:
        lines.append(translate("acme_text", "Intermediate “{name}” EXPIRED on {date}: click "
                                            "Renew intermediate, then restart Caddy.")
                     .format(name=name, date=end))
        tone = "error"
    elif status.expiring:
        lines.append(translate("acme_text", "Intermediate “{name}” expires in {days} days "
                                            "({date}): click Renew intermediate, then restart "
                                            "Caddy.")
                     .format(name=name, days=format_number(status.days_left), date=end))
        tone = "warning"
    else:
        lines.append(translate("acme_text", "Intermediate “{name}” is valid until {date}.")
                     .format(name=name, date=end))
    if not status.issued:
        lines.append(translate("acme_text", "Issued in the last 30 days: none found."))
    else:
        lines.append(translate("acme_text", "Issued in the last 30 days: {count}")
                     .format(count=format_number(len(status.issued))))
        for cert in status.issued[:MAX_LISTED]:
            names = ", ".join(cert.names) or translate("acme_text", "(no names)")
            lines.append("  " + translate("acme_text", "{names} — {start} to {end} UTC").format(
                names=names, start=utc_time(cert.not_before), end=utc_time(cert.not_after)))
        if len(status.issued) > MAX_LISTED:
            lines.append("  " + translate("acme_text", "… and {count} more").format(
                count=format_number(len(status.issued) - MAX_LISTED)))
    return "\n".join(lines), tone
