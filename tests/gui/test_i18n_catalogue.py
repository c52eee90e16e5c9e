"""The translation catalogues (resources/i18n/trustanchor_<suffix>.ts) against the code.

Each .ts must be well-formed and hold exactly the sentences the code marks now (extracted again
by pyside6-lupdate into a temporary folder), so a sentence added, changed or removed without
`make translations` fails here. A translation keeps its source's placeholders ({name}), HTML
tags and one "&" accelerator where the source has one. Languages in FINISHED must have every
sentence translated; for the others the test reports how many are left.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from languages import translations_script
from PySide6.QtCore import QTranslator

from trustanchor.gui.i18n import CATALOGUE_PREFIX, LANGUAGES

# Languages whose catalogue is complete: every sentence has a finished translation.
FINISHED: frozenset[str] = frozenset({"de", "fr", "es", "ja", "zh_CN", "pt_BR"})

script = translations_script()
SUFFIXES: tuple[str, ...] = script.SUFFIXES
PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*(?:[.!:][^{}]*)?\}(?!\})")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*?>")
# "&" followed by a letter or digit of any script, not "&&" (a literal ampersand) or an entity.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=[^\W_])(?![a-zA-Z]+;|#\d+;)")


def catalogue(suffix: str) -> ET.Element:
    return script.read_ts(script.ts_path(suffix))


def entries(suffix: str) -> list[tuple[str, str, ET.Element]]:
    return [(ctx, m.findtext("source") or "", m) for ctx, m in script.messages(catalogue(suffix))]


def test_every_language_of_the_wizard_has_a_catalogue() -> None:
    assert sorted(SUFFIXES) == sorted(lang.suffix for lang in LANGUAGES if lang.suffix)
    assert set(SUFFIXES) >= FINISHED
    for suffix in SUFFIXES:
        path = script.ts_path(suffix)
        assert path.name == f"{CATALOGUE_PREFIX}{suffix}.ts" and path.is_file()


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_catalogue_is_well_formed_and_in_lupdates_layout(suffix: str, tmp_path: Path) -> None:
    path = script.ts_path(suffix)
    root = ET.parse(path).getroot()  # raises on malformed XML
    assert root.tag == "TS" and root.get("language") == suffix
    keys = [(ctx, source) for ctx, source, _ in entries(suffix)]
    assert len(keys) == len(set(keys)), "a sentence is in the catalogue twice"
    copy = tmp_path / path.name
    script.write_ts(root, copy)
    assert copy.read_bytes() == path.read_bytes()  # `import` rewrites it byte for byte


def test_catalogues_hold_exactly_the_sentences_in_the_code(tmp_path: Path) -> None:
    fresh = script.update(tmp_path, suffixes=("de",))[0]
    in_code = {(ctx, m.findtext("source")) for ctx, m in script.messages(script.read_ts(fresh))}
    for suffix in SUFFIXES:
        in_catalogue = {(ctx, source) for ctx, source, _ in entries(suffix)}
        missing, stray = in_code - in_catalogue, in_catalogue - in_code
        assert not missing and not stray, (
            f"{suffix}: run `make translations`; new in the code: {sorted(missing)[:5]}, "
            f"gone from the code: {sorted(stray)[:5]}")


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_finished_languages_are_complete(suffix: str) -> None:
    left = [f"[{ctx}] {source}" for ctx, source, m in entries(suffix) if not script.is_finished(m)]
    if suffix in FINISHED:
        assert not left, f"{suffix}: {len(left)} sentences not translated: {left[:5]}"
    else:
        print(f"{suffix}: {len(left)} of {len(entries(suffix))} sentences still to translate")


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_translations_keep_placeholders_tags_and_accelerators(suffix: str) -> None:
    problems = []
    for ctx, source, message in entries(suffix):
        text = message.findtext("translation") or ""
        if not text:
            continue
        where = f"{suffix} [{ctx}] {source!r} -> {text!r}"
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            problems.append(f"HTML tags differ: {where}")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            problems.append(f"accelerator count differs: {where}")
    assert not problems, "\n".join(problems)


def test_the_checks_see_what_they_look_for() -> None:
    """The patterns above find a mismatch, so a clean result means a clean catalogue."""
    assert PLACEHOLDER.findall("Saved in {folder}, {count:,} files {{literal}}") == [
        "{folder}", "{count:,}"]
    assert TAG.findall('<b>bold</b> <a href="x">link</a><br/>') == ["b", "b", "a", "a", "br"]
    assert len(ACCELERATOR.findall("&File")) == 1
    assert len(ACCELERATOR.findall("ファイル(&F)")) == 1
    assert not ACCELERATOR.findall("Tom && Jerry, &amp; &#38;")


def test_catalogues_build_and_load(tmp_path: Path) -> None:
    built = script.build()
    assert sorted(p.name for p in built) == sorted(
        f"{CATALOGUE_PREFIX}{suffix}.qm" for suffix in SUFFIXES)
    for path in built:
        translator = QTranslator()
        assert translator.load(str(path)), path
        assert not translator.isEmpty(), path


def test_import_fills_translations_and_reports_unknown_sentences(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text('from trustanchor.gui.i18n import translate\n'
                      'translate("sample", "Saved in {folder}")\n'
                      'translate("sample", "Left for later")\n', encoding="utf-8")
    script.update(tmp_path, sources=[source])
    table = tmp_path / "sample.json"
    table.write_text('{"sample": {"Saved in {folder}": {"de": "Gespeichert in {folder}", '
                     '"ja": "{folder} に保存しました", "fr": "Enregistré\\u00a0: {folder}"}, '
                     '"Not in the code": {"de": "Nein"}}}',
                     encoding="utf-8")
    problems = script.import_json([table], tmp_path)
    assert problems == ["de: not in the code: [sample] 'Not in the code'"]
    counts = script.counts(tmp_path)
    assert counts["de"] == (1, 1) and counts["ja"] == (1, 1) and counts["fr"] == (1, 1)
    german = {m.findtext("source"): m
              for _, m in script.messages(script.read_ts(script.ts_path("de", tmp_path)))}
    assert german["Saved in {folder}"].findtext("translation") == "Gespeichert in {folder}"
    assert script.is_finished(german["Saved in {folder}"])
    assert not script.is_finished(german["Left for later"])
    before = {suffix: script.ts_path(suffix, tmp_path).read_bytes() for suffix in ("de", "fr")}
    assert b"Enregistr\xc3\xa9&#xa0;: {folder}" in before["fr"]  # escaped as lupdate does
    script.update(tmp_path, sources=[source])  # lupdate keeps the import as it was written
    assert {suffix: script.ts_path(suffix, tmp_path).read_bytes()
            for suffix in ("de", "fr")} == before
    source.write_text('from trustanchor.gui.i18n import translate\n'
                      'translate("sample", "Left for later")\n', encoding="utf-8")
    script.update(tmp_path, sources=[source])  # -no-obsolete: the vanished sentence goes
    assert script.counts(tmp_path)["de"] == (0, 1)
