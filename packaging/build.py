"""Build the TrustAnchor desktop app for the OS this runs on, and its download archive.

    python packaging/build.py            dist/TrustAnchor/ (+ dist/TrustAnchor.app on macOS)
                                         and dist/TrustAnchor-<version>-<os>-<arch>.<ext>
    python packaging/build.py --smoke    the same, then packaging/smoke_test.py on the result
    python packaging/build.py --no-trim  an untrimmed build in build/package/untrimmed/ (to
                                         measure what trimming saves)

PyInstaller does not see an editable install (its issue 7524), so the app is built as a wheel
from a copy of the working tree and installed into a build venv under build/package/ together
with the `package` extra (PyInstaller). Everything written goes to build/ and dist/, never into
the source folders.

Signing runs only when credentials are in the environment, and says so when they are not:
  macOS   TRUSTANCHOR_MACOS_SIGN_IDENTITY ("Developer ID Application: NAME (TEAMID)", already in
          the keychain) signs the app with the hardened runtime; with APPLE_ID, APPLE_TEAM_ID and
          APPLE_APP_PASSWORD (an app-specific password) the .dmg is also notarised and stapled.
  Windows TRUSTANCHOR_WINDOWS_PFX (a .pfx file) and TRUSTANCHOR_WINDOWS_PFX_PASSWORD sign the
          .exe with signtool.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import appmeta  # run as a script, so packaging/ is first on sys.path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = ROOT / "build" / "package"
SOURCES = ("core", "gui", "resources")  # the folders pyproject.toml maps to trustanchor.*




def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None, cwd: Path = ROOT,
        secrets: tuple[str, ...] = ()) -> None:
    """Run a command, echoing it with any of `secrets` (passwords) shown as ***."""
    args = [str(c) for c in cmd]
    log("$ " + " ".join("***" if a in secrets else a for a in args))
    try:
        subprocess.run(args, check=True, env=env, cwd=cwd)
    except subprocess.CalledProcessError as err:
        err.cmd = ["***" if a in secrets else a for a in args]
        raise


# `hdiutil create` fails now and then on hosted macOS runners with "hdiutil: create failed -
# Resource busy" (actions/runner-images#7522): a bounded retry, a short pause between tries.
HDIUTIL_ATTEMPTS = 4
HDIUTIL_PAUSE_S = 10.0


def run_with_retries(*cmd: str | Path, attempts: int, pause_s: float,
                     runner: Callable[..., None] | None = None,
                     sleep: Callable[[float], None] = time.sleep) -> None:
    """`run(*cmd)`, tried up to `attempts` times; the last failure is raised."""
    runner = runner or run
    for attempt in range(1, attempts + 1):
        try:
            runner(*cmd)
            return
        except subprocess.CalledProcessError:
            if attempt == attempts:
                raise
            log(f"attempt {attempt} of {attempts} failed; trying again in {pause_s:.0f} s")
            sleep(pause_s)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(venv: Path) -> Path:
    python = venv_python(venv)
    if not python.exists():
        run(sys.executable, "-m", "venv", venv)
    return python


def stage_sources(dest: Path) -> Path:
    """A clean copy of what the wheel is made of, so no stale build/lib leaks into it."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo")
    for folder in SOURCES:
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, dest / name)
    return dest


def install_app(python: Path) -> None:
    """Wheel from the working tree, installed (not editable) with the `package` extra. The
    translation catalogues are compiled first: the wheel carries the .qm files."""
    run(sys.executable, ROOT / "scripts" / "translations.py", "build")
    src = stage_sources(WORK / "src")
    wheels = WORK / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run(python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", wheels, src)
    (wheel,) = wheels.glob("trustanchor-*.whl")
    run(python, "-m", "pip", "install", "--quiet", f"{wheel}[package]")
    # Same version number as last time, new code: replace the installed copy regardless.
    run(python, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", wheel)


def run_pyinstaller(python: Path, dist: Path, trimmed: bool, icons: Path) -> None:
    env = dict(os.environ, TRUSTANCHOR_ICONS=str(icons), TRUSTANCHOR_TRIM="1" if trimmed else "0")
    workpath = WORK / ("work" if trimmed else "work-untrimmed")
    run(python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", dist,
        "--workpath", workpath, HERE / "trustanchor.spec", env=env)


def source_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time: archive timestamps that do not vary."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest a zip can hold


def _walk(folder: Path) -> list[Path]:
    paths = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        base = Path(dirpath)
        paths += [base / d for d in dirnames] + [base / f for f in sorted(filenames)]
    return paths


def make_tar_gz(folder: Path, archive: Path) -> None:
    epoch = source_epoch()

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = epoch
        return info

    with archive.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=epoch,
                                                  compresslevel=9, filename="") as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=folder.name, recursive=False, filter=normalise)
        for path in _walk(folder):
            arcname = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=normalise)


def make_zip(folder: Path, archive: Path) -> None:
    stamp = time.gmtime(max(source_epoch(), 315532800))[:6]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in _walk(folder):
            if path.is_dir():
                continue
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (path.stat().st_mode & 0xFFFF) << 16
            zf.writestr(info, path.read_bytes())


def add_linux_desktop_files(app_dir: Path, icons: Path) -> None:
    """The .desktop file, its icon and the script that puts both in the user's menu."""
    entry = f"{appmeta.BUNDLE_ID}.desktop"
    shutil.copy2(HERE / "linux" / entry, app_dir / entry)
    shutil.copy2(icons / "png" / "TrustAnchor-256.png", app_dir / f"{appmeta.BUNDLE_ID}.png")
    script = app_dir / "install-desktop-entry.sh"
    shutil.copy2(HERE / "linux" / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def warn_missing_x11_libraries(app_dir: Path) -> None:
    """PyInstaller bundles the xcb plugin's libraries only if the build machine has them; say
    which are missing (the app then needs them on the user's machine for X11)."""
    plugin = app_dir / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file() or not shutil.which("ldd"):
        return
    env = dict(os.environ, LD_LIBRARY_PATH=str(app_dir / "_internal"))
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env).stdout
    missing = [line.split()[0] for line in out.splitlines() if "not found" in line]
    if missing:
        log(f"warning: not bundled, missing on this machine: {', '.join(missing)}; the app "
            "needs them from the user's system under X11 (install them before building, see "
            "docs/packaging.md)")


def macos_package(dist: Path, archive: Path, icons: Path) -> None:
    app = dist / f"{appmeta.APP_NAME}.app"
    if shutil.which("iconutil"):  # Apple's own reader as a check of the hand-written .icns
        run("iconutil", "--convert", "iconset", "--output", WORK / "check.iconset",
            icons / "TrustAnchor.icns")
    identity = os.environ.get("TRUSTANCHOR_MACOS_SIGN_IDENTITY")
    if identity:
        run("codesign", "--verify", "--deep", "--strict", "--verbose=2", app)
    else:
        log("macOS: no TRUSTANCHOR_MACOS_SIGN_IDENTITY, so the app has only PyInstaller's "
            "ad-hoc signature; Gatekeeper will ask the user to confirm the first launch")
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run("ditto", app, staging / app.name)  # ditto keeps symlinks and signatures intact
    (staging / "Applications").symlink_to("/Applications")
    archive.unlink(missing_ok=True)
    run_with_retries("hdiutil", "create", "-volname", appmeta.APP_NAME, "-srcfolder", staging,
                     "-fs", "HFS+", "-format", "UDZO", "-ov", archive,
                     attempts=HDIUTIL_ATTEMPTS, pause_s=HDIUTIL_PAUSE_S)
    creds = [os.environ.get(k) for k in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")]
    if identity and all(creds):
        run("codesign", "--sign", identity, "--timestamp", archive)
        apple_id, team, password = (str(c) for c in creds)
        run("xcrun", "notarytool", "submit", archive, "--apple-id", apple_id, "--team-id", team,
            "--password", password, "--wait", "--timeout", "30m", secrets=(password,))
        run("xcrun", "stapler", "staple", archive)
    else:
        log("macOS: notarisation skipped (needs TRUSTANCHOR_MACOS_SIGN_IDENTITY, APPLE_ID, "
            "APPLE_TEAM_ID and APPLE_APP_PASSWORD)")


def windows_sign(exe: Path) -> None:
    pfx = os.environ.get("TRUSTANCHOR_WINDOWS_PFX")
    password = os.environ.get("TRUSTANCHOR_WINDOWS_PFX_PASSWORD")
    signtool = shutil.which("signtool")
    if not (pfx and password and signtool):
        log("Windows: signing skipped (needs signtool, TRUSTANCHOR_WINDOWS_PFX and "
            "TRUSTANCHOR_WINDOWS_PFX_PASSWORD); SmartScreen will warn about an unknown publisher")
        return
    run(signtool, "sign", "/f", pfx, "/p", password, "/fd", "SHA256",
        "/tr", "http://timestamp.digicert.com", "/td", "SHA256", exe, secrets=(password,))


def folder_stats(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def executable(dist: Path) -> Path:
    name: str = appmeta.APP_NAME
    system = appmeta.os_tag()
    if system == "macos":
        return dist / f"{name}.app" / "Contents" / "MacOS" / name
    return dist / name / (name + (".exe" if system == "windows" else ""))


def build(trimmed: bool, with_venv_install: bool) -> dict[str, object]:
    started = time.monotonic()
    system, arch = appmeta.os_tag(), appmeta.arch_tag()
    version = appmeta.project_version()
    dist = ROOT / "dist" if trimmed else WORK / "untrimmed"
    fresh = not venv_python(WORK / "venv").exists()
    python = ensure_venv(WORK / "venv")
    if with_venv_install or fresh:
        install_app(python)
    icons = WORK / "icons"
    run(python, HERE / "make_icons.py", "--out", icons)
    run_pyinstaller(python, dist, trimmed, icons)
    app_dir = dist / appmeta.APP_NAME
    archive = dist / appmeta.archive_name(version, system, arch)
    archive.unlink(missing_ok=True)
    if system == "linux":
        warn_missing_x11_libraries(app_dir)
        add_linux_desktop_files(app_dir, icons)
        make_tar_gz(app_dir, archive)
    elif system == "windows":
        windows_sign(app_dir / f"{appmeta.APP_NAME}.exe")
        windows_sign(app_dir / f"{appmeta.CLI_NAME}.exe")
        make_zip(app_dir, archive)
    else:
        macos_package(dist, archive, icons)
    size, count = folder_stats(dist / f"{appmeta.APP_NAME}.app" if system == "macos" else app_dir)
    result: dict[str, object] = {
        "version": version, "os": system, "arch": arch, "trimmed": trimmed,
        "folder_mib": round(size / 2**20, 1), "files": count,
        "archive": archive.name, "archive_mib": round(archive.stat().st_size / 2**20, 1),
        "build_seconds": round(time.monotonic() - started, 1),
        "executable": str(executable(dist)),
    }
    (WORK / f"measure-{'trimmed' if trimmed else 'untrimmed'}.json").write_text(
        json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the TrustAnchor app for this OS.")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the built app")
    parser.add_argument("--no-trim", action="store_true",
                        help="build untrimmed into build/package/untrimmed (for measuring)")
    parser.add_argument("--skip-install", action="store_true",
                        help="reuse the build venv's installed app as it is (faster reruns)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        result = build(trimmed=not args.no_trim, with_venv_install=not args.skip_install)
    except subprocess.CalledProcessError as err:
        log(f"failed: {' '.join(str(a) for a in err.cmd)} exited with {err.returncode}")
        return 1
    log(f"app {result['executable']}")
    log(f"{result['archive']}: {result['archive_mib']} MiB; folder {result['folder_mib']} MiB "
        f"in {result['files']} files; built in {result['build_seconds']} s")
    code = 0
    if args.smoke:
        python = venv_python(WORK / "venv")
        code = subprocess.run([str(python), str(HERE / "smoke_test.py"),
                               "--app", str(result["executable"])], cwd=ROOT).returncode
    outcome = "" if code == 0 else " (smoke test FAILED)"
    log(f"done in {time.monotonic() - started:.1f} s{outcome}")
    return code


if __name__ == "__main__":
    sys.exit(main())
