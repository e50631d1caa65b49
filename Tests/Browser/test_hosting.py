"""A site generated with --base-url and served by a static host: a missing page deep below the
site gets 404.html, which still finds its stylesheet and links (they are absolute then).
"""

import os

from support.findings import findings


def test_a_missing_page_gets_a_styled_404_with_working_links(sites, browser):
    site, base_url = sites.hosted, sites.hosted_url
    url = base_url + "no/such/folder/page-9999.html"
    visit = browser.visit(url)
    subject = f"the 404 page served for {url}"
    assert browser.script("return document.querySelector('h1').textContent;") == "Page not found", \
        f"{subject}: the server did not answer with 404.html"
    styled = browser.script("return getComputedStyle(document.querySelector('.site-header')).display"
                            " === 'block' && document.styleSheets.length > 0 &&"
                            " document.styleSheets[0].cssRules.length > 0;")
    assert styled, f"{subject}: the stylesheet did not load"
    # The document's own 404 status is the point of this page, not an error of it.
    expected = f"{url} - Failed to load resource: the server responded with a status of 404"
    errors = [e for e in visit.errors() if expected not in e]
    assert not errors, findings(subject, "console errors", errors)
    offsite = [u for u, _ in visit.requests if not u.startswith(base_url)]
    failed = [f"{u}: {r}" for u, r in visit.failures if u != url]
    assert not offsite and not failed, findings(subject, "requests off the site or failing", offsite + failed)
    broken = []
    for reference in visit.facts["references"]:
        if reference["raw"].startswith("#"):
            continue
        page = site.page_for_url(base_url, reference["resolved"])
        if page is None or not os.path.isfile(site.path(page)):
            broken.append(f"{reference['element']} {reference['attribute']}=\"{reference['raw']}\" "
                          f"resolves to {reference['resolved']}")
    assert not broken, findings(subject, "links that do not reach a page of the site", broken)
