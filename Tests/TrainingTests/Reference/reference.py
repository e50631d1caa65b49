#!/usr/bin/env python3
"""Independent numpy reference for nnreport's trainer: writes the golden CSVs.

    python3 Tests/TrainingTests/Reference/reference.py Tests/TrainingTests/Golden
    (or: make goldens; needs numpy and mpmath)

The training loop is the original walkthrough's numpy code, statement for statement:

    z = np.dot(W.T, x) + b
    s = 1 / (1 + np.exp(-z))
    y_pred = np.array(s >= T, dtype='int64')
    dW = np.dot(x, e.T) / m                 e = y_pred - y  (thresholded) or s - y (logistic)
    db = np.sum(e) / m
    W = W - a * dW
    b = b - a * db

with one change: np.exp is replaced by a correctly rounded exp (mpmath at 200 bits, rounded once
to float64), because numpy's own exp is not correctly rounded on every CPU (its AVX-512 kernel
differs in a few per cent of inputs), and the goldens must not depend on the machine that made
them. The losses (mean squared error of s, mean binary cross-entropy from z through
np.logaddexp) are logged beside, as nnreport logs them.

For every case of cases.json it writes <name>.csv (nnreport's CSV columns) and
<name>-near-threshold.csv: the samples whose s lay within two ulps of the threshold, with
whether an exp one ulp off (up or down) would have given the other class. It also writes
sums.csv, numpy's sums (np.sum, pairwise order) of random vectors of awkward sizes, one per
line: sum, values...
"""
import json
import sys
from fractions import Fraction
from pathlib import Path

import mpmath
import numpy as np

mpmath.mp.prec = 200

# The article's data: one row per feature, one column per sample, the samples in the order
# (0,0), (1,0), (0,1), (1,1).
X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]])
GATES = {
    "and": [0, 0, 0, 1],
    "or": [0, 1, 1, 1],
    "nand": [1, 1, 1, 0],
    "nor": [1, 0, 0, 0],
    "xor": [0, 1, 1, 0],
}


def exact_exp(value):
    """e**value correctly rounded to float64: mpmath at 200 bits, then one exact rounding
    (float of a Fraction rounds to nearest, ties to even, with subnormals and overflow)."""
    value = float(value)
    if value < -746:
        return 0.0
    mantissa, exponent = mpmath.exp(mpmath.mpf(value)).man_exp
    try:
        return float(Fraction(int(mantissa)) * Fraction(2) ** int(exponent))
    except OverflowError:
        return float("inf")


np_exact_exp = np.vectorize(exact_exp, otypes=[np.float64])


def one_ulp_off_flips(z, threshold):
    """Whether s = 1 / (1 + exp(-z)) would land on the other side of the threshold had exp
    been rounded one ulp up or one ulp down."""
    e = exact_exp(-z)
    s = 1 / (1 + e)
    classes = {1 / (1 + np.nextafter(e, direction)) >= threshold for direction in (-np.inf, np.inf)}
    return classes != {s >= threshold}


def train(case):
    x = X
    y = np.array([GATES[case["gate"]]])
    W = np.zeros((x.shape[0], y.shape[0]))
    W[0], W[1] = case["weights"]
    b = case["bias"]
    m = x.shape[1]
    a = case["learningRate"]
    T = case["threshold"]
    low = np.nextafter(np.nextafter(T, -np.inf), -np.inf)
    high = np.nextafter(np.nextafter(T, np.inf), np.inf)
    rows, near = [], []
    for k in range(1, case["iterations"] + 1):
        z = np.dot(W.T, x) + b
        s = 1 / (1 + np_exact_exp(-z))
        y_pred = np.array(s >= T, dtype="int64")
        e = y_pred - y if case["rule"] == "thresholded" else s - y
        dW = np.dot(x, e.T) / m
        db = np.sum(e) / m
        W = W - a * dW
        b = b - a * db
        errors = int(np.sum(y_pred != y))
        mse = np.mean((s - y) ** 2)
        bce = np.mean(np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z)))
        for i in np.flatnonzero((s[0] >= low) & (s[0] <= high)):
            near.append((k, i + 1, z[0, i], s[0, i], int(one_ulp_off_flips(z[0, i], T))))
        rows.append([k, *z[0], *s[0], *y_pred[0], *e[0], errors, mse, bce, *dW[:, 0], db, *W[:, 0], b])
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


def main(folder):
    folder = Path(folder)
    write_sums(folder)
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
            out.write("iteration,sample,z,s,flips_if_exp_one_ulp_off\n")
            for k, i, z, s, flips in near:
                out.write(f"{k},{i},{text(z)},{text(s)},{flips}\n")
        print(f"{case['name']}: {len(rows)} iterations, {len(near)} near-threshold samples, "
              f"{sum(row[4] for row in near)} that an exp one ulp off would flip")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "Golden")
