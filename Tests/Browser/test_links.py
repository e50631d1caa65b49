"""Check 3 on every page nnreport wrote, read from the files: each link is relative, stays in
the site, names a file that exists and, with a fragment, an element of that page.
"""

import math
import os

from support.findings import findings

PER_PAGE = 1000  # README: 1,000 iterations a history page


def test_history_has_one_page_per_thousand_iterations(sites):
    for site, iterations in ((sites.multi["run-2500"], 2500), (sites.multi["default"], 1000)):
        pages = site.history_pages()
        expected = [f"history/page-{n:04d}.html" for n in range(1, math.ceil(iterations / PER_PAGE) + 1)]
        assert pages == expected, f"the {site.name} site has history pages {pages}, expected {expected}"


def test_every_link_of_every_page_resolves(sites, site_page):
    name, page = site_page
    site = sites.multi[name]
    problems = []
    for tag, attribute, value, line in site.index(page).references:
        where = f"line {line}: <{tag} {attribute}=\"{value}\">"
        if value.startswith("data:"):
            # 404.html is served at any depth: without a base URL it carries its own icon.
            if not (os.path.basename(page) == "404.html" and tag == "link"
                    and value.startswith("data:image/png;base64,")):
                problems.append(f"{where}: a data: URL in a multi-page site")
            continue
        target, fragment = site.resolve(page, value)
        if target is None:
            problems.append(f"{where}: not a relative link inside the site")
        elif not os.path.isfile(site.path(target)):
            problems.append(f"{where}: {target} does not exist")
        elif fragment and not site.has_id(target, fragment):
            problems.append(f"{where}: {target} has no element with id {fragment!r}")
    assert not problems, findings(f"{page} of the {name} site", "links and fragments", problems)


def test_every_history_row_is_linkable(sites):
    site = sites.multi["run-2500"]
    problems = []
    for number, page in enumerate(site.history_pages()):
        first = number * PER_PAGE + 1
        expected = {f"it-{k}" for k in range(first, min(first + PER_PAGE, 2501))}
        missing = sorted(expected - site.index(page).ids, key=lambda i: int(i[3:]))
        if missing:
            problems.append(f"{page} lacks {len(missing)} row ids, first {missing[:5]}")
    assert not problems, findings("the run-2500 site", "history row ids it-K", problems)
