"""Check 6: the Nu HTML checker finds no error on any generated page (nor in the stylesheet),
and axe-core finds no serious or critical accessibility violation, in light and dark themes.
"""

import json
import os

import pytest

from conftest import ARTIFACTS, NOTES
from support.findings import findings
from support.nu import package_file


@pytest.fixture(scope="session")
def nu_messages(sites):
    """The Nu checker's messages by file path; the report is kept in artifacts/ too."""
    grouped = sites.nu.messages()
    with open(os.path.join(ARTIFACTS, "nu-checker.json"), "w", encoding="utf-8") as file:
        json.dump(grouped, file, indent=1)
    return grouped


def nu_errors(messages):
    return [f"line {m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: {m['message']}"
            for m in messages if m["type"] in ("error", "non-document-error")]


def nu_warnings(messages):
    return [m["message"] for m in messages if m["type"] == "info" and m.get("subType") == "warning"]


def check_nu(nu_messages, path, subject):
    messages = nu_messages.get(path, [])
    for warning in sorted(set(nu_warnings(messages))):
        NOTES.append(f"Nu checker warning on {subject}: {warning}")
    errors = nu_errors(messages)
    assert not errors, findings(subject, "Nu HTML checker errors", errors)


def test_the_nu_checker_finds_no_error(sites, site_page, nu_messages):
    name, page = site_page
    check_nu(nu_messages, sites.multi[name].path(page), f"{page} of the {name} site")


def test_the_nu_checker_finds_no_error_in_a_single_file(sites, single_file, nu_messages):
    check_nu(nu_messages, sites.single[single_file], f"the single file {single_file}.html")


def test_the_nu_checker_finds_no_error_in_the_stylesheet(sites, nu_messages):
    check_nu(nu_messages, sites.multi["run-2500"].path("assets/style.css"), "assets/style.css")


def test_the_nu_checker_really_reports_errors(sites, nu_messages):
    """The checker and the parsing of its report catch a known error, so silence means valid."""
    errors = nu_errors(nu_messages[sites.nu.known_bad])
    assert any("Duplicate ID" in error for error in errors), f"expected a duplicate-id error, got {errors}"
    strays = [f"{path}: {m['message']}" for path, messages in nu_messages.items()
              if path not in sites.nu.files for m in messages]
    assert not strays, findings("the Nu checker report", "messages about no checked file", strays)


AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(arguments[0], arguments[1]).then(function (results) {
    done({violations: results.violations, version: axe.version});
}, function (error) { done({error: String(error)}); });
"""

# axe's color-contrast rule costs about 50 s on a page of 1,000 history rows on this machine
# (it maps every element of the page to find backgrounds), even with rows excluded from its
# context. So the contrast runs see the page with its rows cut to the first SAMPLE_ROWS, which
# hold both kinds of row (plain, and highlighted where a prediction changed); every other rule
# first runs on the whole page.
SAMPLE_ROWS = 60
TRIM_ROWS = """
var table = document.querySelector('table.history');
var rows = table ? table.tBodies[0].rows : [];
var count = rows.length;
while (rows.length > arguments[0]) { rows[rows.length - 1].remove(); }
return count;
"""

AXE_PAGES = ["index.html", "history/page-0001.html", "history/index.html", "404.html"]


@pytest.fixture(scope="session")
def axe_source():
    with open(package_file("axe_playwright_python", "axe.min.js"), encoding="utf-8") as file:
        return file.read()


def run_axe(browser, context, options):
    result = browser.driver.execute_async_script(AXE_RUN, context, options)
    assert "error" not in result, f"axe-core failed on {browser.driver.current_url}: {result.get('error')}"
    return result


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", AXE_PAGES)
def test_axe_finds_no_serious_violation(sites, fresh_browser, axe_source, page, scheme):
    browser = fresh_browser
    browser.set_color_scheme(scheme)
    browser.driver.get(sites.base_url("http", sites.multi["run-2500"]) + page)
    browser.script(axe_source)
    violations = {}
    rows = browser.script("var t = document.querySelector('table.history');"
                          " return t ? t.tBodies[0].rows.length : 0;")
    if rows > SAMPLE_ROWS and scheme == "light":
        # Only contrast depends on the colour scheme; every other rule sees every row once.
        result = run_axe(browser, "html", {"resultTypes": ["violations"],
                                           "rules": {"color-contrast": {"enabled": False}}})
        violations.update((v["id"], v) for v in result["violations"])
    browser.script(TRIM_ROWS, SAMPLE_ROWS)
    result = run_axe(browser, "html", {"resultTypes": ["violations"]})
    for violation in result["violations"]:
        violations.setdefault(violation["id"], violation)
    subject = f"{page} ({scheme} theme, axe-core {result['version']})"
    with open(os.path.join(ARTIFACTS, f"axe-{page.replace('/', '-')}-{scheme}.json"), "w") as file:
        json.dump(list(violations.values()), file, indent=1)
    serious = []
    for violation in violations.values():
        targets = [", ".join(node["target"]) for node in violation["nodes"]]
        line = f"{violation['id']} ({violation['impact']}): {violation['help']} at {'; '.join(targets[:4])}"
        if violation["impact"] in ("serious", "critical"):
            serious.append(line + (f" and {len(targets) - 4} more" if len(targets) > 4 else ""))
        else:
            NOTES.append(f"axe on {subject}: {line}")
    assert not serious, findings(subject, "serious or critical accessibility violations", serious)


def test_axe_really_reports_violations(sites, fresh_browser, axe_source):
    """axe-core runs and its report is read: an image without alt text is found."""
    browser = fresh_browser
    browser.driver.get(sites.base_url("http", sites.multi["run-2500"]) + "404.html")
    browser.script("var image = document.createElement('img'); image.src = 'favicon.png';"
                   " document.querySelector('main').appendChild(image);")
    browser.script(axe_source)
    result = run_axe(browser, "html", {"resultTypes": ["violations"]})
    found = {violation["id"]: violation["impact"] for violation in result["violations"]}
    assert found.get("image-alt") == "critical", f"expected a critical image-alt violation, got {found}"
