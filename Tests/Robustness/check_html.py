#!/usr/bin/env python3
"""Checks that user text never became markup in an nnreport site.

    check_html.py BASELINE_SITE SITE

Both folders are the same report built with different user text (harmless text in BASELINE_SITE,
payloads in SITE). Every HTML page of SITE is parsed by an HTML5 parser (html5lib when it is
installed, else Python's html.parser) and must have exactly the baseline page's elements and
attribute names, in the same order, the same URL-valued attributes and the same script and
style text: user text may change text and text-valued attributes only. Prints one line per
difference and exits 1, or prints a summary and exits 0.
"""
import os
import sys
from html.parser import HTMLParser

try:
    import html5lib
    PARSER = "html5lib " + html5lib.__version__
except ImportError:  # a machine without it still runs the check, with the standard library's parser
    html5lib = None
    PARSER = "html.parser"

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "srcset", "background",
                  "xlink:href", "manifest", "cite", "longdesc", "usemap", "ping"}
RAW_TEXT = {"script", "style"}


def markup_html5lib(text):
    """(element, attribute names, URL attributes, raw text) for every element, in document order."""
    document = html5lib.parse(text, namespaceHTMLElements=False)
    items = []
    for element in document.iter():
        if not isinstance(element.tag, str):  # comments
            continue
        attributes = dict(element.attrib)
        urls = tuple(sorted((k, v) for k, v in attributes.items() if k.lower() in URL_ATTRIBUTES))
        raw = (element.text or "") if element.tag in RAW_TEXT else ""
        items.append((element.tag, tuple(sorted(attributes)), urls, raw))
    return items


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items = []
        self.raw = None

    def handle_starttag(self, tag, attrs):
        names = tuple(sorted(name for name, _ in attrs))
        urls = tuple(sorted((n, v or "") for n, v in attrs if n in URL_ATTRIBUTES))
        self.items.append([tag, names, urls, ""])
        self.raw = self.items[-1] if tag in RAW_TEXT else None

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.raw = None

    def handle_endtag(self, tag):
        self.items.append(["/" + tag, (), (), ""])
        self.raw = None

    def handle_data(self, data):
        if self.raw is not None:
            self.raw[3] += data


def markup_stdlib(text):
    collector = _Collector()
    collector.feed(text)
    collector.close()
    return [tuple(item) for item in collector.items]


def markup(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    return markup_html5lib(text) if html5lib else markup_stdlib(text)


def main(baseline, site):
    pages = sorted(
        os.path.relpath(os.path.join(folder, name), baseline)
        for folder, _, names in os.walk(baseline) for name in names if name.endswith(".html"))
    problems = []
    for page in pages:
        path = os.path.join(site, page)
        if not os.path.exists(path):
            problems.append(f"{page}: missing")
            continue
        expected, actual = markup(os.path.join(baseline, page)), markup(path)
        if len(expected) != len(actual):
            problems.append(f"{page}: {len(actual)} elements, the baseline has {len(expected)}")
        for want, got in zip(expected, actual):
            if want != got:
                problems.append(f"{page}: {got[0]} {got[1]} {got[2]} where the baseline has {want[0]} {want[1]}")
                break
    for problem in problems:
        print(problem)
    if not pages:
        print("no pages in", baseline)
        return 1
    if not problems:
        print(f"check_html: {len(pages)} pages, same markup as the baseline ({PARSER})")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
