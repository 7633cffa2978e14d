"""Fit the English `subjective` weights (`src/literacy/lexicons/en/weights.yaml`) on the
CheckThat! 2024 English training sentences, and print the block to paste there.

    .venv/bin/python benchmarks/fit_subjectivity_en.py          # prints the weights block
    .venv/bin/python benchmarks/fit_subjectivity_en.py --check  # train/dev/devtest macro-F1
    .venv/bin/python benchmarks/fit_subjectivity_en.py --cv     # 5-fold figure on train

The analyser finds every claim's signals as usual; a hook on the verdict records them (each
signal counted at most twice, as `claims._subjective` counts them). Each claim carries its
sentence's label. A class-balanced logistic regression with an L2 penalty (Newton steps,
so the result is deterministic) gives a weight per signal; the threshold is minus the
intercept, the point where both classes are equally likely whatever their share in the
data. Only the training split is used to fit: the development splits (dev, devtest) have
about half subjective sentences, the training split about a third, so a threshold tuned
for the training split's mix would not carry over. `--check` scores the weights in
`weights.yaml` as `make eval` does. `--cv` fits on four fifths of the training sentences
and scores the fifth, five times: a steadier figure than the small development splits for
choosing a signal or the penalty. For `L2` it scored 0.675 (1), 0.676 (3), 0.672 (5) and
0.671 (10): no real difference, so the strongest penalty, which keeps rare signals smallest.

The sentences are research data read from `../shared/eval/en` (or `LITERACY_EVAL_DIR/en`),
never copied into the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from unittest import mock

import numpy as np

from literacy.analysis import analyze, claims

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_english
from eval import macro_f1

REPO = Path(__file__).resolve().parent.parent
L2 = 10.0  # the penalty on each weight; larger keeps rare signals near zero
ROUND = 3
# Sources only count in attributed speech (see `claims._subjective`).
SOURCES = ("named_source", "anonymous_source")
# Verdict outputs and marks that say nothing about the writer's voice.
IGNORED = ("writer_judgement", "unattributed", "link", "emoji")


def folder() -> Path:
    root = os.environ.get("LITERACY_EVAL_DIR")
    return (Path(root) if root else REPO.parent / "shared" / "eval") / "en"


def claim_signals(text: str) -> list[dict[str, float]]:
    """Each claim's signals in `text`, as the verdict sees them."""
    seen: list[dict[str, float]] = []
    verdict = claims._subjective

    def record(totals: dict[str, int], attributed: bool, weights: object) -> bool:
        row = {
            name: float(min(n, 2))
            for name, n in totals.items()
            if name not in IGNORED and (attributed or name not in SOURCES)
        }
        if attributed:
            row["attributed"] = 1.0
        seen.append(row)
        return verdict(totals, attributed, weights)

    with mock.patch.object(claims, "_subjective", record):
        analyze(text, "en")
    return seen


def fit(rows: list[dict[str, float]], labels: list[bool]) -> tuple[dict[str, float], float]:
    names = sorted({name for row in rows for name in row})
    x = np.array([[row.get(name, 0.0) for name in names] for row in rows])
    y = np.array(labels, dtype=float)
    n, m = x.shape
    balance = np.where(y == 1, n / (2 * y.sum()), n / (2 * (n - y.sum())))
    xa = np.hstack([x, np.ones((n, 1))])
    penalty = np.diag([L2] * m + [0.0])  # the intercept is not penalised
    w = np.zeros(m + 1)
    for _ in range(100):
        p = 1 / (1 + np.exp(-(xa @ w)))
        gradient = xa.T @ (balance * (p - y)) + penalty @ w
        hessian = xa.T @ (xa * (balance * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return dict(zip(names, w[:m], strict=True)), float(w[m])


def cross_validate(data: list[tuple[str, bool]], folds: int = 5) -> float:
    """Macro-F1 over the training sentences, each predicted by weights fitted without its
    fold (sentence n is in fold n % folds), a sentence subjective when any claim is."""
    claims_of = [claim_signals(text) for text, _ in data]
    truth, predicted = [], []
    for fold in range(folds):
        rows, labels = [], []
        for n, (found, (_, label)) in enumerate(zip(claims_of, data, strict=True)):
            if n % folds != fold:
                rows += found
                labels += [label] * len(found)
        weights, intercept = fit(rows, labels)
        for found, (_, label) in zip(claims_of[fold::folds], data[fold::folds], strict=True):
            score = (sum(weights.get(k, 0.0) * v for k, v in c.items()) for c in found)
            truth.append(label)
            predicted.append(any(s + intercept >= 0 for s in score))
    return macro_f1(truth, predicted)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="score weights.yaml instead")
    parser.add_argument("--cv", action="store_true", help="5-fold macro-F1 on train instead")
    args = parser.parse_args()
    if not (folder() / "checkthat-subjectivity-train.tsv").is_file():
        print(f"no CheckThat! data in {folder()}")
        return 1
    if args.check:
        for split in ("train", "dev", "devtest"):
            data = eval_english.read_checkthat(folder() / f"checkthat-subjectivity-{split}.tsv")
            truth = [label for _, label in data]
            predicted = [any(c.subjective for c in analyze(t, "en").claims) for t, _ in data]
            print(f"{split:8} macro-F1 {macro_f1(truth, predicted):.3f}")
        return 0
    data = eval_english.read_checkthat(folder() / "checkthat-subjectivity-train.tsv")
    rows, labels = [], []
    for text, label in data:
        for row in claim_signals(text):
            rows.append(row)
            labels.append(label)
    if args.cv:
        print(f"train 5-fold macro-F1 {cross_validate(data):.3f}")
        return 0
    weights, intercept = fit(rows, labels)
    print(f"# fitted on {len(data)} sentences ({len(rows)} claims), L2 {L2}")
    print("subjective:")
    print(f"  threshold: {round(-intercept, ROUND)}")
    print("  attributed_discount: 1.0")
    print("  weights:")
    for name, w in sorted(weights.items(), key=lambda kv: -kv[1]):
        if round(w, ROUND):
            print(f"    {name}: {round(w, ROUND)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
