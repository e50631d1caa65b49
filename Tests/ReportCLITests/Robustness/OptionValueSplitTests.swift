import Testing

@_spi(Benchmarks) @testable import ReportCLI

/// `--option=value` splits at the first "=" whatever follows it, combining marks included.
@Suite struct OptionValueSplitTests {
    @Test(arguments: [
        ("--title=ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "title", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ"),
        ("--title=\u{301}accent first", "title", "\u{301}accent first"),
        ("--title=a=b", "title", "a=b"),
        ("--title=", "title", ""),
        ("--bias=-1.5", "bias", "-1.5"),
    ])
    func splitsAtTheFirstEqualsSign(_ argument: String, _ option: String, _ value: String) throws {
        #expect(try ArgumentParser.parse([argument]).options == [option: value])
    }
}
