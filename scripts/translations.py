"""The wizard's translation catalogues: resources/i18n/trustanchor_<suffix>.ts and their .qm.

    python scripts/translations.py update          sentences from the code into the .ts files
    python scripts/translations.py build           the .ts files compiled into .qm (not committed)
    python scripts/translations.py import A.json   translations from JSON files into the .ts
    python scripts/translations.py check           finished / unfinished counts per language

`update` runs pyside6-lupdate over every .py file of gui/ and core/ with -no-obsolete, so a
sentence that left the code leaves the catalogues too; it records no source locations, so a
moved line changes no catalogue. `import` reads files shaped
{context: {English source: {suffix: translation}}} and marks what it fills as finished. The
.ts files are written in lupdate's own layout, so `update` after `import` changes nothing else.
`make translations` runs update then build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
SCANNED = ("gui", "core")  # the folders whose sentences are extracted
PREFIX = "trustanchor_"
# File suffix of each translated language, as Qt names its locale (gui/i18n.py LANGUAGES).
SUFFIXES = ("de", "fr", "es", "ja", "zh_CN", "pt_BR")
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
TOOL_TIMEOUT_S = 120


def ts_path(suffix: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{PREFIX}{suffix}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every .py file of the scanned folders, in a stable order (lupdate is given the list:
    given a folder it would look only at C++, QML and the like)."""
    return sorted(p for name in SCANNED for p in (root / name).rglob("*.py")
                  if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the running Python's environment, else PATH's."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return f"pyside6-{name}"


def _run(*cmd: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S)
    if done.returncode != 0:
        raise SystemExit(f"{Path(cmd[0]).name} failed:\n{done.stdout}{done.stderr}")


# -- update and build ----------------------------------------------------------------------------


def update(folder: Path = CATALOGUES, suffixes: Sequence[str] = SUFFIXES,
           sources: Sequence[Path] | None = None) -> list[Path]:
    """Extract the sentences of `sources` (default: gui/ and core/) into one .ts per suffix."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in (source_files() if sources is None else sources)]
    written = []
    for suffix in suffixes:
        target = ts_path(suffix, folder)
        _run(tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-silent",
             "-target-language", suffix, "-ts", str(target))
        written.append(target)
    return written


def build(folder: Path = CATALOGUES) -> list[Path]:
    """Compile every .ts in `folder` into the .qm beside it."""
    built = []
    for source in sorted(folder.glob(f"{PREFIX}*.ts")):
        target = source.with_suffix(".qm")
        _run(tool("lrelease"), "-silent", str(source), "-qm", str(target))
        built.append(target)
    return built


# -- reading and writing .ts files in lupdate's layout ---------------------------------------------


def read_ts(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 (the repository's own catalogues)


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _escape(text: str) -> str:
    """As lupdate escapes: the five XML specials by name; control characters (but newline and
    tab) and spaces beyond ASCII (no-break space, narrow no-break space) as &#x..;."""
    return "".join(
        _ENTITIES.get(ch) or (f"&#x{ord(ch):x};" if (ord(ch) < 0x20 and ch not in "\n\t")
                              or (ord(ch) > 0x7F and ch.isspace()) else ch)
        for ch in text)


def _open_tag(element: ET.Element) -> str:
    attributes = "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())
    return f"<{element.tag}{attributes}"


def _element(element: ET.Element, indent: int) -> list[str]:
    pad = " " * indent
    if element.tag == "location" and not len(element):
        return [f"{pad}{_open_tag(element)}/>"]
    if not len(element):
        return [f"{pad}{_open_tag(element)}>{_escape(element.text or '')}</{element.tag}>"]
    lines = [f"{pad}{_open_tag(element)}>"]
    for child in element:
        lines += _element(child, indent + 4)
    return [*lines, f"{pad}</{element.tag}>"]


def write_ts(root: ET.Element, path: Path) -> None:
    """Write `root` as lupdate writes it: same escapes, same indents, contexts at the margin."""
    lines = [f"{_open_tag(root)}>"]
    for context in root:
        lines.append(f"{_open_tag(context)}>")
        for child in context:
            lines += _element(child, 4)
        lines.append(f"</{context.tag}>")
    lines.append(f"</{root.tag}>")
    path.write_text(TS_HEADER + "\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def messages(root: ET.Element) -> Iterable[tuple[str, ET.Element]]:
    """(context name, message element) of every message."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (translation is not None and translation.get("type") is None
            and bool((translation.text or "").strip()))


# -- import and check ---------------------------------------------------------------------------


def import_json(paths: Sequence[Path], folder: Path = CATALOGUES) -> list[str]:
    """Fill the .ts files from JSON translation files; returns what could not be placed."""
    tables: list[dict[str, dict[str, dict[str, str]]]] = []
    for path in paths:
        table = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(table, dict):
            raise SystemExit(f"{path}: expected {{context: {{source: {{suffix: text}}}}}}")
        tables.append(table)
    problems: list[str] = []
    for suffix in SUFFIXES:
        target = ts_path(suffix, folder)
        if not target.is_file():
            problems.append(f"{target.name} is missing: run `update` first")
            continue
        root = read_ts(target)
        found = {(ctx, m.findtext("source") or ""): m for ctx, m in messages(root)}
        for table in tables:
            for context, sources in table.items():
                for source, texts in sources.items():
                    text = texts.get(suffix) if isinstance(texts, dict) else None
                    if not isinstance(text, str) or not text:
                        continue
                    message = found.get((context, source))
                    if message is None:
                        problems.append(f"{suffix}: not in the code: [{context}] {source!r}")
                        continue
                    translation = message.find("translation")
                    if translation is None:
                        translation = ET.SubElement(message, "translation")
                    translation.attrib.pop("type", None)
                    translation.text = text
        write_ts(root, target)
    return problems


def counts(folder: Path = CATALOGUES) -> dict[str, tuple[int, int]]:
    """(finished, unfinished) messages per suffix."""
    result = {}
    for suffix in SUFFIXES:
        path = ts_path(suffix, folder)
        if path.is_file():
            states = [is_finished(m) for _, m in messages(read_ts(path))]
            result[suffix] = (sum(states), len(states) - sum(states))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the code's sentences into the .ts files")
    commands.add_parser("build", help="compile the .ts files into .qm files")
    importing = commands.add_parser("import", help="fill translations from JSON files")
    importing.add_argument("files", nargs="+", type=Path)
    commands.add_parser("check", help="count finished and unfinished translations")
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif args.command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
    elif args.command == "import":
        problems = import_json(args.files)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    else:
        for suffix, (done, todo) in counts().items():
            print(f"{suffix:6} {done:5} finished {todo:5} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
