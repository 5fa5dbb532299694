"""Writing output files atomically: a failed run never leaves a partial or clobbered file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import InputError


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any analysis, if ``path`` cannot be written."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give a file name for the output")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{p}: folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK):
        raise InputError(f"{p}: cannot write in {parent}; choose another output path")
    return p


@contextmanager
def atomic_writer(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` on success."""
    p = check_writable(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent or ".")
    try:
        # mkstemp creates the file 0600; the output follows the umask like any other file
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, mode, encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(text)
