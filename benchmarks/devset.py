"""Score presslens on the hand-annotated development set (figures and quotes).

    python benchmarks/devset.py [--gold benchmarks/devset/annotations.jsonl] [--texts ../shared]

A thin wrapper around ``presslens figures eval``; the texts folder is the shared
data folder the gold ``file`` paths are relative to.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    from presslens.cli import cli

    args = list(argv)
    if "--gold" not in args:
        args += ["--gold", str(ROOT / "benchmarks" / "devset" / "annotations.jsonl")]
    if "--texts" not in args:
        args += ["--texts", str(ROOT.parent / "shared")]
    cli(["figures", "eval", *args], prog_name="presslens")


if __name__ == "__main__":
    main(sys.argv[1:])
