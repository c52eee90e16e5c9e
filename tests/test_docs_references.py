"""Every reference in the repository can be followed from a checkout of it.

- No tracked file points at notes that live outside the repository; facts belong in docs/ with
  their public source.
- Every relative link in README.md and docs/*.md names an existing file, and a `#section` part
  names a heading of that file (GitHub's anchor rules).
- Every `docs/<name>.md, "Heading"` reference in a comment or docstring names an existing file and
  one of its headings.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache",
                ".pytest_cache", ".hypothesis", ".import_linter_cache"}

# Spelled in pieces so that this file does not match itself.
_NOTE_PATTERN = re.compile(
    "|".join([
        "PLATFORM" + "-FACTS", "ENGINEERING" + "-NOTES",
        r"\bDESIGN" + r"\.md", r"\bSTYLE" + r"\.md",
        "/work/" + "shared", r"\.\./" + "shared", "(?i:shared" + " notes)",
    ])
)
_MD_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HTML_LINK = re.compile(r"""\b(?:src|href)\s*=\s*["']([^"']+)["']""")
_DOC_SECTION = re.compile(r"\b(docs/[\w.-]+\.md),\s+\"([^\"]+)\"")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def tracked_files() -> list[Path]:
    """The files git tracks; every file under the root (minus build output) without git."""
    git = shutil.which("git")
    if git and (ROOT / ".git").exists():
        out = subprocess.run([git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        return [ROOT / name for name in out.stdout.decode().split("\0") if name]
    return [p for p in ROOT.rglob("*")
            if p.is_file() and not SKIPPED_DIRS.intersection(p.relative_to(ROOT).parts)]


def text_of(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:  # a tracked file deleted in the working tree
        return None
    if b"\0" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace")


def note_mentions(text: str) -> list[str]:
    return [match.group(0) for match in _NOTE_PATTERN.finditer(text)]


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


@cache
def anchors_of(path: Path) -> frozenset[str]:
    anchors: set[str] = set()
    seen: dict[str, int] = {}
    in_fence = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _HEADING.match(line)
        if match:
            base = github_anchor(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            anchors.add(base if count == 0 else f"{base}-{count}")
    return frozenset(anchors)


@cache
def headings_of(path: Path) -> frozenset[str]:
    return frozenset(m.group(2) for line in path.read_text(encoding="utf-8").splitlines()
                     if (m := _HEADING.match(line)))


def links_in(markdown: str) -> list[str]:
    """Relative link targets of a markdown text (outside code), without external addresses."""
    targets: list[str] = []
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = re.sub(r"`[^`]*`", "", line)  # inline code is not a link
        matches = [*_MD_LINK.finditer(line), *_HTML_LINK.finditer(line)]
        for match in sorted(matches, key=lambda m: m.start()):
            target = match.group(1)
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):  # http:, mailto:, ...
                targets.append(target)
    return targets


def broken_link(source: Path, target: str, root: Path = ROOT) -> str | None:
    """Why `target`, linked from `source`, cannot be followed; None when it can."""
    path_part, _, fragment = target.partition("#")
    resolved = (source.parent / unquote(path_part)).resolve() if path_part else source
    if not resolved.exists():
        return f"{target}: no such file"
    if root not in resolved.parents and resolved != root:
        return f"{target}: outside the repository"
    if fragment and resolved.suffix == ".md" and fragment not in anchors_of(resolved):
        return f"{target}: {resolved.name} has no heading with anchor #{fragment}"
    return None


def markdown_documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


# --------------------------------------------------------------------------- the checks


def test_no_tracked_file_points_at_notes_outside_the_repository() -> None:
    found = []
    for path in tracked_files():
        text = text_of(path)
        if text is None:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            for mention in note_mentions(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {mention}")
    assert found == [], "point into docs/ or at a public source instead:\n" + "\n".join(found)


def test_every_relative_link_in_the_docs_resolves() -> None:
    broken = []
    for doc in markdown_documents():
        for target in links_in(doc.read_text(encoding="utf-8")):
            reason = broken_link(doc, target)
            if reason:
                broken.append(f"{doc.relative_to(ROOT)}: {reason}")
    assert broken == [], "\n".join(broken)


def test_docs_section_references_in_files_name_real_headings() -> None:
    broken = []
    for path in tracked_files():
        text = text_of(path)
        if text is None:
            continue
        for match in _DOC_SECTION.finditer(text):
            # A reference may wrap onto a comment's next line.
            heading = re.sub(r"\s*\n\s*(?:#\s*)?", " ", match.group(2))
            doc = ROOT / match.group(1)
            where = f"{path.relative_to(ROOT)}: {match.group(0)}"
            if not doc.is_file():
                broken.append(f"{where}: no such file")
            elif heading not in headings_of(doc):
                broken.append(f"{where}: no such heading")
    assert broken == [], "\n".join(broken)


def test_the_docs_link_to_each_other() -> None:
    readme_links = {t.partition("#")[0] for t in links_in((ROOT / "README.md").read_text("utf-8"))}
    for name in ("docs/architecture.md", "docs/platform-facts.md", "docs/engineering.md"):
        assert name in readme_links, f"README.md does not link {name}"


def test_the_package_map_lists_every_module() -> None:
    """docs/architecture.md is where a newcomer finds each module: a module is listed by its
    path, or by its file name in a row that names its folder."""
    rows = [line for line in (ROOT / "docs" / "architecture.md").read_text(
        encoding="utf-8").splitlines() if line.startswith("| `")]
    modules = sorted(p.relative_to(ROOT).as_posix() for folder in ("core", "gui")
                     for p in (ROOT / folder).rglob("*.py") if p.name != "__init__.py")
    missing = [m for m in modules
               if not any(f"`{m}`" in row or (f"`{m.rsplit('/', 1)[0]}/" in row
                                                and f"{m.rsplit('/', 1)[1]}`" in row)
                          for row in rows)]
    assert missing == [], f"not in docs/architecture.md's package map: {missing}"


# --------------------------------------------------------------------------- the checkers


def test_the_note_pattern_finds_each_kind_of_pointer() -> None:
    samples = ["see " + "PLATFORM" + "-FACTS.md", "(" + "ENGINEERING" + "-NOTES)",
               "DESIGN" + ".md fixes it", "per " + "STYLE" + ".md", "/work/" + "shared/x",
               "../" + "shared/y", "the project's " + "Shared" + " Notes"]
    assert [bool(note_mentions(s)) for s in samples] == [True] * len(samples)
    assert note_mentions("docs/platform-facts.md, docs/engineering.md, docs/architecture.md") == []


def test_links_are_found_and_checked(tmp_path: Path) -> None:
    text = ("[a](docs/a.md#two) ![p](img/x.png) [web](https://example.org/) `[c](no.md)`\n"
            '<img src="img/y.png" width="9"> [self](#one)\n```\n[fenced](gone.md)\n```\n')
    assert links_in(text) == ["docs/a.md#two", "img/x.png", "img/y.png", "#one"]
    doc = tmp_path / "doc.md"
    doc.write_text("# One\n## Two: `the` part\n## Two: `the` part\n", encoding="utf-8")
    assert anchors_of(doc) == {"one", "two-the-part", "two-the-part-1"}
    assert broken_link(doc, "#one", tmp_path) is None
    assert broken_link(doc, "doc.md#two-the-part-1", tmp_path) is None
    assert broken_link(doc, "#three", tmp_path) is not None
    assert broken_link(doc, "missing.md", tmp_path) is not None
    assert broken_link(doc, "../outside.md", tmp_path) is not None


def test_github_anchor_rules() -> None:
    assert github_anchor("iOS menu paths") == "ios-menu-paths"
    assert github_anchor("PySide6 6.12 on Python 3.11") == "pyside6-612-on-python-311"
    assert github_anchor("`core/`: everything that is not drawing") == (
        "core-everything-that-is-not-drawing")
