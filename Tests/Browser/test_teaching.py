"""The teaching sections (the code beside the maths, the chain rule, the gradient check, the
exercises) recomputed with numpy from the data and the settings alone, for the default run, XOR,
the logistic rule and a three-feature CSV with another threshold; and how they behave in the
browser at 375 and 1280 px.
"""

import math
import os
import re
import tempfile

import numpy as np
import pytest

from conftest import ARTIFACTS
from support.neuron import Run
from support.sections import NUMBER, number, read_walkthrough, scalar, vector
from support.sites import Site

THREE_CSV = "a,b,c,label\n0.5,1,-1,1\n-1,0,0.75,0\n2,-0.5,0,1\n0.25,2,1,0\n1.5,1,-2,1\n0,0.5,0.5,0\n"

RUNS = {
    "default": ([], lambda: Run.gate("and", W=[0.4, 0.2], b=1)),
    "xor": (["--dataset", "xor"], lambda: Run.gate("xor", W=[0.4, 0.2], b=1)),
    "logistic": (["--rule", "logistic"], lambda: Run.gate("and", W=[0.4, 0.2], b=1, rule="logistic")),
    "three": (
        ["--dataset", "THREE", "--weights", "0.3,-0.2,0.1", "--bias", "0.5", "--threshold", "0.6",
         "--iterations", "300", "--learning-rate", "0.5"],
        lambda: Run([[0.5, -1, 2, 0.25, 1.5, 0], [1, 0, -0.5, 2, 1, 0.5], [-1, 0.75, 0, 1, -2, 0.5]],
                    [1, 0, 1, 0, 1, 0], W=[0.3, -0.2, 0.1], b=0.5, alpha=0.5, iterations=300, T=0.6)),
}


@pytest.fixture(scope="module")
def pages(request):
    """The walkthrough of each run, read back section by section."""
    binary = os.path.abspath(request.config.getoption("--nnreport"))
    root = tempfile.mkdtemp(prefix="nnreport-teaching-")
    csv = os.path.join(root, "three.csv")
    with open(csv, "w", encoding="utf-8") as file:
        file.write(THREE_CSV)
    read = {}
    for name, (arguments, _) in RUNS.items():
        arguments = [csv if a == "THREE" else a for a in arguments]
        site = Site(name, os.path.join(root, name), arguments).generate(binary)
        read[name] = (site, read_walkthrough(site.path("index.html")))
    return read


def close(shown, value, what):
    """`shown` is `value` as the page rounds it: four decimals, or four significant digits."""
    value = float(value)
    size = abs(value)
    tolerance = 0.5e-4 + 1e-12 if 1e-4 <= size < 1e6 else 5e-4 * size + 1e-300
    if size < 1e-4 and shown == 0:
        tolerance = 1e-300
    assert abs(shown - value) <= tolerance, f"{what}: the page shows {shown}, numpy gives {value}"


def close_all(shown, values, what):
    values = list(np.ravel(values))
    assert len(shown) <= len(values), f"{what}: {len(shown)} numbers shown, {len(values)} computed"
    for index, item in enumerate(shown):
        close(item, values[index], f"{what}[{index + 1}]")


@pytest.mark.parametrize("name", RUNS)
def test_the_code_table_is_iteration_one(pages, name):
    run = RUNS[name][1]()
    step = run.step(run.W, run.b)
    table = pages[name][1]["code"].table("Each vector")
    cells = {row[0]: row[-1] for row in table["rows"][1:]}
    assert list(cells) == ["start", "z", "s", "ŷ", "e", "dW", "db", "W", "b"]
    for key, symbol, values in (("z", "z", step["z"]), ("s", "s", step["s"]), ("ŷ", "ŷ", step["y_pred"]),
                                ("e", "e", step["e"]), ("dW", "dW", step["dW"]), ("W", "W", step["W"])):
        shown, cut = vector(cells[key], symbol)
        close_all(shown, values, f"{name}: {symbol} of iteration 1")
        assert cut == (len(shown) < len(np.ravel(values)))
    close(scalar(cells["db"], "db"), step["db"], f"{name}: db")
    close(scalar(cells["b"], "b"), step["b"], f"{name}: b after iteration 1")
    code = {row[0]: row[1] for row in table["rows"][1:]}
    error = "y_pred - y" if run.rule == "thresholded" else "s - y"
    assert code["dW"].endswith(f"dW = np.dot(x, ({error}).T) / m")
    assert f">= {run.T:g}" in code["ŷ"]


@pytest.mark.parametrize("name", RUNS)
def test_the_chain_rule_is_recomputed(pages, name):
    run = RUNS[name][1]()
    section = pages[name][1]["chain"]
    _, s, y_pred = run.forward(run.W, run.b)
    y, x = run.y[0], run.X[0]
    rows = section.table("The three factors")["rows"][1:]
    assert len(rows) == min(run.m, 8)
    for i, row in enumerate(rows):
        sample, s_shown, y_shown, by_s, slope, x_shown, product = row
        assert int(sample) == i + 1 and int(y_shown) == y[i]
        close(number(s_shown), s[i], f"{name}: s of sample {i + 1}")
        close(number(by_s), (s[i] - y[i]) / (run.m * s[i] * (1 - s[i])), f"{name}: ∂L/∂s of sample {i + 1}")
        close(number(slope), s[i] * (1 - s[i]), f"{name}: σ′ of sample {i + 1}")
        close(number(x_shown), x[i], f"{name}: x₁ of sample {i + 1}")
        close(number(product), (s[i] - y[i]) * x[i] / run.m, f"{name}: product of sample {i + 1}")
    close(scalar(section.paragraph("Summed over"), "∂L/∂w₁"), np.dot(x, s - y) / run.m, f"{name}: ∂L/∂w₁")
    factors = section.table("The factor each rule")["rows"][1:]
    for i, row in enumerate(factors):
        close(number(row[1]), s[i] - y[i], f"{name}: s − y of sample {i + 1}")
        close(number(row[2]), y_pred[i] - y[i], f"{name}: ŷ − y of sample {i + 1}")


@pytest.mark.parametrize("name", RUNS)
def test_the_gradient_check_is_recomputed(pages, name):
    run = RUNS[name][1]()
    section = pages[name][1]["chain"]
    numerical = run.numerical_gradient()
    logistic = run.step(run.W, run.b, "logistic")
    thresholded = run.step(run.W, run.b, "thresholded")
    rows = section.table("The gradient of L")["rows"][1:]
    assert [row[0] for row in rows] == [f"∂L/∂w{chr(0x2080 + j + 1)}" for j in range(run.W.shape[0])] + ["∂L/∂b"]
    for index, row in enumerate(rows):
        _, shown_numerical, shown_logistic, logistic_difference, shown_thresholded, thresholded_difference = row
        analytic = list(logistic["dW"]) + [logistic["db"]]
        perceptron = list(thresholded["dW"]) + [thresholded["db"]]
        # Both sides are difference quotients with h = 1e-6: they agree to about 1e-9.
        assert abs(number(shown_numerical) - numerical[index]) <= 1e-8 * max(1, abs(numerical[index])), row
        assert abs(number(shown_logistic) - analytic[index]) <= 1e-13 * max(1, abs(analytic[index])), row
        assert number(shown_thresholded) == pytest.approx(perceptron[index], rel=1e-13, abs=1e-15), row
        for shown, step in ((logistic_difference, analytic[index]), (thresholded_difference, perceptron[index])):
            size = max(abs(step), abs(numerical[index]))
            expected = 0 if size == 0 else abs(step - numerical[index]) / size
            if expected > 1e-6:
                close(number(shown), expected, f"{name}: relative difference in {row[0]}")
            else:
                assert number(shown) < 1e-6, row
    verdict = section.paragraph("The logistic rule's step")
    assert "agrees with the finite differences" in verdict
    perceptron_agrees = all(
        abs(a - b) <= 1e-6 * max(abs(a), abs(b)) for a, b in
        zip(list(thresholded["dW"]) + [thresholded["db"]], numerical))
    assert ("it is not the gradient of L" in verdict) == (not perceptron_agrees)


def answer(section, title):
    for heading, paragraphs in zip(section.headings, section.answers):
        if title in heading:
            return paragraphs
    return None


@pytest.mark.parametrize("name", RUNS)
def test_iteration_two_by_hand_is_recomputed(pages, name):
    run = RUNS[name][1]()
    second = run.train(2)[1]
    paragraphs = answer(pages[name][1]["exercises"], "Iteration 2 by hand")
    assert paragraphs is not None
    first, last = paragraphs[0], paragraphs[1]
    for symbol, key in (("z", "z"), ("s", "s"), ("ŷ", "y_pred"), ("e", "e")):
        close_all(vector(first, symbol)[0], second[key], f"{name}: {symbol} of iteration 2")
    assert f"{second['errors']} of the {run.m} samples wrong" in first
    close_all(vector(last, "dW")[0], second["dW"], f"{name}: dW of iteration 2")
    close(scalar(last, "db"), second["db"], f"{name}: db of iteration 2")
    close_all(vector(last.split(", so ")[1], "W")[0], second["W"], f"{name}: W after iteration 2")
    close(scalar(last.split(", so ")[1], "and b"), second["b"], f"{name}: b after iteration 2")


@pytest.mark.parametrize("name", RUNS)
def test_the_inequalities_and_their_solution_are_recomputed(pages, name):
    run = RUNS[name][1]()
    level = math.log(run.T / (1 - run.T))
    paragraphs = answer(pages[name][1]["exercises"], "A line for")
    assert paragraphs is not None and len(paragraphs) == run.m + 1
    for i, text in enumerate(paragraphs[:-1]):
        label = int(run.y[0][i])
        assert text.startswith(f"Sample {i + 1}, ") and f"label {label}:" in text
        sign, shown_level = text.rstrip(".").rsplit(" ", 2)[-2:]
        assert sign == ("≥" if label == 1 else "<")
        close(number(shown_level), level, f"{name}: the level of sample {i + 1}")
    solution = paragraphs[-1]
    ends = {"this run": run.rule, f"the {other(run.rule)} run": other(run.rule)}
    found = [rule for phrase, rule in ends.items() if f"end of {phrase}" in solution]
    for rule in found[:1]:
        steps = run.train(rule=rule)
        z = np.dot(steps[-1]["W"].T, run.X)[0] + steps[-1]["b"]
        close_all(parse_list(solution), z, f"{name}: z of the solution")
        assert all((value >= level) == (label == 1) for value, label in zip(z, run.y[0]))
    if not found:
        assert solution.startswith("Neither rule found")
        for rule in (run.rule, other(run.rule)):
            steps = run.train(rule=rule)
            _, _, final = run.forward(steps[-1]["W"], steps[-1]["b"])
            assert np.any(final != run.y[0]), f"{name}: the {rule} run classifies all, but the page says neither"


def parse_list(text):
    """The list after "is [" in a solution sentence."""
    start = text.index(" is [") + 5
    return [number(item) for item in text[start:text.index("]", start)].split(", ")]


def other(rule):
    return "logistic" if rule == "thresholded" else "thresholded"


@pytest.mark.parametrize("name", RUNS)
def test_the_xor_contradiction_uses_the_runs_threshold(pages, name):
    run = RUNS[name][1]()
    level = math.log(run.T / (1 - run.T))
    paragraphs = answer(pages[name][1]["exercises"], "Why no line separates XOR")
    assert paragraphs is not None
    shown = re.match(r"\(0, 0\) → 0: b < (" + NUMBER + r")\. ", paragraphs[0])
    assert shown, paragraphs[0]
    close(number(shown.group(1)), level, f"{name}: XOR's level")
    if name == "xor":
        errors = [step["errors"] for step in run.train()]
        best = min(errors)
        assert f"its best iteration, {errors.index(best) + 1:,}, still had {best} of the 4 samples wrong" \
            in paragraphs[-1]


@pytest.mark.parametrize("name", RUNS)
def test_the_rate_exercise_is_recomputed(pages, name):
    run = RUNS[name][1]()
    paragraphs = answer(pages[name][1]["exercises"], "larger learning rate")
    assert paragraphs is not None
    iterations = min(run.iterations, max(1, 5_000_000 // (run.m * run.W.shape[0])))
    zero = np.zeros_like(run.W)
    small = run.train(iterations, W=zero, b=0.0, alpha=0.1, rule="thresholded")
    large = run.train(iterations, W=zero, b=0.0, alpha=50.0, rule="thresholded")
    differing = [k + 1 for k, (a, b) in enumerate(zip(small, large)) if np.any(a["y_pred"] != b["y_pred"])]
    text = paragraphs[-1]
    assert f"Run both ways here for {iterations:,} iteration" in text
    if differing:
        assert f"first differed in iteration {differing[0]:,}" in text
    else:
        assert "no prediction ever differed" in text
    assert paragraphs[0].startswith("Only in scale") == (run.T == 0.5)


@pytest.mark.parametrize("name", RUNS)
def test_the_other_rules_first_step_is_recomputed(pages, name):
    run = RUNS[name][1]()
    rule = other(run.rule)
    theirs = run.step(run.W, run.b, rule)
    ours = run.step(run.W, run.b)
    paragraphs = answer(pages[name][1]["exercises"], f"The {rule} rule's first step")
    assert paragraphs is not None
    close_all(vector(paragraphs[0], "s")[0], theirs["s"], f"{name}: s")
    close_all(vector(paragraphs[0], "ŷ")[0], theirs["y_pred"], f"{name}: ŷ")
    close_all(vector(paragraphs[0].split("So e = ")[1], "y")[0], theirs["e"], f"{name}: e under the {rule} rule")
    dW = vector(paragraphs[1], "dW")[0]
    close_all(dW, theirs["dW"], f"{name}: dW under the {rule} rule")
    close(scalar(paragraphs[1], "db"), theirs["db"], f"{name}: db under the {rule} rule")
    first, second = paragraphs[1].split("against")
    close_all(vector(first, "so W")[0], theirs["W"], f"{name}: W under the {rule} rule")
    close_all(vector(second, "W")[0], ours["W"], f"{name}: W of this run")
    close(scalar(second, "b"), ours["b"], f"{name}: b of this run")


# In the browser: answers open without any script, and the code rows stack on a phone.

ROW_LAYOUT = """
var rows = document.querySelectorAll('table.code-maths tbody tr');
return Array.prototype.map.call(rows, function (row) {
    return Array.prototype.map.call(row.querySelectorAll('td'), function (cell) {
        var box = cell.getBoundingClientRect();
        return {top: box.top, left: box.left, width: box.width};
    });
});
"""


@pytest.mark.parametrize("width,mobile", [(375, True), (1280, False)])
def test_code_formula_and_numbers_share_a_row_or_stack(pages, fresh_browser, width, mobile):
    site = pages["default"][0]
    fresh_browser.set_viewport(width, 900, mobile=mobile)
    fresh_browser.driver.get(site.file_url("index.html") + "#code")
    rows = fresh_browser.script(ROW_LAYOUT)
    assert len(rows) == 9
    for cells in rows:
        tops = [cell["top"] for cell in cells]
        if width == 1280:
            assert max(tops) - min(tops) < 1, f"at {width} px the cells of a row start at {tops}"
        else:
            assert tops == sorted(tops) and len(set(round(t) for t in tops)) == 3, \
                f"at {width} px the code, formula and numbers should stack: tops {tops}"
    fresh_browser.screenshot(os.path.join(ARTIFACTS, f"teaching-code-{width}.png"), max_height=16000)


@pytest.mark.parametrize("width,mobile", [(375, True), (1280, False)])
def test_answers_open_without_script(pages, fresh_browser, width, mobile):
    fresh_browser.set_javascript(False)
    site = pages["default"][0]
    fresh_browser.set_viewport(width, 900, mobile=mobile)
    fresh_browser.driver.get(site.file_url("index.html") + "#exercises")
    count = fresh_browser.script("return document.querySelectorAll('#exercises ~ .exercise details').length;")
    assert count == 5
    hidden = fresh_browser.script(
        "var d = document.querySelector('.exercise details');"
        "return d.open || d.querySelector('p').checkVisibility();")
    assert not hidden, "an answer is visible before it is opened"
    opened = fresh_browser.script(
        "var d = document.querySelector('.exercise details'); d.querySelector('summary').click();"
        "return d.open && d.querySelector('p').checkVisibility();")
    assert opened, "clicking Answer does not show the answer without a script"
