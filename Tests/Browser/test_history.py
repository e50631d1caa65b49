"""Check 8: the history table at a desktop and a phone width, and numbers copied out of it.

At 1280 px the table fits without sideways scroll, an opened row's exact values included; at
375 px the page does not scroll sideways, the table scrolls in its own box with the iteration
column held in view, and the jump box and filter fit. A number copied from a cell, or from a
row's exact values, pastes as a number Python reads: ASCII minus, no thin spaces, and the exact
value is the CSV's.
"""

import csv
import math
import os

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PAGES = [("run-2500", "history/page-0001.html"), ("run-2500", "history/page-0003.html"),
         ("default", "history/page-0001.html")]

TABLE_FACTS = """
var box = document.querySelector('table.history').closest('.table-scroll');
var form = document.getElementById('jump').getBoundingClientRect();
return {boxScroll: box.scrollWidth, boxClient: box.clientWidth,
        documentWidth: document.documentElement.scrollWidth, viewport: innerWidth,
        formRight: form.right, formVisible: !document.getElementById('jump').hidden};
"""


def open_page(browser, sites, name, page, width, mobile, fragment=""):
    browser.set_viewport(width, 900, mobile=mobile)
    browser.driver.get(sites.base_url("http", sites.multi[name]) + page + fragment)
    return browser.script(TABLE_FACTS)


@pytest.mark.parametrize("name,page", PAGES)
def test_at_1280_px_the_table_fits_without_sideways_scroll(sites, fresh_browser, name, page):
    facts = open_page(fresh_browser, sites, name, page, 1280, False)
    assert facts["boxScroll"] <= facts["boxClient"], (
        f"{page} of {name} at 1280 px: the history table is {facts['boxScroll']} px wide in a "
        f"{facts['boxClient']} px box, so it scrolls sideways")
    assert facts["documentWidth"] <= facts["viewport"], f"{page} of {name} at 1280 px: the page scrolls sideways"
    # An opened row's exact values float over the table: they never widen it.
    fresh_browser.script("document.querySelector('table.history tbody details').open = true;")
    opened = fresh_browser.script(TABLE_FACTS)
    assert opened["boxScroll"] <= opened["boxClient"], (
        f"{page} of {name} at 1280 px: opening a row's exact values widens the table to "
        f"{opened['boxScroll']} px")


@pytest.mark.parametrize("name,page", PAGES)
def test_at_375_px_the_table_scrolls_in_its_box_with_the_iteration_in_view(sites, fresh_browser, name, page):
    facts = open_page(fresh_browser, sites, name, page, 375, True)
    assert facts["documentWidth"] <= 375, f"{page} of {name} at 375 px: the page scrolls sideways"
    assert facts["formVisible"] and facts["formRight"] <= 375 + 0.5, (
        f"{page} of {name} at 375 px: the jump box and filter reach {facts['formRight']:.0f} px")
    held = fresh_browser.script("""
        var box = document.querySelector('table.history').closest('.table-scroll');
        box.scrollLeft = box.scrollWidth;
        var header = document.querySelector('table.history tbody th').getBoundingClientRect();
        return {scrolled: box.scrollLeft, header: header.left, box: box.getBoundingClientRect().left};""")
    assert held["scrolled"] > 0, f"{page} of {name} at 375 px: the table does not scroll in its box"
    assert abs(held["header"] - held["box"]) <= 2, (
        f"{page} of {name} at 375 px: scrolled to the right, the iteration column is at "
        f"{held['header']:.0f} px, not at the box's edge ({held['box']:.0f} px)")


def copy(browser):
    """Copies the selection with Ctrl+C and returns the clipboard's text."""
    ActionChains(browser.driver).key_down(Keys.CONTROL).send_keys("c").key_up(Keys.CONTROL).perform()
    return browser.driver.execute_async_script(
        "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('!' + e); });")


def csv_rows(site):
    with open(site.path("data/history.csv"), newline="") as file:
        return {int(row["iteration"]): row for row in csv.DictReader(file)}


def test_copied_numbers_parse_and_the_exact_ones_are_the_csv_values(sites, fresh_browser):
    site = sites.multi["run-2500"]
    fresh_browser.cdp("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    rows = csv_rows(site)
    # Columns after the iteration, the predictions and the count, in the CSV's names.
    shown_columns = ["mse", "bce", "dw1", "dw2", "db", "w1", "w2", "b"]
    for iteration in (1, 8, 14, 26, 999):
        open_page(fresh_browser, sites, "run-2500", "history/page-0001.html", 1280, False, f"#it-{iteration}")
        expected = rows[iteration]
        for index, column in enumerate(shown_columns):
            fresh_browser.script("""
                var cell = document.getElementById(arguments[0]).cells[arguments[1]];
                var range = document.createRange(); range.selectNodeContents(cell);
                getSelection().removeAllRanges(); getSelection().addRange(range);""", f"it-{iteration}", 3 + index)
            text = copy(fresh_browser)
            assert "\u2212" not in text, f"it-{iteration} {column}: the copied {text!r} has a U+2212 minus"
            shown = float(text)  # raises on text that does not parse
            exact = float(expected[column])
            assert math.isclose(shown, exact, rel_tol=5e-6, abs_tol=0), (
                f"it-{iteration} {column}: the cell shows {text!r}, the CSV {expected[column]}")
        fresh_browser.script("document.getElementById(arguments[0]).querySelector('details').open = true;",
                             f"it-{iteration}")
        codes = fresh_browser.driver.find_elements(By.CSS_SELECTOR, f"#it-{iteration} details code")
        assert len(codes) == len(shown_columns), f"it-{iteration}: {len(codes)} exact values, not 8"
        for code, column in zip(codes, shown_columns):
            code.click()  # one click selects the whole value (user-select: all)
            text = copy(fresh_browser)
            assert float(text) == float(expected[column]) and text == expected[column], (
                f"it-{iteration} {column}: copied {text!r} from the exact values, the CSV has {expected[column]}")
