"""Core's sentences in the wizard's language: a real catalogue made by pyside6-lupdate over core/,
compiled by pyside6-lrelease and loaded into a QTranslator, and real errors from real core calls."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from languages import pseudo_catalogue
from PySide6.QtCore import QCoreApplication, QTranslator

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.flow.state import Step, WizardState
from trustanchor.core.flow.wizard import Wizard, check_passphrase
from trustanchor.core.pki.names import parse_names
from trustanchor.core.pki.reader import load_certificate
from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.gui.messages import core_sentence, describe_error

ROOT = Path(__file__).resolve().parents[2]
PSEUDO = "‹ps› "  # what the pseudo-translation puts in front of every sentence


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sentence lupdate finds in core/ and messages.py, pseudo-filled."""
    sources = [*sorted((ROOT / "core").rglob("*.py")), ROOT / "gui" / "messages.py"]
    qm, _ = pseudo_catalogue(sources, tmp_path_factory.mktemp("i18n"),
                             lambda source: PSEUDO + source)
    return qm


@pytest.fixture
def pseudo(qapp: QCoreApplication, catalogue: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(catalogue))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _raised(call: object, *args: object) -> TrustAnchorError:
    with pytest.raises(TrustAnchorError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_lupdate_finds_the_marked_core_sentences(catalogue: Path) -> None:
    ts = catalogue.with_suffix(".ts")
    found = {(ctx.findtext("name"), msg.findtext("source"))
             for ctx in ET.parse(ts).iter("context") for msg in ctx.iter("message")}
    assert ("core.names", "{name} contains a space; enter one name at a time, without spaces."
            ) in found
    assert ("core.inputs", "The {what} {shown} does not exist: check the name and folder."
            ) in found
    assert ("core.reader", "certificate file") in found
    assert ("core.wizard", "Choose the folder to save the certificate in.") in found
    assert ("messages", "The computer refused: {reason}. Check the folder and try again."
            ) in found


def test_an_invalid_name_is_translated_with_its_value_filled(pseudo: None) -> None:
    exc = _raised(parse_names, ["nas.local", "nas local"])
    assert str(exc) == '"nas local" contains a space; enter one name at a time, without spaces.'
    assert describe_error(exc) == (
        PSEUDO + '"nas local" contains a space; enter one name at a time, without spaces.')


def test_a_missing_file_is_translated_with_the_nested_noun_translated(
        pseudo: None, tmp_path: Path) -> None:
    missing = tmp_path / "ca.pem"
    exc = _raised(load_certificate, missing)
    assert str(exc) == f"The certificate file {missing} does not exist: check the name and folder."
    assert describe_error(exc) == (
        f"{PSEUDO}The {PSEUDO}certificate file {missing} does not exist: check the name and"
        " folder.")


def test_the_wizards_problems_are_translated(pseudo: None) -> None:
    problems = check_passphrase("short", "short")
    assert problems == ("Use a passphrase of at least 8 characters.",)
    assert core_sentence(problems[0]) == PSEUDO + "Use a passphrase of at least 8 characters."
    wizard = Wizard(WizardState(step=Step.SERVER_CERT, server_names=("nas local",),
                                days=9999, output_folder=""))
    shown = [core_sentence(problem) for problem in wizard.errors()]
    assert len(shown) == 3, shown
    assert all(line.startswith(PSEUDO) for line in shown), shown
    assert PSEUDO + '"nas local" contains a space' in shown[0]


def test_without_a_catalogue_the_sentences_stay_english(qapp: QCoreApplication) -> None:
    exc = _raised(parse_names, ["nas local"])
    assert describe_error(exc) == str(exc)
    assert core_sentence(check_passphrase("", "")[0]) == (
        "Type a passphrase, or untick “Protect the CA key with a passphrase”.")


def test_plain_strings_and_unmarked_errors_pass_through(pseudo: None) -> None:
    assert core_sentence("Already in the wizard's language.") == (
        "Already in the wizard's language.")
    assert describe_error(TrustAnchorError("unmarked words")) == "unmarked words"
    unknown = QT_TRANSLATE_NOOP("core.nowhere", "Not in any catalogue, {n} times.").format(n=2)
    assert core_sentence(unknown) == "Not in any catalogue, 2 times."


def test_the_fallback_sentences_are_translated(pseudo: None) -> None:
    refused = PermissionError(13, "Permission denied", "/srv/certs")
    assert describe_error(refused) == (
        PSEUDO + "The computer refused: Permission denied (/srv/certs). Check the folder and try"
        " again.")
    assert describe_error(RuntimeError("boom")).startswith(PSEUDO + "Something unexpected")
