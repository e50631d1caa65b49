#!/usr/bin/env python3
"""Independent numpy reference for nnreport's trainer: writes the golden CSVs.

    python3 Tests/TrainingTests/Reference/reference.py Tests/TrainingTests/Golden
    (or: make goldens)

The training loop is the original walkthrough's numpy code (float64, X one row per feature),
extended with the update rule, threshold and the logged losses of SPEC §4. For every case of
cases.json it writes <name>.csv with SPEC §5's columns, and <name>-near-threshold.csv listing
the samples whose sigmoid output lay within two ulps of the threshold; and sums.csv, numpy's
sums (np.sum, pairwise order) of random vectors of awkward sizes, one per line: sum, values...;
and sigmoids.csv, correctly rounded sigmoids of hard inputs: z, s.

Near-threshold rule (the same as nnreport's, see README "Exactness"): numpy's vectorised exp is
not correctly rounded on AVX-512 CPUs, so near the threshold numpy's own answer depends on the
CPU. There s is replaced by the correctly rounded sigmoid (computed here with 60-digit decimal
arithmetic) and y_hat = [s >= T]. The file records what plain numpy said, for the record.
"""
import json
import sys
from decimal import Decimal, getcontext
from pathlib import Path

import numpy as np

getcontext().prec = 60
GATES = {
    "and": [0, 0, 0, 1],
    "or": [0, 1, 1, 1],
    "nand": [1, 1, 1, 0],
    "nor": [1, 0, 0, 0],
    "xor": [0, 1, 1, 0],
}


def precise_sigmoid(z):
    """The correctly rounded sigmoid of the double z."""
    return float(1 / (1 + (-Decimal(float(z))).exp()))


def train(case):
    X = np.array([[0, 0, 1, 1], [0, 1, 0, 1]])
    y = np.array([GATES[case["gate"]]])
    W = np.array([[w] for w in case["weights"]])
    b = case["bias"]
    alpha = case["learningRate"]
    T = case["threshold"]
    m = X.shape[1]
    low = np.nextafter(np.nextafter(T, -np.inf), -np.inf)
    high = np.nextafter(np.nextafter(T, np.inf), np.inf)
    rows, near = [], []
    for k in range(1, case["iterations"] + 1):
        z = np.dot(W.T, X) + b
        s = 1 / (1 + np.exp(-z))
        for i in np.flatnonzero((s[0] >= low) & (s[0] <= high)):
            numpy_s = s[0, i]
            s[0, i] = precise_sigmoid(z[0, i])
            near.append((k, i + 1, z[0, i], numpy_s, s[0, i]))
        yhat = np.where(s >= T, 1, 0)
        e = yhat - y if case["rule"] == "thresholded" else s - y
        errors = int(np.sum(yhat != y))
        mse = np.mean((s - y) ** 2)
        bce = np.mean(np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z)))
        dW = np.dot(X, e.T) / m
        db = np.sum(e) / m
        W = W - alpha * dW
        b = b - alpha * db
        rows.append([k, *z[0], *s[0], *yhat[0], *e[0], errors, mse, bce, *dW[:, 0], db, *W[:, 0], b])
    return rows, near


def text(value):
    """Shortest round-trip text, as nnreport writes it (repr, with "1.0" → "1")."""
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    r = repr(float(value))
    return r[:-2] if r.endswith(".0") else r


def write_sums(folder):
    """numpy's pairwise summation order on vectors of every awkward size (np.sum)."""
    rng = np.random.default_rng(20261125)
    sizes = list(range(0, 20)) + [31, 32, 33, 63, 64, 65, 127, 128, 129, 130, 255, 256, 257, 300, 1000]
    with open(folder / "sums.csv", "w") as out:
        for n in sizes:
            values = rng.uniform(-1, 1, n) * 10.0 ** rng.integers(-8, 9, n)
            out.write(",".join([text(np.sum(values))] + [text(v) for v in values]) + "\n")


def write_sigmoids(folder):
    """Correctly rounded sigmoids where rounding is hardest: z = k·2⁻⁵³ (halfway cases near ½),
    tiny z, and z near logit(T) for other thresholds."""
    rng = np.random.default_rng(7)
    zs = [k * 2.0 ** -53 for k in range(-40, 41)] + [k * 2.0 ** -60 for k in range(-9, 10)]
    zs += list(rng.uniform(-1e-12, 1e-12, 50)) + list(rng.uniform(-40, 40, 200))
    for t in (0.3, 0.7, 0.9, 0.123):
        logit = float(np.log(t / (1 - t)))
        zs += [float(np.nextafter(logit, np.inf * k)) if k else logit for k in (-1, 0, 1)]
    with open(folder / "sigmoids.csv", "w") as out:
        for z in zs:
            out.write(f"{text(z)},{text(precise_sigmoid(z))}\n")


def main(folder):
    folder = Path(folder)
    write_sums(folder)
    write_sigmoids(folder)
    cases = json.loads((folder / "cases.json").read_text())
    header = (["iteration"] + [f"{c}{i}" for c in ("z", "s", "yhat", "e") for i in range(1, 5)]
              + ["errors", "mse", "bce", "dw1", "dw2", "db", "w1", "w2", "b"])
    for case in cases:
        rows, near = train(case)
        with open(folder / f"{case['name']}.csv", "w") as out:
            out.write(",".join(header) + "\n")
            for row in rows:
                out.write(",".join(text(v) for v in row) + "\n")
        with open(folder / f"{case['name']}-near-threshold.csv", "w") as out:
            out.write("iteration,sample,z,numpy_s,s\n")
            for k, i, z, numpy_s, s in near:
                out.write(f"{k},{i},{text(z)},{text(numpy_s)},{text(s)}\n")
        print(f"{case['name']}: {len(rows)} iterations, {len(near)} near-threshold samples")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "Golden")
