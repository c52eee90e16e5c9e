"""Files the person asked for, written where they chose: an issued certificate's files and
exports of the CA. Never replaces a file unless asked; keys and .p12 files are born 0600."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trustanchor.core.errors import OutputFileError
from trustanchor.core.store.files import PRIVATE_DIR_MODE, atomic_write, create_new

if TYPE_CHECKING:
    from trustanchor.core.pki.leaf import ServerCertificate


def server_file_paths(leaf: ServerCertificate, folder: Path, *, p12: bool) -> list[Path]:
    """Where write_server_files puts <stem>.crt, .key, .fullchain.pem (and .p12), in order."""
    stem = leaf.file_stem
    suffixes = [".crt", ".key", ".fullchain.pem"] + ([".p12"] if p12 else [])
    return [folder / f"{stem}{suffix}" for suffix in suffixes]


def write_server_files(
    leaf: ServerCertificate, folder: Path, *, p12_password: bytes | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Write <stem>.crt, <stem>.key (0600), <stem>.fullchain.pem and optionally <stem>.p12.

    Refuses (OutputFileError with ``exists``) when any of these files is already there, unless
    `overwrite`; the check comes before anything is written. A missing folder is created 0700,
    as it will hold a private key. Every file is written atomically (core/store/files.py).
    """
    paths = server_file_paths(leaf, folder, p12=p12_password is not None)
    contents = [leaf.cert_pem(), leaf.key_pem(), leaf.fullchain_pem()]
    if p12_password is not None:
        contents.append(leaf.pkcs12(p12_password))
    private = [False, True, False, True]
    if not overwrite:
        for path in paths:
            check_free(path)
    make_output_folder(folder, private=True)
    for path, data, is_private in zip(paths, contents, private, strict=False):
        write_output(path, data, private=is_private, overwrite=overwrite)
    return paths


def make_output_folder(folder: Path, *, private: bool) -> None:
    """Create a missing output folder (0700 when it will hold keys); an existing one keeps its
    mode, since it is the person's own (their Documents folder, a share)."""
    try:
        if private:
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        else:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(folder, exc) from exc


def write_output(path: Path, data: bytes, *, private: bool, overwrite: bool) -> None:
    """Write one output file atomically; without `overwrite`, never replace an existing one."""
    try:
        if overwrite:
            atomic_write(path, data, private=private)
        else:
            # Hard-link based: fails instead of replacing a file that appeared meanwhile.
            create_new(path, data, private=private)
    except FileExistsError:
        raise _exists_error(path) from None
    except OSError as exc:
        raise _write_error(path, exc) from exc


def check_free(path: Path) -> None:
    """OutputFileError (``exists``) when `path` is already taken, by a file or a symlink."""
    if path.exists() or path.is_symlink():
        raise _exists_error(path)


def _exists_error(path: Path) -> OutputFileError:
    return OutputFileError(
        f"{path} already exists; move it away or choose to overwrite it.", str(path), exists=True
    )


def _write_error(path: Path, exc: OSError) -> OutputFileError:
    reason = exc.strerror or type(exc).__name__
    return OutputFileError(
        f"Could not write {path} ({reason}); choose a folder you can write to.", str(path)
    )
