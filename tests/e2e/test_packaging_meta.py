"""Fast checks of the desktop-app packaging, without building it (the build and its smoke test
are `python packaging/build.py --smoke`): metadata, the spec's settings, the trimming rules
against the Qt actually installed, the icon containers, the Linux desktop entry and the release
workflow."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_pkg_test_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


appmeta = load("appmeta")
trim = load("trim")
make_icons = load("make_icons")


# --- metadata -------------------------------------------------------------------------------

def test_app_version_is_the_project_version() -> None:
    from trustanchor.core import __version__

    assert appmeta.project_version() == __version__


@pytest.mark.parametrize(("text", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)),
    ("1.2.3.4", (1, 2, 3, 4)),
])
def test_version_tuple(text: str, expected: tuple[int, ...]) -> None:
    assert appmeta.version_tuple(text) == expected


def test_version_tuple_rejects_non_numbers() -> None:
    with pytest.raises(ValueError, match="does not start with a number"):
        appmeta.version_tuple("dev")


def test_archive_names_per_os() -> None:
    name = appmeta.archive_name
    assert name("0.1.0", "linux", "x86_64") == "TrustAnchor-0.1.0-linux-x86_64.tar.gz"
    assert name("0.1.0", "macos", "arm64") == "TrustAnchor-0.1.0-macos-arm64.dmg"
    assert name("0.1.0", "windows", "x86_64") == "TrustAnchor-0.1.0-windows-x86_64.zip"
    assert [appmeta.os_tag(p) for p in ("linux", "darwin", "win32")] == [
        "linux", "macos", "windows"]
    assert [appmeta.arch_tag(m) for m in ("AMD64", "aarch64", "arm64")] == [
        "x86_64", "arm64", "arm64"]
    with pytest.raises(ValueError, match="no app build"):
        appmeta.os_tag("sunos5")


def test_info_plist_has_local_network_keys_and_survives_plistlib() -> None:
    info = appmeta.info_plist("0.1.0", "6.11.3")
    again = plistlib.loads(plistlib.dumps(info, fmt=plistlib.FMT_XML))
    assert again == info
    assert re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+){2,}", info["CFBundleIdentifier"])
    assert info["CFBundleIdentifier"] == appmeta.BUNDLE_ID
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == "0.1.0"
    # macOS 15 silently blocks LAN and Bonjour traffic without these two keys.
    assert info["NSBonjourServices"] == ["_http._tcp"]
    assert info["NSLocalNetworkUsageDescription"].endswith(".")
    assert len(info["NSLocalNetworkUsageDescription"]) > 40
    assert info["NSHighResolutionCapable"] is True
    assert info["LSMinimumSystemVersion"] == "13.0"
    assert appmeta.minimum_macos("6.12.0") == "14.0"
    assert appmeta.minimum_macos("6.9.2") == "12.0"


def _eval_version_resource(text: str) -> object:
    """Evaluate the resource text with each PyInstaller class name recording its arguments."""
    names = {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"}
    namespace = {n: (lambda *a, _n=n, **k: (_n, a, k)) for n in names}
    tree = ast.parse(text, mode="eval")
    called = {node.func.id for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert called <= names
    return eval(compile(tree, "version_info.txt", "eval"), {"__builtins__": {}}, namespace)


def test_windows_version_resource() -> None:
    text = appmeta.windows_version_text("1.4.2")
    root = _eval_version_resource(text)
    assert root[0] == "VSVersionInfo"
    ffi = root[2]["ffi"]
    assert ffi[2]["filevers"] == ffi[2]["prodvers"] == (1, 4, 2, 0)
    strings = dict(s[1] for s in root[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductName"] == "TrustAnchor"
    assert strings["OriginalFilename"] == "TrustAnchor.exe"
    assert strings["FileVersion"] == "1.4.2.0" and strings["ProductVersion"] == "1.4.2"


# --- the spec -------------------------------------------------------------------------------

def _spec_calls() -> dict[str, list[ast.Call]]:
    tree = ast.parse((PACKAGING / "trustanchor.spec").read_text(encoding="utf-8"))
    calls: dict[str, list[ast.Call]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "Analysis", "EXE", "COLLECT", "BUNDLE"):
            calls.setdefault(node.func.id, []).append(node)
    return calls


def _kw(call: ast.Call, name: str) -> str:
    for keyword in call.keywords:
        if keyword.arg == name:
            return ast.unparse(keyword.value)
    raise AssertionError(f"{name}= missing")


def test_spec_builds_one_folder_with_a_windowed_and_a_console_exe_on_windows() -> None:
    calls = _spec_calls()
    assert {k: len(v) for k, v in calls.items()} == {
        "Analysis": 1, "EXE": 2, "COLLECT": 1, "BUNDLE": 1}
    app, cli = sorted(calls["EXE"], key=lambda c: _kw(c, "name"))
    assert _kw(app, "name") == "appmeta.APP_NAME" and _kw(cli, "name") == "appmeta.CLI_NAME"
    for exe in (app, cli):
        assert _kw(exe, "exclude_binaries") == "True"  # one-folder: binaries go to COLLECT
        assert "version_file" in _kw(exe, "version")
        assert ast.unparse(exe.args[2]) == "OPTIONS"
    # Double-click: windowed on Windows; terminals: the console program, hidden if clicked.
    assert _kw(app, "console") == "SYSTEM != 'windows'"
    assert _kw(cli, "console") == "True" and _kw(cli, "hide_console") == "'hide-early'"
    (collect,) = calls["COLLECT"]
    assert ast.unparse(collect.args[0]) == "*executables"
    (bundle,) = calls["BUNDLE"]
    assert _kw(bundle, "bundle_identifier") == "appmeta.BUNDLE_ID"
    assert "appmeta.info_plist" in _kw(bundle, "info_plist")
    (analysis,) = calls["Analysis"]
    assert "collect_data_files('trustanchor.resources')" in _kw(analysis, "datas")
    assert "trim.EXCLUDED_MODULES" in _kw(analysis, "excludes")
    assert ast.unparse(analysis.args[0]).endswith("'launcher.py')]")


def test_spec_runs_python_unbuffered_in_utf8_mode() -> None:
    tree = ast.parse((PACKAGING / "trustanchor.spec").read_text(encoding="utf-8"))
    assigned = {t.id: node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                for t in node.targets if isinstance(t, ast.Name)}
    options = ast.literal_eval(assigned["OPTIONS"])
    assert ("X utf8_mode=1", None, "OPTION") in options and ("u", None, "OPTION") in options


def test_cli_names_differ_by_more_than_case() -> None:
    # NTFS names are case-insensitive: "trustanchor.exe" would overwrite "TrustAnchor.exe".
    assert appmeta.CLI_NAME.lower() != appmeta.APP_NAME.lower()
    app = Path("dist/TrustAnchor/TrustAnchor.exe")
    assert appmeta.cli_program(app, "windows") == Path("dist/TrustAnchor/trustanchor-cli.exe")
    assert appmeta.cli_program(Path("dist/TrustAnchor/TrustAnchor"), "linux").name == "TrustAnchor"


def test_hdiutil_is_retried_a_bounded_number_of_times() -> None:
    sys.modules.setdefault("appmeta", appmeta)  # build.py imports it as a script would
    build = load("build")
    calls: list[tuple[str, ...]] = []
    pauses: list[float] = []

    def busy_twice(*cmd: str) -> None:
        calls.append(cmd)
        if len(calls) <= 2:
            raise subprocess.CalledProcessError(1, list(cmd))

    build.run_with_retries("hdiutil", "create", attempts=4, pause_s=10, runner=busy_twice,
                           sleep=pauses.append)
    assert len(calls) == 3 and pauses == [10, 10]

    def always_busy(*cmd: str) -> None:
        calls.append(cmd)
        raise subprocess.CalledProcessError(1, list(cmd))

    calls.clear()
    with pytest.raises(subprocess.CalledProcessError):
        build.run_with_retries("hdiutil", "create", attempts=4, pause_s=10, runner=always_busy,
                               sleep=pauses.append)
    assert len(calls) == 4
    assert build.HDIUTIL_ATTEMPTS * build.HDIUTIL_PAUSE_S <= 60  # bounded: a minute at most


def test_launcher_uses_the_program_entry_point() -> None:
    tree = ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "trustanchor.gui.main" and n.names[0].name == "main" for n in imports)


def test_excluded_modules_are_not_imported_by_the_app() -> None:
    """An excluded module that our code imports would fail only in the frozen app."""
    excluded = set(trim.EXCLUDED_MODULES)
    for folder in ("core", "gui"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                for name in names:
                    hit = {e for e in excluded if name == e or name.startswith(e + ".")}
                    assert not hit, f"{path.relative_to(ROOT)} imports excluded {hit}"


# --- trimming -------------------------------------------------------------------------------

def _installed_plugins() -> list[str]:
    import PySide6

    base = Path(PySide6.__file__).parent
    plugins = base / "Qt" / "plugins" if (base / "Qt" / "plugins").is_dir() else base / "plugins"
    return [f"PySide6/{p.relative_to(base).as_posix()}" for p in plugins.rglob("*")
            if p.is_file() and p.suffix in (".so", ".dylib", ".dll")]


def test_plugin_rules_against_the_installed_qt() -> None:
    system = appmeta.os_tag()
    plugins = _installed_plugins()
    assert plugins, "no Qt plugins found in the installed PySide6"
    present = {trim.plugin_location(p) for p in plugins}
    # Every plugin the rules keep by name exists (catches a rename in a Qt upgrade).
    for folder, stems in trim.KEPT_PLUGINS[system].items():
        if folder == "wayland-decoration-client":
            continue  # either decoration is enough; which ones ship varies by Qt version
        assert {(folder, s) for s in stems} <= present, folder
    kept = {trim.plugin_location(p) for p in plugins if trim.keep_plugin(p, system)}
    assert ("imageformats", "qsvg") in kept and ("iconengines", "qsvgicon") in kept
    assert ("platforms", "qoffscreen") in kept
    assert not {loc for loc in kept if loc and loc[0] in trim.DROPPED_PLUGIN_DIRS}
    assert not {loc for loc in kept if loc and loc[0] == "imageformats" and loc[1] != "qsvg"}
    if system == "linux":
        assert {("platforms", "qxcb"), ("platforms", "qwayland")} <= kept
        assert not {loc for loc in kept if loc and loc[0] == "platforms"} - {
            ("platforms", "qxcb"), ("platforms", "qwayland"), ("platforms", "qoffscreen")}


def test_plugin_location_on_each_platform_layout() -> None:
    assert trim.plugin_location("PySide6/Qt/plugins/platforms/libqxcb.so") == ("platforms", "qxcb")
    assert trim.plugin_location("PySide6\\plugins\\platforms\\qwindows.dll") == (
        "platforms", "qwindows")
    assert trim.plugin_location("PySide6/Qt/plugins/imageformats/libqsvg.dylib") == (
        "imageformats", "qsvg")
    assert trim.plugin_location("PySide6/Qt/lib/libQt6Core.so.6") is None
    assert trim.keep_plugin("PySide6/Qt/lib/libQt6Core.so.6", "linux")
    assert not trim.keep_plugin("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux")
    assert trim.keep_plugin("PySide6/plugins/styles/qmodernwindowsstyle.dll", "windows")
    assert trim.is_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not trim.is_qt_translation("trustanchor/resources/phone/page.html")


def test_prune_keeps_what_is_reachable_and_drops_the_rest() -> None:
    graph = {
        "/s/ext.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
    }
    entries = [
        ("PySide6/QtWidgets.abi3.so", "/s/ext.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython", "BINARY"),
        *[(f"PySide6/Qt/lib/{n}", f"/s/{n}", "BINARY") for n in (
            "libQt6Widgets.so.6", "libQt6Gui.so.6", "libQt6Core.so.6", "libQt6XcbQpa.so.6",
            "libQt6Network.so.6")],
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libgtk.so", "libgtk-3.so.0", "SYMLINK"),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", "/s/QtPdf", "BINARY"),
        ("PySide6/Qt/lib/QtPdf.framework/QtPdf", "Versions/Current/QtPdf", "SYMLINK"),
    ]
    kept, dropped = trim.prune_unreferenced(entries, lambda src: graph.get(src, []))
    assert {Path(e[0]).name for e in dropped} == {
        "libQt6Network.so.6", "libgtk-3.so.0", "libcairo.so.2", "libgtk.so", "QtPdf"}
    assert len(dropped) == 6  # both QtPdf framework entries
    assert {Path(e[0]).name for e in kept} >= {
        "libpython3.11.so.1.0", "libqxcb.so", "libQt6Core.so.6", "libQt6XcbQpa.so.6"}
    assert len(kept) + len(dropped) == len(entries)


def test_links_to_removed_libraries_go_too() -> None:
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/QtCore.framework/QtCore", "Versions/Current/QtCore", "SYMLINK"),
        ("PySide6/Qt/lib/QtGui.framework/QtGui", "Versions/Current/QtGui", "SYMLINK"),
        ("trustanchor/resources/icons/app.svg", "/src/app.svg", "DATA"),
    ]
    removed = {"PySide6/Qt/lib/libQt6OpenGL.so.6",
               "PySide6/Qt/lib/QtGui.framework/Versions/Current/QtGui"}
    kept, dropped = trim.drop_dangling_symlinks(datas, removed)
    assert [e[0] for e in dropped] == ["libQt6OpenGL.so.6", "PySide6/Qt/lib/QtGui.framework/QtGui"]
    assert len(kept) == 3


@pytest.mark.skipif(sys.platform != "linux", reason="reads ELF dependencies with readelf")
def test_prune_on_the_real_qt_libraries() -> None:
    """The installed PySide6's real link graph: the xcb plugin needs XcbQpa, nothing needs
    QtNetwork once its plugins are gone."""
    readelf = shutil.which("readelf")
    if not readelf:
        pytest.skip("readelf (binutils) is not installed")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"

    def needed(src: str) -> list[str]:
        out = subprocess.run([readelf, "-d", src], capture_output=True, text=True, check=True)
        return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout)

    entries = [(f"PySide6/Qt/lib/{p.name}", str(p), "BINARY") for p in (qt / "lib").glob("*.so*")]
    entries.append(("PySide6/Qt/plugins/platforms/libqxcb.so",
                    str(qt / "plugins" / "platforms" / "libqxcb.so"), "BINARY"))
    kept, dropped = trim.prune_unreferenced(entries, needed)
    kept_names = {Path(e[0]).name for e in kept}
    assert {"libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libQt6Core.so.6",
            "libQt6DBus.so.6"} <= kept_names
    assert "libQt6Network.so.6" in {Path(e[0]).name for e in dropped}


# --- icons ----------------------------------------------------------------------------------

def test_icons_render_to_png_ico_and_icns(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(tmp_path)],
                   check=True, env=env, timeout=120, capture_output=True)
    for size in make_icons.PNG_SIZES:
        assert make_icons.png_size((tmp_path / "png" / f"TrustAnchor-{size}.png").read_bytes()) == (
            size, size)

    ico = (tmp_path / "TrustAnchor.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for i, size in enumerate(make_icons.ICO_SIZES):
        w, h, _c, _r, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i)
        assert (w or 256, h or 256, planes, bits) == (size, size, 1, 32)
        assert make_icons.png_size(ico[offset:offset + length]) == (size, size)

    icns = (tmp_path / "TrustAnchor.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, seen = 8, []
    while pos < len(icns):
        kind, length = icns[pos:pos + 4], struct.unpack(">I", icns[pos + 4:pos + 8])[0]
        seen.append((kind, make_icons.png_size(icns[pos + 8:pos + length])[0]))
        pos += length
    assert seen == list(make_icons.ICNS_TYPES)


def test_icon_renderer_rejects_a_file_that_is_not_svg(tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("not an svg")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), "--svg", str(bad),
                           "--out", str(tmp_path / "out")], env=env, timeout=120,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "not an SVG" in proc.stderr and "Traceback" not in proc.stderr


# --- Linux desktop entry --------------------------------------------------------------------

DESKTOP = PACKAGING / "linux" / f"{appmeta.BUNDLE_ID}.desktop"


def test_desktop_entry_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "TrustAnchor"
    assert entry["Icon"] == appmeta.BUNDLE_ID and entry["Terminal"] == "false"
    assert entry["Exec"] == "TrustAnchor" and entry["Categories"].endswith(";")


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validator = shutil.which("desktop-file-validate")
    if not validator:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    proc = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout


def _fake_app_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in (DESKTOP.name, "install-desktop-entry.sh"):
        shutil.copy2(PACKAGING / "linux" / name, folder / name)
    (folder / f"{appmeta.BUNDLE_ID}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder / "install-desktop-entry.sh"


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_install_desktop_entry_script_round_trip(tmp_path: Path) -> None:
    script = _fake_app_folder(tmp_path / "My Apps" / "TrustAnchor")
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run(["sh", str(script)], check=True, env=env, timeout=30, capture_output=True)
    installed = (data / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f'Exec="{script.parent}/TrustAnchor"' in installed
    assert f"TryExec={script.parent}/TrustAnchor" in installed
    assert (data / "icons/hicolor/256x256/apps" / f"{appmeta.BUNDLE_ID}.png").is_file()
    subprocess.run(["sh", str(script), "--remove"], check=True, env=env, timeout=30,
                   capture_output=True)
    assert not (data / "applications" / DESKTOP.name).exists()


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_install_desktop_entry_refuses_a_path_it_cannot_quote(tmp_path: Path) -> None:
    script = _fake_app_folder(tmp_path / "cost$5" / "TrustAnchor")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.run(["sh", str(script)], env=env, timeout=30, capture_output=True, text=True)
    assert proc.returncode == 1 and "move this folder" in proc.stderr
    assert not (tmp_path / "data" / "applications").exists()


# --- release workflow and build entry ---------------------------------------------------------

def test_release_workflow_builds_three_systems_and_releases_on_tags() -> None:
    flow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text(encoding="utf-8"))
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["tags"] == ["v*"]
    build = flow["jobs"]["build"]
    systems = build["strategy"]["matrix"]["os"]
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "macos", "windows"}
    runs = [step.get("run", "") for step in build["steps"]]
    assert any("pytest" in r for r in runs)
    assert any("packaging/build.py --smoke" in r for r in runs)
    upload = next(s for s in build["steps"]
                  if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["if-no-files-found"] == "error"
    release = flow["jobs"]["release"]
    assert release["needs"] == "build" and "refs/tags/v" in release["if"]
    assert release["permissions"] == {"contents": "write"}
    assert build.get("timeout-minutes", 360) <= 60


def test_every_python_package_folder_is_shipped() -> None:
    """A sub-package missing from pyproject's list works in the editable dev install and is
    absent from the wheel, so from the frozen app (this happened with gui/pages)."""
    import tomllib

    tool = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(tool["setuptools"]["packages"])
    mapping = tool["setuptools"]["package-dir"]
    for package, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder).parts
            if "__pycache__" in rel:
                continue
            name = ".".join((package, *rel))
            assert name in listed, f"{init.parent.relative_to(ROOT)} is not in pyproject packages"


def test_every_resource_file_is_shipped() -> None:
    """Data files reach the wheel (and the app) only through their package's package-data."""
    import tomllib

    tool = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    package_data = tool["setuptools"]["package-data"]
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        # .ts: translation sources; the wheel carries the .qm files compiled from them.
        if not path.is_file() or path.suffix in (".py", ".pyc", ".ts"):
            continue
        rel = path.relative_to(resources)
        package = ".".join(("trustanchor.resources", *rel.parent.parts))
        patterns = package_data.get(package, [])
        assert any(rel.name == p or Path(rel.name).match(p) for p in patterns), (
            f"resources/{rel.as_posix()} matches no package-data pattern of {package}")


def test_package_extra_brings_pyinstaller() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    package = project["optional-dependencies"]["package"]
    # hide-early under Windows Terminal works from 6.11 on (pyinstaller/pyinstaller#8022).
    assert "pyinstaller>=6.11" in package


def test_docs_cover_each_system_and_the_build() -> None:
    text = (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")
    for needle in ("Gatekeeper", "Open Anyway", "SmartScreen", "Run anyway",
                   "install-desktop-entry.sh", "python packaging/build.py"):
        assert needle in text, needle
