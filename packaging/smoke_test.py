"""Smoke test of the built app: what a user does first, run against the frozen executable.

    python packaging/smoke_test.py [--app PATH] [--runs N]

Every check is bounded in time and all run even when one fails; the exit code is 1 if any failed.
  version       `--version` prints "TrustAnchor <the version in pyproject.toml>"
  bundle        macOS: Info.plist has the bundle id, version and local-network keys;
                Windows: the .exe carries its version resource
  layout        the app's data files are there (its catalogues and Qt's for its languages),
                trimmed files and dangling links are not
  language      the wizard with German chosen in its settings opens in German (offscreen)
  cli           `ca create --no-passphrase` and `issue nas.local 192.168.1.20` in a temporary home
  wizard        the wizard opens on Qt's offscreen platform and closes by itself
                (TRUSTANCHOR_EXIT_AFTER_MS); reports launch-to-exit time (goal: under 1 s)
  wizard-native macOS and Windows: the same on the desktop (no QT_QPA_PLATFORM), so the bundled
                cocoa / windows platform plugin and style left after trimming really load
  no-display    Linux: with DISPLAY and WAYLAND_DISPLAY unset the app exits 2 with one line
  wizard-x11    Linux, when xvfb-run exists: the same on a real X server (the xcb plugin and the
                libraries it needs were bundled)
  wizard-wayland  Linux, when weston exists: the same on a headless Wayland compositor
  desktop-entry Linux: install-desktop-entry.sh into a temporary XDG_DATA_HOME and back out
  publish       `publish` on 127.0.0.1 with mDNS off: read the URL it prints, download
                /ca.mobileconfig, then Ctrl+C (Windows: Ctrl+Break); it must exit 0
On Windows the subcommands run through the console program (appmeta.CLI_NAME) and the wizard
through the windowed TrustAnchor.exe.
Nothing leaves the machine: the server binds loopback, Bonjour is off, and only 127.0.0.1 is
contacted whatever address the app prints.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import plistlib
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import appmeta  # run as a script, so packaging/ is first on sys.path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CA_NAME = "Smoke Test CA"
NAMES = ("nas.local", "192.168.1.20")  # only written into the certificate, never contacted
START_GOAL_S = 1.0
# Load on a shared machine can stretch a launch past the goal; this long is a hang, not load.
HANG_S = 5.0
# The .qm files the app carries: its own catalogues and Qt's for the same languages
# (packaging/trim.py keeps those, drops Qt's other languages).
LANGUAGE_SUFFIXES = ("de", "fr", "es", "ja", "zh_CN", "pt_BR")
WANTED_CATALOGUES = frozenset(f"{prefix}_{suffix}.qm" for prefix in ("trustanchor", "qtbase")
                              for suffix in LANGUAGE_SUFFIXES)




class CheckFailed(Exception):
    """One sentence saying what the app did wrong."""


class Skipped(Exception):
    """The check cannot run on this machine (a missing tool), with the reason."""


@dataclass
class Outcome:
    name: str
    status: str  # "PASS", "FAIL", "SKIP"
    seconds: float
    detail: str


@dataclass
class Context:
    app: Path
    home: Path
    out: Path
    runs: int

    @property
    def cli(self) -> Path:
        return appmeta.cli_program(self.app, appmeta.os_tag())


def default_app() -> Path:
    name: str = appmeta.APP_NAME
    system = appmeta.os_tag()
    if system == "macos":
        return ROOT / "dist" / f"{name}.app" / "Contents" / "MacOS" / name
    return ROOT / "dist" / name / (name + (".exe" if system == "windows" else ""))


def child_env(ctx: Context, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRUSTANCHOR_PASSPHRASE", "TRUSTANCHOR_EXIT_AFTER_MS")}
    env["TRUSTANCHOR_HOME"] = str(ctx.home)
    # Keep the wizard's settings and log out of the real user's folders: macOS and Windows
    # find theirs (a plist, the registry) without environment variables, so name one folder.
    env["TRUSTANCHOR_CONFIG_DIR"] = str(ctx.home.parent / "config-dir")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(ctx.home.parent / "xdg" / var.lower())
    env.update(extra)
    return env


def run_app(ctx: Context, *args: str, timeout: float, env: dict[str, str] | None = None,
            prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    try:
        program = ctx.cli if args else ctx.app  # no arguments: the wizard
        proc = subprocess.run([*prefix, str(program), *args], capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL,
                              env=env or child_env(ctx))
    except subprocess.TimeoutExpired as err:
        raise CheckFailed(f"`{' '.join(args) or '(no arguments)'}` did not finish within "
                          f"{timeout:.0f} s") from err
    if "Traceback (most recent call last)" in proc.stderr:
        raise CheckFailed(f"`{' '.join(args)}` printed a traceback:\n{proc.stderr.strip()}")
    return proc


def expect_ok(proc: subprocess.CompletedProcess[str], what: str) -> None:
    if proc.returncode != 0:
        raise CheckFailed(f"{what} exited with {proc.returncode}: "
                          f"{(proc.stderr or proc.stdout).strip()[-600:]}")


def check_version(ctx: Context) -> str:
    proc = run_app(ctx, "--version", timeout=60)
    expect_ok(proc, "--version")
    expected = f"TrustAnchor {appmeta.project_version()}"
    if expected not in proc.stdout + proc.stderr:
        raise CheckFailed(f"--version printed {proc.stdout.strip()!r}, not {expected!r}")
    return expected


def check_bundle(ctx: Context) -> str:
    system = appmeta.os_tag()
    if system == "macos":
        plist_path = ctx.app.parent.parent / "Info.plist"
        info = plistlib.loads(plist_path.read_bytes())
        wanted = appmeta.info_plist(appmeta.project_version(), "6.11")
        for key in ("CFBundleIdentifier", "CFBundleShortVersionString",
                    "NSLocalNetworkUsageDescription", "NSBonjourServices",
                    "NSHighResolutionCapable"):
            if info.get(key) != wanted[key]:
                raise CheckFailed(f"Info.plist {key} is {info.get(key)!r}, not {wanted[key]!r}")
        return f"{info['CFBundleIdentifier']} {info['CFBundleShortVersionString']}"
    if system == "windows":
        try:
            import pefile  # a PyInstaller dependency on Windows
        except ImportError as err:
            raise Skipped("pefile is not installed (it comes with PyInstaller)") from err
        pe = pefile.PE(str(ctx.app), fast_load=False)
        strings = {k.decode(): v.decode() for info in getattr(pe, "FileInfo", [[]])[0]
                   for table in getattr(info, "StringTable", []) for k, v in table.entries.items()}
        if strings.get("ProductName") != appmeta.APP_NAME:
            raise CheckFailed(f"the .exe version resource is missing or wrong: {strings}")
        return f"{strings.get('ProductName')} {strings.get('ProductVersion')}"
    raise Skipped("Linux executables have no bundle metadata (see desktop-entry)")


def check_layout(ctx: Context) -> str:
    """The folder holds the app's data files and none of what trimming removes, and no link
    points at a removed file."""
    top = ctx.app.parent.parent if appmeta.os_tag() == "macos" else ctx.app.parent
    files = list(top.rglob("*"))
    dangling = [p for p in files if p.is_symlink() and not p.exists()]
    if dangling:
        raise CheckFailed(f"links to missing files: {[str(p.relative_to(top)) for p in dangling]}")
    posix = [p.relative_to(top).as_posix() for p in files]
    if not any(p.endswith("trustanchor/resources/icons/app.svg") for p in posix):
        raise CheckFailed("trustanchor/resources data files were not bundled")
    catalogues = {p.rsplit("/", 1)[-1] for p in posix if p.endswith(".qm")}
    missing = sorted(WANTED_CATALOGUES - catalogues)
    if missing:
        raise CheckFailed(f"translation catalogues were not bundled: {missing}")
    unwanted = [p for p in posix if "/platformthemes/" in p
                or (p.endswith(".qm") and p.rsplit("/", 1)[-1] not in WANTED_CATALOGUES)]
    if unwanted:
        raise CheckFailed(f"trimmed files are back: {unwanted[:5]}")
    size = sum(p.stat().st_size for p in files if p.is_file() and not p.is_symlink())
    count = sum(p.is_file() and not p.is_symlink() for p in files)
    return f"{count} files, {size / 2**20:.1f} MiB, no dangling links"


def check_language(ctx: Context) -> str:
    """The language kept in the settings is installed before the window is made."""
    config = ctx.home.parent / "config-dir"
    config.mkdir(parents=True, exist_ok=True)
    settings = config / "TrustAnchor.ini"
    settings.write_text("[view]\nlanguage=de\n", encoding="utf-8")
    report = ctx.home.parent / "language.json"
    report.unlink(missing_ok=True)
    env = child_env(ctx, QT_QPA_PLATFORM="offscreen", TRUSTANCHOR_EXIT_AFTER_MS="300",
                    TRUSTANCHOR_REPORT_PLATFORM=str(report))
    try:
        expect_ok(run_app(ctx, timeout=60, env=env), "the wizard in German")
        seen = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise CheckFailed(f"the wizard wrote no report: {err}") from err
    finally:
        settings.unlink(missing_ok=True)
    if seen.get("locale") != "de_DE" or "&Datei" not in seen.get("menus", []):
        raise CheckFailed(f"German was chosen but the wizard shows {seen.get('menus')} in "
                          f"locale {seen.get('locale')!r}: its catalogue did not load")
    return f"menus {', '.join(seen['menus'])} in locale {seen['locale']}"


def check_cli(ctx: Context) -> str:
    home = ["--home", str(ctx.home)]
    proc = run_app(ctx, *home, "ca", "create", "--name", CA_NAME, "--no-passphrase", timeout=120)
    expect_ok(proc, "ca create")
    proc = run_app(ctx, *home, "issue", *NAMES, "--out", str(ctx.out), timeout=120)
    expect_ok(proc, "issue")
    ca_pem = ctx.home / "ca" / "ca.pem"
    files = {ext: ctx.out / f"{NAMES[0]}.{ext}" for ext in ("crt", "key", "fullchain.pem")}
    for path in (ca_pem, *files.values()):
        if not path.is_file():
            raise CheckFailed(f"{path} was not written")
    if os.name == "posix" and files["key"].stat().st_mode & 0o077:
        raise CheckFailed(f"{files['key']} is readable by others")
    if os.name == "nt":
        check_owner_only_acl(files["key"])
    if files["fullchain.pem"].read_text().count("BEGIN CERTIFICATE") != 2:
        raise CheckFailed("the full chain does not hold the leaf and the CA")
    return verify_leaf(ca_pem.read_bytes(), files["crt"].read_bytes())


def check_owner_only_acl(path: Path) -> None:
    """Windows: the key's ACL has one entry, full control for this user, nothing inherited."""
    out = subprocess.run(["icacls", str(path)], capture_output=True, text=True, timeout=30,
                         check=True).stdout
    listing = out.split("\n\n", 1)[0].replace(str(path), "", 1)
    entries = [line.strip() for line in listing.splitlines() if line.strip()]
    user = os.environ.get("USERNAME", "").lower()
    if len(entries) != 1 or not entries[0].lower().endswith(f"\\{user}:(f)"):
        raise CheckFailed(f"{path.name} is not owner-only: {entries}")


def verify_leaf(ca_pem: bytes, leaf_pem: bytes) -> str:
    try:
        from cryptography import x509
    except ImportError:
        return "files written (cryptography not importable here, certificates not parsed)"
    ca = x509.load_pem_x509_certificate(ca_pem)
    leaf = x509.load_pem_x509_certificate(leaf_pem)
    try:
        leaf.verify_directly_issued_by(ca)
    except (ValueError, TypeError) as err:
        raise CheckFailed(f"the server certificate is not signed by the CA: {err}") from err
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    got = {*san.get_values_for_type(x509.DNSName),
           *(str(ip) for ip in san.get_values_for_type(x509.IPAddress))}
    if got != set(NAMES):
        raise CheckFailed(f"the certificate names {sorted(got)}, not {list(NAMES)}")
    cn = ca.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    if not cn or cn[0].value != CA_NAME:
        raise CheckFailed(f"the CA is named {cn[0].value if cn else None!r}, not {CA_NAME!r}")
    return f"CA {CA_NAME!r} issued a certificate for {', '.join(NAMES)}; signature verified"


def _children_cpu() -> float | None:
    """CPU seconds used so far by finished child processes (POSIX only)."""
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return float(usage.ru_utime + usage.ru_stime)


def _wizard_times(ctx: Context, env: dict[str, str],
                  prefix: tuple[str, ...] = ()) -> tuple[list[float], list[float]]:
    """Wall-clock and (POSIX) CPU seconds of each launch; CPU time does not grow when other
    work shares the machine, wall-clock time does."""
    walls, cpus = [], []
    for _ in range(ctx.runs):
        cpu_before = _children_cpu()
        started = time.perf_counter()
        proc = run_app(ctx, timeout=60, env=env, prefix=prefix)
        walls.append(time.perf_counter() - started)
        cpu_after = _children_cpu()
        if cpu_before is not None and cpu_after is not None:
            cpus.append(cpu_after - cpu_before)
        expect_ok(proc, "the wizard")
    return walls, cpus


def check_wizard(ctx: Context) -> str:
    env = child_env(ctx, QT_QPA_PLATFORM="offscreen", TRUSTANCHOR_EXIT_AFTER_MS="0")
    walls, cpus = _wizard_times(ctx, env)
    best, median = min(walls), statistics.median(walls)
    if best > HANG_S:
        raise CheckFailed(f"the wizard took {best:.1f} s from launch to exit (a hang: the goal "
                          f"is {START_GOAL_S:.0f} s)")
    verdict = "within" if best < START_GOAL_S else "OVER"
    cpu = f"; CPU best {min(cpus):.2f} s" if cpus else ""
    return (f"launch to exit, offscreen: best {best:.2f} s, median {median:.2f} s of {len(walls)} "
            f"({verdict} the {START_GOAL_S:.0f} s goal){cpu}")


def check_wizard_native(ctx: Context) -> str:
    """The wizard on the real desktop: the runner's session, not the offscreen plugin."""
    system = appmeta.os_tag()
    if system == "linux":
        raise Skipped("Linux desktops are covered by wizard-x11 and wizard-wayland")
    report = ctx.home.parent / "platform.json"
    report.unlink(missing_ok=True)
    env = child_env(ctx, TRUSTANCHOR_EXIT_AFTER_MS="300", TRUSTANCHOR_REPORT_PLATFORM=str(report))
    env.pop("QT_QPA_PLATFORM", None)
    walls, _ = _wizard_times(ctx, env)
    try:
        seen = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise CheckFailed(f"the wizard wrote no platform report: {err}") from err
    wanted = {"macos": "cocoa", "windows": "windows"}[system]
    if seen.get("platform") != wanted:
        raise CheckFailed(f"the wizard ran on Qt platform {seen.get('platform')!r}, not {wanted!r}")
    return (f"window on the {wanted} platform plugin with the {seen.get('style')!r} style; best "
            f"{min(walls):.2f} s (0.3 s shown included)")


def check_no_display(ctx: Context) -> str:
    if appmeta.os_tag() != "linux":
        raise Skipped("only Linux and the BSDs run without a display server")
    env = child_env(ctx)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    started = time.monotonic()
    proc = run_app(ctx, timeout=HANG_S, env=env)
    seconds = time.monotonic() - started
    lines = proc.stderr.strip().splitlines()
    if proc.returncode != 2 or len(lines) != 1 or "no display found" not in lines[0]:
        raise CheckFailed(f"with no display the app exited {proc.returncode} and printed "
                          f"{proc.stderr.strip()!r} (expected exit 2 and one line)")
    return f"exit 2 with one line in {seconds:.2f} s"


def check_wizard_x11(ctx: Context) -> str:
    if appmeta.os_tag() != "linux":
        raise Skipped("X11 is only a Linux platform")
    xvfb_run = shutil.which("xvfb-run")
    if not xvfb_run:
        raise Skipped("xvfb-run is not installed (Debian: xvfb)")
    env = child_env(ctx, QT_QPA_PLATFORM="xcb", TRUSTANCHOR_EXIT_AFTER_MS="300")
    walls, _ = _wizard_times(ctx, env, prefix=(xvfb_run, "-a", "-s", "-screen 0 1280x800x24"))
    return (f"window on Xvfb via the bundled xcb plugin; best {min(walls):.2f} s "
            "(Xvfb start and 0.3 s shown included)")


def check_wizard_wayland(ctx: Context) -> str:
    if appmeta.os_tag() != "linux":
        raise Skipped("Wayland is only a Linux platform")
    weston = shutil.which("weston")
    if not weston:
        raise Skipped("weston is not installed (Debian: weston), so Wayland was not tried")
    runtime = ctx.home.parent / "wayland-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    socket_name = "trustanchor-smoke"
    server = subprocess.Popen(
        [weston, "--backend=headless-backend.so", f"--socket={socket_name}", "--idle-time=0"],
        env=dict(os.environ, XDG_RUNTIME_DIR=str(runtime)), stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while not (runtime / socket_name).exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise CheckFailed("weston's headless compositor did not start")
            time.sleep(0.1)
        env = child_env(ctx, QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY=socket_name,
                        XDG_RUNTIME_DIR=str(runtime), TRUSTANCHOR_EXIT_AFTER_MS="300")
        walls, _ = _wizard_times(ctx, env)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
    return (f"window on a headless Wayland compositor via the bundled wayland and xdg-shell "
            f"plugins; best {min(walls):.2f} s (0.3 s shown included)")


def check_desktop_entry(ctx: Context) -> str:
    script = ctx.app.parent / "install-desktop-entry.sh"
    if appmeta.os_tag() != "linux":
        raise Skipped("desktop entries are for Linux")
    if not script.is_file():
        raise CheckFailed(f"{script.name} is missing from the app folder")
    data = ctx.home.parent / "xdg-data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run(["sh", str(script)], check=True, env=env, timeout=30, capture_output=True)
    entry = data / "applications" / f"{appmeta.BUNDLE_ID}.desktop"
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / f"{appmeta.BUNDLE_ID}.png"
    if f'Exec="{ctx.app}"' not in entry.read_text() or not icon.is_file():
        raise CheckFailed("the installed .desktop entry does not run this app or has no icon")
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(entry)], capture_output=True, text=True, timeout=30)
        if proc.returncode != 0 or proc.stdout.strip():
            raise CheckFailed(f"desktop-file-validate: {proc.stdout.strip()}")
    subprocess.run(["sh", str(script), "--remove"], check=True, env=env, timeout=30,
                   capture_output=True)
    if entry.exists() or icon.exists():
        raise CheckFailed("--remove left the entry or the icon behind")
    return "installed, " + ("validated, " if validator else "") + "removed"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _read_lines(stream: object, lines: queue.Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)


def loopback_url(printed: str, port_fallback: int) -> str:
    """The printed URL, pointed at 127.0.0.1 unless it already is loopback: never another host."""
    parts = urllib.parse.urlsplit(printed)
    host = parts.hostname or ""
    try:
        is_loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        is_loopback = False
    netloc = parts.netloc if is_loopback else f"127.0.0.1:{parts.port or port_fallback}"
    return urllib.parse.urlunsplit(("http", netloc, "/", "", ""))


def fetch(url: str) -> tuple[int, str, bytes]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy detours
    with opener.open(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def check_publish(ctx: Context) -> str:
    port, https_port = free_port(), free_port()
    args = [str(ctx.cli), "--home", str(ctx.home), "publish", "--bind", "127.0.0.1",
            "--port", str(port), "--https-port", str(https_port), "--no-mdns"]
    flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)  # Windows: lets CTRL_BREAK reach it
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL, env=child_env(ctx), creationflags=flags)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True).start()
    try:
        printed = _wait_for_url(proc, lines, timeout=30)
        url = loopback_url(printed, port)
        status, ctype, body = fetch(url + "ca.mobileconfig")
        detail = _check_profile(status, ctype, body)
    except BaseException:
        proc.kill()  # the first failure is the one to report; just make sure nothing lingers
        proc.wait(timeout=10)
        raise
    return f"{printed} -> {detail}; {_stop(proc)}"


def _wait_for_url(proc: subprocess.Popen[str], lines: queue.Queue[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            if proc.poll() is not None and lines.empty():
                err = proc.stderr.read() if proc.stderr else ""
                raise CheckFailed(f"publish exited with {proc.returncode} before printing a "
                                  f"URL: {(err or ''.join(seen)).strip()[-600:]}") from None
            continue
        seen.append(line)
        match = re.search(r"http://[^\s<>\"')]+", line)
        if match:
            return match.group(0)
    raise CheckFailed(f"publish printed no http:// URL within {timeout:.0f} s: {''.join(seen)!r}")


def _check_profile(status: int, ctype: str, body: bytes) -> str:
    if status != 200 or "application/x-apple-aspen-config" not in ctype:
        raise CheckFailed(f"/ca.mobileconfig answered {status} {ctype!r}")
    try:
        profile = plistlib.loads(body)
    except plistlib.InvalidFileException as err:
        raise CheckFailed("/ca.mobileconfig is not a property list") from err
    payloads = profile.get("PayloadContent", [])
    if not any(p.get("PayloadType") == "com.apple.security.root" for p in payloads):
        raise CheckFailed("/ca.mobileconfig has no com.apple.security.root payload")
    return f"/ca.mobileconfig {len(body)} bytes, a root-certificate profile"


def _stop(proc: subprocess.Popen[str]) -> str:
    if proc.poll() is not None:
        return f"(it had already exited with {proc.returncode})"
    proc.send_signal(signal.CTRL_BREAK_EVENT if os.name == "nt" else signal.SIGINT)  # type: ignore[attr-defined]
    try:
        code = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        raise CheckFailed("publish did not stop within 10 s of Ctrl+C") from None
    err = proc.stderr.read() if proc.stderr else ""
    if "Traceback (most recent call last)" in err:
        raise CheckFailed(f"publish printed a traceback on Ctrl+C:\n{err.strip()}")
    if code != 0:
        raise CheckFailed(f"publish exited with {code} on Ctrl+C, not 0: {err.strip()[-400:]}")
    return "stopped on Ctrl+C with exit code 0"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("version", check_version),
    ("bundle", check_bundle),
    ("layout", check_layout),
    ("language", check_language),
    ("cli", check_cli),
    ("wizard", check_wizard),
    ("wizard-native", check_wizard_native),
    ("no-display", check_no_display),
    ("wizard-x11", check_wizard_x11),
    ("wizard-wayland", check_wizard_wayland),
    ("desktop-entry", check_desktop_entry),
    ("publish", check_publish),
)


def run_checks(ctx: Context, names: list[str]) -> list[Outcome]:
    outcomes = []
    for name, check in CHECKS:
        if names and name not in names:
            continue
        started = time.perf_counter()
        try:
            status, detail = "PASS", check(ctx)
        except Skipped as why:
            status, detail = "SKIP", str(why)
        except (CheckFailed, OSError, subprocess.SubprocessError, ValueError, KeyError) as err:
            status, detail = "FAIL", str(err) or type(err).__name__
        outcome = Outcome(name, status, time.perf_counter() - started, detail)
        print(f"{outcome.status} {name} ({outcome.seconds:.1f} s): {detail}", flush=True)
        outcomes.append(outcome)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built TrustAnchor app.")
    parser.add_argument("--app", type=Path, default=default_app(), help="the frozen executable")
    parser.add_argument("--runs", type=int, default=3, help="wizard launches to time")
    parser.add_argument("checks", nargs="*", help=f"only these: {', '.join(n for n, _ in CHECKS)}")
    args = parser.parse_args(argv)
    if not args.app.is_file():
        print(f"smoke: no app at {args.app}; build it with `python packaging/build.py`",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="trustanchor-smoke-") as tmp:
        ctx = Context(app=args.app.resolve(), home=Path(tmp) / "home", out=Path(tmp) / "out",
                      runs=max(1, args.runs))
        ctx.out.mkdir()
        outcomes = run_checks(ctx, args.checks)
    failed = sum(o.status == "FAIL" for o in outcomes)
    passed = sum(o.status == "PASS" for o in outcomes)
    skipped = sum(o.status == "SKIP" for o in outcomes)
    print(f"smoke: {passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
