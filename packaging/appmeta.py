"""Facts about the packaged app that the spec, the build script, the smoke test and the tests share.

Plain Python (standard library only) so the fast metadata tests can import it without PyInstaller.
Load it by path (`importlib.util.spec_from_file_location`): `packaging/` is deliberately not a
Python package, so it never shadows the PyPI `packaging` distribution.
"""

from __future__ import annotations

import platform
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "TrustAnchor"
# Windows only: the console program for terminals beside the windowed TrustAnchor.exe.
CLI_NAME = "trustanchor-cli"
# Reverse-DNS, letters, digits, hyphens and dots only (Apple: CFBundleIdentifier). The same id
# names the Linux .desktop file and icon, as the freedesktop.org desktop-entry spec recommends.
BUNDLE_ID = "org.trustanchor.TrustAnchor"
PUBLISHER = "The TrustAnchor contributors"
SUMMARY = "Make your own HTTPS services trusted on your iPhone and your other devices"
COPYRIGHT = "Copyright © The TrustAnchor contributors. MIT License."

# Shown by macOS 15+ the first time the app talks to the local network. Without this key and
# NSBonjourServices the app's LAN and Bonjour traffic is silently denied (Apple, TN3179
# "Understanding local network privacy").
LOCAL_NETWORK_USAGE = (
    "TrustAnchor shares your certificate authority with your phone over your local network "
    "and checks from the phone that it is trusted."
)
BONJOUR_SERVICES = ("_http._tcp",)

ARCHIVE_EXT = {"linux": "tar.gz", "macos": "dmg", "windows": "zip"}


def project_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml, the one source the app's --version also comes from."""
    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3rc1" -> (1, 2, 3, 0): the numeric form Windows resources and macOS bundles want."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        raise ValueError(f"version {version!r} does not start with a number")
    parts = [int(p) if p is not None else 0 for p in match.groups()]
    return parts[0], parts[1], parts[2], parts[3]


def os_tag(system: str = sys.platform) -> str:
    if system.startswith("linux"):
        return "linux"
    if system == "darwin":
        return "macos"
    if system in ("win32", "cygwin"):
        return "windows"
    raise ValueError(f"no app build for platform {system!r}")


def cli_program(app: Path, system: str) -> Path:
    """The executable that runs subcommands in a terminal, next to the app's executable `app`:
    on Windows the console program, elsewhere the app itself."""
    return app.with_name(f"{CLI_NAME}.exe") if system == "windows" else app


def arch_tag(machine: str | None = None) -> str:
    machine = (machine or platform.machine()).lower()
    aliases = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64", "armv8l": "arm64"}
    return aliases.get(machine, machine)


def archive_name(version: str, system: str, arch: str) -> str:
    return f"{APP_NAME}-{version}-{system}-{arch}.{ARCHIVE_EXT[system]}"


def minimum_macos(pyside_version: str) -> str:
    """The oldest macOS the bundled Qt runs on (PySide6 6.12: 14; 6.10-6.11: 13; older: 12)."""
    major, minor = version_tuple(pyside_version)[:2]
    if (major, minor) >= (6, 12):
        return "14.0"
    if (major, minor) >= (6, 10):
        return "13.0"
    return "12.0"


def info_plist(version: str, pyside_version: str) -> dict[str, object]:
    """Keys merged into the Info.plist PyInstaller writes for TrustAnchor.app."""
    short = ".".join(str(p) for p in version_tuple(version)[:3])
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": short,
        "CFBundleVersion": short,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.utilities",
        "LSMinimumSystemVersion": minimum_macos(pyside_version),
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSHumanReadableCopyright": COPYRIGHT,
        "NSLocalNetworkUsageDescription": LOCAL_NETWORK_USAGE,
        "NSBonjourServices": list(BONJOUR_SERVICES),
    }


def windows_version_text(version: str) -> str:
    """A version resource in the text form PyInstaller's EXE(version=FILE) reads.

    Explorer shows these strings under Properties > Details; SmartScreen shows the publisher
    only for signed files.
    """
    nums = version_tuple(version)
    dotted = ".".join(str(n) for n in nums)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": dotted,
        "InternalName": APP_NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
        "Comments": SUMMARY,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by packaging/appmeta.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={nums!r},
    prodvers={nums!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{entries}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
