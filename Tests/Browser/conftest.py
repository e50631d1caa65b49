"""Session set-up for the browser suite: the generated sites, the local server, one browser.

The sites are written once, before collection, so that every check can be parametrized by the
pages nnreport really wrote. Run through Tests/Browser/run.sh, which installs what is missing.
"""

import json
import os
import shutil
import tempfile

import pytest

from support.browser import Browser
from support.nu import NuCheck
from support.server import StaticServer
from support.sites import Site

HERE = os.path.dirname(os.path.abspath(__file__))
ARTIFACTS = os.path.join(HERE, "artifacts")
NOTES = []  # findings that are not failures (warnings, minor issues), printed at the end

COMPARE_GRID = ["--vary", "learning-rate=0.01,0.1,1", "--vary", "rule=thresholded,logistic"]
COMPARE_RUNS = [f"learning-rate-{rate}_rule-{rule}" for rate in ("0.01", "0.1", "1")
                for rule in ("thresholded", "logistic")]
# A comparison of a single neuron and two networks with hidden layers (test_compare.py).
COMPARE_NETWORKS = {"dataset": "xor", "iterations": 300,
                    "runs": [{"name": "neuron"}, {"name": "net", "hidden": [2]},
                             {"name": "deep", "hidden": [3, 2], "seed": 5}]}
NETWORK_PAGES = ["index.html", "compare/pairs.html", "compare/settings.html", "runs/deep/index.html"]
# The comparison's own pages, and one run's report below it.
COMPARE_PAGES = ["index.html", "compare/pairs.html", "compare/settings.html", "404.html",
                 f"runs/{COMPARE_RUNS[5]}/index.html", f"runs/{COMPARE_RUNS[5]}/history/page-0001.html"]


def pytest_addoption(parser):
    parser.addoption("--nnreport", default=os.environ.get("NNREPORT"),
                     help="path of the nnreport binary to test (default: $NNREPORT)")


class Sites:
    """Every site of the run: the multi-page ones by name, the single files, the hosted one."""

    def __init__(self, binary):
        self.root = tempfile.mkdtemp(prefix="nnreport-browser-")
        self.www = os.path.join(self.root, "www")
        # Sub-paths like a project site on a static host, with a space to catch unquoted URLs.
        self.multi = {
            "run-2500": Site("run-2500", os.path.join(self.www, "reports", "run-2500"),
                             ["--iterations", "2500"]).generate(binary),
            "default": Site("default", os.path.join(self.www, "reports", "default run"),
                            []).generate(binary),
            # A network with hidden layers: its own walkthrough (test_hidden.py).
            "hidden": Site("hidden", os.path.join(self.www, "reports", "hidden xor"),
                           ["--dataset", "xor", "--hidden", "2"]).generate(binary),
            # The grid: three learning rates by two rules (test_compare.py).
            "compare": Site("compare", os.path.join(self.www, "reports", "compare grid"), COMPARE_GRID,
                            command="compare", pages=COMPARE_PAGES).generate(binary),
            "compare-networks": Site("compare-networks", os.path.join(self.www, "reports", "compare networks"),
                                     ["-c", self.config("networks.json", COMPARE_NETWORKS)], command="compare",
                                     pages=NETWORK_PAGES).generate(binary),
        }
        os.makedirs(os.path.join(self.www, "single"))
        self.single = {}
        for name, arguments, command in (("single-2500", ["--iterations", "2500"], "generate"),
                                         ("single-default", [], "generate"),
                                         ("single-hidden", ["--dataset", "xor", "--hidden", "2"], "generate"),
                                         ("single-compare", COMPARE_GRID, "compare")):
            path = os.path.join(self.www, "single", f"{name}.html")
            Site(name, path, ["--single-file", *arguments], command=command).generate(binary)
            self.single[name] = path
        self.server = StaticServer(self.www).start()
        hosted_url = f"{self.server.origin}/hosted/sub/path/"
        self.hosted = Site("hosted", os.path.join(self.www, "hosted", "sub", "path"),
                           ["--base-url", hosted_url]).generate(binary)
        self.hosted_url = hosted_url
        # The checker needs ~15 s of one core; it runs while the browser checks do.
        pages = [site.path(page) for site in self.multi.values() for page in site.html_pages()]
        styles = [site.path("assets/style.css") for site in self.multi.values()]
        self.nu = NuCheck(pages + list(self.single.values()) + styles, self.root).start()

    def config(self, name, content):
        """A config file written beside the sites, for a comparison declared in one."""
        path = os.path.join(self.root, name)
        with open(path, "w", encoding="utf-8") as file:
            json.dump(content, file)
        return path

    def base_url(self, mode, site):
        """The URL of a site's folder, over file:// or over the local server."""
        folder = os.path.relpath(site.folder, self.www) + "/"
        if mode == "file":
            return site.file_url()
        return self.server.url(folder)

    def close(self):
        self.nu.stop()
        self.server.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def pytest_configure(config):
    binary = config.getoption("--nnreport")
    if not binary or not os.access(binary, os.X_OK):
        raise pytest.UsageError("Give the nnreport binary to test with --nnreport PATH or "
                                f"NNREPORT=PATH (got {binary!r}); Tests/Browser/run.sh does.")
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    os.makedirs(ARTIFACTS)
    config.sites = Sites(os.path.abspath(binary))


def pytest_unconfigure(config):
    sites = getattr(config, "sites", None)
    if sites is not None:
        sites.close()


def pytest_generate_tests(metafunc):
    sites = metafunc.config.sites
    if "visited" in metafunc.fixturenames:
        cases = [(mode, name, page) for mode in ("file", "http")
                 for name, site in sites.multi.items() for page in site.browser_pages()]
        metafunc.parametrize("visited", cases, ids=[f"{m}:{n}/{p}" for m, n, p in cases],
                             indirect=True)
    if "site_page" in metafunc.fixturenames:
        cases = [(name, page) for name, site in sites.multi.items() for page in site.html_pages()]
        metafunc.parametrize("site_page", cases, ids=[f"{n}/{p}" for n, p in cases])
    if "single_file" in metafunc.fixturenames:
        names = sorted(sites.single)
        metafunc.parametrize("single_file", names)


def pytest_terminal_summary(terminalreporter):
    if NOTES:
        terminalreporter.section("notes (not failures)")
        for note in NOTES:
            terminalreporter.write_line(note)
    terminalreporter.write_line(f"Screenshots and logs: {ARTIFACTS}")


@pytest.fixture(scope="session")
def sites(request):
    return request.config.sites


@pytest.fixture(scope="session")
def browser():
    session = Browser()
    yield session
    session.quit()


@pytest.fixture
def fresh_browser(browser):
    """The shared browser, put back to a 1280 px light screen with scripts on afterwards."""
    yield browser
    browser.set_javascript(True)
    browser.set_color_scheme("light")
    browser.set_viewport(1280, 900)


class PageVisit:
    """A page of a site opened in the browser in one mode, with what the visit recorded."""

    def __init__(self, mode, site, page, base_url, visit):
        self.mode, self.site, self.page, self.base_url, self.visit = mode, site, page, base_url, visit

    def __str__(self):
        return f"{self.page} of the {self.site.name} site over {self.mode}"


@pytest.fixture(scope="session")
def visit_cache():
    return {}


@pytest.fixture
def visited(request, sites, browser, visit_cache):
    """A page loaded once per session and mode; every check on it reads the same record."""
    mode, name, page = request.param
    key = (mode, name, page)
    if key not in visit_cache:
        site = sites.multi[name]
        base_url = sites.base_url(mode, site)
        visit = browser.visit(base_url + page.replace(" ", "%20"))
        log_requests(f"{mode}:{name}/{page}", visit)
        visit_cache[key] = PageVisit(mode, site, page, base_url, visit)
    return visit_cache[key]


def log_requests(label, visit):
    """Every request of every visit goes to artifacts/requests.log, for the record."""
    with open(os.path.join(ARTIFACTS, "requests.log"), "a", encoding="utf-8") as log:
        log.write(f"# {label}: {visit.url}\n")
        for url, kind in visit.requests:
            shown = url if len(url) < 160 else url[:120] + f"... ({len(url)} characters)"
            log.write(f"{kind:12} {shown}\n")
