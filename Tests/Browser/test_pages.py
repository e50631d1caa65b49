"""Checks 1-3 on every chosen page, over file:// and over a local server under a sub-path:
a clean console, no request leaving the site, images decoded, MathML laid out, links resolved.
"""

import os

from support.findings import findings


def test_console_has_no_errors_or_policy_violations(visited):
    errors = visited.visit.errors()
    assert not errors, findings(visited, "console errors or Content-Security-Policy violations", errors)


def test_every_request_stays_on_the_site(visited):
    offsite = [f"{url} ({kind})" for url, kind in visited.visit.requests
               if not url.startswith(visited.base_url)]
    assert visited.visit.requests, f"{visited}: no request was recorded at all; the log is broken"
    assert not offsite, findings(visited, f"requests outside {visited.base_url}", offsite)


def test_every_request_succeeds(visited):
    failed = [f"{url}: {reason}" for url, reason in visited.visit.failures]
    assert not failed, findings(visited, "failed or blocked requests", failed)


def test_every_image_is_decoded_at_its_aspect_ratio(visited):
    problems = []
    for image in visited.visit.facts["images"]:
        name = image["src"].rsplit("/", 1)[-1]
        if image["naturalWidth"] == 0:
            problems.append(f"{name} did not decode (complete={image['complete']})")
            continue
        if image["width"] and image["height"]:
            declared = int(image["width"]) / int(image["height"])
            actual = image["naturalWidth"] / image["naturalHeight"]
            if abs(declared / actual - 1) > 0.02:
                problems.append(f"{name} is {image['naturalWidth']}x{image['naturalHeight']} but declared "
                                f"{image['width']}x{image['height']}: it would be distorted")
    assert not problems, findings(visited, "images", problems)
    if visited.page == "index.html" and visited.site.command == "generate":
        assert len(visited.visit.facts["images"]) >= 6, f"{visited}: expected the charts, found " \
            f"{len(visited.visit.facts['images'])} images"


def test_every_formula_is_laid_out_as_mathml(visited):
    problems = []
    for math in visited.visit.facts["maths"]:
        if "math" not in math["display"]:
            problems.append(f"'{math['text']}' has display {math['display']!r}: not rendered as MathML")
        elif math["width"] <= 0 or math["height"] <= 0:
            problems.append(f"'{math['text']}' has an empty box {math['width']}x{math['height']}")
        elif not math["fractionsStacked"]:
            problems.append(f"'{math['text']}' has a fraction whose numerator is not above its denominator")
    assert not problems, findings(visited, "MathML formulas", problems)
    if visited.page == "index.html" and visited.site.command == "generate":
        assert len(visited.visit.facts["maths"]) >= 5, f"{visited}: the walkthrough should show formulas"


def test_every_link_and_fragment_resolves(visited):
    site, facts = visited.site, visited.visit.facts
    own_ids = set(facts["ids"])
    here = visited.visit.url.split("#", 1)[0]
    problems = []
    for reference in facts["references"]:
        resolved = reference["resolved"]
        # 404.html is served at any depth: without a base URL it carries its own icon.
        if resolved.startswith("data:image/png;base64,") and here.endswith("/404.html") \
                and reference["element"] == "link":
            continue
        where = f"{reference['element']} {reference['attribute']}=\"{reference['raw']}\""
        page = site.page_for_url(visited.base_url, resolved)
        if page is None:
            problems.append(f"{where} resolves to {resolved}, outside the site")
            continue
        fragment = resolved.split("#", 1)[1] if "#" in resolved else ""
        if resolved.split("#", 1)[0] == here:
            if fragment and fragment not in own_ids:
                problems.append(f"{where}: no element with id {fragment!r} on this page")
        elif not os.path.isfile(site.path(page)):
            problems.append(f"{where}: {page} does not exist")
        elif fragment and not site.has_id(page, fragment):
            problems.append(f"{where}: {page} has no element with id {fragment!r}")
    assert not problems, findings(visited, "links and fragments", problems)
