import Testing

@testable import Site

/// One page's body made a section of a longer page: its ids and the references to them get a
/// prefix, its headings move one level down, and nothing else changes.
@Suite struct SectionRewriterTests {
    let rewriter = SectionRewriter(prefix: "run-a-")

    @Test(
        arguments: [
            ("<h2 id=\"data\">Data</h2>", "<h3 id=\"run-a-data\">Data</h3>"),
            ("<h1>Title</h1>", "<h2>Title</h2>"),
            ("<h6>Deep</h6>", "<h6>Deep</h6>"),
            ("<a href=\"#it-26\">26</a>", "<a href=\"#run-a-it-26\">26</a>"),
            ("<a href=\"history/page-0001.html#it-2\">2</a>", "<a href=\"history/page-0001.html#it-2\">2</a>"),
            ("<a href=\"#\">top</a>", "<a href=\"#\">top</a>"),
            ("<section aria-labelledby=\"a b\">", "<section aria-labelledby=\"run-a-a run-a-b\">"),
            ("<label for='x'>", "<label for='run-a-x'>"),
            ("<tr id=it-3 class=\"changed\">", "<tr id=run-a-it-3 class=\"changed\">"),
            ("<!-- <h1 id=\"c\"> -->", "<!-- <h1 id=\"c\"> -->"),
            (
                "<img src=\"data:image/png;base64,AAAA\" alt=\"id=&quot;x&quot;\">",
                "<img src=\"data:image/png;base64,AAAA\" alt=\"id=&quot;x&quot;\">"
            ),
            ("a &lt;h1 id=\"x\"&gt; b", "a &lt;h1 id=\"x\"&gt; b"),
            ("<math><mi>W</mi></math>", "<math><mi>W</mi></math>"),
        ])
    func rewrites(_ html: String, _ expected: String) {
        #expect(rewriter.rewrite(html) == expected)
    }

    @Test func anEmptyPrefixOnlyMovesHeadings() {
        let html = "<h1 id=\"pairs\">Pairs</h1><a href=\"#pairs\">x</a>"
        #expect(SectionRewriter(prefix: "").rewrite(html) == "<h2 id=\"pairs\">Pairs</h2><a href=\"#pairs\">x</a>")
    }
}
