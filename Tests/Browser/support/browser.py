"""One headless Chromium session driven through chromedriver, reused by every check.

A visit records what a person cannot see but a check must: the console (errors, uncaught
exceptions, Content-Security-Policy violations), every network request with its outcome, and
facts read from the rendered page (images, MathML boxes, links, ids, scroll position).
"""

import base64
import json
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Runs before any script of the page; it records violations the console might word differently.
VIOLATION_LISTENER = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (event) {
    window.__violations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
        ' at ' + (event.sourceFile || event.documentURI) + ':' + event.lineNumber);
});
"""

PAGE_FACTS = """
function describe(element) {
    var text = element.tagName.toLowerCase();
    if (element.id) { text += '#' + element.id; }
    if (element.className && typeof element.className === 'string') {
        text += '.' + element.className.trim().split(/\\s+/).join('.');
    }
    return text;
}
var maths = Array.prototype.map.call(document.querySelectorAll('math'), function (math) {
    var box = math.getBoundingClientRect();
    var fractionsStacked = Array.prototype.every.call(math.querySelectorAll('mfrac'), function (f) {
        if (f.children.length !== 2) { return false; }
        var top = f.children[0].getBoundingClientRect(), bottom = f.children[1].getBoundingClientRect();
        return top.bottom <= bottom.top + 1;
    });
    return {display: getComputedStyle(math).display, width: box.width, height: box.height,
            fractionsStacked: fractionsStacked, text: math.textContent.replace(/\\s+/g, ' ').slice(0, 60)};
});
var images = Array.prototype.map.call(document.images, function (image) {
    return {src: image.currentSrc || image.src, complete: image.complete,
            naturalWidth: image.naturalWidth, naturalHeight: image.naturalHeight,
            width: image.getAttribute('width'), height: image.getAttribute('height')};
});
var references = [];
[['a', 'href'], ['link', 'href'], ['img', 'src'], ['script', 'src'], ['form', 'action']].forEach(function (pair) {
    Array.prototype.forEach.call(document.querySelectorAll(pair[0] + '[' + pair[1] + ']'), function (element) {
        references.push({element: describe(element), attribute: pair[1],
                         raw: element.getAttribute(pair[1]), resolved: element[pair[1]]});
    });
});
return {url: location.href, title: document.title, maths: maths, images: images,
        references: references,
        ids: Array.prototype.map.call(document.querySelectorAll('[id]'), function (e) { return e.id; }),
        violations: window.__violations || []};
"""

SCROLL_FACTS = """
var target = document.querySelector(':target');
var box = target ? target.getBoundingClientRect() : null;
return {scrollY: window.scrollY, viewportHeight: window.innerHeight,
        target: target ? target.id : null,
        targetTop: box ? box.top : null, targetBottom: box ? box.bottom : null};
"""


class Visit:
    """What one page load showed: console entries, requests, and facts read from the page."""

    def __init__(self, url, console, requests, failures, facts, scroll):
        self.url = url
        self.console = console
        self.requests = requests
        self.failures = failures
        self.facts = facts
        self.scroll = scroll

    def errors(self, allowed=()):
        """Console errors and policy violations, as readable lines."""
        lines = []
        for entry in self.console:
            serious = entry["level"] == "SEVERE" or entry.get("source") in ("security", "javascript")
            if serious and not any(text in entry["message"] for text in allowed):
                lines.append(f"[{entry['level']} {entry.get('source', '?')}] {entry['message']}")
        lines.extend(f"[securitypolicyviolation] {v}" for v in self.facts["violations"])
        return lines


class Browser:
    """A headless Chromium session; `visit` loads a page and records what happened."""

    def __init__(self):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         "--window-size=1280,900", "--disable-extensions",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-default-apps", "--disable-sync", "--no-first-run",
                         "--disable-features=OptimizationHints,Translate,MediaRouter"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_script_timeout(60)
        self.driver.set_page_load_timeout(60)
        self.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": VIOLATION_LISTENER})
        self.javascript = True
        self.width = None
        self.set_viewport(1280, 900)

    def cdp(self, command, arguments=None):
        return self.driver.execute_cdp_cmd(command, arguments or {})

    def script(self, source, *arguments):
        return self.driver.execute_script(source, *arguments)

    def set_viewport(self, width, height, mobile=False, scale=1):
        """Emulates a screen: 375 px with mobile=True is a phone that honours the viewport meta."""
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})
        self.width = width

    def set_color_scheme(self, scheme):
        self.cdp("Emulation.setEmulatedMedia",
                 {"features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def set_javascript(self, enabled):
        """Turns page scripts on or off; takes effect from the next document loaded."""
        if enabled != self.javascript:
            self.driver.get("about:blank")
            self.cdp("Emulation.setScriptExecutionDisabled", {"value": not enabled})
            self.javascript = enabled

    def drain(self):
        """Console entries and network events logged since the last drain."""
        console = self.driver.get_log("browser")
        events = [json.loads(entry["message"])["message"] for entry in self.driver.get_log("performance")]
        return console, events

    def visit(self, url, load_images=True):
        """Loads `url`, brings every image into view until it has loaded, and records it all."""
        self.drain()
        self.driver.get(url)
        scroll = self.script(SCROLL_FACTS)
        if load_images:
            self.load_images()
        time.sleep(0.1)  # lets the favicon request and late console messages arrive
        facts = self.script(PAGE_FACTS)
        console, events = self.drain()
        requests, failures = self._requests(events)
        return Visit(url, console, requests, failures, facts, scroll)

    def load_images(self, timeout=10.0):
        """Scrolls each image into view (lazy ones load only then) and waits for each to settle."""
        count = self.script("return document.images.length;")
        for index in range(count):
            self.script("document.images[arguments[0]].scrollIntoView({block: 'center'});", index)
            deadline = time.monotonic() + timeout
            while not self.script("return document.images[arguments[0]].complete;", index):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.02)

    @staticmethod
    def _requests(events):
        """Every request (url, type) and every failed or refused one (url, reason)."""
        urls = {}
        requests = []
        failures = []
        for event in events:
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                urls[params["requestId"]] = url
                requests.append((url, params.get("type", "?")))
            elif method == "Network.loadingFailed":
                reason = params.get("blockedReason") or params.get("errorText") or "failed"
                failures.append((urls.get(params["requestId"], "?"), reason))
            elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
                failures.append((params["response"]["url"], f"HTTP {params['response']['status']}"))
        return requests, failures

    def screenshot(self, path, full_page=True, max_height=16000):
        """Saves a PNG of the page (from the top down to max_height px when full_page)."""
        arguments = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            size = self.script("return [document.documentElement.scrollWidth,"
                               " document.documentElement.scrollHeight];")
            arguments["clip"] = {"x": 0, "y": 0, "width": size[0], "height": min(size[1], max_height),
                                 "scale": 1}
        data = self.cdp("Page.captureScreenshot", arguments)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def quit(self):
        self.driver.quit()
