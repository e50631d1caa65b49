"""Check 5: at 375 px (a phone) the body never scrolls sideways, wide tables scroll in their own
box; at 1280 px the page keeps its designed measure. Screenshots of both go to artifacts/.
"""

import os

import pytest

from conftest import ARTIFACTS
from support.findings import findings

# Elements sticking out to the right, skipping subtrees that clip or scroll horizontally.
OVERFLOW = """
var width = arguments[0];  // the screen's width: a zoomed-out page has a wider layout viewport
var found = [];
function describe(element) {
    var text = element.tagName.toLowerCase();
    if (element.id) { text += '#' + element.id; }
    if (typeof element.className === 'string' && element.className.trim()) {
        text += '.' + element.className.trim().split(/\\s+/).join('.');
    }
    return text;
}
function walk(element, path) {
    var here = path + ' > ' + describe(element);
    var box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 0.5) {
        found.push(here.slice(3) + ' reaches ' + Math.round(box.right) + ' px');
        return;
    }
    if (getComputedStyle(element).overflowX !== 'visible') { return; }
    for (var i = 0; i < element.children.length; i++) { walk(element.children[i], here); }
}
walk(document.body, '');
var boxes = Array.prototype.map.call(document.querySelectorAll('.table-scroll'), function (box) {
    return {overflowX: getComputedStyle(box).overflowX, scrolls: box.scrollWidth > box.clientWidth,
            label: box.getAttribute('aria-label')};
});
var main = document.querySelector('main').getBoundingClientRect();
var widest = Math.max.apply(null, [0].concat(Array.prototype.map.call(document.images, function (i) {
    return i.getBoundingClientRect().width; })));
return {viewport: window.innerWidth, clientWidth: width,
        documentWidth: document.documentElement.scrollWidth, bodyWidth: document.body.scrollWidth,
        offenders: found, boxes: boxes, mainWidth: main.width, widestImage: widest,
        mainMaxWidth: parseFloat(getComputedStyle(document.querySelector('main')).maxWidth),
        mainLeft: main.left, headerLeft: document.querySelector('.site-header nav').getBoundingClientRect().left,
        mainPadding: parseFloat(getComputedStyle(document.querySelector('main')).paddingLeft),
        fontSize: parseFloat(getComputedStyle(document.body).fontSize)};
"""

PAGES = ["index.html", "history/index.html", "history/page-0001.html", "history/page-0003.html", "404.html"]
SCREENSHOTS = {"index.html": "index", "history/index.html": "history-index",
               "history/page-0001.html": "history-page-0001"}


def open_at(browser, sites, page, width, height, mobile):
    browser.set_viewport(width, height, mobile=mobile, scale=1)
    browser.driver.get(sites.base_url("http", sites.multi["run-2500"]) + page)
    browser.load_images()
    browser.script("window.scrollTo(0, 0);")
    return browser.script(OVERFLOW, width)


def save_screenshot(browser, page, width):
    if page in SCREENSHOTS:
        # A history page is 1,000 rows long; its top shows everything but more rows.
        height = 2400 if page.startswith("history/page-") else 16000
        browser.screenshot(os.path.join(ARTIFACTS, f"{SCREENSHOTS[page]}-{width}.png"), max_height=height)


@pytest.mark.parametrize("page", PAGES)
def test_a_phone_never_scrolls_the_page_sideways(sites, fresh_browser, page):
    layout = open_at(fresh_browser, sites, page, 375, 812, mobile=True)
    save_screenshot(fresh_browser, page, 375)
    subject = f"{page} at 375 px"
    zoomed = layout["viewport"] != 375
    too_wide = max(layout["documentWidth"], layout["bodyWidth"]) > 375
    assert not zoomed and not too_wide and not layout["offenders"], findings(
        subject, f"wider than the 375 px screen (layout viewport {layout['viewport']} px, document "
        f"{layout['documentWidth']} px, body {layout['bodyWidth']} px); elements reaching past its edge",
        layout["offenders"])
    boxes = [f"{b['label']}: overflow-x {b['overflowX']}" for b in layout["boxes"]
             if b["overflowX"] not in ("auto", "scroll")]
    assert not boxes, findings(subject, "table boxes that cannot scroll", boxes)
    if page.startswith("history/page-"):
        assert any(b["scrolls"] for b in layout["boxes"]), \
            f"{subject}: the history table fits in 375 px, so its box scrolling is not being tested"


@pytest.mark.parametrize("page", PAGES)
def test_a_desktop_shows_the_designed_measure(sites, fresh_browser, page):
    layout = open_at(fresh_browser, sites, page, 1280, 900, mobile=False)
    save_screenshot(fresh_browser, page, 1280)
    subject = f"{page} at 1280 px"
    too_wide = max(layout["documentWidth"], layout["bodyWidth"]) > layout["clientWidth"]
    assert not too_wide and not layout["offenders"], findings(
        subject, f"wider than the window (document {layout['documentWidth']} px); elements reaching "
        "past its edge", layout["offenders"])
    limit = layout["mainMaxWidth"]
    if page.startswith("history/page-"):
        assert limit > 46 * 16, f"{subject}: a history page should use the wide layout for its table, " \
            f"but its content is at most {limit} px wide"
    assert limit * 0.99 <= layout["mainWidth"] <= limit + 1, \
        f"{subject}: the content is {layout['mainWidth']:.0f} px wide, its measure is {limit} px"
    assert abs(layout["headerLeft"] - layout["mainLeft"]) < 1, \
        f"{subject}: the header starts at x = {layout['headerLeft']:.0f} px but the content at " \
        f"x = {layout['mainLeft']:.0f} px; they should line up"
    assert layout["widestImage"] <= 800.5, f"{subject}: an image is {layout['widestImage']:.0f} px wide, over 800"


# Each chart's smallest text at the size the page shows it: its font size at the chart's natural
# width (data-text-px, which the chart reports) scaled by the displayed width.
CHART_TEXT = """
return Array.prototype.map.call(document.querySelectorAll('img[data-text-px]'), function (image) {
    var natural = parseFloat(image.getAttribute('width'));
    var shown = image.getBoundingClientRect().width;
    return {src: image.getAttribute('src'), natural: natural, shown: shown,
            px: parseFloat(image.getAttribute('data-text-px')) * shown / natural};
});
"""


@pytest.mark.parametrize("width,mobile", [(375, True), (1280, False)])
def test_every_chart_label_is_at_least_11_css_px(sites, fresh_browser, width, mobile):
    open_at(fresh_browser, sites, "index.html", width, 900, mobile=mobile)
    charts = fresh_browser.script(CHART_TEXT)
    assert len(charts) >= 6, f"index.html at {width} px: only {len(charts)} charts report their text size"
    small = [f"{c['src']}: {c['px']:.1f} px (shown {c['shown']:.0f} of {c['natural']:.0f} px)"
             for c in charts if c["px"] < 11]
    assert not small, findings(f"index.html at {width} px", "charts whose smallest text is under 11 CSS px", small)
