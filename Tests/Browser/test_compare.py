"""The comparison site of `nnreport compare` (the issue's grid: three learning rates by two rules):
links into every run and back, the table sorted by its script and in declared order without it,
the layout at 375 and 1280 px, chart labels of at least 11 CSS px, and axe-core on its pages.
The checks every site gets (console, requests, links, Nu checker) run on it in the other files.
"""

import json
import os

import pytest

from conftest import ARTIFACTS, COMPARE_RUNS, NOTES
from support.findings import findings
from test_layout import CHART_TEXT, OVERFLOW
from test_validity import run_axe

ROWS = """
return Array.prototype.map.call(document.querySelectorAll('table.runs tbody tr'), function (row) {
    return row.cells[0].getAttribute('data-sort');
});
"""
SORT_STATE = """
var headers = document.querySelectorAll('table.runs thead th');
return {buttons: document.querySelectorAll('table.runs thead button.sort').length, headers: headers.length,
        sorted: Array.prototype.map.call(headers, function (h) { return h.getAttribute('aria-sort'); })};
"""
COLUMN = """
var column = arguments[0];
return Array.prototype.map.call(document.querySelectorAll('table.runs tbody tr'), function (row) {
    return row.cells[column].getAttribute('data-sort');
});
"""
HEADERS = """
return Array.prototype.map.call(document.querySelectorAll('table.runs thead th'), function (h) { return h.textContent; });
"""


def compare_site(sites):
    return sites.multi["compare"]


def test_the_comparison_links_into_every_run_and_every_run_back(sites):
    site = compare_site(sites)
    index = site.index("index.html")
    links = {value for tag, attribute, value, _ in index.references if tag == "a"}
    missing = [name for name in COMPARE_RUNS if f"runs/{name}/index.html" not in links]
    assert not missing, findings("index.html of the comparison", "runs without a link", missing)
    problems = []
    for name in COMPARE_RUNS:
        for page in [p for p in site.html_pages() if p.startswith(f"runs/{name}/") and not p.endswith("404.html")]:
            back = [v for tag, _, v, _ in site.index(page).references
                    if tag == "a" and site.resolve(page, v)[0] == "index.html"]
            if not back:
                problems.append(f"{page} has no link back to the comparison")
    assert not problems, findings("the runs' pages", "missing links back up", problems)


def open_compare(browser, sites, page, width=1280, height=900, mobile=False):
    browser.set_viewport(width, height, mobile=mobile, scale=1)
    browser.driver.get(sites.base_url("http", compare_site(sites)) + page)
    browser.load_images()
    browser.script("window.scrollTo(0, 0);")


def test_the_script_sorts_by_any_column_and_back(sites, fresh_browser):
    browser = fresh_browser
    open_compare(browser, sites, "index.html")
    state = browser.script(SORT_STATE)
    assert state["buttons"] == state["headers"] >= 9, f"every header should get a sort button: {state}"
    headers = browser.script(HEADERS)
    column = next(i for i, text in enumerate(headers) if text.startswith("All right from iteration"))
    buttons = browser.driver.find_elements("css selector", "table.runs thead button.sort")
    buttons[column].click()
    keys = browser.script(COLUMN, column)
    numbers = [float(k) for k in keys if k != ""]
    assert numbers == sorted(numbers) and keys[len(numbers):] == [""] * (len(keys) - len(numbers)), \
        f"ascending by all-right iteration, runs that never got there last: {keys}"
    assert browser.script(SORT_STATE)["sorted"][column] == "ascending"
    buttons[column].click()
    keys = browser.script(COLUMN, column)
    numbers = [float(k) for k in keys if k != ""]
    assert numbers == sorted(numbers, reverse=True) and keys[-1] == "", f"descending, blanks still last: {keys}"
    buttons[0].click()
    by_name = browser.script(ROWS)
    # Numbers in names compare as numbers: the runs at rate 1 come last.
    assert sorted(by_name) == sorted(COMPARE_RUNS) and set(by_name[-2:]) == set(COMPARE_RUNS[4:]), \
        f"sorted by name: {by_name}"
    buttons[0].click()
    assert browser.script(ROWS) == by_name[::-1], "a second click reverses the order"
    browser.screenshot(os.path.join(ARTIFACTS, "compare-index-sorted-1280.png"), max_height=4000)


def test_without_scripts_the_table_keeps_the_declared_order(sites, fresh_browser):
    browser = fresh_browser
    browser.set_javascript(False)
    open_compare(browser, sites, "index.html")
    assert browser.driver.find_elements("css selector", "table.runs thead button") == []
    names = [cell.get_attribute("data-sort") for cell in
             browser.driver.find_elements("css selector", "table.runs tbody th")]
    assert names == COMPARE_RUNS


PAGES = ["index.html", "compare/pairs.html", "compare/settings.html"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("width,mobile", [(375, True), (1280, False)])
def test_the_layout_holds_at_375_and_1280_px(sites, fresh_browser, page, width, mobile):
    browser = fresh_browser
    open_compare(browser, sites, page, width, 900, mobile)
    layout = browser.script(OVERFLOW, width)
    name = page.replace("/", "-").replace(".html", "")
    browser.screenshot(os.path.join(ARTIFACTS, f"compare-{name}-{width}.png"), max_height=16000)
    subject = f"{page} of the comparison at {width} px"
    too_wide = max(layout["documentWidth"], layout["bodyWidth"]) > width
    assert layout["viewport"] == width and not too_wide and not layout["offenders"], findings(
        subject, f"wider than the screen (document {layout['documentWidth']} px)", layout["offenders"])
    stuck = [b["label"] for b in layout["boxes"] if b["overflowX"] not in ("auto", "scroll")]
    assert not stuck, findings(subject, "table boxes that cannot scroll", stuck)
    assert layout["widestImage"] <= 800.5, f"{subject}: an image is {layout['widestImage']:.0f} px wide"
    if not mobile:
        limit = layout["mainMaxWidth"]
        assert limit * 0.99 <= layout["mainWidth"] <= limit + 1, \
            f"{subject}: the content is {layout['mainWidth']:.0f} px wide, its measure is {limit} px"


@pytest.mark.parametrize("width,mobile", [(375, True), (1280, False)])
def test_every_comparison_chart_label_is_at_least_11_css_px(sites, fresh_browser, width, mobile):
    open_compare(fresh_browser, sites, "index.html", width, 900, mobile)
    charts = fresh_browser.script(CHART_TEXT)
    assert len(charts) == 5, f"expected the 5 overlay charts (loss, errors, w1, w2, b), found {len(charts)}"
    small = [f"{c['src']}: {c['px']:.1f} px" for c in charts if c["px"] < 11]
    assert not small, findings(f"the comparison at {width} px", "charts whose smallest text is under 11 px", small)


@pytest.fixture(scope="module")
def axe_script():
    from support.nu import package_file
    with open(package_file("axe_playwright_python", "axe.min.js"), encoding="utf-8") as file:
        return file.read()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_serious_violation_in_the_comparison(sites, fresh_browser, axe_script, page, scheme):
    browser = fresh_browser
    browser.set_color_scheme(scheme)
    open_compare(browser, sites, page)
    browser.script(axe_script)
    result = run_axe(browser, "html", {"resultTypes": ["violations"]})
    subject = f"{page} of the comparison ({scheme} theme)"
    with open(os.path.join(ARTIFACTS, f"axe-compare-{page.replace('/', '-')}-{scheme}.json"), "w") as file:
        json.dump(result["violations"], file, indent=1)
    serious = []
    for violation in result["violations"]:
        line = f"{violation['id']} ({violation['impact']}): {violation['help']}"
        if violation["impact"] in ("serious", "critical"):
            serious.append(line)
        else:
            NOTES.append(f"axe on {subject}: {line}")
    assert not serious, findings(subject, "serious or critical accessibility violations", serious)


@pytest.mark.parametrize("width,mobile", [(375, True), (1280, False)])
def test_a_comparison_of_networks_names_them_and_fits(sites, fresh_browser, width, mobile):
    """A single neuron beside two networks: the table names each network instead of a W, the W and
    b charts draw the neuron only and say so, and the page fits the screen."""
    browser = fresh_browser
    browser.set_viewport(width, 900, mobile=mobile, scale=1)
    browser.driver.get(sites.base_url("http", sites.multi["compare-networks"]) + "index.html")
    browser.load_images()
    layout = browser.script(OVERFLOW, width)
    browser.screenshot(os.path.join(ARTIFACTS, f"compare-networks-{width}.png"), max_height=16000)
    too_wide = max(layout["documentWidth"], layout["bodyWidth"]) > width
    assert not too_wide and not layout["offenders"], findings(
        f"the comparison of networks at {width} px", "wider than the screen", layout["offenders"])
    text = browser.script("return document.body.innerText;")
    assert "networks of 3 shapes (2-1, 2-2-1 and 2-3-2-1, inputs to output)" in text
    assert "2-3-2-1 network: every layer in its report" in text
    alts = browser.script("return Array.prototype.map.call(document.images, function (i) { return i.alt; });")
    left_out = [alt for alt in alts if "Not drawn: net and deep, with hidden layers" in alt]
    assert len(left_out) == 3, f"the w1, w2 and b charts should name the runs they leave out: {alts}"
    charts = browser.script(CHART_TEXT)
    small = [f"{c['src']}: {c['px']:.1f} px" for c in charts if c["px"] < 11]
    assert not small, findings(f"the comparison of networks at {width} px", "charts whose smallest text is under 11 px", small)
