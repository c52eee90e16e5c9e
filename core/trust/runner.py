"""Runs the argv lists the store modules build: never a shell, always with a timeout.

The store modules only build commands (pure functions, tested on every OS); this is the one
place that starts programs, and it turns their failures into one sentence each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust.errors import AdminDeniedError, ToolMissingError, TrustStoreError

DEFAULT_TIMEOUT_S = 60.0
# An administrator prompt waits for a person; give them time, but not forever.
ADMIN_TIMEOUT_S = 300.0
# pkexec(1): "126 if the user dismissed the authentication dialog", 127 if not authorized or
# no authentication agent could be reached (polkit's pkexec man page, RETURN VALUE).
PKEXEC_DENIED_CODES = (126, 127)
SUDO_FAILURE_CODE = 1

# Which package brings a missing program, so the sentence can say what to install.
TOOL_PACKAGES = {
    "certutil": "libnss3-tools (Debian/Ubuntu), nss-tools (Fedora) or nss (Arch)",
    "vfychain": "libnss3-tools (Debian/Ubuntu), nss-tools (Fedora) or nss (Arch)",
    "update-ca-certificates": "ca-certificates",
    "update-ca-trust": "ca-certificates (p11-kit)",
    "trust": "p11-kit",
    "keytool": "a Java runtime (JDK)",
    "pkexec": "polkit (pkexec) or sudo",
    "sudo": "sudo or polkit (pkexec)",
}


@dataclass(frozen=True)
class Command:
    """One program run: its argv, how long it may take, and whether it asks for a password."""

    argv: tuple[str, ...]
    timeout_s: float = DEFAULT_TIMEOUT_S
    elevator: str | None = None  # "pkexec" or "sudo" when argv[0] is one of them

    @property
    def tool(self) -> str:
        """The program that does the work (after pkexec, or after sudo's ``--``)."""
        if self.elevator == "sudo" and "--" in self.argv[:-1]:
            return self.argv[self.argv.index("--") + 1]
        if self.elevator == "pkexec" and len(self.argv) > 1:
            return self.argv[1]
        return self.argv[0]


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def is_admin() -> bool:
    """True when this process may change machine-wide stores without asking."""
    if sys.platform == "win32":
        import ctypes

        return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
    return os.geteuid() == 0


def pick_elevator() -> str | None:
    """pkexec on a desktop session (a graphical prompt), else sudo (a terminal prompt)."""
    for tool in ("pkexec", "sudo"):
        if shutil.which(tool):
            return tool
    return None


def elevated(argv: list[str] | tuple[str, ...], elevator: str) -> Command:
    """``argv`` run as root through pkexec or sudo (sudo's prompt names TrustAnchor)."""
    if elevator == "pkexec":
        full: tuple[str, ...] = ("pkexec", *argv)
    elif elevator == "sudo":
        full = ("sudo", "-p", "TrustAnchor needs your password to change the system's trusted "
                "certificates: ", "--", *argv)
    else:
        raise ValueError(f"unknown elevator {elevator!r}")
    return Command(full, ADMIN_TIMEOUT_S, elevator)


def run(command: Command, *, input_text: str | None = None) -> Result:
    """Run ``command``. ToolMissingError, AdminDeniedError or TrustStoreError on failure to run;
    a non-zero exit of the program itself is returned for the caller to judge."""
    try:
        done = subprocess.run(
            list(command.argv), input=input_text, capture_output=True, text=True,
            timeout=command.timeout_s, check=False,
            stdin=None if input_text is not None else subprocess.DEVNULL,
        )
    except FileNotFoundError as exc:
        raise missing_tool(command.argv[0]) from exc
    except subprocess.TimeoutExpired as exc:
        raise TrustStoreError(
            QT_TRANSLATE_NOOP("core.runner", "{tool} did not finish within {seconds:.0f}"
                " seconds; nothing more was changed.").format(
                tool=command.tool, seconds=command.timeout_s)
        ) from exc
    except OSError as exc:
        raise TrustStoreError(QT_TRANSLATE_NOOP("core.runner", "Cannot run {program}: {reason}.")
                              .format(program=command.argv[0], reason=exc.strerror or exc)) from exc
    result = Result(done.returncode, done.stdout, done.stderr)
    if command.elevator is not None:
        _check_elevation(command, result)
    return result


def missing_tool(tool: str) -> ToolMissingError:
    package = TOOL_PACKAGES.get(os.path.basename(tool))
    name = os.path.basename(tool)
    if package:
        return ToolMissingError(QT_TRANSLATE_NOOP(
            "core.runner", "{tool} is not installed: install {package}.").format(
            tool=name, package=package))
    return ToolMissingError(
        QT_TRANSLATE_NOOP("core.runner", "{tool} is not installed.").format(tool=name))


def _check_elevation(command: Command, result: Result) -> None:
    denied = (
        command.elevator == "pkexec" and result.returncode in PKEXEC_DENIED_CODES
    ) or (
        command.elevator == "sudo" and result.returncode == SUDO_FAILURE_CODE
        and result.stderr.lstrip().startswith("sudo:")
    )
    if denied:
        raise AdminDeniedError(
            QT_TRANSLATE_NOOP("core.runner", "The administrator password was not given, so the"
                " system store was left as it was."), result.stderr.strip(),
        )


def require(result: Result, what: str) -> Result:
    """``result`` when the program succeeded, else a TrustStoreError quoting its last line."""
    if result.ok:
        return result
    last = (result.stderr.strip() or result.stdout.strip()).splitlines()
    said = f" ({last[-1].strip()})" if last else ""
    raise TrustStoreError(f"{what} failed{said}.", result.stderr)
