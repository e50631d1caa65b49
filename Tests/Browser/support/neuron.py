"""The article's training loop in numpy, written here independently of nnreport, to recompute
every number the teaching sections print. As in the training goldens' reference, np.exp is
replaced by a correctly rounded exp: glibc's exp is off by one unit in the last place for a few
arguments, enough to flip a sample that sits on the boundary (XOR's run has such samples)."""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "TrainingTests", "Reference"))
from reference import np_exact_exp  # noqa: E402

GATES = {
    "and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0], "nor": [1, 0, 0, 0], "xor": [0, 1, 1, 0],
}


class Run:
    """A dataset X (n × m), labels y (1 × m) and the settings of a run."""

    def __init__(self, X, y, W, b, alpha=0.1, iterations=1000, rule="thresholded", T=0.5):
        self.X = np.array(X, dtype=float)
        self.y = np.array([y], dtype=float)
        self.W = np.array(W, dtype=float).reshape(-1, 1)
        self.b, self.alpha, self.iterations, self.rule, self.T = float(b), alpha, iterations, rule, T

    @staticmethod
    def gate(name, **settings):
        return Run([[0, 1, 0, 1], [0, 0, 1, 1]], GATES[name], **settings)

    @property
    def m(self):
        return self.X.shape[1]

    def forward(self, W, b):
        z = np.dot(W.T, self.X) + b
        s = 1 / (1 + np_exact_exp(-z))
        y_pred = np.array(s >= self.T, dtype="int64")
        return z[0], s[0], y_pred[0]

    def loss(self, W, b):
        _, s, _ = self.forward(W, b)
        y = self.y[0]
        return float(-np.mean(y * np.log(s) + (1 - y) * np.log(1 - s)))

    def step(self, W, b, rule=None):
        """One iteration from W, b: the forward pass, the error, dW, db and the new W, b."""
        rule = rule or self.rule
        z, s, y_pred = self.forward(W, b)
        e = (y_pred - self.y[0]) if rule == "thresholded" else (s - self.y[0])
        dW = np.dot(self.X, e) / self.m
        db = np.sum(e) / self.m
        return {"z": z, "s": s, "y_pred": y_pred, "e": e, "dW": dW, "db": db,
                "W": W - self.alpha * dW.reshape(-1, 1), "b": b - self.alpha * db,
                "errors": int(np.sum(y_pred != self.y[0]))}

    def train(self, iterations=None, W=None, b=None, alpha=None, rule=None):
        """Every iteration's step, from the run's start unless W, b are given."""
        saved = self.alpha
        if alpha is not None:
            self.alpha = alpha
        W = self.W if W is None else W
        b = self.b if b is None else b
        steps = []
        for _ in range(iterations or self.iterations):
            step = self.step(W, b, rule)
            steps.append(step)
            W, b = step["W"], step["b"]
            if not (np.all(np.isfinite(W)) and np.isfinite(b)):
                break
        self.alpha = saved
        return steps

    def numerical_gradient(self, h=1e-6):
        W, b = self.W, self.b
        gradient = []
        for j in range(W.shape[0]):
            up, down = W.copy(), W.copy()
            up[j] += h
            down[j] -= h
            gradient.append((self.loss(up, b) - self.loss(down, b)) / (2 * h))
        gradient.append((self.loss(W, b + h) - self.loss(W, b - h)) / (2 * h))
        return gradient
