"""core.text.Text: the English sentence as a string, carrying what the wizard needs to translate."""

from __future__ import annotations

import ast
import os
import pickle
import string
import subprocess
import sys
from pathlib import Path

import pytest

from trustanchor.core.errors import InvalidNameError, TrustAnchorError
from trustanchor.core.pki.inputs import read_limited
from trustanchor.core.pki.names import parse_name
from trustanchor.core.text import QT_TRANSLATE_NOOP, Text

CORE = Path(__file__).resolve().parents[2] / "core"


def test_a_marked_sentence_is_its_english_text() -> None:
    sentence = QT_TRANSLATE_NOOP("core.test", "Choose a folder.")
    assert sentence == "Choose a folder."
    assert isinstance(sentence, str)
    assert type(str(sentence)) is str
    assert (sentence.context, sentence.template, dict(sentence.values)) == (
        "core.test", "Choose a folder.", {})


def test_format_fills_the_english_and_keeps_template_and_values() -> None:
    sentence = QT_TRANSLATE_NOOP(
        "core.test", "A name may not be longer than {limit:,} characters.").format(limit=2530)
    assert sentence == "A name may not be longer than 2,530 characters."
    assert isinstance(sentence, Text)
    assert sentence.context == "core.test"
    assert sentence.template == "A name may not be longer than {limit:,} characters."
    assert dict(sentence.values) == {"limit": 2530}
    assert f"{sentence}" == str(sentence) == "A name may not be longer than 2,530 characters."
    assert repr(sentence) == repr("A name may not be longer than 2,530 characters.")


def test_equality_and_hash_are_those_of_the_english_string() -> None:
    one = QT_TRANSLATE_NOOP("core.a", "Same {x}.").format(x=1)
    other = QT_TRANSLATE_NOOP("core.b", "Same 1.")
    assert one == other == "Same 1."
    assert hash(one) == hash("Same 1.")
    assert {one: "found"}["Same 1."] == "found"
    assert one != QT_TRANSLATE_NOOP("core.a", "Same {x}.").format(x=2)


def test_string_operations_give_plain_strings() -> None:
    sentence = QT_TRANSLATE_NOOP("core.test", "Stop here.")
    joined = sentence + " Now."
    assert joined == "Stop here. Now."
    assert type(joined) is str
    assert type(sentence.rstrip(".")) is str


def test_values_may_be_text_themselves() -> None:
    what = QT_TRANSLATE_NOOP("core.test", "certificate file")
    sentence = QT_TRANSLATE_NOOP("core.test", "The {what} is missing.").format(what=what)
    assert sentence == "The certificate file is missing."
    inner = sentence.values["what"]
    assert isinstance(inner, Text)
    assert inner.template == "certificate file"


def test_values_cannot_be_changed_afterwards() -> None:
    sentence = QT_TRANSLATE_NOOP("core.test", "{n} left.").format(n=3)
    with pytest.raises(TypeError):
        sentence.values["n"] = 4  # type: ignore[index]
    with pytest.raises(AttributeError):
        sentence.template = "other"  # type: ignore[misc]


def test_positional_fields_are_refused() -> None:
    with pytest.raises(TypeError, match="named fields"):
        QT_TRANSLATE_NOOP("core.test", "{} left.").format(3)


def test_a_text_survives_pickling_with_its_template() -> None:
    what = QT_TRANSLATE_NOOP("core.test", "record")
    sentence = QT_TRANSLATE_NOOP("core.test", "The {what} has {n} rows.").format(what=what, n=2)
    back = pickle.loads(pickle.dumps(sentence))
    assert back == "The record has 2 rows."
    assert isinstance(back, Text)
    assert (back.context, back.template) == ("core.test", "The {what} has {n} rows.")
    assert back.values["n"] == 2
    assert isinstance(back.values["what"], Text)


def test_a_core_error_is_english_and_carries_its_text() -> None:
    with pytest.raises(InvalidNameError) as caught:
        parse_name("nas local")
    exc = caught.value
    assert str(exc) == '"nas local" contains a space; enter one name at a time, without spaces.'
    assert isinstance(exc.message, Text)
    assert exc.message.context == "core.names"
    assert exc.message.template == (
        "{name} contains a space; enter one name at a time, without spaces.")
    assert exc.message.values == {"name": '"nas local"'}
    assert pickle.loads(pickle.dumps(exc.message)) == str(exc)


def test_a_nested_core_error_keeps_each_template(tmp_path: Path) -> None:
    missing = tmp_path / "ca.pem"
    with pytest.raises(TrustAnchorError) as caught:
        read_limited(missing, what=QT_TRANSLATE_NOOP("core.test", "CA file"))
    message = caught.value.message
    assert str(caught.value) == f"The CA file {missing} does not exist: check the name and folder."
    assert isinstance(message, Text)
    assert message.template == "The {what} {shown} does not exist: check the name and folder."
    assert message.values["what"] == "CA file"


def test_an_unmarked_error_message_is_its_string() -> None:
    exc = TrustAnchorError("plain words")
    assert exc.message == "plain words"
    assert not isinstance(exc.message, Text)
    assert TrustAnchorError().message == ""


def test_the_command_line_prints_core_errors_in_english(tmp_path: Path) -> None:
    missing = tmp_path / "nosuch.pem"
    result = subprocess.run(
        [str(Path(sys.executable).with_name("trustanchor")), "check", str(missing)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de",
             "TRUSTANCHOR_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"trustanchor: The certificate file {missing} does not exist: check the name and"
        " folder.\n")


# -- the markers as pyside6-lupdate reads them --------------------------------------------------


def _markers() -> list[tuple[Path, ast.Module, ast.Call, ast.Call | None]]:
    """Each QT_TRANSLATE_NOOP call in core/, with the .format() call made on it, if any."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        formats = {id(node.func.value): node for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                   and node.func.attr == "format"}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                found.append((path, tree, node, formats.get(id(node))))
    return found


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_core_marks_its_sentences() -> None:
    contexts = {node.args[0].value for _, _, node, _ in _markers()  # type: ignore[attr-defined]
                if isinstance(node.args[0], ast.Constant)}
    assert {"core.names", "core.wizard", "core.ca", "core.home", "core.importer",
            "core.keystore", "core.causes", "core.reachability", "core.bonjour", "core.rules",
            "core.proof", "core.servercheck", "core.status"} <= contexts


def test_every_marker_is_literal_and_its_fields_match_the_values() -> None:
    problems = []
    for path, tree, node, fmt in _markers():
        where = f"{path.relative_to(CORE.parent)}:{node.lineno}"
        if len(node.args) != 2 or not all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args):
            problems.append(f"{where}: context and template must be literal strings")
            continue
        context, template = (arg.value for arg in node.args)  # type: ignore[attr-defined]
        if not context.startswith("core."):
            problems.append(f"{where}: context {context!r} does not start with 'core.'")
        fields = _fields(template)
        if fmt is None:
            # A constant filled elsewhere: every .format() on its name gives the same fields;
            # an entry of a table: every .format() on TABLE[...] gives at least its fields.
            table = _table_of(tree, node)
            if table == "RULES":
                continue  # filled by rules._find: test_every_rule_is_filled_with_its_fields
            filled = (_table_formats_cover(tree, table, fields) if table is not None
                      else _constant_formats_match(tree, node, fields))
            if fields and not filled:
                problems.append(f"{where}: {sorted(fields)} are never filled")
            continue
        given = {kw.arg for kw in fmt.keywords}
        if fmt.args or None in given or given != fields:
            problems.append(f"{where}: template fields {sorted(fields)}, values {sorted(given)}")
    assert problems == []


def _constant_formats_match(tree: ast.Module, node: ast.Call, fields: set[str]) -> bool:
    names = [target.id for stmt in ast.walk(tree) if isinstance(stmt, ast.Assign)
             and stmt.value is node for target in stmt.targets if isinstance(target, ast.Name)]
    calls = [call for call in ast.walk(tree) if isinstance(call, ast.Call)
             and isinstance(call.func, ast.Attribute) and call.func.attr == "format"
             and isinstance(call.func.value, ast.Name) and call.func.value.id in names]
    return bool(calls) and all({kw.arg for kw in call.keywords} == fields for call in calls)


def _table_of(tree: ast.Module, node: ast.Call) -> str | None:
    """The module-level name of the dict literal whose values hold ``node``, if any."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            target, value = stmt.target, stmt.value
        else:
            continue
        if (isinstance(target, ast.Name) and isinstance(value, ast.Dict)
                and any(inner is node for entry in value.values for inner in ast.walk(entry))):
            return target.id
    return None


def _table_formats_cover(tree: ast.Module, table: str, fields: set[str]) -> bool:
    calls = [call for call in ast.walk(tree) if isinstance(call, ast.Call)
             and isinstance(call.func, ast.Attribute) and call.func.attr == "format"
             and isinstance(call.func.value, ast.Subscript)
             and isinstance(call.func.value.value, ast.Name) and call.func.value.value.id == table]
    return bool(calls) and all(fields <= {kw.arg for kw in call.keywords} for call in calls)


def test_every_rule_is_filled_with_its_fields() -> None:
    """Each rule's message template gets exactly its fields wherever rules.py finds it."""
    from trustanchor.core.pki.rule_table import RULES

    tree = ast.parse((CORE / "pki" / "rules.py").read_text(encoding="utf-8"))
    calls = [call for call in ast.walk(tree) if isinstance(call, ast.Call)
             and isinstance(call.func, ast.Name) and call.func.id == "_find"]
    problems, found = [], set()
    for call in calls:
        code = call.args[0]
        if not isinstance(code, ast.Constant):  # f"sig.{hash_name}": rules without fields
            assert all(not _fields(RULES[c][2]) for c in ("sig.sha1", "sig.md5"))
            continue
        found.add(code.value)
        given = {kw.arg for kw in call.keywords} - {"severity"}
        if given != _fields(RULES[code.value][2]):
            problems.append(f"rules.py:{call.lineno}: {code.value} given {sorted(given)}")
    assert problems == []
    assert {code for code, (_, _, text) in RULES.items() if _fields(text)} <= found
    assert all(text.context == "core.rules" for _, _, text in RULES.values())
