"""The command line's options as a newcomer types them: global options before or after the
subcommand, contradicting options refused, help on every argument, the README in step."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from trustanchor.core.cli.helptext import HELP
from trustanchor.core.cli.main import command_word, main, parse
from trustanchor.core.cli.parser import FAMILIES, build_parser, walk

README = Path(__file__).resolve().parents[2] / "README.md"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("trustanchor: ") and "Traceback" not in err
    return lines[0]


# --- --home and --passphrase-file before or after the subcommand --------------------------------

@pytest.mark.parametrize("argv", [
    ["--home", "H", "ca", "create", "--name", "X", "--no-passphrase"],
    ["ca", "create", "--name", "X", "--home", "H", "--no-passphrase"],
    ["ca", "create", "--home", "H", "--name", "X", "--no-passphrase"],
    ["--home", "H", "ca", "create", "--name", "X", "--home", "H", "--no-passphrase"],
    ["--home", "H", "ca", "create", "--name", "X", "--home", "./H", "--no-passphrase"],
])
def test_home_in_either_position(argv: list[str]) -> None:
    _, args = parse(argv)
    assert args.home in ("H", "./H")
    assert not hasattr(args, "home_after")


def test_home_given_twice_with_different_folders_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--home", str(tmp_path / "a"), "ca", "create", "--name", "X",
                       "--no-passphrase", "--home", str(tmp_path / "b"))
    assert code == 2
    assert "--home is given twice" in one_line(err)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_home_after_the_subcommand_is_used(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    home = tmp_path / "home"
    code, _, err = run(capsys, "ca", "create", "--name", "After", "--home", str(home),
                       "--no-passphrase")
    assert code == 0, err
    assert (home / "ca" / "ca.pem").is_file()
    code, out, _ = run(capsys, "ca", "show", "--home", str(home))
    assert code == 0 and "After" in out
    for family in ("publish", "acme"):  # the hook families get it too
        leaves = [p for p, sub in walk(build_parser()) if p[:1] == (family,)]
        for path in leaves:
            if path[1:] or family == "publish":
                assert parse([*path, "--home", str(home)] + (
                    ["--out", "x"] if path == ("acme", "setup") else []))[1].home == str(home)


@pytest.mark.parametrize("argv", [
    ["--passphrase-file", "P", "issue", "a.local"],
    ["issue", "a.local", "--passphrase-file", "P"],
    ["--passphrase-file", "P", "issue", "a.local", "--passphrase-file", "P"],
    ["--passphrase-file", "P", "ca", "create", "--name", "X"],
    ["--passphrase-file", "P", "publish"],
])
def test_passphrase_file_in_either_position(argv: list[str]) -> None:
    _, args = parse(argv)
    assert args.passphrase_file == "P"


@pytest.mark.parametrize(("argv", "needle"), [
    (["--passphrase-file", "P", "issue", "a.local", "--passphrase-file", "Q"], "twice"),
    (["--passphrase-file", "P", "ca", "show"], "does not apply to `trustanchor ca show`"),
    (["--passphrase-file", "P", "check", "x.crt"], "does not apply"),
])
def test_passphrase_file_misplaced_or_twice(capsys: pytest.CaptureFixture[str], argv: list[str],
                                            needle: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert needle in one_line(err)


@pytest.mark.parametrize("argv", [
    ["ca", "create", "--name", "X", "--no-passphrase", "--passphrase-file", "P"],
    ["ca", "create", "--name", "X", "--passphrase-file", "P", "--no-passphrase"],
    ["--passphrase-file", "P", "ca", "create", "--name", "X", "--no-passphrase"],
    ["ca", "import", "x.pem", "--passphrase-file", "P", "--no-passphrase"],
])
def test_no_passphrase_with_a_passphrase_file_is_a_usage_error(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]) -> None:
    """It used to store the key unencrypted, silently ignoring the passphrase file."""
    passfile = tmp_path / "P"
    passfile.write_text("correct horse battery\n")
    argv = [str(passfile) if a == "P" else a for a in argv]
    code, _, err = run(capsys, "--home", str(tmp_path / "home"), *argv)
    assert code == 2
    line = one_line(err)
    assert "--no-passphrase" in line and "--passphrase-file" in line
    assert not (tmp_path / "home" / "ca" / "ca.key").exists()


# --- the lean parser parses like the whole one ---------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["issue", "a.local", "--out", "o", "--days", "30", "--force"],
    ["--home", "H", "ca", "export", "--format", "pem", "--out", "x"],
    ["check", "x.crt", "--ca", "c.pem", "--json"],
    ["publish", "--port", "0", "--no-mdns"],
    ["acme", "status", "--out", "d"],
    ["--home", "issue", "ca", "show"],  # an option's value that looks like a command
])
def test_lean_parser_agrees_with_the_whole_one(argv: list[str]) -> None:
    _, lean = parse(argv)
    full, _ = build_parser().parse_known_args(argv)
    assert vars(lean).keys() - {"home", "passphrase_file"} <= vars(full).keys()
    for key, value in vars(lean).items():
        if key in vars(full) and key not in ("home",):
            assert vars(full)[key] == value, key


def test_command_word() -> None:
    assert command_word(["--home", "x", "issue", "a"]) == "issue"
    assert command_word(["--passphrase-file", "p", "ca", "show"]) == "ca"
    assert command_word(["ca", "export", "--help"]) is None
    assert command_word(["--help"]) is None
    assert command_word([]) is None
    assert set(FAMILIES) >= {"ca", "issue", "check", "publish", "acme"}


# --- usage errors name the right help ------------------------------------------------------------

@pytest.mark.parametrize(("argv", "help_of"), [
    (["ca"], "trustanchor ca"),
    (["ca", "--bogus"], "trustanchor ca"),
    (["ca", "show", "--bogus"], "trustanchor ca show"),
    (["ca", "create", "--name", "X", "--bogus"], "trustanchor ca create"),
    (["issue", "a.local", "--bogus"], "trustanchor issue"),
    (["acme"], "trustanchor acme"),
    (["--bogus"], "trustanchor"),
    (["nonsense"], "trustanchor"),
])
def test_unknown_options_and_missing_actions_point_at_the_same_help(
        capsys: pytest.CaptureFixture[str], argv: list[str], help_of: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert one_line(err).endswith(f"(see `{help_of} --help`)")


# --- help on everything, and the README in step --------------------------------------------------

def test_every_argument_has_help_and_every_command_a_paragraph_with_an_example() -> None:
    missing = []
    for path, parser in walk(build_parser()):
        name = " ".join(path) or "trustanchor"
        if not parser.description or not parser.epilog or "trustanchor " not in parser.epilog:
            missing.append(f"{name}: description/example")
        assert issubclass(parser.formatter_class, argparse.RawDescriptionHelpFormatter), name
        for action in parser._actions:
            if not action.help and not isinstance(action, argparse._SubParsersAction):
                missing.append(f"{name}: {'/'.join(action.option_strings) or action.dest}")
            if isinstance(action, argparse._SubParsersAction):
                missing += [f"{name} {a.dest}: summary" for a in action._choices_actions
                            if not a.help]
    assert not missing, missing
    assert set(HELP) == {" ".join(path) for path, _ in walk(build_parser())}


def test_help_shows_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ca", "export", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--format {pem,der,mobileconfig,p12}" in out
    assert "example:\n  trustanchor ca export" in out


def _readme_rows() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\| `trustanchor ([a-z ]+?)(?: [A-Z\[-].*)?` \|", line)
        if match:
            rows[match.group(1).strip()] = line
    return rows


def test_readme_lists_every_option_of_every_subcommand() -> None:
    rows = _readme_rows()
    missing = []
    for path, parser in walk(build_parser()):
        if not path or any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
            continue
        row = rows.get(" ".join(path))
        if row is None:
            missing.append(" ".join(path))
            continue
        for action in parser._actions:
            if action.help == argparse.SUPPRESS:
                continue  # hidden on purpose (test hooks)
            for option in action.option_strings:
                if option.startswith("--") and option not in ("--help", "--home") and \
                        not re.search(rf"{re.escape(option)}(?![a-z-])", row):
                    missing.append(f"{' '.join(path)} {option}")
    assert not missing, missing
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1]
    assert "--home DIR" in section and "--passphrase-file" in section


def test_help_width_follows_columns_without_shutil(monkeypatch: pytest.MonkeyPatch) -> None:
    """The width argparse would take from shutil: $COLUMNS, less two (parser.HelpFormatter)."""
    from trustanchor.core.cli.parser import build_parser, terminal_width

    monkeypatch.setenv("COLUMNS", "64")
    assert terminal_width() == 62
    lines = build_parser().format_help().splitlines()
    assert max(len(line) for line in lines) <= 78  # paragraphs are wrapped at 78 already
    assert all(len(line) <= 62 for line in lines if line.startswith("  --"))
    monkeypatch.setenv("COLUMNS", "120")
    assert terminal_width() == 118
