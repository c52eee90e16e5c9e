"""The commands each store runs and the outputs it reads, checked on every OS.

The macOS and Windows outputs are fixtures in the formats security(1) and Microsoft's certutil
documentation show, with one entry carrying the test CA's real hashes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.core.certhelpers import cached_ca
from trustanchor.core.cli import trust as cli_trust
from trustanchor.core.trust import java, linux, macos, nss, runner, windows
from trustanchor.core.trust.errors import AdminDeniedError, ToolMissingError
from trustanchor.core.trust.model import Anchor, StoreKind
from trustanchor.core.trust.stores import StoreChoice, select

FIXTURES = Path(__file__).parent / "fixtures" / "trust"


@pytest.fixture
def anchor() -> Anchor:
    return Anchor.from_certificate(cached_ca(name="Trust Fixture CA").certificate)


def fixture(name: str, anchor: Anchor) -> str:
    pairs = lambda text: [text[i : i + 2] for i in range(0, len(text), 2)]  # noqa: E731
    return ((FIXTURES / name).read_text()
            .replace("__TARGET_SHA256_COLONS__", ":".join(pairs(anchor.sha256)).upper())
            .replace("__TARGET_SHA1_COLONS__", ":".join(pairs(anchor.sha1)).upper())
            .replace("__TARGET_SHA1_SPACED__", " ".join(pairs(anchor.sha1)))
            .replace("__TARGET_SHA256__", anchor.sha256.upper())
            .replace("__TARGET_SHA1__", anchor.sha1.upper()))


def test_names_carry_the_fingerprint(anchor: Anchor) -> None:
    assert anchor.file_name == f"trustanchor-{anchor.sha256[:16]}.crt"
    assert anchor.nickname == f"TrustAnchor {anchor.sha256[:16]}"
    assert anchor.alias == f"trustanchor-{anchor.sha256[:16]}"
    assert anchor.fingerprint.replace(":", "").lower() == anchor.sha256
    assert len(anchor.sha1) == 40


def test_debian_refresh_moves_every_folder_under_the_root() -> None:
    assert linux.refresh_argv(linux.DEBIAN) == ["update-ca-certificates"]
    root = Path("/tmp/r")
    assert linux.refresh_argv(linux.DEBIAN, root) == [
        "update-ca-certificates",
        "--certsconf", "/tmp/r/etc/ca-certificates.conf",
        "--certsdir", "/tmp/r/usr/share/ca-certificates",
        "--localcertsdir", "/tmp/r/usr/local/share/ca-certificates",
        "--etccertsdir", "/tmp/r/etc/ssl/certs",
        "--hooksdir", "/tmp/r/etc/ca-certificates/update.d",
    ]
    assert linux.refresh_argv(linux.FEDORA) == ["update-ca-trust", "extract"]
    assert linux.refresh_argv(linux.ARCH) == ["trust", "extract-compat"]


def test_the_elevated_script_gets_paths_as_arguments_not_as_text(anchor: Anchor) -> None:
    target = Path("/usr/local/share/ca-certificates") / anchor.file_name
    argv = linux.install_script_argv(Path("/tmp/x y/$(rm -rf ~).crt"), target,
                                     ["update-ca-certificates"])
    assert argv[:2] == ["sh", "-c"]
    assert "$(rm" not in argv[2] and anchor.short_id not in argv[2]
    assert argv[3:] == ["trustanchor", "/tmp/x y/$(rm -rf ~).crt", str(target),
                        "update-ca-certificates"]
    command = runner.elevated(argv, "pkexec")
    assert command.argv[0] == "pkexec" and command.elevator == "pkexec"
    assert command.timeout_s == runner.ADMIN_TIMEOUT_S
    sudo = runner.elevated(["update-ca-certificates"], "sudo")
    assert sudo.argv[:2] == ("sudo", "-p") and "TrustAnchor" in sudo.argv[2]
    assert sudo.argv[3:] == ("--", "update-ca-certificates")
    assert sudo.tool == "update-ca-certificates" and command.tool == "sh"
    assert runner.Command(("certutil", "-L")).tool == "certutil"


def test_the_elevated_script_really_copies_and_refreshes(tmp_path: Path) -> None:
    source = tmp_path / "in dir" / "a.crt"
    source.parent.mkdir()
    source.write_text("pem")
    target = tmp_path / "new" / "trustanchor-x.crt"
    argv = linux.install_script_argv(source, target, ["touch", str(tmp_path / "refreshed")])
    assert runner.run(runner.Command(tuple(argv))).ok
    assert target.read_text() == "pem" and (tmp_path / "refreshed").exists()
    assert oct(target.stat().st_mode & 0o777) == "0o644"
    assert runner.run(runner.Command(tuple(linux.remove_script_argv(target, ["true"])))).ok
    assert not target.exists()


def _fake_tool(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize(("tool", "script"), [
    ("pkexec", "exit 126"),  # the user dismissed polkit's dialog
    ("pkexec", "exit 127"),  # not authorized / no authentication agent
    ("sudo", "echo 'sudo: 3 incorrect password attempts' >&2; exit 1"),
])
def test_a_refused_password_prompt_is_one_sentence(tmp_path: Path, tool: str, script: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_tool(tmp_path / "bin", tool, script)  # stands in for the prompt a person answers
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(AdminDeniedError, match=r"^The administrator password was not given"):
        runner.run(runner.elevated(["true"], tool))


def test_a_missing_program_names_its_package() -> None:
    with pytest.raises(ToolMissingError, match=r"^keytool is not installed: install a Java"):
        runner.run(runner.Command(("/nonexistent/keytool",)))


def test_nss_commands(anchor: Anchor) -> None:
    db = nss.NssDatabase(Path("/h/.pki/nssdb"), "Chromium", "m")
    assert nss.add_argv(db, anchor, Path("/t/c.crt")) == [
        "certutil", "-A", "-d", "sql:/h/.pki/nssdb", "-t", "C,,", "-n", anchor.nickname,
        "-i", "/t/c.crt"]
    assert nss.delete_argv(db, anchor) == ["certutil", "-D", "-d", "sql:/h/.pki/nssdb", "-n",
                                           anchor.nickname]
    assert nss.verify_ca_argv(db, anchor) == ["certutil", "-V", "-u", "L", "-n",
                                              anchor.nickname, "-d", "sql:/h/.pki/nssdb"]
    assert nss.verify_leaf_argv(db, Path("/t/leaf.pem")) == [
        "vfychain", "-d", "sql:/h/.pki/nssdb", "-u", "1", "-a", "/t/leaf.pem"]
    assert nss.create_argv(Path("/d")) == ["certutil", "-N", "--empty-password", "-d", "sql:/d"]


def test_nss_list_parsing(anchor: Anchor) -> None:
    parsed = nss.parse_list((FIXTURES / "certutil-L.txt").read_text())
    assert parsed == {"TrustAnchor 0011223344556677": "C,,",
                      "mkcert development CA 12345": "C,,",
                      "Some Client Cert": "u,u,u", "An Email CA": ",C,"}


def test_firefox_profiles_per_platform() -> None:
    home = Path("/h")
    assert nss.firefox_profile_roots(home, "darwin") == [
        home / "Library/Application Support/Firefox/Profiles"]
    assert nss.firefox_profile_roots(home, "win32") == [
        home / "AppData/Roaming/Mozilla/Firefox/Profiles"]
    assert home / "snap/firefox/common/.mozilla/firefox" in nss.firefox_profile_roots(home, "linux")


def test_macos_commands(anchor: Anchor) -> None:
    login = str(macos.login_keychain(Path("/Users/alex")))
    assert login == "/Users/alex/Library/Keychains/login.keychain-db"
    assert macos.add_argv(login, Path("/t/c.crt"), admin=False) == [
        "/usr/bin/security", "add-trusted-cert", "-r", "trustRoot", "-k", login, "/t/c.crt"]
    assert macos.add_argv(macos.SYSTEM_KEYCHAIN, Path("/t/c.crt"), admin=True) == [
        "/usr/bin/security", "add-trusted-cert", "-d", "-r", "trustRoot", "-k",
        "/Library/Keychains/System.keychain", "/t/c.crt"]
    assert macos.delete_argv(login, anchor) == [
        "/usr/bin/security", "delete-certificate", "-Z", anchor.sha1.upper(), "-t", login]
    assert macos.find_argv(login) == ["/usr/bin/security", "find-certificate", "-a", "-Z", login]


def test_macos_find_certificate_parsing(anchor: Anchor) -> None:
    entries = macos.parse_find(fixture("security-find-certificate-Z.txt", anchor))
    assert len(entries) == 2
    assert entries[1].sha256 == anchor.sha256 and entries[1].sha1 == anchor.sha1
    assert entries[0].keychain == "/Users/alex/Library/Keychains/login.keychain-db"
    assert macos.holds(entries, anchor)
    assert not macos.holds(entries[:1], anchor)
    old = macos.parse_find(fixture("security-find-certificate-Z-old.txt", anchor))
    assert [e.sha256 for e in old] == [None, None] and old[1].sha1 == anchor.sha1
    assert macos.holds(old, anchor)


def test_windows_commands(anchor: Anchor) -> None:
    assert windows.add_argv(StoreKind.USER, Path("C:/t/c.crt")) == [
        "certutil.exe", "-user", "-addstore", "Root", str(Path("C:/t/c.crt"))]
    assert windows.add_argv(StoreKind.SYSTEM, Path("c.crt")) == [
        "certutil.exe", "-addstore", "Root", "c.crt"]
    assert windows.delete_argv(StoreKind.USER, anchor) == [
        "certutil.exe", "-user", "-delstore", "Root", anchor.sha1]
    assert windows.list_argv(StoreKind.USER) == ["certutil.exe", "-user", "-store", "Root"]


def test_windows_store_parsing(anchor: Anchor) -> None:
    thumbprints = windows.parse_store(fixture("certutil-user-store-Root.txt", anchor))
    assert thumbprints == ["cdd4eeae6000ac7f40c3802c171e30148030c072", anchor.sha1]
    german = f"Zertifikathash(sha1): {anchor.sha1}\nSeriennummer: 4f1a\n"
    assert windows.parse_store(german) == [anchor.sha1]


def test_java_commands_and_parsing(anchor: Anchor) -> None:
    assert java.import_argv(anchor, Path("/t/c.crt")) == [
        "keytool", "-importcert", "-noprompt", "-trustcacerts", "-cacerts", "-storepass",
        "changeit", "-alias", anchor.alias, "-file", "/t/c.crt"]
    assert java.delete_argv(anchor, Path("/k.p12"))[:4] == ["keytool", "-delete", "-keystore",
                                                            "/k.p12"]
    assert java.parse_sha256(fixture("keytool-list-v.txt", anchor)) == anchor.sha256
    assert java.parse_sha256("no fingerprints here") is None


def test_store_choices() -> None:
    assert set(cli_trust.STORE_CHOICES) == {c.value for c in StoreChoice} - {"default"}
    user = macos.KeychainStore(StoreKind.USER, Path("/Users/a"))
    system = macos.KeychainStore(StoreKind.SYSTEM, Path("/Users/a"))
    db = nss.NssStore(nss.NssDatabase(Path("/d"), "Firefox", "m"))
    keys = java.JavaStore(Path("/k"))
    stores = [user, system, db, keys]
    assert select(stores, StoreChoice.DEFAULT, "darwin") == [user]
    assert select(stores, StoreChoice.SYSTEM, "darwin") == [system]
    assert select(stores, StoreChoice.ALL, "darwin") == [user, system, db]  # Java: on request
    assert select(stores, StoreChoice.JAVA, "darwin") == [keys]
    assert select(stores, StoreChoice.DEFAULT, "linux") == [db]
    assert select(stores, StoreChoice.USER, "linux") == [db]
    assert system.needs_admin is (os.geteuid() != 0) and not user.needs_admin
