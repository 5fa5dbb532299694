"""Story grouping on PolNeAR: how many stories, and hand-judged same-event / different-event pairs.

    python benchmarks/stories_polnear.py --data /work/shared/datasets/polnear \\
        --thresholds 0.2,0.25,0.3 [--show 0.25]

``benchmarks/stories_pairs.tsv`` lists article pairs judged by hand as covering the same
event (published within three days of each other) or different events in the same days.
Recall: share of "same" pairs put in one story; false merges: share of "different" pairs
put in one story. Exits 2 when the data folder is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_data import load_polnear

from presslens.stories import StoryIndex, group_stories

PAIRS = Path(__file__).resolve().parent / "stories_pairs.tsv"


def load_pairs() -> list[tuple[str, str, str]]:
    out = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, a, b = line.split("\t")
            out.append((label, a, b))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/datasets/polnear"))
    ap.add_argument("--thresholds", default="0.2,0.25,0.3,0.35")
    ap.add_argument("--show", type=float, default=None, help="print the stories at this threshold")
    ap.add_argument("--min-mean", type=float, default=None, help="StoryIndex.min_mean")
    args = ap.parse_args()
    docs = load_polnear(args.data)
    pairs = load_pairs()
    n = len(docs)
    print(f"{n} articles, {n * (n - 1) // 2} pairs; {len(pairs)} judged pairs")
    print("threshold  stories  multi  in_multi  multi_outlet  max  comparisons  "
          "same_recall  diff_merged  seconds")
    for th in [float(x) for x in args.thresholds.split(",")]:
        index = StoryIndex(threshold=th)
        if args.min_mean is not None:
            index.min_mean = args.min_mean
        t = time.perf_counter()
        stories = group_stories(docs, index=index)
        secs = time.perf_counter() - t
        multi = [s for s in stories if s.size > 1]
        same = [index.story_of(a) == index.story_of(b) for lab, a, b in pairs if lab == "same"]
        diff = [index.story_of(a) == index.story_of(b) for lab, a, b in pairs if lab != "same"]
        print(
            f"{th:9.2f}  {len(stories):7d}  {len(multi):5d}  {sum(s.size for s in multi):8d}  "
            f"{sum(len(s.outlets) > 1 for s in multi):12d}  {max(s.size for s in stories):3d}  "
            f"{index.comparisons:11d}  {sum(same):4d}/{len(same):<6d}  "
            f"{sum(diff):4d}/{len(diff):<6d}  {secs:7.1f}"
        )
        if args.show is not None and abs(args.show - th) < 1e-9:
            by_id = {d.id: d for d in docs}
            for s in multi:
                print(f"  == {s.size} articles, {s.first_published}..{s.last_published}")
                for aid in s.articles:
                    d = by_id[aid]
                    title = (d.meta.title or '')[:80]
                    print(f"     {d.meta.outlet:12s} {d.meta.published} {title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
