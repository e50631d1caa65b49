#!/usr/bin/env python3
"""Independent numpy reference for nnreport's networks with hidden layers: writes the golden CSVs.

    python3 Tests/TrainingTests/Reference/hidden_reference.py Tests/TrainingTests/Golden/hidden
    (or: make goldens; needs numpy and mpmath)

The training loop is the article's numpy code (reference.py) extended by one loop over layers:

    A[0] = x
    for each layer l:   Z = W[l].T @ A[l] + b[l]      A[l+1] = 1 / (1 + exp(-Z))
    s = A[L]; y_pred = s >= T; e = y_pred - y (thresholded) or s - y (logistic)
    d = e
    for l = L-1 … 0:    dW[l] = A[l] @ d.T / m        db[l] = [np.sum(d[u]) for u] / m
                        d = (W[l] @ d) * A[l] * (1 - A[l])        (for l > 0, with W before the update)
    for each layer:     W[l] = W[l] - a * dW[l]       b[l] = b[l] - a * db[l]

with every matrix product written as explicit sums in index order starting from 0.0 (`ordered`,
plain Python floats, so no FMA and no BLAS blocking), the biases' sums numpy's pairwise np.sum of
each row (as the article's db = np.sum(e) / m), and np.exp replaced by the correctly rounded exp of
reference.py. nnreport computes in the same order, so every logged value matches bit for bit (the
losses, through log, within 1e-12).

The initial parameters are given in the case ("layers") or drawn from its seed by SplitMix64, as
README describes: one stream, layer by layer, W row by row then b, each value
((next >> 11) - 2**52) * 2**-52 * (1 / sqrt(fan-in)).

For every case of cases.json (in the folder given) it writes <name>.csv in nnreport's column scheme
for hidden networks, then trains the same case as plain numpy would (`@`, BLAS, and np.exp) and
prints the largest relative difference from the exact run over the first 100 iterations and over
all of them: of the values (activations, z, s, W, b), and of the gradients and e against their
column's scale. (With OpenBLAS 0.3.31's Haswell kernels, `@` of two matrices is one FMA chain in
index order, a matrix times a vector an FMA order not identified here, a vector dot product the
plain index-order sum; np.exp is not correctly rounded. Both move the last bits from the first
iterations on; a run that does not settle amplifies them.)
"""
import csv
import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from reference import GATES, X, np_exact_exp, text  # noqa: E402

M64 = (1 << 64) - 1


def splitmix64(seed):
    state = seed & M64
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        yield z ^ (z >> 31)


def drawn_layers(sizes, seed):
    """Every layer's W (fan-in × units) and b, from one SplitMix64 stream."""
    stream = splitmix64(seed)
    signed = lambda: float((next(stream) >> 11) - (1 << 52)) * 2.0**-52
    layers = []
    for inputs, units in zip(sizes, sizes[1:]):
        scale = 1 / math.sqrt(inputs)
        weights = [[signed() * scale for _ in range(units)] for _ in range(inputs)]
        biases = [signed() * scale for _ in range(units)]
        layers.append({"weights": weights, "biases": biases})
    return layers


def ordered(p, q):
    """p @ q with every entry an explicit sum in index order from 0.0, in float64."""
    out = np.zeros((p.shape[0], q.shape[1]))
    for r in range(p.shape[0]):
        for c in range(q.shape[1]):
            total = 0.0
            for t in range(p.shape[1]):
                total += float(p[r, t]) * float(q[t, c])
            out[r, c] = total
    return out


def blas(p, q):
    return p @ q


def data(case, folder):
    if "gate" in case:
        return X.astype(float), np.array([GATES[case["gate"]]], dtype=float)
    with open(folder / case["csv"]) as f:
        rows = list(csv.reader(f))[1:]
    values = np.array([[float(v) for v in row] for row in rows])
    return values[:, :-1].T.copy(), values[:, -1:].T.copy()


def train(case, folder, product=ordered, exp=np_exact_exp):
    x, y = data(case, folder)
    m = x.shape[1]
    sizes = [x.shape[0]] + case["hidden"] + [1]
    layers = case.get("layers") or drawn_layers(sizes, case["seed"])
    W = [np.array(layer["weights"], dtype=float) for layer in layers]
    b = [np.array(layer["biases"], dtype=float).reshape(-1, 1) for layer in layers]
    a, T, L = case["learningRate"], case["threshold"], len(W)
    logged = min(m, 64)
    rows = []
    for k in range(1, case["iterations"] + 1):
        A = [x]
        for l in range(L):
            Z = product(W[l].T, A[l]) + b[l]
            A.append(1 / (1 + exp(-Z)))
        z, s = Z, A[L]
        y_pred = np.array(s >= T, dtype="int64")
        e = (y_pred - y).astype(float) if case["rule"] == "thresholded" else s - y
        dW, db = [None] * L, [None] * L
        d = e
        for l in reversed(range(L)):
            dW[l] = product(A[l], d.T) / m
            db[l] = np.array([[np.sum(d[u])] for u in range(d.shape[0])]) / m
            if l > 0:
                d = (product(W[l], d) * A[l]) * (1 - A[l])
        for l in range(L):
            W[l] = W[l] - a * dW[l]
            b[l] = b[l] - a * db[l]
        errors = int(np.sum(y_pred != y))
        mse = np.mean((s - y) ** 2)
        bce = np.mean(np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z)))
        row = [k]
        for l in range(1, L):
            row += list(A[l][:, :logged].reshape(-1))
        row += [*z[0, :logged], *s[0, :logged], *y_pred[0, :logged], *e[0, :logged], errors, mse, bce]
        for l in range(L):
            row += list(dW[l].reshape(-1)) + list(db[l].reshape(-1))
        for l in range(L):
            row += list(W[l].reshape(-1)) + list(b[l].reshape(-1))
        rows.append(row)
    return header(sizes, logged), rows


def header(sizes, logged):
    """nnreport's column scheme for hidden networks (README, "The log of a network with hidden layers")."""
    L = len(sizes) - 1
    names = ["iteration"]
    for l in range(1, L):
        names += [f"l{l}_a_{u}_{i}" for u in range(1, sizes[l] + 1) for i in range(1, logged + 1)]
    names += [f"{c}{i}" for c in ("z", "s", "yhat", "e") for i in range(1, logged + 1)]
    names += ["errors", "mse", "bce"]
    for grad, bias in (("dw", "db"), ("w", "b")):
        for l in range(1, L + 1):
            names += [f"l{l}_{grad}_{j}_{u}" for j in range(1, sizes[l - 1] + 1) for u in range(1, sizes[l] + 1)]
            names += [f"l{l}_{bias}_{u}" for u in range(1, sizes[l] + 1)]
    return names


def is_gradient(name):
    return "_dw_" in name or "_db_" in name or name[0] == "e"


def largest_difference(rows, other, names, upto, gradients):
    """The largest relative difference between two runs over their first `upto` iterations: of
    the values (activations, z, s, W, b), or of the gradients and e, each measured against the
    largest magnitude of its column (a gradient is a difference of nearly equal sums near a
    minimum, where its own size says nothing of the error in it)."""
    rows, other = rows[:upto], other[:upto]
    worst = (0.0, None)
    for column, name in enumerate(names):
        if name in ("iteration", "errors", "mse", "bce") or name.startswith("yhat") or is_gradient(name) != gradients:
            continue
        column_scale = max(abs(float(row[column])) for row in rows)
        for row, plain in zip(rows, other):
            v, w = float(row[column]), float(plain[column])
            if v == w:
                continue
            scale = column_scale if gradients else max(abs(v), abs(w))
            difference = abs(v - w) / scale if scale > 0 else 0.0
            if difference > worst[0]:
                worst = (difference, f"{name} at iteration {row[0]}")
    return worst


def main(folder):
    folder = Path(folder)
    cases = json.loads((folder / "cases.json").read_text())
    for case in cases:
        names, rows = train(case, folder)
        assert len(names) == len(rows[0])
        with open(folder / f"{case['name']}.csv", "w") as out:
            out.write(",".join(names) + "\n")
            for row in rows:
                out.write(",".join(text(v) for v in row) + "\n")
        _, plain = train(case, folder, product=blas, exp=np.exp)
        errors = [row[names.index("errors")] for row in rows]
        right = next((k + 1 for k in range(len(errors)) if all(e == 0 for e in errors[k:])), None)
        print(f"{case['name']}: {len(rows)} iterations, every prediction right from {right}; plain numpy "
              "(@ and np.exp) differs, relative:")
        for upto in (100, len(rows)):
            values = largest_difference(rows, plain, names, upto, gradients=False)
            gradients = largest_difference(rows, plain, names, upto, gradients=True)
            print(f"  first {upto} iterations: values {values[0]:.2g} ({values[1]}), "
                  f"gradients {gradients[0]:.2g} of their column's scale ({gradients[1]})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "Golden" / "hidden")
