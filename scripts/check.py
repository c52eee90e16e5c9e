"""Every check the project runs: ruff, mypy (strict on core), the import contract, then the
translation catalogues are compiled and pytest runs.

Run through `make test`; extra arguments go to pytest (`python scripts/check.py -k names`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPECHECK_TREE = ROOT / "build" / "typecheck"


def _run(title: str, *cmd: str) -> bool:
    print(f"== {title}: {' '.join(cmd)}", flush=True)
    return subprocess.run(cmd, cwd=ROOT).returncode == 0


def _typecheck_tree() -> Path:
    """A `trustanchor/` folder of links to the real folders, so mypy sees the installed names."""
    pkg = TYPECHECK_TREE / "trustanchor"
    pkg.mkdir(parents=True, exist_ok=True)
    for name in ("core", "gui", "resources"):
        link = pkg / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name, target_is_directory=True)
    return TYPECHECK_TREE


def main(argv: list[str]) -> int:
    lint_only = "--lint-only" in argv
    pytest_args = [a for a in argv if a != "--lint-only"]
    py = sys.executable
    os.environ["MYPYPATH"] = str(_typecheck_tree())
    ok = _run("ruff", py, "-m", "ruff", "check", ".")
    ok &= _run(
        "mypy", py, "-m", "mypy", "-p", "trustanchor.core", "-p", "trustanchor.gui",
    )
    # import-linter finds packages on sys.path; the link tree gives it `trustanchor.*` by name.
    os.environ["PYTHONPATH"] = str(TYPECHECK_TREE)
    ok &= _run("import contract", os.path.join(os.path.dirname(py), "lint-imports"), "--no-cache",
               "--no-logo")
    del os.environ["PYTHONPATH"]
    if not lint_only:
        # The wizard loads compiled catalogues (.qm), which are built, never committed.
        ok &= _run("catalogues", py, str(ROOT / "scripts" / "translations.py"), "build")
        ok &= _run("pytest", py, "-m", "pytest", *pytest_args)
    print("== all checks passed" if ok else "== some checks failed", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
