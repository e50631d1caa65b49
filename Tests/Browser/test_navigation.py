"""Check 4: jumping to an iteration, the history page's script conveniences, and the pages
without JavaScript.
"""

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from support.findings import findings

ROW_FACTS = """
var rows = Array.prototype.slice.call(document.querySelector('table.history').tBodies[0].rows);
return {ids: rows.map(function (r) { return r.id; }),
        visible: rows.filter(function (r) { return r.offsetParent !== null; }).map(function (r) { return r.id; }),
        changed: rows.filter(function (r) { return r.classList.contains('changed'); }).map(function (r) { return r.id; }),
        formHidden: document.getElementById('jump').hidden,
        first: +document.querySelector('table.history').dataset.first};
"""


def base(sites, mode="http"):
    return sites.base_url(mode, sites.multi["run-2500"])


def assert_row_in_view(browser, row, context):
    scroll = browser.script("""
        var row = document.getElementById(arguments[0]);
        var box = row ? row.getBoundingClientRect() : null;
        var target = document.querySelector(':target');
        return {exists: !!row, top: box && box.top, bottom: box && box.bottom, height: innerHeight,
                scrollY: scrollY, target: target && target.id, url: location.href};""", row)
    assert scroll["exists"], f"{context}: no row {row} on {scroll['url']}"
    assert scroll["target"] == row, f"{context}: :target is {scroll['target']!r}, expected {row}"
    assert scroll["scrollY"] > 0 and -1 <= scroll["top"] and scroll["bottom"] <= scroll["height"] + 1, (
        f"{context}: row {row} is not in view: its box is {scroll['top']:.0f}..{scroll['bottom']:.0f} "
        f"in a viewport of {scroll['height']} px, scrollY {scroll['scrollY']}")


@pytest.mark.parametrize("mode", ["file", "http"])
@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_a_fragment_scrolls_its_row_into_view(sites, fresh_browser, mode, javascript):
    fresh_browser.set_javascript(javascript)
    fresh_browser.driver.get(base(sites, mode) + "history/page-0001.html#it-26")
    assert_row_in_view(fresh_browser, "it-26", f"history/page-0001.html#it-26 over {mode}")


def wait_for_url(browser, ending, context):
    try:
        WebDriverWait(browser.driver, 10).until(lambda d: d.current_url.endswith(ending))
    except TimeoutException:
        raise AssertionError(f"{context}: after 10 s the address is {browser.driver.current_url}, "
                             f"expected it to end with {ending}") from None


def jump(browser, iteration):
    field = browser.driver.find_element(By.ID, "jump-to")
    field.clear()
    field.send_keys(str(iteration))
    browser.driver.find_element(By.CSS_SELECTOR, "#jump button[type=submit]").click()


@pytest.mark.parametrize("mode", ["file", "http"])
def test_the_jump_box_opens_the_page_of_an_iteration(sites, fresh_browser, mode):
    browser = fresh_browser
    browser.driver.get(base(sites, mode) + "history/page-0001.html")
    assert browser.script("return document.getElementById('jump').hidden;") is False, \
        "history/page-0001.html: the jump form stays hidden although scripts run"
    jump(browser, 2345)
    wait_for_url(browser, "page-0003.html#it-2345", f"jump box on page-0001 over {mode}, iteration 2345")
    assert_row_in_view(browser, "it-2345", f"jump box on page-0001 over {mode}, iteration 2345")
    jump(browser, 2001)
    wait_for_url(browser, "page-0003.html#it-2001", f"jump box on page-0003 over {mode}, iteration 2001")
    assert_row_in_view(browser, "it-2001", f"jump box on page-0003 over {mode}, iteration 2001")


@pytest.mark.parametrize("value", ["0", "2501", "-3"])
def test_the_jump_box_refuses_an_iteration_out_of_range(sites, fresh_browser, value):
    browser = fresh_browser
    url = base(sites) + "history/page-0002.html"
    browser.driver.get(url)
    jump(browser, value)
    message = browser.script("return document.getElementById('jump-to').validationMessage;")
    assert browser.driver.current_url == url, f"jump to {value} left the page for {browser.driver.current_url}"
    assert message, f"jump to {value}: the field shows no validation message"


def test_only_changes_shows_exactly_the_changed_rows(sites, fresh_browser):
    browser = fresh_browser
    browser.driver.get(base(sites) + "history/page-0001.html")
    before = browser.script(ROW_FACTS)
    assert before["changed"], "history/page-0001.html marks no row as changed, though predictions change"
    browser.driver.find_element(By.ID, "only-changes").click()
    filtered = browser.script(ROW_FACTS)
    shown_as_expected = filtered["visible"] == filtered["changed"]
    assert shown_as_expected, findings(
        "history/page-0001.html with 'only changes' ticked", "rows shown that did not change, or hidden that did",
        sorted(set(filtered["visible"]) ^ set(filtered["changed"])))
    browser.driver.find_element(By.ID, "only-changes").click()
    restored = browser.script(ROW_FACTS)
    all_shown = restored["visible"] == restored["ids"]
    assert all_shown, "unticking 'only changes' did not show every row again"


@pytest.mark.parametrize("page,first,last", [("history/page-0001.html", 1, 1000),
                                             ("history/page-0003.html", 2001, 2500)])
def test_a_history_page_is_complete_without_javascript(sites, fresh_browser, page, first, last):
    browser = fresh_browser
    browser.set_javascript(False)
    browser.driver.get(base(sites) + page)
    rows = browser.script(ROW_FACTS)
    expected = [f"it-{k}" for k in range(first, last + 1)]
    complete = rows["ids"] == expected
    assert complete, f"{page} without scripts: rows {rows['ids'][:3]}...{rows['ids'][-3:]}, " \
        f"expected it-{first}..it-{last}"
    all_visible = rows["visible"] == expected
    assert all_visible, f"{page} without scripts: {len(expected) - len(rows['visible'])} rows hidden"
    assert rows["formHidden"] is True, f"{page} without scripts shows the jump form, which cannot work"
    details = browser.script("return Array.prototype.filter.call(document.querySelector('table.history')"
                             ".tBodies[0].rows, function (r) { return r.querySelector('details'); }).length;")
    assert details == len(expected), f"{page}: {details} forward-pass details for {len(expected)} rows"


def test_the_walkthrough_is_complete_without_javascript(sites, fresh_browser):
    browser = fresh_browser
    browser.set_javascript(False)
    visit = browser.visit(base(sites) + "index.html")
    facts = visit.facts
    broken = [image["src"] for image in facts["images"] if image["naturalWidth"] == 0]
    flat = [math["text"] for math in facts["maths"] if "math" not in math["display"] or math["height"] <= 0]
    assert facts["images"] and not broken, findings("index.html without scripts", "images not decoded", broken)
    assert facts["maths"] and not flat, findings("index.html without scripts", "formulas not laid out", flat)
    assert not visit.errors(), findings("index.html without scripts", "console errors", visit.errors())
