"""Helpers shared by the benchmark commands (not part of the package)."""

from __future__ import annotations

import platform
import resource
import sys
from pathlib import Path


def require_path(path: str, what: str) -> Path:
    p = Path(path)
    if not p.exists():
        print(
            f"error: {what} not found at {p}; pass the folder with --data "
            "(e.g. ../shared/datasets/polnear)",
            file=sys.stderr,
        )
        sys.exit(2)
    return p


def peak_rss_mib() -> float:
    """Peak resident memory of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
