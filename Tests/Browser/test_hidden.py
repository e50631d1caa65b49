"""The site of a network with hidden layers (XOR, 2-2-1, seed 1): iteration 1's forward and
backward pass of every layer recomputed with numpy from the initial values in history.json, against
the CSV and the numbers the walkthrough shows.
"""

import csv
import json
import re
from html.parser import HTMLParser

import numpy as np

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def shown_number(text):
    """A number as the pages show it: '0.0038', '−1.382 × 10⁻⁵'."""
    text = text.strip().replace("−", "-")
    match = re.fullmatch(r"(-?[0-9.]+)(?: × 10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))?", text)
    assert match, f"not a shown number: {text!r}"
    value = float(match.group(1))
    if match.group(2):
        value *= 10.0 ** int(match.group(2).translate(SUPERSCRIPTS))
    return value


class Tables(HTMLParser):
    """Every table's caption and its rows of cell texts."""

    def __init__(self, text):
        super().__init__()
        self.tables, self.cell, self.row, self.caption = [], None, None, None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": "", "rows": []})
        elif tag == "caption":
            self.caption = ""
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "caption":
            self.tables[-1]["caption"], self.caption = self.caption, None
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.caption is not None:
            self.caption += data
        if self.cell is not None:
            self.cell += data


def iteration_one(site):
    """numpy's forward and backward pass of iteration 1 (the logistic rule), and the CSV's row 1."""
    with open(site.path("data/history.json"), encoding="utf-8") as file:
        history = json.load(file)
    layers = history["network"]["initial"]
    X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]], dtype=float)
    y = np.array([[0, 1, 1, 0]], dtype=float)
    m = X.shape[1]
    A = [X]
    for layer in layers:
        W, b = np.array(layer["w"], dtype=float), np.array(layer["b"], dtype=float).reshape(-1, 1)
        A.append(1 / (1 + np.exp(-(W.T @ A[-1] + b))))
    delta = A[-1] - y
    grads = []
    for index in range(len(layers) - 1, -1, -1):
        grads.insert(0, (A[index] @ delta.T / m, delta.sum(axis=1) / m))
        if index > 0:
            W = np.array(layers[index]["w"], dtype=float)
            delta = (W @ delta) * A[index] * (1 - A[index])
    with open(site.path("data/history.csv"), encoding="utf-8") as file:
        row = next(csv.DictReader(file))
    return A, grads, row


def test_iteration_one_of_every_layer_is_numpys(sites):
    A, grads, row = iteration_one(sites.multi["hidden"])
    assert len(grads) == 2
    for u in range(2):
        for i in range(4):
            assert np.isclose(float(row[f"l1_a_{u + 1}_{i + 1}"]), A[1][u, i], rtol=1e-12, atol=0)
    for i in range(4):
        assert np.isclose(float(row[f"s{i + 1}"]), A[2][0, i], rtol=1e-12, atol=0)
    for l, (dW, db) in enumerate(grads, start=1):
        for j in range(dW.shape[0]):
            for u in range(dW.shape[1]):
                assert np.isclose(float(row[f"l{l}_dw_{j + 1}_{u + 1}"]), dW[j, u], rtol=1e-12, atol=1e-17), (l, j, u)
        for u in range(db.shape[0]):
            assert np.isclose(float(row[f"l{l}_db_{u + 1}"]), db[u], rtol=1e-12, atol=1e-17), (l, u)


def test_the_walkthrough_shows_numpys_iteration_one(sites):
    site = sites.multi["hidden"]
    A, grads, _ = iteration_one(site)
    with open(site.path("index.html"), encoding="utf-8") as file:
        html = file.read()
    tables = Tables(html).tables

    def close(shown, value):
        return abs(shown_number(shown) - value) <= 0.5e-4 + 1e-3 * abs(value)

    for l, (dW, db) in enumerate(grads, start=1):
        mark = "⁽" + "⁰¹²³⁴⁵⁶⁷⁸⁹"[l] + "⁾"
        table = next(t for t in tables if t["caption"].startswith(f"dW{mark} and db{mark} of iteration 1"))
        body = table["rows"][1:]
        for j in range(dW.shape[0]):
            for u in range(dW.shape[1]):
                assert close(body[j][1 + u], dW[j, u]), (l, j, u, body[j][1 + u], dW[j, u])
        for u in range(db.shape[0]):
            assert close(body[-1][1 + u], db[u]), (l, u)
    forward = next(t for t in tables if t["caption"].startswith("Iteration 1, hidden layer 1"))
    for sample, unit, _, activation in forward["rows"][1:]:
        value = A[1][int(unit) - 1, int(sample) - 1]
        assert close(activation.rsplit("=", 1)[1], value), (sample, unit, activation, value)
    output = next(t for t in tables if t["caption"].startswith("Iteration 1, the output layer"))
    for sample, _, _, activation in output["rows"][1:]:
        s = activation.split(";")[0].rsplit("=", 1)[1]
        assert close(s, A[2][0, int(sample) - 1]), (sample, activation)


def test_the_walkthrough_never_scrolls_sideways(sites, fresh_browser):
    """The chain rule's lines of arithmetic wrap inside the column at 1280 px and on a phone."""
    site = sites.multi["hidden"]
    for width, mobile in ((1280, False), (375, True)):
        fresh_browser.set_viewport(width, 900, mobile=mobile, scale=1)
        fresh_browser.driver.get(sites.base_url("http", site) + "index.html")
        fresh_browser.script("window.scrollTo(0, 0);")
        document, viewport = fresh_browser.script(
            "return [document.documentElement.scrollWidth, window.innerWidth];")
        assert document <= viewport, f"index.html is {document} px wide at {width} px"
        wide = fresh_browser.script(
            "return [...document.querySelectorAll('p.arithmetic, li.arithmetic')]"
            ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 60));")
        assert not wide, f"lines wider than their column at {width} px: {wide}"
