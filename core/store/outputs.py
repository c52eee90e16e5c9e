"""Files the person asked for, written where they chose: an issued certificate's files and
exports of the CA. Never replaces a file unless asked; keys and .p12 files are born 0600."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from trustanchor.core.errors import OutputFileError
from trustanchor.core.store.files import (
    PRIVATE_DIR_MODE,
    TEMP_PREFIX,
    atomic_write,
    create_new,
    fsync_dir,
    remove_quietly,
    replace_path,
    temp_path_for,
    write_exclusive,
    write_temp,
)
from trustanchor.core.store.journal import write_journal
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.pki.leaf import ServerCertificate


# Most file systems cap one name at 255 bytes (ext4, APFS, and NTFS in UTF-16 units). Every
# output is first written as TEMP_PREFIX + name + "." + 16 hex digits (files.temp_path_for),
# so the longest final name is 255 - 34 bytes, and the longest suffix is ".fullchain.pem".
NAME_MAX_BYTES = 255
_TEMP_EXTRA = len(TEMP_PREFIX) + 1 + 16
_SUFFIXES = (".crt", ".key", ".fullchain.pem", ".p12")
MAX_STEM_BYTES = NAME_MAX_BYTES - _TEMP_EXTRA - max(len(suffix) for suffix in _SUFFIXES)
_HASH_CHARS = 12


def bounded_stem(stem: str) -> str:
    """`stem`, or for a name too long for the file system (a DNS name may have 253
    characters) its start plus "-" and 12 hex digits of its SHA-256, so distinct long names
    keep distinct files and every temp name still fits."""
    if len(stem.encode("utf-8")) <= MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    keep = stem.encode("utf-8")[: MAX_STEM_BYTES - _HASH_CHARS - 1].decode("utf-8", "ignore")
    return f"{keep.rstrip('.-')}-{digest}"


def server_file_paths(leaf: ServerCertificate, folder: Path, *, p12: bool) -> list[Path]:
    """Where write_server_files puts <stem>.crt, .key, .fullchain.pem (and .p12), in order."""
    stem = bounded_stem(leaf.file_stem)
    suffixes = list(_SUFFIXES) if p12 else list(_SUFFIXES[:3])
    return [folder / f"{stem}{suffix}" for suffix in suffixes]


def write_server_files(
    leaf: ServerCertificate, folder: Path, *, p12_password: bytes | None = None,
    overwrite: bool = False, journal: Path | None = None,
) -> list[Path]:
    """Write <stem>.crt, <stem>.key (0600), <stem>.fullchain.pem and optionally <stem>.p12.

    All or nothing: every file is first written complete under a temp name, then all are put
    in place; if any step fails, what this call put in place is removed again (and a file it
    overwrote is restored), so a retry never finds half a set. Refuses (OutputFileError with
    ``exists``) when any of these files is already there, unless `overwrite`; the check comes
    before anything is written. A missing folder is created 0700, as it will hold a key.
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
    write_all(list(zip(paths, contents, private, strict=False)), overwrite=overwrite,
              journal=journal)
    return paths


def write_all(
    items: list[tuple[Path, bytes, bool]], *, overwrite: bool, journal: Path | None = None
) -> None:
    """Put every (path, data, private) in place, or none of them (see write_server_files).

    With a `journal` (a path in the CA home), a program killed half-way is undone later by
    journal.recover, under the home's lock; on success the caller removes the journal once
    the files are recorded."""
    temps = [temp_path_for(path) for path, _, _ in items]
    backups = [temp_path_for(path) if overwrite else None for path, _, _ in items]
    planned = [(path, temp, backup) for (path, _, _), temp, backup
               in zip(items, temps, backups, strict=True)]
    placed: list[tuple[Path, Path | None]] = []  # (final path, backup of what it replaced)
    try:
        if journal is not None:  # first the names, so a kill while writing leaves no temp
            write_journal(journal, planned, written=False)
        for (path, data, is_private), temp in zip(items, temps, strict=True):
            if overwrite:
                refuse_special(path)
            _temp_or_error(path, data, is_private, temp)
        if journal is not None:  # then the inodes, which recovery needs to take files back
            write_journal(journal, planned, written=True)
        for (path, data, is_private), temp, backup in zip(items, temps, backups, strict=True):
            placed.append((path, _place(temp, path, data, is_private, backup)))
    except BaseException:
        _undo(placed)
        if journal is not None:
            remove_quietly(journal)
        raise
    finally:
        for temp in temps:
            remove_quietly(temp)
    for _, kept in placed:
        if kept is not None:
            remove_quietly(kept)
    for folder in {path.parent for path, _, _ in items}:
        fsync_dir(folder)


def _temp_or_error(path: Path, data: bytes, private: bool, temp: Path) -> Path:
    try:
        return write_temp(path, data, private, temp)
    except OSError as exc:
        raise _write_error(path, exc) from exc


def _place(temp: Path, path: Path, data: bytes, private: bool, backup: Path | None) -> Path | None:
    """Put `temp` at `path`. Without a `backup` name, never replace an existing file; with
    one, keep a hard link of the file replaced there and return it (None: nothing kept)."""
    try:
        if backup is None:
            try:
                os.link(temp, path)  # fails instead of replacing a file that appeared meanwhile
            except FileExistsError:
                raise
            except OSError:  # no hard links here (some network shares): exclusive create
                write_exclusive(path, data, private)
            return None
        kept: Path | None = None
        if path.exists():
            try:
                os.link(path, backup)
                kept = backup
            except OSError:
                kept = None  # cannot keep a copy: a failure later leaves the new file
        replace_path(temp, path)
        return kept
    except FileExistsError:
        raise _exists_error(path) from None
    except OSError as exc:
        raise _write_error(path, exc) from exc


def _undo(placed: list[tuple[Path, Path | None]]) -> None:
    for path, backup in reversed(placed):
        with contextlib.suppress(OSError):
            if backup is not None:
                os.replace(backup, path)
            else:
                os.unlink(path)


def refuse_special(path: Path) -> None:
    """OutputFileError unless `path` is a regular file or absent: overwriting must never turn
    a device (/dev/null), a named pipe or a socket into a plain file, nor replace a symbolic
    link (which would drop the link, not write where it points)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _write_error(path, exc) from exc
    if stat.S_ISREG(mode):
        return
    kind = "a symbolic link" if stat.S_ISLNK(mode) else (
        "a folder" if stat.S_ISDIR(mode) else "a device, pipe or socket")
    raise OutputFileError(
        QT_TRANSLATE_NOOP("core.outputs", "{path} is {kind}, not a regular file; TrustAnchor only"
            " overwrites regular files: choose another name.").format(
            path=path, kind=kind), str(path))


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
    """Write one output file atomically; without `overwrite`, never replace an existing one,
    and with it, never replace anything but a regular file (refuse_special)."""
    if overwrite:
        refuse_special(path)
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
        QT_TRANSLATE_NOOP("core.outputs", "{path} already exists; move it away or choose to"
            " overwrite it.").format(path=path), str(path), exists=True
    )


def _write_error(path: Path, exc: OSError) -> OutputFileError:
    reason = exc.strerror or type(exc).__name__
    return OutputFileError(
        QT_TRANSLATE_NOOP("core.outputs", "Could not write {path} ({reason}); choose a folder you"
            " can write to.").format(path=path, reason=reason), str(path)
    )
