"""Generated sites: running nnreport, listing pages, and what each page links to and names."""

import html.parser
import os
import subprocess
import urllib.parse


class PageIndex(html.parser.HTMLParser):
    """Every id a page defines and every URL it refers to, with the line it is on."""

    URL_ATTRIBUTES = {
        ("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"),
        ("source", "src"), ("iframe", "src"), ("form", "action"), ("object", "data"),
    }

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.references = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.add(value)
            elif (tag, name) in self.URL_ATTRIBUTES and value is not None:
                self.references.append((tag, name, value, self.getpos()[0]))


class Site:
    """One site written by nnreport into `folder`, and the arguments that made it."""

    def __init__(self, name, folder, arguments, command="generate", pages=None):
        self.name = name
        self.folder = os.path.abspath(folder)
        self.arguments = arguments
        self.command = command  # "generate", or "compare" for a comparison of runs
        self.pages = pages  # the pages the browser visits, when not a single report's
        self._indexes = {}

    def generate(self, binary):
        command = [binary, self.command, "-q", "-o", self.folder, *self.arguments]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(
                f"nnreport failed to write the {self.name} site (exit {result.returncode}).\n"
                f"Command: {' '.join(command)}\n{result.stderr}")
        return self

    def html_pages(self):
        """Every HTML file of the site, as paths relative to its folder, sorted."""
        pages = []
        for folder, _, files in os.walk(self.folder):
            for file in files:
                if file.endswith(".html"):
                    pages.append(os.path.relpath(os.path.join(folder, file), self.folder))
        return sorted(pages)

    def history_pages(self):
        return [page for page in self.html_pages() if page.startswith("history/page-")]

    def browser_pages(self):
        """The pages the browser checks visit: walkthrough, history, first and last page, 404."""
        if self.pages:
            return self.pages
        history = self.history_pages()
        chosen = ["index.html", "history/index.html", history[0], history[-1], "404.html"]
        return list(dict.fromkeys(chosen))

    def path(self, page):
        return os.path.join(self.folder, page)

    def file_url(self, page=""):
        return "file://" + urllib.parse.quote(self.path(page) if page else self.folder + "/")

    def index(self, page):
        """The ids and references of one page (parsed once)."""
        if page not in self._indexes:
            with open(self.path(page), encoding="utf-8") as file:
                self._indexes[page] = PageIndex(file.read())
        return self._indexes[page]

    def resolve(self, base_page, reference):
        """The site page and fragment a relative reference from `base_page` points at.

        Returns (page, fragment) with page relative to the site folder (None when the reference
        leaves the site or is not relative).
        """
        parts = urllib.parse.urlsplit(reference)
        if parts.scheme or parts.netloc or parts.path.startswith("/"):
            return None, parts.fragment
        if not parts.path:
            return base_page, parts.fragment
        joined = os.path.normpath(os.path.join(os.path.dirname(base_page),
                                               urllib.parse.unquote(parts.path)))
        if joined.startswith(".."):
            return None, parts.fragment
        if parts.path.endswith("/"):
            joined = os.path.join(joined, "index.html")
        return joined, parts.fragment

    def page_for_url(self, base_url, url):
        """The site page a browser-resolved URL names, relative to the site root URL, or None."""
        without_fragment = url.split("#", 1)[0]
        if not without_fragment.startswith(base_url):
            return None
        relative = urllib.parse.unquote(without_fragment[len(base_url):].split("?", 1)[0])
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        return relative

    def has_id(self, page, fragment):
        """Whether `page` has an element with the id `fragment` (an empty fragment always resolves)."""
        if not fragment:
            return True
        if not page.endswith(".html"):
            return False
        return urllib.parse.unquote(fragment) in self.index(page).ids
