"""The walkthrough page read back as data: per section its paragraphs, tables and answers."""

import html.parser
import re


class Section:
    def __init__(self, id):
        self.id = id
        self.paragraphs = []  # text of every <p>, in order (answers included)
        self.tables = []      # each a dict: caption, rows (lists of cell texts, header row first)
        self.answers = []     # per <details>: the texts of its paragraphs
        self.headings = []    # text of every <h3>

    def table(self, caption_start):
        for table in self.tables:
            if table["caption"].startswith(caption_start):
                return table
        raise AssertionError(f"section {self.id}: no table captioned {caption_start!r}; "
                             f"captions: {[t['caption'] for t in self.tables]}")

    def paragraph(self, start):
        for text in self.paragraphs:
            if text.startswith(start) or start in text:
                return text
        raise AssertionError(f"section {self.id}: no paragraph with {start!r}")


class WalkthroughReader(html.parser.HTMLParser):
    """Collects the sections (by the id of their h2) of a walkthrough page; <math> is skipped."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.sections = {}
        self.current = None
        self.text = None      # text being collected (p, caption, cell, h3) or None
        self.kind = None
        self.table = None
        self.row = None
        self.details = None
        self.math_depth = 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "math":
            self.math_depth += 1
            return
        if self.math_depth:
            return
        if tag == "h2":
            self.kind, self.text = "h2", ""
            self.pending_id = dict(attrs).get("id")
        elif self.current is None:
            return
        elif tag in ("p", "caption", "h3"):
            self.kind, self.text = tag, ""
        elif tag == "table":
            self.table = {"caption": "", "rows": []}
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.kind, self.text = "cell", ""
        elif tag == "details":
            self.details = []
        elif tag == "br" and self.text is not None:
            self.text += "\n"

    def handle_endtag(self, tag):
        if tag == "math":
            self.math_depth -= 1
            return
        if self.math_depth:
            return
        if tag == "h2" and self.kind == "h2":
            self.current = Section(self.pending_id)
            self.sections[self.pending_id] = self.current
            self.kind = self.text = None
        elif self.current is None:
            return
        elif tag in ("p", "caption", "h3") and self.kind == tag:
            text = " ".join(self.text.split())
            if tag == "p":
                self.current.paragraphs.append(text)
                if self.details is not None:
                    self.details.append(text)
            elif tag == "h3":
                self.current.headings.append(text)
            elif self.table is not None:
                self.table["caption"] = text
            self.kind = self.text = None
        elif tag in ("td", "th") and self.kind == "cell":
            self.row.append(self.text.strip())
            self.kind = self.text = None
        elif tag == "tr" and self.row is not None:
            self.table["rows"].append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            self.current.tables.append(self.table)
            self.table = None
        elif tag == "details" and self.details is not None:
            self.current.answers.append(self.details)
            self.details = None

    def handle_data(self, data):
        if self.text is not None and not self.math_depth:
            self.text += data


def read_walkthrough(path):
    with open(path, encoding="utf-8") as file:
        return WalkthroughReader(file.read()).sections


SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def number(text):
    """A number as the page prints it: "0.7311", "−0.042", "1.824 × 10⁻¹⁰", "1,000", "∞"."""
    text = text.strip().replace("−", "-").replace(",", "")
    if text in ("∞", "-∞"):
        return float(text.replace("∞", "inf"))
    match = re.fullmatch(r"(-?[0-9.]+) × 10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)", text)
    if match:
        return float(f"{match.group(1)}e{match.group(2).translate(SUPERSCRIPTS)}")
    return float(text)


NUMBER = r"−?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?: × 10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)?"


def vector(text, name):
    """The numbers of "name = [a, b, …]" in `text`, and whether it was cut short with "…"."""
    match = re.search(re.escape(name) + r" = \[([^\]]*)\]", text)
    assert match, f"no {name} = [...] in {text!r}"
    items = [item.strip() for item in match.group(1).split(", ")]
    cut = items[-1] == "…"
    return [number(item) for item in items if item != "…"], cut


def scalar(text, name):
    """The number of "name = v" in `text`."""
    match = re.search(re.escape(name) + r" = (" + NUMBER + ")", text)
    assert match, f"no {name} = number in {text!r}"
    return number(match.group(1))
