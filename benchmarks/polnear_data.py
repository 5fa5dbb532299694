"""Reading PolNeAR articles (text + metadata) as presslens documents, for benchmarks."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from presslens.model import Document, Metadata
from presslens.reading import parse_date


def load_polnear(root: Path) -> list[Document]:
    """All PolNeAR articles with publisher, date and title; exits 2 when the data is missing."""
    meta_path = root / "metadata.tsv"
    if not meta_path.is_file():
        print(
            f"error: {meta_path} not found; give --data the PolNeAR folder "
            "(the one with metadata.tsv, train/ and dev/)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    docs = []
    with meta_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            path = root / row["compartment"] / "text" / (row["filename"] + ".txt")
            if not path.is_file():
                continue
            docs.append(
                Document(
                    id=row["filename"],
                    text=path.read_text(encoding="utf-8"),
                    meta=Metadata(
                        title=row["title"],
                        outlet=row["publisher"],
                        published=parse_date(row["publication_date"], str(path)),
                        url=f"https://polnear.example/{row['filename']}",
                    ),
                )
            )
    docs.sort(key=lambda d: (d.meta.published, d.id))
    return docs
