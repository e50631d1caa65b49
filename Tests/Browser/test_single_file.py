"""Check 7: the --single-file report loads with no request beyond itself (its images, icon and
downloads are data: URLs), with a clean console, decoded images, MathML and working fragments.
"""

import os

import pytest

from conftest import log_requests
from support.findings import findings


@pytest.fixture
def single_visit(sites, browser, request, single_file, visit_cache):
    """The single file loaded once per mode; both checks read the same record."""
    mode = request.param
    key = ("single", single_file, mode)
    if key not in visit_cache:
        path = sites.single[single_file]
        if mode == "file":
            url = "file://" + path
        else:
            url = sites.server.url(os.path.relpath(path, sites.www))
        visit = browser.visit(url)
        log_requests(f"{mode}:{single_file}.html", visit)
        visit_cache[key] = (f"the single file {single_file}.html over {mode}", url, visit)
    return visit_cache[key]


@pytest.mark.parametrize("single_visit", ["file", "http"], indirect=True)
def test_the_single_file_requests_nothing_but_itself(single_visit):
    subject, url, visit = single_visit
    others = [f"{u[:100]} ({kind})" for u, kind in visit.requests if u != url and not u.startswith("data:")]
    assert [u for u, _ in visit.requests if u == url], f"{subject}: the page itself was not requested"
    assert not others, findings(subject, "requests beyond the file itself", others)
    assert not visit.failures, findings(subject, "failed requests", [f"{u[:100]}: {r}" for u, r in visit.failures])
    assert not visit.errors(), findings(subject, "console errors or policy violations", visit.errors())


@pytest.mark.parametrize("single_visit", ["file"], indirect=True)
def test_the_single_file_is_complete(single_visit):
    subject, url, visit = single_visit
    facts = visit.facts
    broken = [image["src"][:60] for image in facts["images"]
              if image["naturalWidth"] == 0 or not image["src"].startswith("data:")]
    assert len(facts["images"]) >= 6 and not broken, findings(subject, "images not decoded from data: URLs", broken)
    flat = [math["text"] for math in facts["maths"] if "math" not in math["display"] or math["height"] <= 0]
    assert facts["maths"] and not flat, findings(subject, "formulas not laid out as MathML", flat)
    ids = set(facts["ids"])
    problems = []
    for reference in facts["references"]:
        raw, resolved = reference["raw"], reference["resolved"]
        if raw.startswith("data:"):
            continue
        if not raw.startswith("#"):
            problems.append(f"{reference['element']} {reference['attribute']}=\"{raw}\" is not a fragment "
                            "or data: URL, so it needs another file")
        elif raw[1:] and raw[1:] not in ids:
            problems.append(f"{reference['element']} href=\"{raw}\": no element with that id")
    assert not problems, findings(subject, "links", problems)
