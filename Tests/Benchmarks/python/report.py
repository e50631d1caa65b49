#!/usr/bin/env python3
"""The same job as nnreport, done the way a Python user would: the comparison of `make bench`.

    python3 Tests/Benchmarks/python/report.py -o DIR [--dataset and|or|nand|nor|xor|FILE.csv]
        [--iterations N] [--rule thresholded|logistic] [--weights W1,W2] [--bias B]
        [--learning-rate A] [--threshold T]

A numpy training loop with the article's math that logs every iteration (per-sample values for the
first 64 samples, aggregates for all), the other rule trained for its outcome, matplotlib (Agg)
PNGs of the same charts at twice the displayed size (weights, bias, misclassified, loss,
decision boundary, network diagram before and after), Jinja2 pages with the same tables (a
walkthrough-like index, a history index and history pages of 1,000 rows), and the log as CSV
and JSON. It writes straight into DIR (no temporary folder, no manifest): if anything, that
favours Python. It does not draw the boundary animation (boundary.gif) that nnreport also makes.
"""
import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
from matplotlib.patches import Circle, FancyArrowPatch  # noqa: E402

from templates import environment  # noqa: E402

GATES = {
    "and": [0, 0, 0, 1],
    "or": [0, 1, 1, 1],
    "nand": [1, 1, 1, 0],
    "nor": [1, 0, 0, 0],
    "xor": [0, 1, 1, 0],
}
LOGGED_SAMPLES = 64
DETAILED_SAMPLES = 8  # samples in each history row's forward-pass details, as nnreport shows
PER_PAGE = 1000
DPI = 200  # figures are 8 in wide: 1600 px, twice the 800 px they are shown at


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", default="output-python")
    parser.add_argument("--dataset", default="and")
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--rule", choices=["thresholded", "logistic"], default="thresholded")
    parser.add_argument("--weights")
    parser.add_argument("--bias", type=float, default=1.0)
    parser.add_argument("--learning-rate", type=float, default=0.1)
    parser.add_argument("--threshold", type=float, default=0.5)
    return parser.parse_args(argv)


def load_dataset(name):
    """X (n×m, one row per feature), y (1×m), feature names and a display name."""
    if name in GATES:
        X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]], dtype=float)  # the article's samples, in its order
        return X, np.array([GATES[name]], dtype=float), ["x1", "x2"], f"{name.upper()} gate"
    with open(name, newline="", encoding="utf-8-sig") as file:
        header = next(csv.reader(file))
    data = np.loadtxt(name, delimiter=",", skiprows=1, ndmin=2)
    return data[:, :-1].T.copy(), data[:, -1:].T.copy(), header[:-1], Path(name).name


def train(X, y, W0, b0, alpha, iterations, rule, T, log=True):
    """The article's math, one numpy iteration at a time; with `log`, every value of every iteration."""
    n, m = X.shape
    k_log = min(m, LOGGED_SAMPLES)
    W, b = W0.reshape(n, 1).copy(), float(b0)
    if log:
        Z, S, E = (np.empty((iterations, k_log)) for _ in range(3))
        YHAT = np.empty((iterations, k_log), dtype=np.int8)
        DW, WS = np.empty((iterations, n)), np.empty((iterations, n))
    ERR = np.empty(iterations, dtype=np.int64)
    MSE, BCE, DB, BS = (np.empty(iterations) for _ in range(4))
    for k in range(iterations):
        z = W.T @ X + b
        s = 1 / (1 + np.exp(-z))
        yhat = (s >= T).astype(float)
        e = yhat - y if rule == "thresholded" else s - y
        dW = X @ e.T / m
        db = np.sum(e) / m
        W = W - alpha * dW
        b = b - alpha * db
        ERR[k] = np.count_nonzero(yhat != y)
        if log:
            Z[k], S[k], E[k], YHAT[k] = z[0, :k_log], s[0, :k_log], e[0, :k_log], yhat[0, :k_log]
            MSE[k] = np.mean((s - y) ** 2)
            BCE[k] = np.mean(np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z)))
            DW[k], DB[k], WS[k], BS[k] = dW[:, 0], db, W[:, 0], b
    wrong = np.flatnonzero(ERR)
    converged = None if ERR[-1] else (int(wrong[-1]) + 2 if wrong.size else 1)
    summary = {"iterations": iterations, "allRightFrom": converged, "finalWeights": W[:, 0].tolist(),
               "finalBias": b, "correct": m - int(ERR[-1]), "samples": m}
    if not log:
        return summary
    changed = np.flatnonzero(np.any(YHAT[1:] != YHAT[:-1], axis=1)) + 2
    return {"z": Z, "s": S, "e": E, "yhat": YHAT, "errors": ERR, "mse": MSE, "bce": BCE, "dw": DW,
            "db": DB, "w": WS, "b": BS, "changes": changed.tolist(), "summary": summary}


def write_csv(path, log, n):
    k_log = log["z"].shape[1]
    header = ["iteration"] + [f"{p}{i}" for p in ("z", "s", "yhat", "e") for i in range(1, k_log + 1)]
    header += ["errors", "mse", "bce"] + [f"dw{j}" for j in range(1, n + 1)] + ["db"]
    header += [f"w{j}" for j in range(1, n + 1)] + ["b"]
    columns = [range(1, len(log["b"]) + 1)]
    for key in ("z", "s", "yhat", "e"):
        columns += log[key].T.tolist()
    columns += [log["errors"].tolist(), log["mse"].tolist(), log["bce"].tolist()]
    columns += log["dw"].T.tolist() + [log["db"].tolist()] + log["w"].T.tolist() + [log["b"].tolist()]
    with open(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(zip(*columns))


def write_json(path, log, settings, dataset, title):
    keys = ("z", "s", "yhat", "e", "dw", "w")
    lists = {key: log[key].tolist() for key in keys}
    scalars = {key: log[key].tolist() for key in ("errors", "mse", "bce", "db", "b")}
    iterations = [
        {"iteration": k + 1, "z": lists["z"][k], "s": lists["s"][k], "yhat": lists["yhat"][k], "e": lists["e"][k],
         "errors": scalars["errors"][k], "mse": scalars["mse"][k], "bce": scalars["bce"][k], "dw": lists["dw"][k],
         "db": scalars["db"][k], "w": lists["w"][k], "b": scalars["b"][k]}
        for k in range(len(scalars["b"]))
    ]
    document = {"generator": "report.py", "title": title, "dataset": dataset, "settings": settings,
                "summary": {**log["summary"], "predictionChanges": log["changes"]}, "iterations": iterations}
    # json.dumps, not json.dump: only the former uses the C encoder (5× faster on this log).
    Path(path).write_text(json.dumps(document, separators=(",", ":")))


def series_chart(path, title, ylabel, series, converged):
    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=DPI)
    for label, xs, ys in series:
        axes.plot(xs, ys, label=label, linewidth=1.2, antialiased=True)
    if converged:
        axes.axvline(converged, color="grey", linestyle="--", linewidth=0.8, label=f"converged at {converged:,}")
    axes.set(title=title, xlabel="iteration", ylabel=ylabel)
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def charts(folder, X, y, log, W0, b0, names):
    N = len(log["b"])
    steps = np.arange(0, N + 1)
    converged = log["summary"]["allRightFrom"]
    weights = [(f"w for {name}", steps, np.concatenate(([W0[j]], log["w"][:, j]))) for j, name in enumerate(names)]
    series_chart(folder / "weights.png", "Weights", "w", weights, converged)
    series_chart(folder / "bias.png", "Bias", "b", [("b", steps, np.concatenate(([b0], log["b"])))], converged)
    series_chart(folder / "errors.png", "Misclassified samples", "samples",
                 [("misclassified", steps[1:], log["errors"])], converged)
    series_chart(folder / "loss.png", "Loss", "loss",
                 [("MSE", steps[1:], log["mse"]), ("cross-entropy", steps[1:], log["bce"])], converged)
    if X.shape[0] == 2:
        boundary(folder / "boundary.png", X, y, log, W0, b0, names)
    network(folder / "network-initial.png", names, W0, b0, "Before training")
    network(folder / "network-final.png", names, log["w"][-1], log["b"][-1], f"After {N:,} iterations")


def boundary(path, X, y, log, W0, b0, names):
    figure, axes = plt.subplots(figsize=(8, 4.8), dpi=DPI)
    ones = y[0] == 1
    axes.scatter(X[0, ones], X[1, ones], marker="o", label="label 1", zorder=3)
    axes.scatter(X[0, ~ones], X[1, ~ones], marker="x", label="label 0", zorder=3)
    N = len(log["b"])
    picks = sorted({0, *log["changes"][:3], N})
    xs = np.linspace(X[0].min() - 0.25, X[0].max() + 0.25, 2)
    for k in picks:
        w = W0 if k == 0 else log["w"][k - 1]
        b = b0 if k == 0 else log["b"][k - 1]
        if w[1] != 0:
            axes.plot(xs, -(w[0] * xs + b) / w[1], label=f"after iteration {k:,}", linewidth=1.2)
    axes.set(xlim=(xs[0], xs[1]), ylim=(X[1].min() - 0.25, X[1].max() + 0.25), xlabel=names[0], ylabel=names[1],
             title="Decision boundary W·x + b = 0")
    axes.legend(loc="upper left", fontsize="small")
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def network(path, names, W, b, title):
    figure, axes = plt.subplots(figsize=(8, 4.2), dpi=DPI)
    axes.set(xlim=(0, 10), ylim=(0, 5.25), aspect="equal", title=title)
    axes.axis("off")
    shown = list(enumerate(names))[:8]
    neuron = (7, 2.6)
    for index, (j, name) in enumerate(shown):
        at = (1.5, 4.5 - index * 4 / max(len(shown) - 1, 1) if len(shown) > 1 else 2.6)
        axes.add_patch(Circle(at, 0.35, facecolor="#e8eef7", edgecolor="black"))
        axes.text(*at, name, ha="center", va="center")
        color = "#1f77b4" if W[j] >= 0 else "#ff7f0e"
        axes.add_patch(FancyArrowPatch(at, neuron, arrowstyle="-|>", mutation_scale=14, shrinkA=14, shrinkB=28,
                                       linewidth=1 + 3 * min(abs(W[j]), 1), color=color))
        axes.text((at[0] + neuron[0]) / 2, (at[1] + neuron[1]) / 2 + 0.2, f"w{j + 1} = {W[j]:.4g}", ha="center")
    axes.add_patch(Circle(neuron, 0.7, facecolor="#fdf1e0", edgecolor="black"))
    axes.text(*neuron, "σ(z)", ha="center", va="center")
    axes.text(neuron[0], neuron[1] - 1.1, f"b = {b:.4g}", ha="center")
    axes.add_patch(FancyArrowPatch((7.7, 2.6), (9.6, 2.6), arrowstyle="-|>", mutation_scale=14))
    axes.text(8.7, 2.85, "ŷ", ha="center")
    figure.savefig(path)
    plt.close(figure)


def history_rows(log, first, last):
    """The rows of iterations first…last (1-based), as plain Python values for the template."""
    sl = slice(first - 1, last)
    z, s, e, yhat = (log[key][sl].tolist() for key in ("z", "s", "e", "yhat"))
    errors, mse, bce, db, b = (log[key][sl].tolist() for key in ("errors", "mse", "bce", "db", "b"))
    dw, w = log["dw"][sl].tolist(), log["w"][sl].tolist()
    changes = set(log["changes"])
    return [
        {"k": first + i, "yhat": " ".join(map(str, yhat[i])), "errors": errors[i], "mse": mse[i], "bce": bce[i],
         "dw": dw[i], "db": db[i], "w": w[i], "b": b[i], "changed": first + i in changes,
         "samples": list(zip(range(1, DETAILED_SAMPLES + 1), z[i], s[i], e[i]))}
        for i in range(last - first + 1)
    ]


def site(folder, X, y, names, log, other, settings, title):
    env = environment()
    N = len(log["b"])
    pages = (N + PER_PAGE - 1) // PER_PAGE
    (folder / "history").mkdir()
    page_template = env.get_template("page.html")
    index = []
    changes = np.array(log["changes"], dtype=np.int64)
    for page in range(1, pages + 1):
        first, last = (page - 1) * PER_PAGE + 1, min(page * PER_PAGE, N)
        html = page_template.render(title=title, root="../", page=page, pages=pages, first=first, last=last,
                                    names=names, rows=history_rows(log, first, last), total=N)
        (folder / "history" / f"page-{page:04d}.html").write_text(html)
        changed = int(np.count_nonzero((changes >= first) & (changes <= last)))
        index.append({"page": page, "first": first, "last": last, "from": int(log["errors"][first - 1]),
                      "to": int(log["errors"][last - 1]), "changed": changed})
    html = env.get_template("history.html").render(title=title, root="../", pages=index, total=N)
    (folder / "history" / "index.html").write_text(html)

    W0, b0 = np.array(settings["weights"]), settings["bias"]
    k_log = log["z"].shape[1]
    forward = [{"i": i + 1, "x": X[:, i].tolist(), "z": log["z"][0, i], "s": log["s"][0, i],
                "yhat": int(log["yhat"][0, i]), "y": int(y[0, i]), "e": log["e"][0, i]} for i in range(k_log)]
    final_z = log["w"][-1] @ X[:, :k_log] + log["b"][-1]
    result = [{"i": i + 1, "z": final_z[i], "yhat": int(1 / (1 + np.exp(-final_z[i])) >= settings["threshold"]),
               "y": int(y[0, i])} for i in range(k_log)]
    html = env.get_template("index.html").render(
        title=title, root="", settings=settings, summary=log["summary"], other=other, names=names, W0=W0.tolist(),
        b0=b0, n=X.shape[0], m=X.shape[1], samples=[(i + 1, X[:, i].tolist(), int(y[0, i])) for i in range(k_log)],
        forward=forward, dw=log["dw"][0].tolist(), db=log["db"][0], w1=log["w"][0].tolist(), b1=log["b"][0],
        changes=log["changes"][:50], result=result, pages=pages, has_boundary=X.shape[0] == 2)
    (folder / "index.html").write_text(html)
    (folder / "404.html").write_text(env.get_template("404.html").render(title=title, root=""))
    (folder / "assets").mkdir()
    (folder / "assets" / "style.css").write_text(env.get_template("style.css").render())
    (folder / ".nojekyll").write_text("")


def main(argv):
    args = parse_arguments(argv)
    X, y, names, dataset_name = load_dataset(args.dataset)
    n = X.shape[0]
    if args.weights:
        W0 = np.array([float(w) for w in args.weights.split(",")])
    else:
        W0 = np.array([0.4, 0.2]) if n == 2 else np.zeros(n)
    settings = {"weights": W0.tolist(), "bias": args.bias, "learningRate": args.learning_rate,
                "iterations": args.iterations, "rule": args.rule, "threshold": args.threshold}
    common = (X, y, W0, args.bias, args.learning_rate, args.iterations)
    log = train(*common, args.rule, args.threshold)
    other_rule = "logistic" if args.rule == "thresholded" else "thresholded"
    other = {"rule": other_rule, **train(*common, other_rule, args.threshold, log=False)}

    folder = Path(args.output)
    for sub in ("images", "data"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    title = f"Training a sigmoid neuron on {dataset_name}"
    charts(folder / "images", X, y, log, W0, args.bias, names)
    write_csv(folder / "data" / "history.csv", log, n)
    dataset = {"name": dataset_name, "featureNames": names, "samples": X.shape[1]}
    if X.shape[1] <= LOGGED_SAMPLES:
        dataset.update(features=X.tolist(), labels=y[0].tolist())
    write_json(folder / "data" / "history.json", log, settings, dataset, title)
    site(folder, X, y, names, log, other, settings, title)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
