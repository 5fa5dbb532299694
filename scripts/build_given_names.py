"""Derive presslens's table of given names that say a gender from the nomquamgender data.

nomquamgender (MIT licence; Van Buskirk, Clauset and Larremore, "An open-source cultural
consensus approach to name-based gender classification", 2023) gives, for 720,000
names from 36 sources in many countries, how many sources hold the name and the share
of its bearers recorded as women, p(gf). Its data file takes 3 s and 500 MB to read, too
much for every pipeline load, so this script keeps what the speaker resolver needs: the
names at least two sources hold, with ten bearers or more, and p(gf) at most 0.05 (``m``)
or at least 0.95 (``f``), lower-cased without accents, one ``name<TAB>m|f`` per line,
gzip-compressed. A name between the two (Andrea, Jean, Kim) says nothing and is left out,
and so is one the data has seen too few times to say (Bwalya: five bearers).

Writes ``src/presslens/resources/given_names.tsv.gz``.

Usage: pip install nomquamgender==0.1.4 && python scripts/build_given_names.py
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "presslens" / "resources" / "given_names.tsv.gz"
#: a name must be held by this many of the data's sources
MIN_SOURCES = 2
#: and this many bearers recorded in all
MIN_BEARERS = 10
#: and be this one-sided: p(gf) at most this, or at least 1 minus it
MAX_SHARE = 0.05


def main() -> None:
    data = json.loads((resources.files("nomquamgender") / "name_data.json").read_text("utf-8"))
    rows = []
    for name, (sources, counts, p_female, *_rest) in data.items():
        if sources < MIN_SOURCES or counts < MIN_BEARERS or " " in name or "\t" in name:
            continue
        if p_female <= MAX_SHARE:
            rows.append(f"{name}\tm")
        elif p_female >= 1 - MAX_SHARE:
            rows.append(f"{name}\tf")
    rows.sort()
    # mtime 0: the same data gives the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{len(rows)} names -> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
