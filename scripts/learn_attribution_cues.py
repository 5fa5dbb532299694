"""Derive the cue-word list of the attribution rules from PolNeAR train.

For every word form, count how often it lies inside a gold ``Cue`` span and how
often it occurs at all; keep forms seen as a cue at least 3 times with a cue
rate of at least 0.4, or twice with a rate of at least 0.6 (chosen on a
210-article train subset and checked on dev: more recall, same source accuracy).
Writes ``src/presslens/resources/attribution_cues.txt``
(word forms only: no text of the data set). The rules use a form only when
spaCy tags it as a verb that is not an adjectival modifier
(``presslens.attribution.cues.is_learned``).

Usage: python scripts/learn_attribution_cues.py [POLNEAR_TRAIN_DIR]
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "presslens" / "resources" / "attribution_cues.txt"
WORD = re.compile(r"[A-Za-z]+")


def main() -> None:
    train = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/datasets/polnear/train"
    )
    cue: collections.Counter[str] = collections.Counter()
    occ: collections.Counter[str] = collections.Counter()
    seen: set[str] = set()
    for ann in sorted((train / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (train / "text" / f"{name}.txt").read_text(encoding="utf-8")
        occ.update(w.lower() for w in WORD.findall(text))
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 2 or not fields[1].startswith("Cue "):
                continue
            words: set[str] = set()
            for rng in fields[1][4:].split(";"):
                s, e = map(int, rng.split())
                words.update(w.lower() for w in WORD.findall(text[s:e]))
            cue.update(words)
    keep = sorted(
        w
        for w, c in cue.items()
        if occ[w] and ((c >= 3 and c / occ[w] >= 0.4) or (c >= 2 and c / occ[w] >= 0.6))
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        f"# cue word forms learned from PolNeAR train ({len(seen)} articles) by "
        "scripts/learn_attribution_cues.py\n" + "\n".join(keep) + "\n",
        encoding="utf-8",
    )
    print(f"{len(keep)} cue forms -> {OUT}")


if __name__ == "__main__":
    main()
