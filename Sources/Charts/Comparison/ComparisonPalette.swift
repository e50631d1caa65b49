/// The colours of the runs in an overlay chart, and of the band charts.
enum ComparisonPalette {
    /// Eight colours told apart by hue and lightness: the charts' Okabe–Ito palette and a mid grey.
    static let runs: [RGB] = ChartTheme.palette + [RGB(0x7A7A7A)]

    /// The colour of run `index` in an overlay.
    static func run(_ index: Int) -> RGB { runs[index % runs.count] }

    /// The width of run `index` of `count` in an overlay, in drawn pixels: earlier runs wider,
    /// so a run whose line lies on a later one's still shows as a coloured edge around it.
    static func thickness(_ index: Int, of count: Int) -> Int {
        4 + 3 * (count - 1 - index) / 2
    }

    /// The band from the lowest to the highest value of all runs.
    static let band = RGB(0xD6DEE8)
    /// The median of all runs.
    static let median = RGB(0x555555)
    /// The run a panel or a band chart picks out.
    static let highlight = ChartTheme.palette[0]
}
