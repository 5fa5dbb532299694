"""SI of two fine-tuned span taggers averaged, against each alone (issue 13, item 1).

    PYTHONPATH=src python benchmarks/experiments/finetune/ensemble_si.py \
        --data ../shared/datasets/ptc-train --epoch 5 /tmp/tech/ft5s0 /tmp/tech/ft5s1

Each run folder holds ``epochN.pt`` written by ``finetune_minilm.py train`` (same split,
different ``--seed``). Every development-slice article is encoded once per run (that run's
layers, int8-rounded, in the shared base encoder), each run's tagger gives per-token span
probabilities, and the mean of the runs' probabilities is decoded with the shipped settings.
Prints SI precision, recall and F1 on the development slice for each run and for the mean;
``--split heldout`` scores the held-out split instead (for the report only, never to choose).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
import torch
from finetune_minilm import DECODE, log, split  # beside this script

from presslens.techniques.data import read_corpus
from presslens.techniques.encoder import SpanTagger, encode_text, load_base
from presslens.techniques.metrics import si_score
from presslens.techniques.spans import decode_spans


def run_probs(run: Path, epoch: str, arts: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """Per article: (tokens, span probabilities) read with ``run``'s checkpoint."""
    from finetune_minilm import int8_round

    state = torch.load(run / f"epoch{epoch}.pt", weights_only=False)
    _, model = load_base()
    model.load_state_dict(
        {n: (int8_round(v) if v.dim() == 2 else v.half().float())
         for n, v in state["encoder"].items()},
        strict=False,
    )
    model.eval()
    tagger = SpanTagger()
    tagger.load_state_dict(state["tagger"])
    tagger.eval()
    out = {}
    for aid in ids:
        tokens, states = encode_text(arts[aid].text)
        with torch.no_grad():
            probs = tagger(torch.from_numpy(states)[None])[0].softmax(-1)[:, 1].numpy()
        out[aid] = (tokens, probs)
    log(f"{run}: {len(out)} articles read")
    return out


def score(arts: dict[str, Any], probs: dict[str, Any]) -> dict[str, float]:
    pred = {
        aid: [(s, e) for s, e, _ in decode_spans(arts[aid].text, tokens, p, **DECODE)]
        for aid, (tokens, p) in probs.items()
    }
    gold = {aid: [(s, e) for s, e, _ in arts[aid].spans] for aid in probs}
    si = si_score(pred, gold)
    return {"precision": round(si.precision, 4), "recall": round(si.recall, 4),
            "f1": round(si.f1, 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--epoch", default="5")
    ap.add_argument("--split", choices=["dev", "heldout"], default="dev")
    ap.add_argument("runs", type=Path, nargs="+")
    args = ap.parse_args()
    torch.set_num_threads(2)
    arts = read_corpus(args.data)
    _, dev_ids, held_ids = split(arts)
    ids = dev_ids if args.split == "dev" else held_ids
    per_run = [run_probs(r, args.epoch, arts, ids) for r in args.runs]
    result: dict[str, Any] = {str(r): score(arts, p) for r, p in zip(args.runs, per_run,
                                                                       strict=True)}
    mean = {
        aid: (per_run[0][aid][0], np.mean([p[aid][1] for p in per_run], axis=0))
        for aid in ids
    }
    result["mean"] = score(arts, mean)
    print(json.dumps({"split": args.split, "epoch": args.epoch, **result}, indent=1))


if __name__ == "__main__":
    main()
